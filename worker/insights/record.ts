import type { FeedbackReason } from "../api/feedback-reasons.ts";
import type { Answer } from "../core/answer.ts";
import { type AnswerRow, type AnswerRowInput, keptQuestion, toAnswerRow } from "./answer-row.ts";

/** Where background work is handed over: the request's ExecutionContext (or undefined outside a request). */
export type WaitUntil = Pick<ExecutionContext, "waitUntil"> | undefined;

export type { FeedbackReason };

export interface FeedbackRow {
  answerId?: string;
  vote: "up" | "down";
  reason?: FeedbackReason;
  /** The passage the voted answer cited first, when the client says so. */
  passage?: string;
  /** The question as the client sends it: kept (cut) only with a down vote. */
  question?: string;
  at?: number;
}

function logFailure(what: string, e: unknown) {
  console.error(JSON.stringify({ level: "error", event: "insights_write_failed", what, message: String(e) }));
}

/**
 * Hands `write` to waitUntil: the reply is sent first, and a slow or failing database neither delays nor breaks it.
 * Without a database binding (the terminal tools) or a context, nothing is written.
 */
function inBackground(
  ctx: WaitUntil,
  db: D1Database | undefined,
  what: string,
  write: (db: D1Database) => Promise<unknown>,
) {
  if (!db || !ctx) return;
  let pending: Promise<unknown>;
  try {
    pending = write(db).catch((e) => logFailure(what, e));
  } catch (e) {
    // A binding that throws before returning a promise must not reach the route either.
    logFailure(what, e);
    return;
  }
  ctx.waitUntil(pending);
}

export function insertAnswerRow(db: D1Database, row: AnswerRow) {
  // OR IGNORE: a bot platform's retry of one message carries the same id and is counted once.
  return db
    .prepare(
      `INSERT OR IGNORE INTO answers (id, at, channel, script, intent, found, confidence, citations, nearest, latency_ms, question)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .bind(
      row.id,
      row.at,
      row.channel,
      row.script,
      row.intent,
      row.found ? 1 : 0,
      row.confidence,
      JSON.stringify(row.citations),
      row.nearest,
      row.latencyMs,
      row.question,
    )
    .run();
}

/**
 * The one insights hook of the answer path: every channel calls it once per answered message, after
 * computing the reply. The write happens in ctx.waitUntil, after the response.
 */
export function recordAnswer(ctx: WaitUntil, db: D1Database | undefined, a: Answer, input: AnswerRowInput): void {
  const row = toAnswerRow(a, input);
  inBackground(ctx, db, "answer", (d) => insertAnswerRow(d, row));
}

export function insertFeedback(db: D1Database, f: FeedbackRow) {
  const at = f.at ?? Date.now();
  const answerId = f.answerId ?? null;
  const statements = [
    // The link only to an answer still kept; the passage from the client, else the answer's first citation.
    db
      .prepare(
        `INSERT INTO feedback (at, answer_id, vote, reason, passage)
         VALUES (?1, (SELECT id FROM answers WHERE id = ?2), ?3, ?4,
                 COALESCE(?5, (SELECT json_extract(citations, '$[0]') FROM answers WHERE id = ?2)))`,
      )
      .bind(at, answerId, f.vote, f.reason ?? null, f.passage ?? null),
  ];
  if (f.vote === "down" && answerId && f.question) {
    // A voted-down question is one the owner needs to read.
    statements.push(
      db
        .prepare(`UPDATE answers SET question = ? WHERE id = ? AND question IS NULL`)
        .bind(keptQuestion(f.question), answerId),
    );
  }
  return db.batch(statements);
}

/** A vote, written after the 204 like the answers. */
export function recordFeedback(ctx: WaitUntil, db: D1Database | undefined, f: FeedbackRow): void {
  inBackground(ctx, db, "feedback", (d) => insertFeedback(d, f));
}

/** The database the insights are written to: none when INSIGHTS is "off" (wrangler.toml [vars]) or DB is not bound. */
export function insightsDb(env: { DB?: D1Database; INSIGHTS?: string } | undefined): D1Database | undefined {
  return env?.INSIGHTS === "off" ? undefined : env?.DB;
}
