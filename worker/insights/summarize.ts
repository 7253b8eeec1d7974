import { normalize } from "../text/normalize.ts";
import { KEEP_QUESTION_BELOW_CONFIDENCE } from "./answer-row.ts";
import type { InsightsRows } from "./queries.ts";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Groups and passages listed; the page stays readable and the JSON small. */
export const TOP = 30;

export interface PassageInfo {
  section: string;
  quote: string;
}

export interface DayInsights {
  day: string;
  questions: number;
  byChannel: Record<string, number>;
  /** Share of the day's questions answered (found), 0–1; null on a day without questions. */
  foundRate: number | null;
  /** Mean confidence of the day's questions, 0–1; null on a day without questions. */
  confidence: number | null;
}

export interface QuestionGroup {
  /** The normalized text the group shares. */
  key: string;
  /** The newest wording of it. */
  question: string;
  count: number;
  notFound: number;
  lowConfidence: number;
  votedDown: number;
  /** The passage the core found nearest most often, with its text. */
  nearest: string | null;
  nearestText?: string;
  lastAt: string;
}

export interface PassageInsights {
  passage: string;
  cited: number;
  up: number;
  down: number;
  section?: string;
  quote?: string;
}

export interface Insights {
  from: string;
  to: string;
  days: number;
  totals: {
    messages: number;
    questions: number;
    found: number;
    foundRate: number | null;
    up: number;
    down: number;
    byChannel: Record<string, number>;
    byIntent: Record<string, number>;
  };
  channels: string[];
  daily: DayInsights[];
  unanswered: QuestionGroup[];
  passages: PassageInsights[];
  downReasons: Record<string, number>;
}

/** The text two questions are the same question in: normalize() (script, width, case), no punctuation or spaces. */
export function questionKey(question: string): string {
  return normalize(question).replace(/[\p{P}\p{S}\s]+/gu, "");
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function mostFrequent(values: (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = v;
  return best;
}

/**
 * The owner's view of the rows: every day of the window (zeros included, so charts keep their time axis),
 * the kept questions grouped by their normalized text (most frequent first), the passages cited most.
 */
export function summarizeInsights(
  rows: InsightsRows,
  window: { since: number; now: number },
  passageInfo: (id: string) => PassageInfo | undefined = () => undefined,
): Insights {
  const days: string[] = [];
  for (let t = Date.parse(day(window.since)); t <= window.now; t += DAY_MS) days.push(day(t));

  const channels = [...new Set(rows.daily.map((r) => r.channel))].sort();
  const daily = days.map((d): DayInsights => {
    const of = rows.daily.filter((r) => r.day === d);
    const questions = of.reduce((n, r) => n + r.questions, 0);
    const found = of.reduce((n, r) => n + r.found, 0);
    const confidenceSum = of.reduce((n, r) => n + r.confidence * r.questions, 0);
    return {
      day: d,
      questions,
      byChannel: Object.fromEntries(of.map((r) => [r.channel, r.questions])),
      foundRate: questions ? found / questions : null,
      confidence: questions ? confidenceSum / questions : null,
    };
  });

  const groups = new Map<string, (typeof rows.kept)[number][]>();
  for (const r of rows.kept) {
    const key = questionKey(r.question);
    if (!key) continue;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const unanswered = [...groups]
    .map(([key, rs]): QuestionGroup => {
      const nearest = mostFrequent(rs.map((r) => r.nearest));
      const info = nearest ? passageInfo(nearest) : undefined;
      return {
        key,
        question: rs[0]!.question,
        count: rs.length,
        notFound: rs.filter((r) => r.intent === "no_answer").length,
        lowConfidence: rs.filter((r) => r.intent === "answer" && r.confidence < KEEP_QUESTION_BELOW_CONFIDENCE).length,
        votedDown: rs.filter((r) => r.down).length,
        nearest,
        ...(info && { nearestText: info.quote }),
        lastAt: new Date(Math.max(...rs.map((r) => r.at))).toISOString(),
      };
    })
    .sort((a, b) => b.count - a.count || b.lastAt.localeCompare(a.lastAt))
    .slice(0, TOP);

  const votes = new Map(rows.votes.map((v) => [v.passage, v]));
  const ids = new Set([...rows.cited.map((c) => c.passage), ...votes.keys()]);
  const cited = new Map(rows.cited.map((c) => [c.passage, c.cited]));
  const passages = [...ids]
    .map((id): PassageInsights => {
      const info = passageInfo(id);
      return {
        passage: id,
        cited: cited.get(id) ?? 0,
        up: votes.get(id)?.up ?? 0,
        down: votes.get(id)?.down ?? 0,
        ...(info && { section: info.section, quote: info.quote }),
      };
    })
    .sort((a, b) => b.cited - a.cited || b.down - a.down || a.passage.localeCompare(b.passage))
    .slice(0, TOP);

  const byIntent = Object.fromEntries(rows.intents.map((r) => [r.intent, r.n]));
  const questions = daily.reduce((n, d) => n + d.questions, 0);
  const found = rows.daily.reduce((n, r) => n + r.found, 0);
  const byChannel: Record<string, number> = {};
  for (const r of rows.daily) byChannel[r.channel] = (byChannel[r.channel] ?? 0) + r.questions;
  return {
    from: new Date(window.since).toISOString(),
    to: new Date(window.now).toISOString(),
    days: days.length,
    totals: {
      messages: rows.intents.reduce((n, r) => n + r.n, 0),
      questions,
      found,
      foundRate: questions ? found / questions : null,
      up: rows.voteTotals.find((v) => v.vote === "up")?.n ?? 0,
      down: rows.voteTotals.find((v) => v.vote === "down")?.n ?? 0,
      byChannel,
      byIntent,
    },
    channels,
    daily,
    unanswered,
    passages,
    downReasons: Object.fromEntries(rows.reasons.map((r) => [r.reason, r.n])),
  };
}
