import type { MiddlewareHandler } from "hono";
import { apiError } from "./errors.ts";

/**
 * Refuses a body that is not JSON with 415, before hono's json validator runs: the validator skips bodies
 * of other types and would validate an empty object instead. `what` names the body in the message.
 */
export function requireJson(what: string): MiddlewareHandler {
  return async (c, next) => {
    if (!/^application\/([\w.-]+\+)?json\s*(;|$)/i.test(c.req.header("content-type") ?? "")) {
      return apiError(c, 415, "unsupported_media_type", `Send ${what} as JSON with Content-Type: application/json.`);
    }
    await next();
  };
}
