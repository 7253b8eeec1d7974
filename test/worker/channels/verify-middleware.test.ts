// The channels' verify middlewares on a bare Hono app: what reaches the route behind them is the message,
// checked and opened, on the context; a request they refuse never reaches the route.
import { env } from "cloudflare:test";
import { Hono, type MiddlewareHandler } from "hono";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createMsgCrypt } from "../../../worker/channels/common/msg-crypt.ts";
import { signParts } from "../../../worker/channels/common/signature.ts";
import { type SealedChannel, verifySealed } from "../../../worker/channels/common/verify-sealed.ts";
import { signDingTalk } from "../../../worker/channels/dingtalk/sign.ts";
import { verifyDingTalk } from "../../../worker/channels/dingtalk/verify-dingtalk.ts";
import { encryptFeishu, signFeishu } from "../../../worker/channels/feishu/event-crypt.ts";
import { verifyFeishu } from "../../../worker/channels/feishu/verify-feishu.ts";
import { verifyWeChatMessage } from "../../../worker/channels/wechat/verify-wechat.ts";
import type { Env } from "../../../worker/env.ts";
import {
  BOT,
  messageXml,
  newUser,
  nowSeconds,
  ORIGIN,
  plainQuery,
  sealedWeChatRequest,
  WECHAT,
  WECOM,
} from "../wechat/helpers.ts";

const testEnv = env as unknown as Env;
const WECOM_APP: SealedChannel = {
  channel: "wecom",
  token: "WECOM_TOKEN",
  aesKey: "WECOM_ENCODING_AES_KEY",
  receiveId: "WECOM_CORP_ID",
};
const WECOM_BOT: SealedChannel = {
  channel: "wecom-bot",
  token: "WECOM_BOT_TOKEN",
  aesKey: "WECOM_BOT_ENCODING_AES_KEY",
};

// biome-ignore lint/suspicious/noExplicitAny: each middleware brings its own Variables; the route reads them all.
type AnyMiddleware = MiddlewareHandler<any>;

/** The middleware in front of a route that reports what it found on the context. */
function behind(verify: AnyMiddleware) {
  const route = vi.fn();
  const app = new Hono<{ Bindings: Env }>().all("/", verify, (c) => {
    route();
    const v = c as unknown as { get(key: string): unknown };
    const signed = v.get("signed");
    return c.json({ message: v.get("message"), signed, timestamp: v.get("timestamp"), sealed: !!v.get("seal") });
  });
  const request = (query: string, init: RequestInit, overrides: Partial<Env> = {}) =>
    app.request(`${ORIGIN}/?${query}`, init, { ...testEnv, ...overrides });
  return { route, request };
}

async function sealedQuery(token: string, encrypt: string, timestamp = nowSeconds()) {
  const nonce = String(Math.floor(Math.random() * 1e9));
  return `msg_signature=${await signParts([token, timestamp, nonce, encrypt])}&timestamp=${timestamp}&nonce=${nonce}`;
}

