import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";

describe("cache headers", () => {
  it.each([
    ["GET", "/api/ask?q=电动自行车以旧换新全国排第几", 200],
    ["GET", "/api/ask", 400],
    ["GET", "/api/facts", 200],
    ["GET", "/health", 200],
  ])("%s %s (%i) is never stored", async (method, path, status) => {
    const res = await SELF.fetch(`http://x${path}`, { method });
    expect(res.status).toBe(status);
    expect(res.headers.get("Cache-Control")).toBe("no-store");
  });

  it("never stores a preflight or feedback either", async () => {
    const preflight = await SELF.fetch("http://x/api/ask", {
      method: "OPTIONS",
      headers: { Origin: "https://news.test", "Access-Control-Request-Method": "POST" },
    });
    expect(preflight.headers.get("Cache-Control")).toBe("no-store");
    const feedback = await SELF.fetch("http://x/api/feedback", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ question: "q", vote: "up" }),
    });
    expect(feedback.headers.get("Cache-Control")).toBe("no-store");
  });

  it("serves /source with a strong ETag, and 304 without a body when it matches", async () => {
    const first = await SELF.fetch("http://x/source");
    expect(first.status).toBe(200);
    const etag = first.headers.get("ETag");
    expect(etag).toMatch(/^"[0-9a-f]{24}"$/);
    expect(first.headers.get("Cache-Control")).toBe("public, max-age=300");
    expect(await first.text()).toContain('id="a1-2"');

    const again = await SELF.fetch("http://x/source", { headers: { "If-None-Match": `W/"x", ${etag}` } });
    expect(again.status).toBe(304);
    expect(again.headers.get("ETag")).toBe(etag);
    expect(again.headers.get("Cache-Control")).toBe("public, max-age=300");
    expect(await again.text()).toBe("");

    const stale = await SELF.fetch("http://x/source", { headers: { "If-None-Match": '"0000"' } });
    expect(stale.status).toBe(200);
    expect(stale.headers.get("ETag")).toBe(etag);
  });

  it("keeps one ETag per script of /source, and says the page varies by Accept-Language", async () => {
    const hans = await SELF.fetch("http://x/source?lang=zh-Hans");
    const hant = await SELF.fetch("http://x/source?lang=zh-Hant");
    const byHeader = await SELF.fetch("http://x/source", { headers: { "Accept-Language": "zh-CN,zh;q=0.9" } });
    expect(hans.headers.get("ETag")).not.toBe(hant.headers.get("ETag"));
    expect(byHeader.headers.get("ETag")).toBe(hans.headers.get("ETag"));
    expect(hans.headers.get("Vary")).toContain("Accept-Language");
    // The other script's ETag does not match: the reader gets the page in their own script.
    const crossed = await SELF.fetch("http://x/source?lang=zh-Hans", {
      headers: { "If-None-Match": hant.headers.get("ETag") ?? "" },
    });
    expect(crossed.status).toBe(200);
  });
});
