import type { MiddlewareHandler } from "hono";
import { apiError } from "../api/errors.ts";
import type { Env } from "../env.ts";

/**
 * The period of both [[ratelimits]] bindings in wrangler.toml (the binding allows 10 or 60). A client over
 * the limit is told to come back after one full period: the binding does not say when its window ends.
 */
export const RATE_LIMIT_PERIOD_SECONDS = 60;

/**
 * Whether `key` is over its limit. Fails open: a missing binding or a limiter error lets the request through
 * (logged) rather than turning an outage of the limiter into an outage of the assistant.
 */
export async function isRateLimited(limiter: RateLimit | undefined, key: string): Promise<boolean> {
  if (!limiter) return false;
  try {
    return !(await limiter.limit({ key })).success;
  } catch (e) {
    console.error(JSON.stringify({ level: "error", event: "rate_limiter_failed", message: (e as Error).message }));
    return false;
  }
}

/**
 * The client's address: Cloudflare sets CF-Connecting-IP on every request and overwrites any the client sent.
 * Without it (a request that did not come through Cloudflare's edge) all such requests share one bucket.
 */
export function clientIp(req: Request): string {
  return req.headers.get("cf-connecting-ip")?.trim() || "unknown";
}

/** Per-IP limit on the API: 429 in the API's error shape, with Retry-After. CORS preflights are not counted. */
export const apiRateLimit: MiddlewareHandler<{ Bindings: Env }> = async (c, next) => {
  if (c.req.method === "OPTIONS") return next();
  if (await isRateLimited(c.env.API_RATE_LIMITER, `ip:${clientIp(c.req.raw)}`)) {
    c.header("Retry-After", String(RATE_LIMIT_PERIOD_SECONDS));
    return apiError(
      c,
      429,
      "rate_limited",
      `Too many requests from this address: try again in ${RATE_LIMIT_PERIOD_SECONDS} seconds.`,
    );
  }
  await next();
};
