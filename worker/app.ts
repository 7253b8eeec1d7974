import { Hono } from "hono";
import { secureHeaders } from "hono/secure-headers";
import { askApi } from "./api/ask.ts";
import { apiError, onError } from "./api/errors.ts";
import { interview } from "./interview.ts";
import { renderSourcePage } from "./pages/source-page.ts";

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

app.get("/health", (c) => c.json({ ok: true, passages: interview.passages.length }));
app.route("/api/ask", askApi);
app.get("/source", (c) => c.html(renderSourcePage(interview)));

app.notFound((c) => apiError(c, 404, "not_found", `No route for ${c.req.method} ${new URL(c.req.url).pathname}.`));
app.onError(onError);
