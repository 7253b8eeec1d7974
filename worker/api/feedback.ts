import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { validator } from "hono/validator";
import type { Env } from "../env.ts";
import { insightsDb, recordFeedback, waitUntilOf } from "../insights/index.ts";
import { MAX_QUESTION_CHARS } from "./ask-request.ts";
import { apiError } from "./errors.ts";
import { FEEDBACK_REASONS, type FeedbackReason } from "./feedback-reasons.ts";
import { requireJson } from "./require-json.ts";

export const MAX_FEEDBACK_BYTES = 8 * 1024;
export const MAX_ANSWER_CHARS = 2000;

export interface Feedback {
  question: string;
  answer?: string;
  vote: "up" | "down";
  /** The id of the passage the answer cited first. */
  citation?: string;
  /** The answer's id (`id` of /api/ask), when the API gave one. */
  answerId?: string;
  /** Why a 👎: what the reader picked. */
  reason?: FeedbackReason;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const chars = (s: string) => [...s].length;

/** Checks a feedback body, as a hono validator function: the feedback, or a 400 Response naming the field. */
export function checkFeedback(body: unknown, c: Parameters<typeof apiError>[0]): Feedback | Response {
  const fail = (message: string) => apiError(c, 400, "bad_request", message);
  if (!isRecord(body)) return fail('The body must be a JSON object: {"question": "…", "vote": "up" | "down"}.');
  const { question, answer, vote, citation, answerId, reason } = body;
  if (typeof question !== "string" || !question.trim() || chars(question) > MAX_QUESTION_CHARS) {
    return fail(`Field "question" must be a non-empty string of at most ${MAX_QUESTION_CHARS} characters.`);
  }
  if (vote !== "up" && vote !== "down") return fail('Field "vote" must be "up" or "down".');
  if (answer !== undefined && (typeof answer !== "string" || chars(answer) > MAX_ANSWER_CHARS)) {
    return fail(`Field "answer" must be a string of at most ${MAX_ANSWER_CHARS} characters.`);
  }
  if (citation !== undefined && (typeof citation !== "string" || !/^[\w.-]{1,64}$/.test(citation))) {
    return fail('Field "citation" must be a passage id.');
  }
  if (answerId !== undefined && (typeof answerId !== "string" || !/^[\w.-]{1,64}$/.test(answerId))) {
    return fail('Field "answerId" must be the "id" of an /api/ask answer.');
  }
  if (reason !== undefined && !FEEDBACK_REASONS.includes(reason as FeedbackReason)) {
    return fail(`Field "reason" must be one of ${FEEDBACK_REASONS.map((r) => `"${r}"`).join(", ")}.`);
  }
  if (reason !== undefined && vote !== "down") return fail('Field "reason" goes with "vote": "down" only.');
  return {
    question: question.trim(),
    vote,
    ...(answer !== undefined && { answer }),
    ...(citation !== undefined && { citation }),
    ...(answerId !== undefined && { answerId }),
    ...(reason !== undefined && { reason: reason as FeedbackReason }),
  };
}

/**
 * POST /api/feedback: a thumbs up or down on an answer, logged as one JSON line (Workers Logs / wrangler tail)
 * and kept in the insights, linked to its answer by `answerId`.
 */
export const feedbackApi = new Hono<{ Bindings: Env }>()
  .post(
    "/",
    bodyLimit({
      maxSize: MAX_FEEDBACK_BYTES,
      onError: (c) => apiError(c, 413, "payload_too_large", `The body is limited to ${MAX_FEEDBACK_BYTES / 1024} KB.`),
    }),
    requireJson("feedback"),
    validator("json", checkFeedback),
    (c) => {
      const f = c.req.valid("json");
      console.log(JSON.stringify({ level: "info", event: "feedback", at: new Date().toISOString(), ...f }));
      recordFeedback(waitUntilOf(c), insightsDb(c.env), {
        answerId: f.answerId,
        vote: f.vote,
        reason: f.reason,
        passage: f.citation,
        question: f.question,
      });
      return c.body(null, 204);
    },
  )
  .all("/", (c) => apiError(c, 405, "method_not_allowed", "Use POST /api/feedback with JSON."));
