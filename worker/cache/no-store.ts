import type { MiddlewareHandler } from "hono";

/**
 * Answers, feedback and health are per request: no browser or proxy may keep them (RFC 9111 §5.2.2.5).
 * Set after the route ran, so that errors and 429s carry it too.
 */
export const noStore: MiddlewareHandler = async (c, next) => {
  await next();
  c.res.headers.set("Cache-Control", "no-store");
};
