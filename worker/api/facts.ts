import { Hono } from "hono";
import { rankFacts, toApiFact } from "../facts/index.ts";
import { interview } from "../interview.ts";
import { MAX_QUESTION_CHARS } from "./ask-request.ts";
import { apiError } from "./errors.ts";

/** GET /api/facts?q=外资 → the facts for the query, best first; GET /api/facts → every fact in page order. */
export const factsApi = new Hono()
  .get("/", (c) => {
    // Other parameters are ignored; of a repeated q, the first counts.
    const q = c.req.query("q") ?? "";
    if ([...q].length > MAX_QUESTION_CHARS) {
      return apiError(c, 400, "question_too_long", `q is limited to ${MAX_QUESTION_CHARS} characters.`);
    }
    const origin = new URL(c.req.url).origin;
    return c.json({ facts: rankFacts(interview.facts, q).map(({ fact }) => toApiFact(fact, origin)) });
  })
  .all("/", (c) => apiError(c, 405, "method_not_allowed", "Use GET /api/facts or GET /api/facts?q=…"));
