import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/** The one error shape of the API: { "error": { "code", "message" } }. */
export type ErrorCode =
  | "bad_request"
  | "invalid_json"
  | "unsupported_media_type"
  | "missing_question"
  | "invalid_question"
  | "question_too_long"
  | "invalid_history"
  | "payload_too_large"
  | "too_deeply_nested"
  | "rate_limited"
  | "not_found"
  | "method_not_allowed"
  | "internal_error";

export function apiError(c: Context, status: ContentfulStatusCode, code: ErrorCode, message: string) {
  return c.json({ error: { code, message } }, status);
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
