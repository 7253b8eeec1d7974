import { SELF } from "cloudflare:test";
import { expect, it } from "vitest";

it("answers /health with the number of passages loaded", async () => {
  const res = await SELF.fetch("http://x/health");
  expect(res.status).toBe(200);
  const body = await res.json<{ ok: boolean; passages: number }>();
  expect(body.ok).toBe(true);
  expect(body.passages).toBeGreaterThan(30);
});
