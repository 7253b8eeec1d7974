import { INSIGHTS_QUERIES, type InsightsQuery, type InsightsRows } from "./queries.ts";

/** Runs every query on D1 in one round trip (a batch). */
export async function readInsightsRows(db: D1Database, since: number): Promise<InsightsRows> {
  const names = Object.keys(INSIGHTS_QUERIES) as InsightsQuery[];
  const results = await db.batch(names.map((n) => db.prepare(INSIGHTS_QUERIES[n]).bind(since)));
  return Object.fromEntries(names.map((n, i) => [n, results[i]?.results ?? []])) as unknown as InsightsRows;
}
