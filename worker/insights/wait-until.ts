import type { Context } from "hono";
import type { WaitUntil } from "./record.ts";

/** The request's ExecutionContext, or undefined where there is none (hono's getter throws then). */
export function waitUntilOf(c: Context): WaitUntil {
  try {
    return c.executionCtx;
  } catch {
    return undefined;
  }
}
