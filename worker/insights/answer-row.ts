import type { Answer } from "../core/answer.ts";
import { tuning } from "../core/tuning.ts";
import { detectScript, type Script } from "../text/script.ts";

/** Where a message came in. The API is split by who calls it: the widget says so (`?client=widget`). */
export type InsightsChannel = "api" | "widget" | "wechat" | "wecom" | "wecom-bot" | "dingtalk" | "feishu";

/** A question's text is kept only this long: enough to see what was asked, too short to hold a life story. */
export const MAX_KEPT_QUESTION_CHARS = 200;
/**
 * Below this confidence the core phrases its answer as a hedge (worker/core/tuning.ts), and the owner sees
 * those questions' words too: the same threshold, read from the core.
 */
export const KEEP_QUESTION_BELOW_CONFIDENCE = tuning.lowConfidence;

/** One row of the `answers` table (worker/insights/migrations). */
export interface AnswerRow {
  id: string;
  at: number;
  channel: InsightsChannel;
  script: Script;
  intent: Answer["intent"];
  found: boolean;
  confidence: number;
  citations: string[];
  nearest: string | null;
  latencyMs: number;
  question: string | null;
}

export interface AnswerRowInput {
  id: string;
  channel: InsightsChannel;
  question: string;
  /** When the request arrived (Date.now()); the latency is measured up to the reply. */
  startedAt: number;
  now?: number;
}

/** Whether the owner needs the question's words: it was not answered, or only with a hedge. */
export function needsQuestionText(a: Pick<Answer, "intent" | "confidence">): boolean {
  return a.intent === "no_answer" || (a.intent === "answer" && a.confidence < KEEP_QUESTION_BELOW_CONFIDENCE);
}

/** Cuts a question to what is kept, by characters (never halving a surrogate pair). */
export function keptQuestion(question: string): string {
  return [...question.trim()].slice(0, MAX_KEPT_QUESTION_CHARS).join("");
}

/**
 * The row of one answered message: what was answered and how, never who asked. The question's text only
 * when the owner needs it (docs/PRIVACY.md).
 */
export function toAnswerRow(a: Answer, input: AnswerRowInput): AnswerRow {
  const now = input.now ?? Date.now();
  const keep = needsQuestionText(a);
  return {
    id: input.id,
    at: now,
    channel: input.channel,
    script: detectScript(input.question),
    intent: a.intent,
    found: a.found,
    confidence: Math.min(1, Math.max(0, Number.isFinite(a.confidence) ? a.confidence : 0)),
    citations: a.citations.map((c) => c.id),
    // What the core found nearest when it could not answer, or answered unsure: the lead to what is missing.
    nearest: keep ? (a.related[0]?.id ?? a.citations[0]?.id ?? null) : null,
    latencyMs: Math.max(0, now - input.startedAt),
    question: keep ? keptQuestion(input.question) : null,
  };
}
