// Rate limits through the real Workers Rate Limiting binding: TIGHT_RATE_LIMITER (limit 3 per 60 s, from
// test/vitest.worker.config.ts) stands in for API_RATE_LIMITER or CHAT_RATE_LIMITER, whose test limits are high.
import { createExecutionContext, env, SELF } from "cloudflare:test";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { app } from "../../../worker/app.ts";
import { TOO_MANY_QUESTIONS } from "../../../worker/channels/common/handle-message.ts";
import { createMsgCrypt } from "../../../worker/channels/common/msg-crypt.ts";
import { signParts } from "../../../worker/channels/common/signature.ts";
import type { Env } from "../../../worker/env.ts";
import { isRateLimited, RATE_LIMIT_PERIOD_SECONDS } from "../../../worker/limits/index.ts";
import {
  BOT,
  messageXml,
  newMsgId,
  newUser,
  nowSeconds,
  ORIGIN,
  openReply,
  sealedWeChatRequest,
  WECHAT,
} from "../wechat/helpers.ts";

const testEnv = env as unknown as Env & { TIGHT_RATE_LIMITER: RateLimit };
const tight = { API_RATE_LIMITER: testEnv.TIGHT_RATE_LIMITER, CHAT_RATE_LIMITER: testEnv.TIGHT_RATE_LIMITER };
const LIMIT = 3;

function fetchWith(overrides: Partial<Env>, url: string, init?: RequestInit) {
  return app.fetch(new Request(url, init), { ...testEnv, ...overrides }, createExecutionContext());
}
const randomIp = () => `2001:db8::${crypto.randomUUID().slice(0, 4)}:${crypto.randomUUID().slice(0, 4)}`;

