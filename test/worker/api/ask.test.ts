import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";

import type { AskReply } from "../../../worker/api/schemas.ts";

type AskBody = AskReply;

const post = (body: unknown, headers: Record<string, string> = { "content-type": "application/json" }) =>
  SELF.fetch("http://assistant.test/api/ask", {
    method: "POST",
    headers,
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

async function expectError(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/application\/json/);
  const body = await res.json<{ error: { code: string; message: string } }>();
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(5);
}

describe("POST /api/ask", () => {
  it("answers a Simplified question in Simplified, quoting in Simplified with the Traditional original", async () => {
    const res = await post({ question: "电动自行车以旧换新用了多少钱" });
    expect(res.status).toBe(200);
    const body = await res.json<AskBody>();
    expect(body).toMatchObject({ found: true, intent: "answer" });
    expect(body.answer).toContain("5228万元");
    expect(body.answer).not.toContain("萬");
    expect(body.citations[0]).toMatchObject({
      id: "a1-2",
      speaker: "张泽峰",
      url: "http://assistant.test/source#a1-2",
      lang: "zh-Hans",
    });
    expect(body.citations[0]!.quote).toContain("5228万元");
    expect(body.citations[0]!.original.quote).toContain("5228萬元");
    expect(body.suggestions.length).toBeGreaterThanOrEqual(2);
  });

  it("carries the quick fact of a figure answer, in the asker's script, and none otherwise", async () => {
    const body = await (await post({ question: "汽车报废更新拨付了多少" })).json<
      AskBody & { fact?: Record<string, string> }
    >();
    expect(body.fact).toEqual({
      value: "16.39亿元",
      measure: "汽车报废更新",
      period: "截至10月22日",
      rank: "居全国第4",
      asked: "value",
    });
    // A rank question says so: a card leads with the rank.
    const rank = await (await post({ question: "汽车报废更新排第几" })).json<AskBody & { fact?: { asked: string } }>();
    expect(rank.fact?.asked).toBe("rank");
    const plain = await (await post({ question: "一日导购员是什么" })).json<AskBody & { fact?: unknown }>();
    expect(plain.fact).toBeUndefined();
  });

  it("answers a Traditional question in Traditional", async () => {
    const body = await (await post({ question: "河北凈菜在北京的市場佔有率是多少?" })).json<AskBody>();
    expect(body.found).toBe(true);
    expect(body.answer).toContain("41.8%");
    expect(body.answer).toContain("佔有率");
  });

  it("resolves a follow-up from the history", async () => {
    const body = await (
      await post({ question: "那家电呢?", history: [{ question: "汽车报废更新拨付了多少钱" }] })
    ).json<AskBody>();
    expect(body.answer).toContain("11.28");
  });

  it("says so, with suggestions and without citations, when the interview does not cover it", async () => {
    const body = await (await post({ question: "河北省的GDP是多少" })).json<AskBody>();
    expect(body).toMatchObject({ found: false, intent: "no_answer", citations: [] });
    expect(body.answer).not.toMatch(/\d{3}/);
    expect(body.suggestions.length).toBe(3);
  });

  it("greets without citations", async () => {
    const body = await (await post({ question: "你好" })).json<AskBody>();
    expect(body).toMatchObject({ intent: "greeting", citations: [] });
    expect(body.suggestions.length).toBe(3);
  });

  it("refuses a missing, empty or non-string question", async () => {
    await expectError(await post({}), 400, "missing_question");
    await expectError(await post({ question: "   " }), 400, "missing_question");
    await expectError(await post({ question: 42 }), 400, "invalid_question");
    await expectError(await post({ question: ["a"] }), 400, "invalid_question");
    await expectError(await post([1, 2]), 400, "bad_request");
    await expectError(await post("null"), 400, "bad_request");
  });

  it("refuses a question over 500 characters", async () => {
    await expectError(await post({ question: "问".repeat(501) }), 400, "question_too_long");
    expect((await post({ question: "问".repeat(500) })).status).toBe(200);
  });

  it("refuses a malformed history", async () => {
    await expectError(await post({ question: "以旧换新", history: "x" }), 400, "invalid_history");
    await expectError(await post({ question: "以旧换新", history: [{ question: 1 }] }), 400, "invalid_history");
    await expectError(
      await post({ question: "以旧换新", history: Array(11).fill({ question: "a" }) }),
      400,
      "invalid_history",
    );
  });

  it("refuses a body over 16 KB with 413", async () => {
    await expectError(await post({ question: "以旧换新", pad: "x".repeat(17 * 1024) }), 413, "payload_too_large");
  });

  it("refuses bodies that are not JSON", async () => {
    await expectError(await post("{not json"), 400, "invalid_json");
    await expectError(
      await post("question=1", { "content-type": "application/x-www-form-urlencoded" }),
      415,
      "unsupported_media_type",
    );
    await expectError(await post('{"question":"x"}', {}), 415, "unsupported_media_type");
  });
});

describe("GET /api/ask", () => {
  it("answers ?q= like POST", async () => {
    const res = await SELF.fetch(`http://assistant.test/api/ask?q=${encodeURIComponent("对外直接投资额多少")}`);
    const body = await res.json<AskBody>();
    expect(body.found).toBe(true);
    expect(body.answer).toContain("18亿美元");
  });

  it("refuses a missing or oversized q", async () => {
    await expectError(await SELF.fetch("http://assistant.test/api/ask"), 400, "missing_question");
    await expectError(await SELF.fetch(`http://assistant.test/api/ask?q=${"a".repeat(501)}`), 400, "question_too_long");
  });
});

describe("other routes", () => {
  it("answers unknown routes and methods with JSON errors", async () => {
    await expectError(await SELF.fetch("http://assistant.test/nope"), 404, "not_found");
    await expectError(
      await SELF.fetch("http://assistant.test/api/ask", { method: "DELETE" }),
      405,
      "method_not_allowed",
    );
  });

  it("serves /source with an anchor per passage and a strict CSP", async () => {
    const res = await SELF.fetch("http://assistant.test/source");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
    const page = await res.text();
    expect(page).toContain('id="a1-2"');
    expect(page).toContain("5228萬元");
    expect(page).toContain(":target");
    expect(page).not.toContain("<script");
  });
});
