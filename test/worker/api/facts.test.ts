import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { toApiFact } from "../../../worker/facts/to-api-fact.ts";

type ApiFact = ReturnType<typeof toApiFact>;

const get = (query = "", init?: RequestInit) => SELF.fetch(`http://assistant.test/api/facts${query}`, init);
const facts = async (query: string) => {
  const res = await get(query);
  expect(res.status).toBe(200);
  return (await res.json<{ facts: ApiFact[] }>()).facts;
};

describe("GET /api/facts", () => {
  it("lists every fact in page order, with its source link", async () => {
    const all = await facts("");
    expect(all.length).toBeGreaterThan(40);
    expect(Object.keys(all[0]!).sort()).toEqual(
      ["id", "measure", "number", "passage", "period", "quote", "rank", "unit", "url", "value"].sort(),
    );
    const car = all.find((f) => f.value === "16.39億元")!;
    expect(car).toMatchObject({
      number: 16.39,
      unit: "億元",
      period: "截至10月22日",
      rank: "居全國第4",
      passage: "a1-2",
      url: "http://assistant.test/source#a1-2",
    });
  });

  it("ranks facts for a terse query in either script", async () => {
    for (const q of ["外资", "外資"]) expect((await facts(`?q=${encodeURIComponent(q)}`))[0]?.value, q).toBe("148.6%");
    expect((await facts(`?q=${encodeURIComponent("汽车报废更新")}`))[0]?.value).toBe("16.39億元");
    expect((await facts(`?q=${encodeURIComponent("對外直接投資額")}`))[0]?.value).toBe("18億美元");
  });

  it("understands Chinese numerals and figures in the query", async () => {
    expect((await facts(`?q=${encodeURIComponent("位列全国前十")}`))[0]?.value).toBe("72.41億元");
    expect((await facts(`?q=${encodeURIComponent("5000万元以上")}`))[0]?.value).toBe("1014個");
    expect((await facts(`?q=${encodeURIComponent("两位数增长")}`))[0]?.value).toBe("12.9%");
  });

  it("finds named lists and page details", async () => {
    expect((await facts(`?q=${encodeURIComponent("知名跨国公司")}`))[0]?.value).toBe("法國威立雅、德國贏創");
    expect((await facts(`?q=${encodeURIComponent("责任编辑")}`))[0]?.value).toBe("袁麗娜");
  });

  it("answers an empty list for a query the interview has nothing on, and ignores unknown parameters", async () => {
    expect(await facts(`?q=${encodeURIComponent("机场")}`)).toEqual([]);
    expect((await facts(`?q=${encodeURIComponent("外资")}&limit=1&foo=bar`))[0]?.value).toBe("148.6%");
  });

  it("refuses a query over 500 characters and methods other than GET", async () => {
    const long = await get(`?q=${encodeURIComponent("外".repeat(501))}`);
    expect(long.status).toBe(400);
    expect((await long.json<{ error: { code: string } }>()).error.code).toBe("question_too_long");
    const post = await get("", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(post.status).toBe(405);
    expect((await post.json<{ error: { code: string; message: string } }>()).error).toMatchObject({
      code: "method_not_allowed",
    });
  });
});
