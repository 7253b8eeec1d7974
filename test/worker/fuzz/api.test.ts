// Property tests of the JSON API through SELF.fetch: whatever arrives, a 2xx or a 4xx in the error shape.
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import {
  contentTypes,
  expectApiReply,
  expectStillAnswering,
  hostileJsonBody,
  hostileString,
  methods,
  runs,
  type Sent,
  send,
} from "./hostile.ts";

// A thousand or more requests per property: more than the default 5 s.
vi.setConfig({ testTimeout: 60_000 });
// Feedback is logged by design.
beforeAll(() => {
  vi.spyOn(console, "log").mockImplementation(() => undefined);
});

describe("fuzz /api/ask", () => {
  it("POST: any JSON, wrong types, deep nesting, truncation, huge bodies → 200 with an answer or a 4xx", async () => {
    await fc.assert(
      fc.asyncProperty(
        hostileJsonBody,
        fc.constantFrom("application/json", "application/json; charset=utf-8"),
        async (body, contentType) => {
          const sent: Sent = { method: "POST", path: "/api/ask", contentType, body };
          const res = await send(sent);
          const status = res.status;
          const reply = await expectApiReply(res, sent);
          if (status === 200)
            expect(reply).toMatchObject({
              answer: expect.any(String),
              found: expect.any(Boolean),
              citations: expect.any(Array),
            });
        },
      ),
      runs(2000),
    );
    await expectStillAnswering();
  });

  it("GET ?q=: any text, encoded or raw → 200 or 400", async () => {
    await fc.assert(
      fc.asyncProperty(hostileString, fc.boolean(), async (q, raw) => {
        // A raw query may hold lone % and unpaired surrogates: the URL parser's business, then ours.
        const path = raw
          ? `/api/ask?q=${q.slice(0, 2000).replace(/[#?]/g, "")}`
          : `/api/ask?q=${encodeURIComponent(q.replace(/[\uD800-\uDFFF]/g, ""))}`;
        const sent: Sent = { method: "GET", path };
        const res = await send(sent);
        expect([200, 400]).toContain(res.status);
        await expectApiReply(res, sent);
      }),
      runs(800),
    );
    await expectStillAnswering();
  });

  it("any method and content type → 2xx or 4xx, JSON errors", async () => {
    await fc.assert(
      fc.asyncProperty(methods, contentTypes, hostileJsonBody, async (method, contentType, body) => {
        const sent: Sent = { method, path: "/api/ask", contentType, body };
        await expectApiReply(await send(sent), sent);
      }),
      runs(600),
    );
    await expectStillAnswering();
  });
});

describe("fuzz /api/feedback", () => {
  it("any body, method and content type → 204 or a 4xx in the error shape", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof({ weight: 4, arbitrary: fc.constant("POST") }, { weight: 1, arbitrary: methods }),
        contentTypes,
        hostileJsonBody,
        async (method, contentType, body) => {
          const sent: Sent = { method, path: "/api/feedback", contentType, body };
          const res = await send(sent);
          if (method === "POST" && res.status === 204) expect(await res.text()).toBe("");
          else await expectApiReply(res, sent);
        },
      ),
      runs(1000),
    );
    await expectStillAnswering();
  });
});

describe("fuzz /api/facts", () => {
  it("any query, method and body → never a 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(methods, hostileString, contentTypes, hostileJsonBody, async (method, q, contentType, body) => {
        const query = new URLSearchParams({
          q: q.replace(/[\uD800-\uDFFF]/g, "").slice(0, 3000),
          topic: q.slice(0, 20).replace(/[\uD800-\uDFFF]/g, ""),
        });
        const sent: Sent = { method, path: `/api/facts?${query}`, contentType, body };
        await expectApiReply(await send(sent), sent);
      }),
      runs(500),
    );
    await expectStillAnswering();
  });
});
