/** How long rows are kept when INSIGHTS_RETENTION_DAYS is not set (docs/PRIVACY.md). */
export const DEFAULT_RETENTION_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

/** INSIGHTS_RETENTION_DAYS as a whole number of days ≥ 1; anything else means the default. */
export function retentionDays(setting: string | undefined): number {
  const days = Number(setting);
  return Number.isInteger(days) && days >= 1 && days <= 36_500 ? days : DEFAULT_RETENTION_DAYS;
}

export interface DeletedRows {
  answers: number;
  feedback: number;
}

/** Deletes the answers and votes older than `days` before `now`. Votes go first: they point to answers. */
export async function deleteExpired(db: D1Database, days: number, now: number): Promise<DeletedRows> {
  const before = now - days * DAY_MS;
  const [feedback, answers] = await db.batch([
    db
      .prepare(`DELETE FROM feedback WHERE at < ?1 OR answer_id IN (SELECT id FROM answers WHERE at < ?1)`)
      .bind(before),
    db.prepare(`DELETE FROM answers WHERE at < ?`).bind(before),
  ]);
  return { answers: answers?.meta.changes ?? 0, feedback: feedback?.meta.changes ?? 0 };
}
