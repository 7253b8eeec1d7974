import { Hono } from "hono";
import { rankFacts, toApiFact } from "../facts/index.ts";
import { interview } from "../interview.ts";
import { FactsQuery, type FactsReply } from "./schemas.ts";
import { validate } from "./validate.ts";

/** GET /api/facts?q=外资 → the facts for the query, best first; GET /api/facts → every fact in page order. */
export const factsApi = new Hono().get("/", validate("query", FactsQuery), (c) => {
  const { q } = c.req.valid("query");
  const origin = new URL(c.req.url).origin;
  const reply: FactsReply = { facts: rankFacts(interview.facts, q).map(({ fact }) => toApiFact(fact, origin)) };
  return c.json(reply);
});
