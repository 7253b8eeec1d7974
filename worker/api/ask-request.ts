import type { Context } from "hono";
import { apiError } from "./errors.ts";

export const MAX_QUESTION_CHARS = 500;
export const MAX_HISTORY = 10;
export const MAX_BODY_BYTES = 16 * 1024;

export interface AskRequest {
  question: string;
  history: string[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Checks an ask request's fields, as a hono validator function: the request, or a 400 Response that
 * names the field and the rule it broke.
 */
export function checkAskRequest(body: unknown, c: Context): AskRequest | Response {
  const fail = (code: Parameters<typeof apiError>[2], message: string) => apiError(c, 400, code, message);
  if (!isRecord(body)) return fail("bad_request", 'The body must be a JSON object: {"question": "…"}.');
  const { question, history = [] } = body;
  if (question === undefined || question === null) return fail("missing_question", 'Field "question" is required.');
  if (typeof question !== "string") return fail("invalid_question", 'Field "question" must be a string.');
  const trimmed = question.trim();
  if (!trimmed) return fail("missing_question", 'Field "question" must not be empty.');
  if ([...trimmed].length > MAX_QUESTION_CHARS)
    return fail("question_too_long", `Field "question" is limited to ${MAX_QUESTION_CHARS} characters.`);
  if (!Array.isArray(history) || history.length > MAX_HISTORY) {
    return fail(
      "invalid_history",
      `Field "history" must be an array of at most ${MAX_HISTORY} {"question": string} items.`,
    );
  }
  const earlier: string[] = [];
  for (const turn of history) {
    const text = isRecord(turn) ? turn.question : typeof turn === "string" ? turn : undefined;
    if (typeof text !== "string" || [...text].length > MAX_QUESTION_CHARS) {
      return fail(
        "invalid_history",
        `Each history item must be {"question": string} of at most ${MAX_QUESTION_CHARS} characters.`,
      );
    }
    earlier.push(text);
  }
  return { question: trimmed, history: earlier };
}
