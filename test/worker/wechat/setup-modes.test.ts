// The console's 消息加解密方式 against the worker's settings: each mismatch is answered the way the platform
// intends and logged once per isolate with the setting to change.
import { createExecutionContext, env } from "cloudflare:test";
import { afterEach, describe, expect, it, vi } from "vitest";
import { app } from "../../../worker/app.ts";
import { formatReplyText } from "../../../worker/channels/common/reply-text.ts";
import { parseFlatXml } from "../../../worker/channels/common/xml.ts";
import { answer } from "../../../worker/core/answer.ts";
import type { Env } from "../../../worker/env.ts";
import { interview } from "../../../worker/interview.ts";
import { messageXml, newMsgId, newUser, ORIGIN, plainQuery, sealedWeChatRequest, WECHAT } from "./helpers.ts";

const testEnv = env as unknown as Env;
const sample = interview.samples[0]!.question;
const expected = () => formatReplyText(answer(sample, { index: interview, origin: ORIGIN }));

function fetchWith(overrides: Partial<Env>, url: string, init?: RequestInit) {
  return app.fetch(new Request(url, init), { ...testEnv, ...overrides }, createExecutionContext());
}

function setupLines(spy: { mock: { calls: unknown[][] } }): { problem: string; fix: string }[] {
  return spy.mock.calls
    .map((c) => JSON.parse(String(c[0])) as { event?: string; problem: string; fix: string })
    .filter((l) => l.event === "setup");
}

afterEach(() => vi.restoreAllMocks());

describe("console mode against the worker's settings", () => {
  it("compatible mode without a key: answers from the plain fields, in plaintext, and says to set the key once", async () => {
    vi.spyOn(console, "log").mockImplementation(() => undefined);
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const noKey = { WECHAT_ENCODING_AES_KEY: undefined };
    for (let i = 0; i < 2; i++) {
      const user = newUser();
      const { q, body } = await sealedWeChatRequest(messageXml({ from: user, content: sample, msgId: newMsgId() }), {
        compat: true,
      });
      const res = await fetchWith(noKey, `${ORIGIN}/wechat?${q}`, { method: "POST", body });
      expect(res.status).toBe(200);
      const reply = parseFlatXml(await res.text());
      expect(reply).toMatchObject({ ToUserName: user, FromUserName: WECHAT.account, MsgType: "text" });
      expect(reply.Content).toBe(expected());
    }
    const lines = setupLines(errors).filter((l) => l.problem === "compatible_mode_without_key");
    expect(lines.length).toBeLessThanOrEqual(1);
  });
  it("safe mode without a key: 400 safe_mode_not_configured, and the log names WECHAT_ENCODING_AES_KEY", async () => {
    vi.spyOn(console, "log").mockImplementation(() => undefined);
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const { q, body } = await sealedWeChatRequest(messageXml({ from: newUser(), content: sample, msgId: newMsgId() }));
    const res = await fetchWith({ WECHAT_ENCODING_AES_KEY: undefined }, `${ORIGIN}/wechat?${q}`, {
      method: "POST",
      body,
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("safe_mode_not_configured");
    const line = setupLines(errors).find((l) => l.problem === "safe_mode_without_key");
    expect(line?.fix).toContain("WECHAT_ENCODING_AES_KEY");
  });
  it("plaintext console with a key set: the console decides, so it answers, and the log says which setting to change", async () => {
    vi.spyOn(console, "log").mockImplementation(() => undefined);
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const user = newUser();
    const res = await fetchWith({}, `${ORIGIN}/wechat?${await plainQuery(WECHAT.token)}`, {
      method: "POST",
      body: messageXml({ from: user, content: sample, msgId: newMsgId() }),
    });
    expect(res.status).toBe(200);
    expect(parseFlatXml(await res.text()).Content).toBe(expected());
    const again = await fetchWith({}, `${ORIGIN}/wechat?${await plainQuery(WECHAT.token)}`, {
      method: "POST",
      body: messageXml({ from: user, content: sample, msgId: newMsgId() }),
    });
    expect(again.status).toBe(200);
    const lines = setupLines(errors).filter((l) => l.problem === "plaintext_mode_with_key");
    expect(lines).toHaveLength(1);
    expect(lines[0]!.fix).toMatch(/安全模式.*WECHAT_ENCODING_AES_KEY|WECHAT_ENCODING_AES_KEY.*安全模式/);
  });
  it("still refuses a plaintext push whose signature is wrong", async () => {
    vi.spyOn(console, "log").mockImplementation(() => undefined);
    const q = await plainQuery(WECHAT.token);
    q.set("signature", "0".repeat(40));
    const res = await fetchWith({}, `${ORIGIN}/wechat?${q}`, {
      method: "POST",
      body: messageXml({ from: newUser(), content: sample, msgId: newMsgId() }),
    });
    expect(res.status).toBe(401);
  });
});
