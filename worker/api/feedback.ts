import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { Env } from "../env.ts";
import { insightsDb, recordFeedback, waitUntilOf } from "../insights/index.ts";
import { apiError } from "./errors.ts";
import { requireJson } from "./require-json.ts";
import { FeedbackBody } from "./schemas.ts";
import { validate } from "./validate.ts";

export const MAX_FEEDBACK_BYTES = 8 * 1024;

/**
 * POST /api/feedback: a thumbs up or down on an answer, logged as one JSON line (Workers Logs / wrangler tail)
 * and kept in the insights, linked to its answer by `answerId`.
 */
export const feedbackApi = new Hono<{ Bindings: Env }>().post(
  "/",
  bodyLimit({
    maxSize: MAX_FEEDBACK_BYTES,
    onError: (c) => apiError(c, 413, "payload_too_large", `The body is limited to ${MAX_FEEDBACK_BYTES / 1024} KB.`),
  }),
  requireJson("feedback"),
  validate("json", FeedbackBody),
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
);
