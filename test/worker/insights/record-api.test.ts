// The insights rows of the API and the widget, and of the votes on them: real D1 inside workerd.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { MAX_KEPT_QUESTION_CHARS } from "../../../worker/insights/answer-row.ts";
import { clearInsights, fetchAndSettle, storedAnswers, storedFeedback } from "./support.ts";

const ORIGIN = "https://insights.example";
const sample = "电动自行车以旧换新全国排第几";
// A figure the interview never gives: the core answers "not found" (README, Honest "not found").
const outOfScope = "河北省的GDP是多少";

interface Asked {
  id: string;
  found: boolean;
  intent: string;
  confidence: number;
  citations: { id: string }[];
}

async function ask(question: string, path = "/api/ask", extra: Record<string, unknown> = {}) {
  const res = await fetchAndSettle(`${ORIGIN}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ question, ...extra }),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as Asked;
}

function vote(body: Record<string, unknown>) {
  return fetchAndSettle(`${ORIGIN}/api/feedback`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}

beforeEach(async () => {
  vi.spyOn(console, "log").mockImplementation(() => undefined);
  await clearInsights();
});

describe("an answered question writes one row", () => {
  it("GET /api/ask: the row of the answer whose id the API returns, without the question's text", async () => {
    const res = await fetchAndSettle(`${ORIGIN}/api/ask?q=${encodeURIComponent(sample)}`);
    const body = (await res.json()) as Asked;
    expect(body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.found).toBe(true);
    const rows = await storedAnswers();
    expect(rows).toEqual([
      {
        id: body.id,
        at: expect.any(Number),
        channel: "api",
        script: "hans",
        intent: body.intent,
        found: 1,
        confidence: body.confidence,
        citations: JSON.stringify(body.citations.map((c) => c.id)),
        nearest: null,
        latency_ms: expect.any(Number),
        question: null,
      },
    ]);
    expect(Math.abs(rows[0]!.at - Date.now())).toBeLessThan(60_000);
  });

  it('a question with "client": "widget" counts as the widget, in the asker\'s script', async () => {
    const body = await ask("河北凈菜在北京的市場佔有率是多少?", "/api/ask", { client: "widget" });
    expect(await storedAnswers()).toEqual([
      expect.objectContaining({ id: body.id, channel: "widget", script: "hant" }),
    ]);
  });

  it("GET ?client=widget is the widget too; any other client is the API; a client that is no string is refused", async () => {
    await fetchAndSettle(`${ORIGIN}/api/ask?client=widget&q=${encodeURIComponent(sample)}`);
    await ask(sample, "/api/ask", { client: "wechat" });
    expect((await storedAnswers()).map((r) => r.channel).sort()).toEqual(["api", "widget"]);
  });

  it("keeps a question that was not found, cut to 200 characters", async () => {
    const long = `${outOfScope}${"，请详细说明".repeat(60)}`;
    const body = await ask(long);
    expect(body.intent).toBe("no_answer");
    const [row] = await storedAnswers();
    expect(row).toMatchObject({ id: body.id, found: 0, intent: "no_answer", citations: "[]" });
    expect(row!.question).toBe([...long].slice(0, MAX_KEPT_QUESTION_CHARS).join(""));
  });

  it("gives every answer its own id", async () => {
    const a = await ask(sample);
    const b = await ask(sample);
    expect(a.id).not.toBe(b.id);
    expect((await storedAnswers()).map((r) => r.id).sort()).toEqual([a.id, b.id].sort());
  });

  it("writes nothing for a refused request", async () => {
    const odd = await fetchAndSettle(`${ORIGIN}/api/ask`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ question: sample, client: { widget: true } }),
    });
    expect(odd.status).toBe(400);
    const res = await fetchAndSettle(`${ORIGIN}/api/ask`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ question: "问".repeat(501) }),
    });
    expect(res.status).toBe(400);
    expect(await storedAnswers()).toEqual([]);
  });
});

describe("POST /api/feedback with answerId", () => {
  it("links the vote to its answer, with its reason and the answer's first passage", async () => {
    const a = await ask(sample);
    expect((await vote({ question: sample, vote: "up", answerId: a.id })).status).toBe(204);
    expect(await storedFeedback()).toEqual([
      {
        id: expect.any(Number),
        at: expect.any(Number),
        answer_id: a.id,
        vote: "up",
        reason: null,
        passage: a.citations[0]!.id,
      },
    ]);
    // An up vote keeps no text.
    expect((await storedAnswers())[0]!.question).toBeNull();
  });

  it("keeps the text of a voted-down question on its answer", async () => {
    const a = await ask(sample);
    expect((await vote({ question: sample, vote: "down", answerId: a.id, reason: "incomplete" })).status).toBe(204);
    expect(await storedFeedback()).toMatchObject([{ answer_id: a.id, vote: "down", reason: "incomplete" }]);
    expect((await storedAnswers())[0]!.question).toBe(sample);
  });

  it("keeps a vote on an unknown answer unlinked, and one without answerId too", async () => {
    expect((await vote({ question: "q", vote: "down", answerId: "no-such-answer", reason: "wrong" })).status).toBe(204);
    expect((await vote({ question: "q", vote: "up", citation: "a1-2" })).status).toBe(204);
    expect(await storedFeedback()).toMatchObject([
      { answer_id: null, vote: "down", reason: "wrong", passage: null },
      { answer_id: null, vote: "up", reason: null, passage: "a1-2" },
    ]);
  });

  it.each([
    ["an unknown reason", { reason: "meh" }],
    ["a reason that is not a string", { reason: ["wrong"] }],
    ["an answerId that is not an id", { answerId: "<script>" }],
    ["an answerId that is too long", { answerId: "a".repeat(65) }],
    ["an answerId that is a number", { answerId: 7 }],
  ])("refuses %s with 400 and writes nothing", async (_, extra) => {
    const res = await vote({ question: "q", vote: "down", ...extra });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: "bad_request", message: expect.any(String) } });
    expect(await storedFeedback()).toEqual([]);
  });
});
