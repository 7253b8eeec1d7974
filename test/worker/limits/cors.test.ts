import { createExecutionContext, env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { app } from "../../../worker/app.ts";
import type { Env } from "../../../worker/env.ts";
import { corsOrigin } from "../../../worker/limits/index.ts";

const fetchWith = (allowed: string | undefined, init: RequestInit & { origin: string }, path = "/api/ask?q=hi") =>
  app.fetch(
    new Request(`http://assistant.test${path}`, {
      ...init,
      headers: { ...(init.headers as Record<string, string>), origin: init.origin },
    }),
    { ...(env as unknown as Env), ALLOWED_ORIGINS: allowed },
    createExecutionContext(),
  );

const preflight = {
  method: "OPTIONS",
  headers: { "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
};

describe("corsOrigin", () => {
  it("allows any origin for *, unset or empty; otherwise exactly the listed ones", () => {
    expect(corsOrigin(undefined)("https://x.example")).toBe("*");
    expect(corsOrigin("")("https://x.example")).toBe("*");
    expect(corsOrigin("https://a.example, *")("https://x.example")).toBe("*");
    const only = corsOrigin(" https://a.example/ ,https://b.example");
    expect(only("https://a.example")).toBe("https://a.example");
    expect(only("https://b.example")).toBe("https://b.example");
    expect(only("https://a.example.evil.example")).toBeNull();
    expect(only("http://a.example")).toBeNull();
    expect(only("null")).toBeNull();
  });
});

describe("CORS on /api/* from ALLOWED_ORIGINS", () => {
  it("defaults to * (wrangler.toml), for the widget on third-party pages, without credentials", async () => {
    const res = await fetchWith((env as unknown as Env).ALLOWED_ORIGINS, { origin: "https://blog.example" });
    expect((env as unknown as Env).ALLOWED_ORIGINS).toBe("*");
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-allow-credentials")).toBeNull();
    // So the widget on another site can read a 429's Retry-After and count down.
    expect(res.headers.get("access-control-expose-headers")).toBe("Retry-After");
    const pre = await fetchWith("*", { ...preflight, origin: "https://blog.example" }, "/api/feedback");
    expect(pre.status).toBe(204);
    expect(pre.headers.get("access-control-allow-methods")).toBe("GET,POST");
    expect(pre.headers.get("access-control-allow-credentials")).toBeNull();
  });

  it("echoes a listed origin and gives others no Allow-Origin", async () => {
    const list = "https://news.example,https://blog.example";
    const allowed = await fetchWith(list, { origin: "https://news.example" });
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://news.example");
    expect(allowed.headers.get("vary")).toMatch(/origin/i);
    const other = await fetchWith(list, { origin: "https://evil.example" });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
    const otherPreflight = await fetchWith(list, { ...preflight, origin: "https://evil.example" });
    expect(otherPreflight.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("sends no CORS headers on the channels and pages", async () => {
    const res = await fetchWith("*", { origin: "https://blog.example" }, "/source");
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
  });
});
