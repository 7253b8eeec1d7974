import type { MiddlewareHandler } from "hono";
import { apiError } from "../api/errors.ts";

/** No API body nests deeper than {"history": [{"question": …}]}: 3 levels. Room is left for harmless extras. */
export const MAX_JSON_DEPTH = 8;

/** How deeply `text` nests arrays and objects, counting brackets outside strings; stops once past `limit`. */
export function jsonDepth(text: string, limit = Infinity): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c)
        i++; // backslash: skip the escaped character
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x5b || ch === 0x7b) {
      depth++;
      if (depth > max) max = depth;
      if (max > limit) return max;
    } else if (ch === 0x5d || ch === 0x7d) depth--;
  }
  return max;
}

/**
 * Refuses JSON bodies nested deeper than MAX_JSON_DEPTH before anything parses them. JSON.parse itself copes
 * (V8's parser is iterative), but no later walk over the value has to. Mounted after an app-wide body limit,
 * so the body read here is small; it reads a clone, leaving the body to the route's own limit and validator.
 */
export const limitJsonDepth: MiddlewareHandler = async (c, next) => {
  if (c.req.raw.body && /^application\/([\w.-]+\+)?json\s*(;|$)/i.test(c.req.header("content-type") ?? "")) {
    if (jsonDepth(await c.req.raw.clone().text(), MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
      return apiError(c, 400, "too_deeply_nested", `JSON bodies may nest at most ${MAX_JSON_DEPTH} levels.`);
    }
  }
  await next();
};
