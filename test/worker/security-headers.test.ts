// Every response of the worker carries hono's secure headers, and /source a strict CSP. The static / and
// widget.js get theirs from worker/widget/_headers: test/e2e/security-headers.test.ts checks them under wrangler dev.

import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { cspDirectives as csp } from "../support/csp.ts";

describe("security headers", () => {
  it.each(["/health", "/api/ask?q=hi", "/api/ask", "/nope", "/wechat", "/wecom/bot", "/source"])(
    "%s has nosniff, a frame ban and a referrer policy",
    async (path) => {
      const res = await SELF.fetch(`https://assistant.test${path}`);
      expect(res.status).toBeLessThan(500);
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("x-frame-options")).toBe("SAMEORIGIN");
      expect(res.headers.get("referrer-policy")).toBe("no-referrer");
      expect(res.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
      expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
      expect(res.headers.get("x-powered-by")).toBeNull();
    },
  );

  it("/source: no script at all, inline styles only, no framing, no forms, no base", async () => {
    const res = await SELF.fetch("https://assistant.test/source");
    expect(csp(res)).toEqual({
      "default-src": "'none'",
      "style-src": "'unsafe-inline'",
      "img-src": "'self'",
      "base-uri": "'none'",
      "form-action": "'none'",
      "frame-ancestors": "'none'",
    });
  });
});
