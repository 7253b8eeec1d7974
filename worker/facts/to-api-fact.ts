import type { Fact } from "../search/passage.ts";

/** The API's JSON for a fact: the contract of GET /api/facts. `url` links to the passage on /source. */
export function toApiFact(fact: Fact, origin: string) {
  const { id, value, number, unit, measure, period, rank, quote, passage } = fact;
  return { id, value, number, unit, measure, period, rank, quote, passage, url: `${origin}/source#${passage}` };
}
