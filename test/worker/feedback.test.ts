import { SELF } from "cloudflare:test";
import { afterEach, describe, expect, it, vi } from "vitest";

const post = (body: string, contentType = "application/json") =>
  SELF.fetch("http://x/api/feedback", { method: "POST", headers: { "content-type": contentType }, body });

afterEach(() => {
  vi.restoreAllMocks();
});

describe("POST /api/feedback", () => {
  it("logs a vote as one JSON line and answers 204", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const res = await post(
      JSON.stringify({
        question: "投入了多少资金?",
        answer: "80.45亿元",
        vote: "up",
        citation: "a1-1b",
        extra: "dropped",
      }),
    );
    expect(res.status).toBe(204);
    const lines = log.mock.calls.map(([line]) => JSON.parse(String(line)));
    expect(lines).toEqual([
      expect.objectContaining({
        event: "feedback",
        question: "投入了多少资金?",
        answer: "80.45亿元",
        vote: "up",
        citation: "a1-1b",
      }),
    ]);
    expect(lines[0]).not.toHaveProperty("extra");
  });

  it("keeps a 👎's reason and the answer's id", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const body = { question: "q", vote: "down", reason: "incomplete", answerId: "ans_01J9.x-2" };
    expect((await post(JSON.stringify(body))).status).toBe(204);
    expect(JSON.parse(String(log.mock.calls[0]![0]))).toMatchObject(body);
  });

  it.each([
    ["no vote", { question: "q" }],
    ["an unknown vote", { question: "q", vote: "meh" }],
    ["an empty question", { question: " ", vote: "up" }],
    ["a citation that is not an id", { question: "q", vote: "down", citation: "<script>" }],
    ["a non-object body", ["q", "up"]],
    ["an unknown reason", { question: "q", vote: "down", reason: "boring" }],
    ["a reason on a 👍", { question: "q", vote: "up", reason: "wrong" }],
    ["a reason that is not a string", { question: "q", vote: "down", reason: ["wrong"] }],
    ["an answer id that is not an id", { question: "q", vote: "down", answerId: "a b/../c" }],
    ["a numeric answer id", { question: "q", vote: "down", answerId: 42 }],
  ])("refuses %s with 400 in the API's error shape", async (_, body) => {
    const res = await post(JSON.stringify(body));
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: "bad_request", message: expect.any(String) } });
  });

  it("refuses bodies that are not JSON, too large, or malformed", async () => {
    expect((await post("question=q&vote=up", "application/x-www-form-urlencoded")).status).toBe(415);
    expect((await post(JSON.stringify({ question: "q", vote: "up", answer: "长".repeat(9000) }))).status).toBe(413);
    const malformed = await post("{");
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ error: { code: "invalid_json" } });
  });

  it("answers other methods with 405 and lets any origin post (CORS preflight)", async () => {
    expect((await SELF.fetch("http://x/api/feedback")).status).toBe(405);
    const preflight = await SELF.fetch("http://x/api/feedback", {
      method: "OPTIONS",
      headers: {
        origin: "https://blog.example",
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
  });
});
