import { DurableObject } from "cloudflare:workers";
import type { Env } from "../../env.ts";

/** What a request id (timestamp + nonce, a DingTalk timestamp, a Feishu event_id) was seen with before. */
export type ReplayVerdict =
  | { seen: "new" }
  /** The same id with the same message: a platform retry while young, a replay once older. */
  | { seen: "repeat"; ageMs: number }
  /** The same id with another message: a captured signature reused with a forged body. */
  | { seen: "conflict" };

/**
 * Request ids seen within a channel's clock-skew window. A signature is valid for as long as its timestamp is
 * fresh (±300 s on WeChat, ±1 h on DingTalk), so whoever captures one request can send it again in that time:
 * an id is kept for twice the window (timestamps may be early or late) and then forgotten.
 */
export class ReplayGuard extends DurableObject<Env> {
  private readonly sql: SqlStorage;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.sql = ctx.storage.sql;
    this.sql.exec(`CREATE TABLE IF NOT EXISTS seen (id TEXT PRIMARY KEY, message TEXT NOT NULL, at INTEGER NOT NULL)`);
    this.sql.exec(`CREATE INDEX IF NOT EXISTS seen_at ON seen (at)`);
  }

  async admit(id: string, message: string, keepMs: number): Promise<ReplayVerdict> {
    const now = Date.now();
    this.sql.exec(`DELETE FROM seen WHERE at < ?`, now - keepMs);
    const row = this.sql
      .exec<{ message: string; at: number }>(`SELECT message, at FROM seen WHERE id = ?`, id)
      .toArray()[0];
    if (row) return row.message === message ? { seen: "repeat", ageMs: now - row.at } : { seen: "conflict" };
    this.sql.exec(`INSERT INTO seen (id, message, at) VALUES (?, ?, ?)`, id, message, now);
    return { seen: "new" };
  }
}
