import { type Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { answer } from "../core/answer.ts";
import type { Env } from "../env.ts";
import { type InsightsChannel, insightsDb, newAnswerId, recordAnswer, waitUntilOf } from "../insights/index.ts";
import { interview } from "../interview.ts";
import { toApiAnswer } from "./api-answer.ts";
import { apiError } from "./errors.ts";
import { requireJson } from "./require-json.ts";
import { AskBody, AskQuery } from "./schemas.ts";
import { validate } from "./validate.ts";

export const MAX_BODY_BYTES = 16 * 1024;

/** The web chat marks its questions (`"client": "widget"`); every other caller is the API. */
export const channelOf = (client: string | undefined): InsightsChannel => (client === "widget" ? "widget" : "api");

function reply(c: Context<{ Bindings: Env }>, question: string, history: string[], client: string | undefined) {
  // From arrival: the Workers clock advances on I/O (reading the body, the database), not while answer() computes.
  const startedAt = c.get("receivedAt") ?? Date.now();
  const a = answer(question, { index: interview, history, origin: new URL(c.req.url).origin });
  const id = newAnswerId();
  c.set("question", question);
  c.set("intent", a.intent);
  c.set("found", a.found);
  recordAnswer(waitUntilOf(c), insightsDb(c.env), a, { id, channel: channelOf(client), question, startedAt });
  return c.json(toApiAnswer(a, id));
}

export const askApi = new Hono<{ Bindings: Env }>()
  .get("/", validate("query", AskQuery), (c) => {
    const { q: question, client } = c.req.valid("query");
    return reply(c, question, [], client);
  })
  .post(
    "/",
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => apiError(c, 413, "payload_too_large", `The body is limited to ${MAX_BODY_BYTES / 1024} KB.`),
    }),
    requireJson("the question"),
    validate("json", AskBody),
    (c) => {
      const { question, history, client } = c.req.valid("json");
      return reply(c, question, history, client);
    },
  );
