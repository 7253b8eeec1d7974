// The SQL behind /admin/insights, /admin/insights.json and `npm run insights`: each takes one parameter,
// ?1 = the first millisecond of the window. Shared by the worker (bound, read-insights.ts) and the terminal
// tool (inlined, scripts/insights.ts), so this file names no Workers type.

export const INSIGHTS_QUERIES = {
  /** Questions per day and channel (greetings and help are messages, not questions). */
  daily: `SELECT date(at / 1000, 'unixepoch') AS day, channel, count(*) AS questions, sum(found) AS found,
       avg(confidence) AS confidence
FROM answers WHERE at >= ?1 AND intent IN ('answer', 'no_answer')
GROUP BY day, channel ORDER BY day, channel`,
  /** Every message by intent, for the totals line. */
  intents: `SELECT intent, count(*) AS n FROM answers WHERE at >= ?1 GROUP BY intent`,
  /** The questions whose text is kept: not found, low confidence or voted down (newest first, bounded). */
  kept: `SELECT a.question AS question, a.nearest AS nearest, a.intent AS intent, a.confidence AS confidence, a.at AS at,
       EXISTS (SELECT 1 FROM feedback f WHERE f.answer_id = a.id AND f.vote = 'down') AS down
FROM answers a WHERE a.at >= ?1 AND a.question IS NOT NULL ORDER BY a.at DESC LIMIT 5000`,
  /** How often each passage was cited. */
  cited: `SELECT c.value AS passage, count(*) AS cited
FROM answers a, json_each(a.citations) c WHERE a.at >= ?1 GROUP BY c.value`,
  /** The votes on each passage. */
  votes: `SELECT passage, sum(vote = 'up') AS up, sum(vote = 'down') AS down
FROM feedback WHERE at >= ?1 AND passage IS NOT NULL GROUP BY passage`,
  /** Every vote, linked or not. */
  voteTotals: `SELECT vote, count(*) AS n FROM feedback WHERE at >= ?1 GROUP BY vote`,
  /** Why readers voted down. */
  reasons: `SELECT coalesce(reason, 'none') AS reason, count(*) AS n FROM feedback
WHERE at >= ?1 AND vote = 'down' GROUP BY reason ORDER BY n DESC`,
} as const;

export type InsightsQuery = keyof typeof INSIGHTS_QUERIES;

export interface InsightsRows {
  daily: { day: string; channel: string; questions: number; found: number; confidence: number }[];
  intents: { intent: string; n: number }[];
  kept: { question: string; nearest: string | null; intent: string; confidence: number; at: number; down: number }[];
  cited: { passage: string; cited: number }[];
  votes: { passage: string; up: number; down: number }[];
  voteTotals: { vote: "up" | "down"; n: number }[];
  reasons: { reason: string; n: number }[];
}
