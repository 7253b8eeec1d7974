import { createExecutionContext, env, SELF } from "cloudflare:test";
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from "vitest";
import { app } from "../../../worker/app.ts";
import type { Env } from "../../../worker/env.ts";
import type { RequestLogLine } from "../../../worker/observability/index.ts";
import { BOT, messageXml, newMsgId, newUser, post, sealedWeChatRequest, WECHAT, WECOM } from "../wechat/helpers.ts";

const testEnv = env as unknown as Env;
let spies: MockInstance[];

beforeEach(() => {
  spies = (["log", "info", "warn", "error"] as const).map((m) =>
    vi.spyOn(console, m).mockImplementation(() => undefined),
  );
});
afterEach(() => vi.restoreAllMocks());

const allOutput = () => spies.flatMap((s) => s.mock.calls.map((c) => c.map(String).join(" ")));
const requestLines = () =>
  allOutput()
    .filter((l) => l.includes('"event":"request"'))
    .map((l) => JSON.parse(l) as RequestLogLine);

const question = "电动自行车以旧换新全国排第几";

describe("request log", () => {
  it("writes one JSON line per request: id, route, status, intent, found, latency", async () => {
    const res = await SELF.fetch(`http://x/api/ask?q=${encodeURIComponent(question)}`, {
      headers: { "x-request-id": "req-123" },
    });
    expect(res.headers.get("x-request-id")).toBe("req-123");
    expect(requestLines()).toEqual([
      {
        level: "info",
        event: "request",
        id: "req-123",
        method: "GET",
        route: "/api/ask",
        status: 200,
        intent: "answer",
        found: true,
        ms: expect.any(Number),
      },
    ]);
  });

  it("makes a request id when none is sent, and logs refusals as warnings", async () => {
    const res = await SELF.fetch("http://x/api/ask", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{",
    });
    const id = res.headers.get("x-request-id")!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestLines()).toEqual([expect.objectContaining({ level: "warn", id, route: "/api/ask", status: 400 })]);
    expect(requestLines()[0]).not.toHaveProperty("intent");
  });

  it("leaves the question out unless LOG_QUESTIONS is true", async () => {
    const init = {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ question }),
    };
    await SELF.fetch("http://x/api/ask", init);
    expect(allOutput().join("\n")).not.toContain(question);
    await app.fetch(
      new Request("http://x/api/ask", init),
      { ...testEnv, LOG_QUESTIONS: "true" },
      createExecutionContext(),
    );
    expect(requestLines().at(-1)).toMatchObject({ question, found: true });
  });

  it("never logs the query string, secrets or message bodies", async () => {
    const { q, body } = await sealedWeChatRequest(
      messageXml({ from: newUser(), content: question, msgId: newMsgId() }),
    );
    expect((await post("/wechat", q, body)).status).toBe(200);
    q.set("msg_signature", "f".repeat(40));
    expect((await post("/wechat", q, body)).status).toBe(401);
    await SELF.fetch(`http://x/api/ask?q=${encodeURIComponent(question)}&token=${WECHAT.token}`);
    const out = allOutput().join("\n");
    expect(
      requestLines()
        .map((l) => `${l.route} ${l.status}`)
        .sort(),
    ).toEqual(["/api/ask 200", "/wechat 200", "/wechat 401"]);
    for (const secret of [
      WECHAT.token,
      WECHAT.key,
      WECOM.token,
      WECOM.key,
      BOT.key,
      q.get("signature")!,
      q.get("nonce")!,
      question,
    ]) {
      expect(out).not.toContain(secret);
    }
  });
});
