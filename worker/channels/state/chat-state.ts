import { DurableObject } from "cloudflare:workers";
import type { Answer } from "../../core/answer.ts";
import type { Env } from "../../env.ts";
import { interview } from "../../interview.ts";
import { RETRY_WINDOW_MS } from "../common/replay.ts";
import { type ConversationState, converse, type Inbound, STATE_TTL_MS, type Turn } from "./converse.ts";

/**
 * One chat (one user of one channel): its last turns and follow-ups, and the replies already given by
 * message key. A Durable Object runs one call at a time, so a platform retry that arrives while the first
 * try is still running waits for it, then reads the stored reply: a message never runs twice into the state.
 */
export class ChatState extends DurableObject<Env> {
  private readonly sql: SqlStorage;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.sql = ctx.storage.sql;
  }

  // Per call, not in the constructor: deleteAll() (alarm, forget) drops the tables of a live object.
  private createTables() {
    this.sql.exec(`CREATE TABLE IF NOT EXISTS turns (at INTEGER NOT NULL, question TEXT NOT NULL)`);
    this.sql.exec(`CREATE TABLE IF NOT EXISTS suggestions (position INTEGER PRIMARY KEY, question TEXT NOT NULL)`);
    this.sql.exec(
      `CREATE TABLE IF NOT EXISTS replies (key TEXT PRIMARY KEY, at INTEGER NOT NULL, answer TEXT NOT NULL)`,
    );
  }

  /**
   * The reply to message `key`: computed once, then the same reply for every retry of that key; null for a
   * repeat older than a retry (a replay of a request whose signature covers its body: nothing is sent).
   */
  async reply(key: string, input: Inbound, origin: string): Promise<Answer | null> {
    const now = Date.now();
    this.createTables();
    this.sql.exec(`DELETE FROM replies WHERE at < ?`, now - STATE_TTL_MS);
    const done = this.sql
      .exec<{ answer: string; at: number }>(`SELECT answer, at FROM replies WHERE key = ?`, key)
      .toArray()[0];
    if (done) return now - done.at > RETRY_WINDOW_MS ? null : (JSON.parse(done.answer) as Answer);

    const turns = this.sql
      .exec<{ at: number; question: string }>(`SELECT at, question FROM turns ORDER BY at`)
      .toArray() as Turn[];
    const suggestions = this.sql
      .exec<{ question: string }>(`SELECT question FROM suggestions ORDER BY position`)
      .toArray()
      .map((r) => r.question);
    const fresh = turns.length === 0 || now - turns[turns.length - 1]!.at < STATE_TTL_MS;
    const state: ConversationState = { turns, suggestions: fresh ? suggestions : [] };

    const result = converse(input, state, { index: interview, origin, now });
    this.ctx.storage.transactionSync(() => {
      this.sql.exec(`DELETE FROM turns`);
      for (const t of result.state.turns)
        this.sql.exec(`INSERT INTO turns (at, question) VALUES (?, ?)`, t.at, t.question);
      this.sql.exec(`DELETE FROM suggestions`);
      result.state.suggestions.forEach((q, i) =>
        this.sql.exec(`INSERT INTO suggestions (position, question) VALUES (?, ?)`, i + 1, q),
      );
      this.sql.exec(`INSERT INTO replies (key, at, answer) VALUES (?, ?, ?)`, key, now, JSON.stringify(result.reply));
    });
    // Nothing of an idle chat is kept: the alarm wipes it once it has expired.
    await this.ctx.storage.setAlarm(now + STATE_TTL_MS);
    return result.reply;
  }

  /** Unsubscribe: the user leaves, and so does everything kept about them. */
  async forget(): Promise<void> {
    await this.ctx.storage.deleteAll();
  }

  override async alarm(): Promise<void> {
    await this.ctx.storage.deleteAll();
  }
}
