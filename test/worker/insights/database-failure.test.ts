// A slow or failing database never delays or breaks an answer: the writes run in ctx.waitUntil after the reply.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { clearInsights, fetchWorker, storedAnswers, testEnv } from "./support.ts";

const ORIGIN = "https://insights.example";
const question = "电动自行车以旧换新全国排第几";

beforeEach(async () => {
  vi.spyOn(console, "log").mockImplementation(() => undefined);
  await clearInsights();
});

/** A D1 binding whose statements behave as `run` says: the stand-in for a database that is down or slow. */
function databaseWhere(run: () => Promise<unknown>): D1Database {
  const statement = { bind: () => statement, run, all: run, first: run };
  return {
    prepare: () => statement,
    batch: run,
    exec: run,
  } as unknown as D1Database;
}

const throwing = {
  prepare: () => {
    throw new Error("D1_ERROR: no such table: answers");
  },
  batch: () => {
    throw new Error("D1_ERROR: no such table: answers");
  },
} as unknown as D1Database;

async function askWith(DB: D1Database) {
  return fetchWorker(`${ORIGIN}/api/ask?q=${encodeURIComponent(question)}`, undefined, { DB });
}

describe("a failing database", () => {
  it.each([
    ["rejects every statement", databaseWhere(() => Promise.reject(new Error("D1_ERROR: database is locked")))],
    ["throws before any statement", throwing],
  ])("that %s: the answer is unchanged and the failure is logged", async (_, DB) => {
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const { res, settled } = await askWith(DB);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ found: true, id: expect.any(String) });
    await settled;
    expect(error.mock.calls.map(([line]) => JSON.parse(String(line)))).toEqual([
      expect.objectContaining({ level: "error", event: "insights_write_failed", what: "answer" }),
    ]);
  });

  it("a vote still gets its 204", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const { res, settled } = await fetchWorker(
      `${ORIGIN}/api/feedback`,
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ question, vote: "down", answerId: "x", reason: "wrong" }),
      },
      { DB: throwing },
    );
    expect(res.status).toBe(204);
    await settled;
  });
});

describe("a slow database", () => {
  it("the reply is complete while the write is still waiting", async () => {
    let release!: () => void;
    let written = false;
    const slow = databaseWhere(
      () =>
        new Promise((resolve) => {
          release = () => {
            written = true;
            resolve({ success: true, meta: {} });
          };
        }),
    );
    const { res, settled } = await askWith(slow);
    // The whole body is read while the database has not answered yet.
    expect(await res.json()).toMatchObject({ found: true });
    expect(written).toBe(false);
    release();
    await settled;
    expect(written).toBe(true);
  });
});

it("without a DB binding the worker answers and records nothing", async () => {
  const { res, settled } = await fetchWorker(`${ORIGIN}/api/ask?q=${encodeURIComponent(question)}`, undefined, {
    DB: undefined,
  });
  expect(res.status).toBe(200);
  await settled;
  expect(await storedAnswers()).toEqual([]);
  expect(testEnv.DB).toBeDefined();
});

it('INSIGHTS = "off" writes nothing and answers the same', async () => {
  const { res, settled } = await fetchWorker(`${ORIGIN}/api/ask?q=${encodeURIComponent(question)}`, undefined, {
    INSIGHTS: "off",
  });
  expect(await res.json()).toMatchObject({ found: true, id: expect.any(String) });
  await settled;
  expect(await storedAnswers()).toEqual([]);
});
