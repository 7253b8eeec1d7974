import { type Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { validator } from "hono/validator";
import { answer } from "../core/answer.ts";
import type { Env } from "../env.ts";
import { type InsightsChannel, insightsDb, newAnswerId, recordAnswer, waitUntilOf } from "../insights/index.ts";
import { interview } from "../interview.ts";
import { toApiAnswer } from "./api-answer.ts";
import { checkAskRequest, MAX_BODY_BYTES } from "./ask-request.ts";
import { apiError } from "./errors.ts";
import { requireJson } from "./require-json.ts";

type AskContext = Context<{ Bindings: Env }>;

/**
 * The widget marks its questions (`"client": "widget"` in the body, or `?client=widget`): in the insights the
 * web chat and other API callers are two channels. Anything else is the API.
 */
export const channelOf = (client: unknown): InsightsChannel => (client === "widget" ? "widget" : "api");

function reply(c: AskContext, question: string, history: string[], client: unknown) {
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
  .get(
    "/",
    validator("query", (query, c) => checkAskRequest({ question: query.q }, c)),
    (c) => reply(c, c.req.valid("query").question, [], c.req.query("client")),
  )
  .post(
    "/",
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => apiError(c, 413, "payload_too_large", `The body is limited to ${MAX_BODY_BYTES / 1024} KB.`),
    }),
    requireJson("the question"),
    validator("json", checkAskRequest),
    async (c) => {
      const { question, history } = c.req.valid("json");
      // Read beside the validated fields (hono caches the parsed body), so a schema that drops it changes nothing.
      const body: unknown = await c.req.json();
      const client = typeof body === "object" && body !== null ? (body as { client?: unknown }).client : undefined;
      return reply(c, question, history, client);
    },
  )
  .all("/", (c) => apiError(c, 405, "method_not_allowed", "Use GET /api/ask?q=… or POST /api/ask with JSON."));
