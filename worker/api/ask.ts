import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { validator } from "hono/validator";
import { answer } from "../core/answer.ts";
import { interview } from "../interview.ts";
import { toApiAnswer } from "./api-answer.ts";
import { checkAskRequest, MAX_BODY_BYTES } from "./ask-request.ts";
import { apiError } from "./errors.ts";
import { requireJson } from "./require-json.ts";

export const askApi = new Hono()
  .get(
    "/",
    validator("query", (query, c) => checkAskRequest({ question: query.q }, c)),
    (c) => {
      const { question } = c.req.valid("query");
      const a = answer(question, { index: interview, origin: new URL(c.req.url).origin });
      c.set("question", question);
      c.set("intent", a.intent);
      c.set("found", a.found);
      return c.json(toApiAnswer(a));
    },
  )
  .post(
    "/",
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => apiError(c, 413, "payload_too_large", `The body is limited to ${MAX_BODY_BYTES / 1024} KB.`),
    }),
    requireJson("the question"),
    validator("json", checkAskRequest),
    (c) => {
      const { question, history } = c.req.valid("json");
      const a = answer(question, { index: interview, history, origin: new URL(c.req.url).origin });
      c.set("question", question);
      c.set("intent", a.intent);
      c.set("found", a.found);
      return c.json(toApiAnswer(a));
    },
  )
  .all("/", (c) => apiError(c, 405, "method_not_allowed", "Use GET /api/ask?q=… or POST /api/ask with JSON."));
