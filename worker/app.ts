import { Hono } from "hono";
import { cors } from "hono/cors";
import { secureHeaders } from "hono/secure-headers";
import { askApi } from "./api/ask.ts";
import { apiError, onError } from "./api/errors.ts";
import { feedbackApi } from "./api/feedback.ts";
import { interview } from "./interview.ts";
import { renderSourcePage } from "./pages/source-page.ts";
import { wechatApp } from "./channels/wechat/index.ts";
import { wecomApp } from "./channels/wecom/index.ts";

export const app = new Hono();

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

// widget.js runs on other sites and calls the API from their origin.
app.use("/api/*", cors({ origin: "*", allowMethods: ["GET", "POST"], allowHeaders: ["Content-Type"], maxAge: 86400 }));

app.get("/health", (c) => c.json({ ok: true, passages: interview.passages.length }));
app.route("/api/ask", askApi);
app.route("/api/feedback", feedbackApi);
app.route("/wechat", wechatApp);
app.route("/wecom", wecomApp);
app.get("/source", (c) => c.html(renderSourcePage(interview)));

app.notFound((c) => apiError(c, 404, "not_found", `No route for ${c.req.method} ${new URL(c.req.url).pathname}.`));
app.onError(onError);
