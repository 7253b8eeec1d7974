// /admin/insights and /admin/insights.json: closed without ADMIN_TOKEN, refused without the right one (compared
// in constant time), and the owner's view of real rows written through the real routes.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { clearInsights, fetchAndSettle, testEnv } from "./support.ts";

const ORIGIN = "https://insights.example";
const TOKEN = testEnv.ADMIN_TOKEN!;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const basic = (user: string, password: string) => ({ authorization: `Basic ${btoa(`${user}:${password}`)}` });

const admin = (path: string, headers: Record<string, string> = bearer(TOKEN), env = {}) =>
  fetchAndSettle(`${ORIGIN}${path}`, { headers }, env);

async function ask(question: string, client?: string) {
  const res = await fetchAndSettle(`${ORIGIN}/api/ask`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ question, client }),
  });
  return (await res.json()) as { id: string; found: boolean; citations: { id: string }[] };
}

beforeEach(async () => {
  vi.spyOn(console, "log").mockImplementation(() => undefined);
  await clearInsights();
});

describe("access", () => {
  it.each(["/admin/insights", "/admin/insights.json"])("%s is 404 while ADMIN_TOKEN is not set", async (path) => {
    const res = await admin(path, bearer(TOKEN), { ADMIN_TOKEN: undefined });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: "not_found" } });
    expect(res.headers.get("www-authenticate")).toBeNull();
  });

  it.each([
    ["no Authorization", {}],
    ["a wrong token", bearer("test-admin-token-0123456788")],
    ["a shorter token", bearer("t")],
    ["a longer token", bearer(`${TOKEN}x`)],
    ["an empty Bearer", { authorization: "Bearer " }],
    ["a wrong Basic password", basic("owner", "nope")],
    ["the token as a Basic user name", basic(TOKEN, "")],
    ["a Basic value that is not base64", { authorization: "Basic %%%" }],
    ["another scheme", { authorization: `Token ${TOKEN}` }],
  ])("refuses %s with 401 and a Basic challenge", async (_, headers) => {
    for (const path of ["/admin/insights", "/admin/insights.json"]) {
      const res = await admin(path, headers);
      expect(res.status).toBe(401);
      expect(res.headers.get("www-authenticate")).toMatch(/^Basic realm="insights"/);
      expect(res.headers.get("cache-control")).toBe("no-store");
      expect(await res.json()).toEqual({ error: { code: "unauthorized", message: expect.any(String) } });
    }
  });

  it("lets the token in as Bearer or as any Basic user's password", async () => {
    expect((await admin("/admin/insights.json")).status).toBe(200);
    expect((await admin("/admin/insights", basic("owner", TOKEN))).status).toBe(200);
  });

  it("compares every presented token in constant time, whatever its length: 32-byte digests, timingSafeEqual", async () => {
    const subtle = crypto.subtle as SubtleCrypto & { timingSafeEqual(a: ArrayBuffer, b: ArrayBuffer): boolean };
    const compare = vi.spyOn(subtle, "timingSafeEqual");
    for (const headers of [{}, bearer("x"), bearer("x".repeat(500)), bearer(TOKEN)])
      await admin("/admin/insights.json", headers);
    expect(compare).toHaveBeenCalledTimes(4);
    for (const [a, b] of compare.mock.calls) {
      expect(a.byteLength).toBe(32);
      expect(b.byteLength).toBe(32);
    }
    expect(compare.mock.results.map((r) => r.value)).toEqual([false, false, false, true]);
  });

  it.each(["0", "-1", "367", "1.5", "week"])("refuses ?days=%s with 400", async (days) => {
    const res = await admin(`/admin/insights.json?days=${days}`);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: "bad_request" } });
  });
});

describe("the insights of a conversation", () => {
  it("counts questions per channel, groups the unanswered ones by normalized text, and lists passages with votes", async () => {
    const found = await ask("电动自行车以旧换新全国排第几");
    await ask("电动自行车以旧换新全国排第几?", "widget");
    // The same question not found three times: in either script, with other punctuation and width.
    await ask("河北省的GDP是多少");
    await ask("河北省的ＧＤＰ是多少？", "widget");
    await ask("河北省的GDP是多少!");
    await ask("你好");
    await fetchAndSettle(`${ORIGIN}/api/feedback`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        question: "电动自行车以旧换新全国排第几",
        vote: "down",
        reason: "wrong",
        answerId: found.id,
      }),
    });

    const res = await admin("/admin/insights.json?days=7");
    expect(res.status).toBe(200);
    const data = (await res.json()) as {
      days: number;
      totals: Record<string, unknown>;
      daily: { day: string; questions: number; byChannel: Record<string, number>; foundRate: number }[];
      unanswered: { key: string; count: number; notFound: number; votedDown: number; question: string }[];
      passages: { passage: string; cited: number; up: number; down: number; quote?: string }[];
      downReasons: Record<string, number>;
    };
    expect(data.days).toBe(7);
    expect(data.daily).toHaveLength(7);
    expect(data.totals).toMatchObject({ messages: 6, questions: 5, found: 2, up: 0, down: 1 });
    expect(data.totals.byChannel).toEqual({ api: 3, widget: 2 });
    const today = data.daily.at(-1)!;
    expect(today).toMatchObject({ questions: 5, byChannel: { api: 3, widget: 2 }, foundRate: 0.4 });
    expect(data.unanswered[0]).toMatchObject({ count: 3, notFound: 3, votedDown: 0 });
    expect(data.unanswered[1]).toMatchObject({ count: 1, votedDown: 1, question: "电动自行车以旧换新全国排第几" });
    const first = found.citations[0]!.id;
    expect(data.passages[0]).toMatchObject({ passage: first, cited: 2, up: 0, down: 1, quote: expect.any(String) });
    expect(data.downReasons).toEqual({ wrong: 1 });
  });

  it("draws the page with inline SVG charts and escapes every question", async () => {
    await ask('<img src=x onerror="alert(1)">GDP是多少');
    const res = await admin("/admin/insights");
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
    const html = await res.text();
    expect(html.match(/<svg /g)).toHaveLength(2);
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;GDP是多少");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<script");
  });
});
