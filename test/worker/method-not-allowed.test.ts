// A route that exists answers a method it does not take with 405, Allow, and the API's error shape (one
// hono/method-not-allowed middleware in app.ts); a path that does not exist stays a 404.
import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";

const call = (path: string, method: string) => SELF.fetch(`http://assistant.test${path}`, { method });

describe("method not allowed", () => {
  it.each([
    ["/api/ask", "DELETE", "GET, HEAD, POST"],
    ["/api/ask", "PUT", "GET, HEAD, POST"],
    ["/api/feedback", "GET", "POST"],
    ["/api/facts", "POST", "GET, HEAD"],
    ["/wechat", "PUT", "GET, HEAD, POST"],
    ["/wecom", "DELETE", "GET, HEAD, POST"],
    ["/wecom/bot", "PATCH", "GET, HEAD, POST"],
    ["/dingtalk", "GET", "POST"],
    ["/feishu", "GET", "POST"],
    ["/health", "POST", "GET, HEAD"],
  ])("%s %s → 405, Allow: %s", async (path, method, allow) => {
    const res = await call(path, method);
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")?.split(", ").sort()).toEqual(allow.split(", ").sort());
    expect(await res.json()).toEqual({
      error: { code: "method_not_allowed", message: expect.stringContaining(allow.split(", ")[0]!) },
    });
  });

  it("leaves unknown paths a 404", async () => {
    const res = await call("/api/nope", "DELETE");
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: "not_found" } });
  });
});
