import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { answer } from "../core/answer.ts";
import { interview } from "../interview.ts";
import { toApiAnswer } from "./api-answer.ts";
import { apiError } from "./errors.ts";
import { requireJson } from "./require-json.ts";
import { AskBody, AskQuery } from "./schemas.ts";
import { validate } from "./validate.ts";

export const MAX_BODY_BYTES = 16 * 1024;

export const askApi = new Hono()
  .get("/", validate("query", AskQuery), (c) => {
    const { q: question } = c.req.valid("query");
    const a = answer(question, { index: interview, origin: new URL(c.req.url).origin });
    c.set("question", question);
    c.set("intent", a.intent);
    c.set("found", a.found);
    return c.json(toApiAnswer(a));
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
      const { question, history } = c.req.valid("json");
      const a = answer(question, { index: interview, history, origin: new URL(c.req.url).origin });
      c.set("question", question);
      c.set("intent", a.intent);
      c.set("found", a.found);
      return c.json(toApiAnswer(a));
    },
  );
