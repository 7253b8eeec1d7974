// The migrations apply to an empty D1 database, twice without harm, and give the schema the code writes to.
import { applyD1Migrations, env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { insertAnswerRow } from "../../../worker/insights/record.ts";

describe("worker/insights/migrations", () => {
  it("apply from empty, and again as a no-op", async () => {
    const db = env.EMPTY_DB;
    const tables = async () =>
      (
        await db
          .prepare(
            `SELECT name FROM sqlite_master WHERE type IN ('table', 'index') AND name NOT LIKE 'sqlite_%' ORDER BY name`,
          )
          .all<{ name: string }>()
      ).results.map((r) => r.name);
    expect(await tables()).not.toContain("answers");
    await applyD1Migrations(db, env.TEST_MIGRATIONS);
    const schema = await tables();
    expect(schema).toEqual(
      expect.arrayContaining(["answers", "answers_at", "feedback", "feedback_answer", "feedback_at"]),
    );
    await applyD1Migrations(db, env.TEST_MIGRATIONS);
    expect(await tables()).toEqual(schema);
    // The row the worker writes fits the schema.
    await insertAnswerRow(db, {
      id: "x",
      at: 1,
      channel: "api",
      script: "hans",
      intent: "answer",
      found: true,
      confidence: 0.5,
      citations: ["a1-2"],
      nearest: "a1-2",
      latencyMs: 0,
      question: "问",
    });
    expect(await db.prepare("SELECT count(*) AS n FROM answers").first("n")).toBe(1);
  });

  it("refuse a vote that is neither up nor down, and an unknown reason (CHECK constraints)", async () => {
    await expect(env.DB.prepare(`INSERT INTO feedback (at, vote) VALUES (1, 'maybe')`).run()).rejects.toThrow(/CHECK/);
    await expect(
      env.DB.prepare(`INSERT INTO feedback (at, vote, reason) VALUES (1, 'up', 'boring')`).run(),
    ).rejects.toThrow(/CHECK/);
  });
});