beforeEach(() => {
  vi.spyOn(console, "log").mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

// Windows are aligned to the clock, so a burst may straddle two of them: count, do not expect an exact pattern.
async function burst(n: number, send: () => Response | Promise<Response>): Promise<Response[]> {
  const out: Response[] = [];
  for (let i = 0; i < n; i++) out.push(await send());
  return out;
}

describe("the limits wrangler.toml configures", () => {
  // README: 120 requests / 60 s per client IP on /api/*. CONFIGURED_API_RATE_LIMITER is wrangler.toml's
  // [[ratelimits]] entry as written (test/vitest.worker.config.ts), so a changed limit fails here.
  const DOCUMENTED = 120;
  it(`lets ${DOCUMENTED} API requests of one IP through and refuses more`, async () => {
    const configured = (env as unknown as { CONFIGURED_API_RATE_LIMITER: RateLimit }).CONFIGURED_API_RATE_LIMITER;
    expect(configured).toBeDefined();
    const ip = randomIp();
    // Windows are aligned to the clock: the first DOCUMENTED always pass; within 2 × DOCUMENTED + 1 one is refused.
    const responses = await burst(2 * DOCUMENTED + 1, () =>
      fetchWith({ API_RATE_LIMITER: configured }, `${ORIGIN}/api/ask?q=${encodeURIComponent("你好")}`, {
        headers: { "cf-connecting-ip": ip },
      }),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.slice(0, DOCUMENTED).every((s) => s === 200)).toBe(true);
    expect(statuses).toContain(429);
  }, 60_000);
});

describe("API: per client IP", () => {
  it("answers a burst over the limit with 429, Retry-After and the JSON error shape", async () => {
    const ip = randomIp();
    const responses = await burst(LIMIT + 5, () =>
      fetchWith(tight, `${ORIGIN}/api/ask?q=${encodeURIComponent("你好")}`, {
        headers: { "cf-connecting-ip": ip, origin: "https://blog.example" },
      }),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses[0]).toBe(200);
    expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(2 * LIMIT);
    const limited = responses.filter((r) => r.status === 429);
    expect(limited.length).toBeGreaterThanOrEqual(2);
    for (const res of limited) {
      expect(res.headers.get("retry-after")).toBe(String(RATE_LIMIT_PERIOD_SECONDS));
      // The widget reads the 429 only if CORS lets it.
      expect(res.headers.get("access-control-allow-origin")).toBe("*");
      expect(await res.json()).toEqual({
        error: { code: "rate_limited", message: expect.stringContaining("60 seconds") },
      });
    }
  });

  it("counts each address on its own, and every /api/* route", async () => {
    const ip = randomIp();
    const post = () =>
      fetchWith(tight, `${ORIGIN}/api/feedback`, {
        method: "POST",
        headers: { "cf-connecting-ip": ip, "content-type": "application/json" },
        body: '{"question":"q","vote":"up"}',
      });
    const statuses = (await burst(LIMIT + 5, post)).map((r) => r.status);
    expect(statuses).toContain(429);
    const other = await fetchWith(tight, `${ORIGIN}/api/ask?q=hi`, { headers: { "cf-connecting-ip": randomIp() } });
    expect(other.status).toBe(200);
  });

  it("does not count CORS preflights, nor pages and the health check", async () => {
    const ip = randomIp();
    const preflights = await burst(LIMIT + 3, () =>
      fetchWith(tight, `${ORIGIN}/api/ask`, {
        method: "OPTIONS",
        headers: { "cf-connecting-ip": ip, origin: "https://a.example", "access-control-request-method": "POST" },
      }),
    );
    expect(preflights.every((r) => r.status === 204)).toBe(true);
    const health = await burst(LIMIT + 3, () =>
      fetchWith(tight, `${ORIGIN}/health`, { headers: { "cf-connecting-ip": ip } }),
    );
    expect(health.every((r) => r.status === 200)).toBe(true);
  });

  it("is wired to the API_RATE_LIMITER binding of wrangler.toml", async () => {
    expect(testEnv.API_RATE_LIMITER).toBeDefined();
    expect(testEnv.CHAT_RATE_LIMITER).toBeDefined();
    const res = await SELF.fetch(`${ORIGIN}/api/ask?q=hi`, { headers: { "cf-connecting-ip": randomIp() } });
    expect(res.status).toBe(200);
  });

  it("fails open when the binding is missing or its call fails", async () => {
    expect(await isRateLimited(undefined, "k")).toBe(false);
    const broken = { limit: () => Promise.reject(new Error("limiter down")) } as unknown as RateLimit;
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect(await isRateLimited(broken, "k")).toBe(false);
    expect(error).toHaveBeenCalledOnce();
    const res = await fetchWith({ API_RATE_LIMITER: broken }, `${ORIGIN}/api/ask?q=hi`);
    expect(res.status).toBe(200);
  });
});

describe("bot channels: per user, after the signature check", () => {
  it("WeChat: a user over the limit gets the normal signed reply saying so; another user is answered", async () => {
    const crypt = await createMsgCrypt(WECHAT.key, WECHAT.appid);
    const user = newUser();
    const ask = async (from: string) => {
      const { q, body } = await sealedWeChatRequest(messageXml({ from, content: "你好", msgId: newMsgId() }), {
        crypt,
      });
      return fetchWith(tight, `${ORIGIN}/wechat?${q}`, {
        method: "POST",
        body,
        headers: { "content-type": "text/xml" },
      });
    };
    const replies = [];
    for (let i = 0; i < LIMIT + 5; i++) replies.push((await openReply(await ask(user), WECHAT.token, crypt)).Content);
    expect(replies[0]).not.toBe(TOO_MANY_QUESTIONS);
    expect(replies.filter((r) => r === TOO_MANY_QUESTIONS).length).toBeGreaterThanOrEqual(2);
    expect((await openReply(await ask(newUser()), WECHAT.token, crypt)).Content).not.toBe(TOO_MANY_QUESTIONS);
  });

  it("WeChat: unsigned requests are refused before they count against anyone", async () => {
    const user = newUser();
    for (let i = 0; i < LIMIT + 2; i++) {
      const { q, body } = await sealedWeChatRequest(messageXml({ from: user, content: "你好", msgId: newMsgId() }));
      q.set("msg_signature", "0".repeat(40));
      expect((await fetchWith(tight, `${ORIGIN}/wechat?${q}`, { method: "POST", body })).status).toBe(401);
    }
    const crypt = await createMsgCrypt(WECHAT.key, WECHAT.appid);
    const { q, body } = await sealedWeChatRequest(messageXml({ from: user, content: "你好", msgId: newMsgId() }), {
      crypt,
    });
    const reply = await openReply(
      await fetchWith(tight, `${ORIGIN}/wechat?${q}`, { method: "POST", body }),
      WECHAT.token,
      crypt,
    );
    expect(reply.Content).not.toBe(TOO_MANY_QUESTIONS);
  });

  it("WeCom bot: a user over the limit gets a finished stream saying so, never a 5xx", async () => {
    const crypt = await createMsgCrypt(BOT.key, "");
    const user = newUser();
    const contents: string[] = [];
    for (let i = 0; i < LIMIT + 5; i++) {
      const encrypt = await crypt.encrypt(
        JSON.stringify({
          msgid: newMsgId(),
          aibotid: "AIBOT",
          chattype: "single",
          from: { userid: user },
          msgtype: "text",
          text: { content: "你好" },
        }),
      );
      const timestamp = nowSeconds();
      const nonce = String(Math.floor(Math.random() * 1e9));
      const q = `msg_signature=${await signParts([BOT.token, timestamp, nonce, encrypt])}&timestamp=${timestamp}&nonce=${nonce}`;
      const res = await fetchWith(tight, `${ORIGIN}/wecom/bot?${q}`, {
        method: "POST",
        body: JSON.stringify({ encrypt }),
        headers: { "content-type": "application/json" },
      });
      expect(res.status).toBe(200);
      const sealed = await res.json<{ encrypt: string }>();
      contents.push(
        (JSON.parse(await crypt.decrypt(sealed.encrypt)) as { stream: { content: string } }).stream.content,
      );
    }
    expect(contents[0]).not.toBe(TOO_MANY_QUESTIONS);
    expect(contents.filter((c) => c === TOO_MANY_QUESTIONS).length).toBeGreaterThanOrEqual(2);
  });
});
