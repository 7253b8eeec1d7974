// The Cron Trigger's retention sweep, through the worker's scheduled handler on the real D1.
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Env } from "../../../worker/env.ts";
import worker from "../../../worker/index.ts";
import { DEFAULT_RETENTION_DAYS, retentionDays } from "../../../worker/insights/retention.ts";
import { clearInsights, storedAnswers, storedFeedback, testEnv } from "./support.ts";

const DAY = 24 * 60 * 60 * 1000;
const now = Date.UTC(2026, 10, 28, 3, 17);

async function seed(id: string, ageDays: number, votes: { ageDays: number; answered?: boolean }[] = []) {
  const db = testEnv.DB;
  await db
    .prepare(
      `INSERT INTO answers (id, at, channel, script, intent, found, confidence, citations, latency_ms)
       VALUES (?, ?, 'api', 'hans', 'answer', 1, 1, '["a1-2"]', 3)`,
    )
    .bind(id, now - ageDays * DAY)
    .run();
  for (const v of votes) {
    await db
      .prepare(`INSERT INTO feedback (at, answer_id, vote) VALUES (?, ?, 'up')`)
      .bind(now - v.ageDays * DAY, v.answered === false ? null : id)
      .run();
  }
}

async function runCron(env: Partial<Env> = {}) {
  const ctx = createExecutionContext();
  await worker.scheduled(
    createScheduledController({ scheduledTime: now, cron: "17 3 * * *" }),
    { ...testEnv, ...env },
    ctx,
  );
  await waitOnExecutionContext(ctx);
}

beforeEach(async () => {
  vi.spyOn(console, "log").mockImplementation(() => undefined);
  await clearInsights();
});

describe("the retention Cron Trigger", () => {
  it("deletes answers and votes older than the default 90 days, and nothing younger", async () => {
    await seed("old", 91, [{ ageDays: 1 }]);
    await seed("edge", 89.9, [{ ageDays: 89.9 }]);
    await seed("new", 0, [{ ageDays: 0 }]);
    await seed("stray", 5, [{ ageDays: 120, answered: false }]);
    await runCron();
    expect((await storedAnswers()).map((r) => r.id).sort()).toEqual(["edge", "new", "stray"]);
    // The vote on the deleted answer went with it, the 120-day-old unlinked vote by its own age.
    expect((await storedFeedback()).map((f) => f.answer_id).sort()).toEqual(["edge", "new"]);
  });

  it("takes INSIGHTS_RETENTION_DAYS from the environment", async () => {
    await seed("week-old", 8);
    await seed("today", 0);
    await runCron({ INSIGHTS_RETENTION_DAYS: "7" });
    expect((await storedAnswers()).map((r) => r.id)).toEqual(["today"]);
  });

  it("logs what it deleted", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    await seed("old", 100, [{ ageDays: 100 }]);
    await runCron();
    expect(log.mock.calls.map(([l]) => JSON.parse(String(l)))).toContainEqual(
      expect.objectContaining({ event: "insights_retention", days: 90, deleted: { answers: 1, feedback: 1 } }),
    );
  });
});

describe("retentionDays", () => {
  it.each([
    [undefined, DEFAULT_RETENTION_DAYS],
    ["30", 30],
    ["0", DEFAULT_RETENTION_DAYS],
    ["-5", DEFAULT_RETENTION_DAYS],
    ["1.5", DEFAULT_RETENTION_DAYS],
    ["ninety", DEFAULT_RETENTION_DAYS],
    ["", DEFAULT_RETENTION_DAYS],
  ])("%s → %d", (setting, days) => {
    expect(retentionDays(setting)).toBe(days);
  });
});