beforeEach(() => {
  vi.spyOn(console, "log").mockImplementation(() => undefined);
  vi.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

describe("verifySealed (WXBizMsgCrypt: WeCom app, WeCom bot, Official Account safe mode)", () => {
  it("puts the decrypted XML on the context, signed over the body, with a sealer for the reply", async () => {
    const xml = messageXml({ from: newUser(), to: WECOM.corpId, content: "你好", msgId: "1" });
    const encrypt = await (await createMsgCrypt(WECOM.key, WECOM.corpId)).encrypt(xml);
    const { route, request } = behind(verifySealed(WECOM_APP, "xml"));
    const res = await request(await sealedQuery(WECOM.token, encrypt), {
      method: "POST",
      body: `<xml><Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>`,
    });
    expect(await res.json()).toMatchObject({ message: xml, signed: { bodySigned: true }, sealed: true });
    expect(route).toHaveBeenCalledOnce();
  });
  it("reads the bot's JSON envelope and a URL check's echostr", async () => {
    const crypt = await createMsgCrypt(BOT.key, "");
    const json = JSON.stringify({ msgtype: "text", text: { content: "你好" } });
    const encrypt = await crypt.encrypt(json);
    const post = behind(verifySealed(WECOM_BOT, "json"));
    const res = await post.request(await sealedQuery(BOT.token, encrypt), {
      method: "POST",
      body: JSON.stringify({ encrypt }),
    });
    expect(((await res.json()) as { message: string }).message).toBe(json);
    const echostr = await crypt.encrypt("5927782489442352469");
    const get = behind(verifySealed(WECOM_BOT, "echostr"));
    const check = await get.request(`${await sealedQuery(BOT.token, echostr)}&echostr=${encodeURIComponent(echostr)}`, {
      method: "GET",
    });
    expect(((await check.json()) as { message: string }).message).toBe("5927782489442352469");
  });
  it("never reaches the route with a bad signature, a stale timestamp or a message for another receiveid", async () => {
    const { route, request } = behind(verifySealed(WECOM_APP, "xml"));
    const encrypt = await (await createMsgCrypt(WECOM.key, WECOM.corpId)).encrypt("<xml></xml>");
    const body = `<xml><Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>`;
    const bad = (await sealedQuery(WECOM.token, encrypt)).replace(
      /msg_signature=\w+/,
      `msg_signature=${"0".repeat(40)}`,
    );
    expect((await request(bad, { method: "POST", body })).status).toBe(401);
    const stale = await sealedQuery(WECOM.token, encrypt, String(Number(nowSeconds()) - 301));
    expect((await request(stale, { method: "POST", body })).status).toBe(403);
    const foreign = await (await createMsgCrypt(WECOM.key, "ww_other")).encrypt("<xml></xml>");
    const res = await request(await sealedQuery(WECOM.token, foreign), {
      method: "POST",
      body: `<xml><Encrypt><![CDATA[${foreign}]]></Encrypt></xml>`,
    });
    expect(res.status).toBe(400);
    expect(route).not.toHaveBeenCalled();
  });
  it("answers a malformed EncodingAESKey as not configured before looking at the request", async () => {
    const { route, request } = behind(verifySealed(WECOM_APP, "xml"));
    const res = await request("timestamp=1&nonce=1", { method: "POST", body: "" }, { WECOM_ENCODING_AES_KEY: "short" });
    expect(res.status).toBe(404);
    expect(route).not.toHaveBeenCalled();
  });
});

describe("verifyWeChatMessage", () => {
  it("opens safe mode through verifySealed", async () => {
    const xml = messageXml({ from: newUser(), content: "你好", msgId: "2" });
    const { q, body } = await sealedWeChatRequest(xml);
    const { request } = behind(verifyWeChatMessage);
    const res = await request(String(q), { method: "POST", body });
    expect(await res.json()).toMatchObject({ message: xml, signed: { bodySigned: true }, sealed: true });
  });
  it("passes a plaintext message on as it came: signed without the body, and no sealer", async () => {
    const xml = messageXml({ from: newUser(), content: "你好", msgId: "3" });
    const { request } = behind(verifyWeChatMessage);
    const q = await plainQuery(WECHAT.token);
    const res = await request(String(q), { method: "POST", body: xml }, { WECHAT_ENCODING_AES_KEY: undefined });
    expect(await res.json()).toMatchObject({
      message: xml,
      signed: { timestamp: q.get("timestamp"), nonce: q.get("nonce"), bodySigned: false },
      sealed: false,
    });
  });
});

describe("verifyDingTalk", () => {
  it("puts the signed body and its timestamp on the context, and refuses a foreign sign", async () => {
    const { route, request } = behind(verifyDingTalk);
    const timestamp = String(Date.now());
    const body = JSON.stringify({ msgId: "m1" });
    const headers = { timestamp, sign: await signDingTalk(timestamp, "this is secret") };
    expect(await (await request("", { method: "POST", headers, body })).json()).toMatchObject({
      message: body,
      timestamp,
    });
    const foreign = { timestamp, sign: await signDingTalk(timestamp, "another secret") };
    expect((await request("", { method: "POST", headers: foreign, body })).status).toBe(401);
    expect(route).toHaveBeenCalledOnce();
  });
});

describe("verifyFeishu", () => {
  it("puts the decrypted event on the context, and refuses one signed with another key", async () => {
    const { route, request } = behind(verifyFeishu);
    const event = { schema: "2.0", header: { token: testEnv.FEISHU_VERIFICATION_TOKEN, event_type: "x" } };
    const body = JSON.stringify({ encrypt: await encryptFeishu("test key", JSON.stringify(event)) });
    const timestamp = nowSeconds();
    const headers = (key: string) =>
      signFeishu(timestamp, "n", key, body).then((signature) => ({
        "x-lark-request-timestamp": timestamp,
        "x-lark-request-nonce": "n",
        "x-lark-signature": signature,
      }));
    const res = await request("", { method: "POST", headers: await headers("test key"), body });
    expect(((await res.json()) as { message: unknown }).message).toEqual(event);
    expect((await request("", { method: "POST", headers: await headers("other key"), body })).status).toBe(401);
    expect(route).toHaveBeenCalledOnce();
  });
});
