import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";

import type { ErrorCode } from "./schemas.ts";

/** The one error shape of the API (ApiError in schemas.ts): { "error": { "code", "message" } }. */
export function apiError(
  c: Context,
  status: ContentfulStatusCode,
  code: ErrorCode,
  message: string,
  headers?: Record<string, string>,
) {
  return c.json({ error: { code, message } }, status, headers);
}

/**
 * Last line of defence: Hono's own exceptions (a malformed body) keep their 4xx status in our shape,
 * and anything unexpected is logged and answered without leaking internals.
 */
export function onError(err: Error, c: Context) {
  if (err instanceof HTTPException && err.status < 500) {
    return apiError(
      c,
      err.status as ContentfulStatusCode,
      err.status === 400 ? "invalid_json" : "bad_request",
      err.message || "Bad request",
    );
  }
  console.error(JSON.stringify({ level: "error", route: c.req.path, message: err.message }));
  return apiError(c, 500, "internal_error", "Something went wrong on our side.");
}
