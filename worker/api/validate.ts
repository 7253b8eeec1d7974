import { sValidator } from "@hono/standard-validator";
import type { Context } from "hono";
import type { ValidationTargets } from "hono/types";
import type * as v from "valibot";
import { apiError } from "./errors.ts";
import { ERROR_CODES, type ErrorCode } from "./schemas.ts";

type Failure = { success: false; error: readonly { message: string; path?: readonly unknown[] }[] };
type Result = { success: true } | Failure;

const CODED = /^(\w+): ([\s\S]*)$/;

/** The API's 400 for a failed schema: the first issue's "code: text" (schemas.ts), else bad_request naming the field. */
function onInvalid(result: Result, c: Context): Response | undefined {
  if (result.success) return undefined;
  const issue = result.error[0];
  const coded = CODED.exec(issue?.message ?? "");
  if (coded && (ERROR_CODES as readonly string[]).includes(coded[1]!)) {
    return apiError(c, 400, coded[1] as ErrorCode, coded[2]!);
  }
  const key = (p: unknown) => String(typeof p === "object" && p !== null && "key" in p ? p.key : p);
  const field = issue?.path?.length ? `Field "${issue.path.map(key).join(".")}": ` : "";
  return apiError(c, 400, "bad_request", `${field}${issue?.message ?? "Invalid request."}`);
}

/**
 * @hono/standard-validator with the API's error shape. JSON that does not parse is hono's own 400, turned into
 * invalid_json by errors.ts's onError.
 */
export function validate<Target extends keyof ValidationTargets, S extends v.GenericSchema>(target: Target, schema: S) {
  return sValidator(target, schema, onInvalid);
}
