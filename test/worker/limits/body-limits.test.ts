import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { jsonDepth, MAX_JSON_DEPTH } from "../../../worker/limits/index.ts";

const post = (path: string, body: BodyInit, headers: Record<string, string> = { "content-type": "application/json" }) =>
  SELF.fetch(`http://assistant.test${path}`, { method: "POST", headers, body });

async function expectError(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(await res.json()).toEqual({ error: { code, message: expect.any(String) } });
}

function chunked(text: string, chunk = 1024): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, at + chunk));
      at += chunk;
    },
  });
}

describe("jsonDepth", () => {
  it("counts brackets outside strings only", () => {
    expect(jsonDepth('{"question":"[[[{{{","history":[{"question":"x"}]}')).toBe(3);
    expect(jsonDepth('"\\"[["')).toBe(0);
    expect(jsonDepth("[".repeat(100_000))).toBe(100_000);
    expect(jsonDepth("[".repeat(100_000), 8)).toBe(9);
  });
});

describe("API body limits", () => {
  it("refuses JSON nested deeper than the limit, on every API route", async () => {
    const deep = `{"question":"以旧换新","extra":${"[".repeat(MAX_JSON_DEPTH)}${"]".repeat(MAX_JSON_DEPTH)}}`;
    await expectError(await post("/api/ask", deep), 400, "too_deeply_nested");
    await expectError(await post("/api/feedback", deep), 400, "too_deeply_nested");
    await expectError(await post("/api/ask", `${"[".repeat(5000)}${"]".repeat(5000)}`), 400, "too_deeply_nested");
    const fine = `{"question":"以旧换新","extra":${"[".repeat(MAX_JSON_DEPTH - 1)}${"]".repeat(MAX_JSON_DEPTH - 1)}}`;
    expect((await post("/api/ask", fine)).status).toBe(200);
  });

  it("limits bodies sent without Content-Length (chunked) as well", async () => {
    const big = JSON.stringify({ question: "以旧换新", pad: "x".repeat(20 * 1024) });
    await expectError(await post("/api/ask", chunked(big)), 413, "payload_too_large");
    const small = JSON.stringify({ question: "电动自行车以旧换新全国排第几" });
    const res = await post("/api/ask", chunked(small, 7));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ found: true });
  });

  it("limits a feedback body sent in chunks to its own 8 KB", async () => {
    const body = JSON.stringify({ question: "q", vote: "up", answer: "长".repeat(4000) });
    await expectError(await post("/api/feedback", chunked(body)), 413, "payload_too_large");
  });

  it("caps question length and history length and depth", async () => {
    await expectError(await post("/api/ask", JSON.stringify({ question: "问".repeat(501) })), 400, "question_too_long");
    await expectError(
      await post("/api/ask", JSON.stringify({ question: "问", history: Array(11).fill({ question: "a" }) })),
      400,
      "invalid_history",
    );
    await expectError(
      await post("/api/ask", JSON.stringify({ question: "问", history: [{ question: { question: "a" } }] })),
      400,
      "invalid_history",
    );
  });
});

describe("platform callback body limits", () => {
  // Before any signature check: the body is refused unread, whoever sends it.
  it.each(["/wechat", "/wecom", "/wecom/bot", "/dingtalk", "/feishu"])(
    "%s refuses a body over 64 KB, with or without Content-Length",
    async (path) => {
      const big = `<xml><Pad>${"x".repeat(65 * 1024)}</Pad></xml>`;
      const headers = { "content-type": "text/xml" };
      await expectError(await post(`${path}?timestamp=1&nonce=1&signature=x`, big, headers), 413, "body_too_large");
      await expectError(
        await post(`${path}?timestamp=1&nonce=1&signature=x`, chunked(big), headers),
        413,
        "body_too_large",
      );
    },
  );
});
