// GET /admin/insights (HTML) and /admin/insights.json: what readers asked, what was not answered, how they voted.
// Closed (404, as if absent) until an ADMIN_TOKEN secret is set; then 401 without the right token.
import { type Context, Hono, type MiddlewareHandler } from "hono";
import { apiError } from "../api/errors.ts";
import type { Env } from "../env.ts";
import { interview } from "../interview.ts";
import { renderInsightsPage } from "./admin-page.ts";
import { isAdminToken, presentedToken } from "./admin-token.ts";
import { readInsightsRows } from "./read-insights.ts";
import { type Insights, type PassageInfo, summarizeInsights } from "./summarize.ts";

type AdminContext = Context<{ Bindings: Env }>;

export const DEFAULT_WINDOW_DAYS = 30;
export const MAX_WINDOW_DAYS = 366;
const DAY_MS = 24 * 60 * 60 * 1000;

const passages = new Map(interview.passages.map((p) => [p.id, p]));
const passageInfo = (id: string): PassageInfo | undefined => {
  const p = passages.get(id);
  return p && { section: p.section, quote: p.text };
};

const requireAdmin: MiddlewareHandler<{ Bindings: Env }> = async (c, next) => {
  const expected = c.env?.ADMIN_TOKEN;
  if (!expected || !c.env.DB) {
    return apiError(c, 404, "not_found", `No route for ${c.req.method} ${new URL(c.req.url).pathname}.`);
  }
  c.header("Cache-Control", "no-store");
  c.header("X-Robots-Tag", "noindex");
  if (!(await isAdminToken(presentedToken(c.req.header("authorization")), expected))) {
    // The browser shows its login prompt; the user name is ignored, the password is the token.
    c.header("WWW-Authenticate", 'Basic realm="insights", charset="UTF-8"');
    return c.json({ error: { code: "unauthorized", message: "The admin token is missing or wrong." } }, 401);
  }
  await next();
};

async function insightsOf(c: AdminContext): Promise<Insights | Response> {
  const raw = c.req.query("days");
  const days = raw === undefined ? DEFAULT_WINDOW_DAYS : Number(raw);
  if (!Number.isInteger(days) || days < 1 || days > MAX_WINDOW_DAYS) {
    return apiError(c, 400, "bad_request", `Query "days" must be a whole number from 1 to ${MAX_WINDOW_DAYS}.`);
  }
  const now = Date.now();
  // Whole UTC days: the window starts at midnight, `days` days back counting today.
  const since = Date.parse(new Date(now - (days - 1) * DAY_MS).toISOString().slice(0, 10));
  const rows = await readInsightsRows(c.env.DB!, since);
  return summarizeInsights(rows, { since, now }, passageInfo);
}

export const adminApp = new Hono<{ Bindings: Env }>()
  .use(requireAdmin)
  .get("/insights", async (c) => {
    const insights = await insightsOf(c);
    return insights instanceof Response ? insights : c.html(renderInsightsPage(insights));
  })
  .get("/insights.json", async (c) => {
    const insights = await insightsOf(c);
    return insights instanceof Response ? insights : c.json(insights);
  });
