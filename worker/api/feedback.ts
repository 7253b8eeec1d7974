import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { apiError } from "./errors.ts";
import { requireJson } from "./require-json.ts";
import { FeedbackBody } from "./schemas.ts";
import { validate } from "./validate.ts";

export const MAX_FEEDBACK_BYTES = 8 * 1024;

/** POST /api/feedback: a thumbs up or down on an answer, kept as one JSON log line (Workers Logs / wrangler tail). */
export const feedbackApi = new Hono().post(
  "/",
  bodyLimit({
    maxSize: MAX_FEEDBACK_BYTES,
    onError: (c) => apiError(c, 413, "payload_too_large", `The body is limited to ${MAX_FEEDBACK_BYTES / 1024} KB.`),
  }),
  requireJson("feedback"),
  validate("json", FeedbackBody),
  (c) => {
    console.log(
      JSON.stringify({ level: "info", event: "feedback", at: new Date().toISOString(), ...c.req.valid("json") }),
    );
    return c.body(null, 204);
  },
);
