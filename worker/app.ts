// LinearRouter (hono/quick): registers routes without compiling a matcher, measured ~3 ms less start-up
// than the default SmartRouter; with ~15 routes, matching costs the same.

import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import { methodNotAllowed } from "hono/method-not-allowed";
import { Hono } from "hono/quick";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import { askApi, MAX_BODY_BYTES } from "./api/ask.ts";
import { apiError, onError } from "./api/errors.ts";
import { factsApi } from "./api/facts.ts";
import { feedbackApi } from "./api/feedback.ts";
import { noStore, staticPage } from "./cache/index.ts";
import { dingtalkApp } from "./channels/dingtalk/index.ts";
import { feishuApp } from "./channels/feishu/index.ts";
import { wechatApp } from "./channels/wechat/index.ts";
import { wecomApp } from "./channels/wecom/index.ts";
import type { Env } from "./env.ts";
import { adminApp } from "./insights/admin-app.ts";
import { interview } from "./interview.ts";
import { apiRateLimit, corsOrigin, limitJsonDepth } from "./limits/index.ts";
import { requestLog } from "./observability/index.ts";
import { renderSourcePage, sourceScript } from "./pages/source-page.ts";

export const app = new Hono<{ Bindings: Env }>();

app.use(requestId({ limitLength: 64 }), requestLog);

app.use(
  secureHeaders({
    // Pages carry no script; styles are inline in the page itself.
    contentSecurityPolicy: {
      defaultSrc: ["'none'"],
      styleSrc: ["'unsafe-inline'"],
      imgSrc: ["'self'"],
      baseUri: ["'none'"],
      formAction: ["'none'"],
      frameAncestors: ["'none'"],
    },
  }),
);

// A route that exists answers another method with 405 and Allow, in the API's error shape.
app.use(
  methodNotAllowed({
    app,
    onMethodNotAllowed: (c, methods) =>
      apiError(c, 405, "method_not_allowed", `${c.req.path} takes ${methods.join(", ")}.`, {
        Allow: methods.join(", "),
      }),
  }),
);

// Answers are never cached; /source changes only with a deploy (ETag); the assets (/, /widget.js) carry
// Workers Static Assets' own ETag and worker/widget/_headers' Cache-Control. docs/DEPLOY.md § Caching.
app.use("/api/*", noStore);
app.use("/health", noStore);

// widget.js runs on other sites and calls the API from their origin (ALLOWED_ORIGINS, "*" by default).
// CORS comes first so that a 429 reaches the widget as a 429, not as a CORS failure.
app.use(
  "/api/*",
  cors({
    origin: (origin, c) => corsOrigin(c.env?.ALLOWED_ORIGINS)(origin),
    allowMethods: ["GET", "POST"],
    allowHeaders: ["Content-Type"],
    // The widget shows a 429's wait; a cross-origin script can only read Retry-After when it is exposed.
    exposeHeaders: ["Retry-After"],
    maxAge: 86400,
  }),
);
app.use(
  "/api/*",
  apiRateLimit,
  // The largest body any API route takes; routes keep their own smaller limits.
  bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => apiError(c, 413, "payload_too_large", `The body is limited to ${MAX_BODY_BYTES / 1024} KB.`),
  }),
  limitJsonDepth,
);

app.get("/health", (c) => c.json({ ok: true, passages: interview.passages.length }));
app.route("/api/ask", askApi);
app.route("/api/feedback", feedbackApi);
app.route("/api/facts", factsApi);
app.route("/wechat", wechatApp);
app.route("/wecom", wecomApp);
app.route("/dingtalk", dingtalkApp);
app.route("/feishu", feishuApp);
app.get(
  "/source",
  staticPage({
    // The page is in the reader's script: ?lang, else Accept-Language (worker/pages/source-page.ts).
    variant: (c) => sourceScript(c.req.query("lang"), c.req.header("accept-language")),
    render: async (script) => String(await renderSourcePage(interview, script)),
    maxAge: 300,
    vary: "Accept-Language",
  }),
);
// Per-IP limit here too: guessing the admin token costs the same as flooding the API.
app.use("/admin/*", apiRateLimit);
app.route("/admin", adminApp);

app.notFound((c) => apiError(c, 404, "not_found", `No route for ${c.req.method} ${new URL(c.req.url).pathname}.`));
app.onError(onError);
