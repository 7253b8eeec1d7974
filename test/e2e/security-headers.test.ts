// Headers of the static assets, which Workers Static Assets serves from worker/widget/_headers (the worker's
// secureHeaders never sees them): only under wrangler dev, as in production.

import { createHash } from "node:crypto";
import { expect, inject, it } from "vitest";
import { cspDirectives as directives } from "../support/csp.ts";

const devUrl = inject("devUrl");

it.each(["/", "/index.html"])("%s: a strict CSP, own scripts and connections only, no framing", async (path) => {
  const res = await fetch(`${devUrl}${path}`, { redirect: "follow" });
  expect(res.status).toBe(200);
  const csp = directives(res);
  expect(csp).toMatchObject({
    "default-src": "'none'",
    "script-src": "'self'",
    "connect-src": "'self'",
    "base-uri": "'none'",
    "form-action": "'none'",
    "frame-ancestors": "'none'",
  });
  expect(Object.values(csp).join(" ")).not.toMatch(/unsafe-|\*|data:|http/);
  expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  const page = await res.text();
  expect(page).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  // The one inline <style> (the first paint before widget.js) is allowed by its hash, nothing else is.
  const styles = [...page.matchAll(/<style>([^<]*)<\/style>/g)].map((m) => m[1]!);
  expect(styles).toHaveLength(1);
  const hash = createHash("sha256").update(styles[0]!).digest("base64");
  expect(csp["style-src"]).toBe(`'self' 'sha256-${hash}'`);
});

it("/widget.js: JavaScript with nosniff, so no page can run it as anything else", async () => {
  const res = await fetch(`${devUrl}/widget.js`);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/javascript/);
  expect(res.headers.get("x-content-type-options")).toBe("nosniff");
});
