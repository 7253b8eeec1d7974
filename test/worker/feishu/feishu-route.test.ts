// /feishu, the app bot's event callback, played with the open platform's documented examples and crypto
// (test/worker/feishu/feishu-vectors.json). Replies go to a local fake of Feishu's API, started and stopped
// by the suite's globalSetup on 127.0.0.1 (test/support/fake-feishu.ts): nothing leaves this machine.
import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { beforeEach, describe, expect, inject, it, vi } from "vitest";
import { app } from "../../../worker/app.ts";
import {
  decryptFeishu,
  encryptFeishu,
  signFeishu,
  verifyFeishuSignature,
} from "../../../worker/channels/feishu/event-crypt.ts";
import { toFeishuText } from "../../../worker/channels/feishu/reply.ts";
import { IMAGE_REPLY, NOTHING_PENDING } from "../../../worker/channels/state/chat-texts.ts";
import { answer } from "../../../worker/core/answer.ts";
import type { Env } from "../../../worker/env.ts";
import { interview } from "../../../worker/interview.ts";
import { toSimplified } from "../../../worker/text/script.ts";
import { ORIGIN } from "../wechat/helpers.ts";
import vectors from "./feishu-vectors.json";

/** What the fake API recorded of one request (test/support/fake-feishu.ts). */
interface RecordedRequest {
  method: string;
  path: string;
  authorization?: string;
  body: unknown;
}

const KEY = "test key";
const api = inject("feishuApi");
const testEnv = env as unknown as Env;
const sample = toSimplified(interview.samples[0]!.question);

beforeEach(() => {
  vi.spyOn(console, "log").mockImplementation(() => undefined);
});

let next = Date.now();
const uid = () => (next++).toString(36);

/** The documented im.message.receive_v1 event with fresh ids and the given message fields. */
function messageEvent(message: Record<string, unknown> = {}, sender: Record<string, unknown> = {}) {
  const e = structuredClone(vectors.message_receive.event);
  e.header.event_id = `ev${uid()}`;
  Object.assign(e.event.message, { message_id: `om_${uid()}`, chat_id: `oc_${uid()}`, ...message });
  Object.assign(e.event.sender, sender);
  return e;
}

interface SendOptions {
  encrypt?: boolean;
  sign?: boolean;
  headers?: Record<string, string>;
  raw?: string;
  overrides?: Partial<Env>;
}

/** Posts like the platform: encrypted and signed by default. Returns the response after waitUntil is done. */
async function send(event: unknown, o: SendOptions = {}) {
  const body =
    o.raw ?? JSON.stringify(o.encrypt === false ? event : { encrypt: await encryptFeishu(KEY, JSON.stringify(event)) });
  const timestamp = String(Math.floor(Date.now() / 1000));
  const nonce = uid();
  const headers: Record<string, string> = { "content-type": "application/json; charset=utf-8" };
  if (o.sign !== false) {
    headers["x-lark-request-timestamp"] = timestamp;
    headers["x-lark-request-nonce"] = nonce;
    headers["x-lark-signature"] = await signFeishu(timestamp, nonce, KEY, body);
  }
  const ctx = createExecutionContext();
  const res = await app.fetch(
    new Request(`${ORIGIN}/feishu`, { method: "POST", headers: { ...headers, ...o.headers }, body }),
    { ...testEnv, FEISHU_API_BASE: api, ...o.overrides },
    ctx,
  );
  await waitOnExecutionContext(ctx);
  return res;
}

async function repliesTo(messageId: string): Promise<RecordedRequest[]> {
  const all = (await (await fetch(`${api}/__requests`)).json()) as RecordedRequest[];
  return all.filter((r) => r.path === `/open-apis/im/v1/messages/${messageId}/reply`);
}

const replyText = (r: RecordedRequest) => JSON.parse((r.body as { content: string }).content).text as string;

async function errorCode(res: Response) {
  return ((await res.json()) as { error: { code: string } }).error.code;
}

describe("Feishu event crypto", () => {
  it("decrypts the platform's documented sample and Node-encrypted bodies, and round-trips", async () => {
    for (const v of vectors.decrypt) expect(await decryptFeishu(v.key, v.encrypt)).toBe(v.plain);
    const e = vectors.url_verification.encrypted;
    expect(JSON.parse(await decryptFeishu(e.key, e.encrypt))).toEqual(vectors.url_verification.plain);
    const iv = Uint8Array.from(e.iv_hex.match(/../g)!.map((h) => Number.parseInt(h, 16)));
    expect(await encryptFeishu(KEY, JSON.stringify(vectors.url_verification.plain), iv)).toBe(e.encrypt);
    await expect(decryptFeishu("other key", vectors.decrypt[0]!.encrypt)).rejects.toThrow();
    await expect(decryptFeishu(KEY, "AAAA")).rejects.toThrow("bad_length");
    await expect(decryptFeishu(KEY, "not base64!")).rejects.toThrow("bad_base64");
  });
  it("computes X-Lark-Signature as the documented SHA-256 of timestamp, nonce, key and body", async () => {
    for (const v of vectors.signature) {
      expect(await signFeishu(v.timestamp, v.nonce, v.key, v.body)).toBe(v.signature);
      expect(await verifyFeishuSignature(v, v.key, v.body)).toBe(true);
      expect(await verifyFeishuSignature(v, v.key, `${v.body} `)).toBe(false);
    }
  });
});

describe("POST /feishu: URL verification", () => {
  it("answers the plain challenge with its token, and the encrypted one", async () => {
    let res = await send(vectors.url_verification.plain, {
      encrypt: false,
      sign: false,
      overrides: { FEISHU_ENCRYPT_KEY: undefined },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ challenge: "ajls384kdjx98XX" });
    res = await send(null, {
      raw: JSON.stringify({ encrypt: vectors.url_verification.encrypted.encrypt }),
      sign: false,
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ challenge: "ajls384kdjx98XX" });
  });
  it("refuses a challenge with another app's token", async () => {
    const res = await send({ ...vectors.url_verification.plain, token: "someone-else" }, { sign: false });
    expect(res.status).toBe(401);
    expect(await errorCode(res)).toBe("bad_token");
  });
});

describe("POST /feishu: im.message.receive_v1", () => {
  it("acknowledges at once and replies to the message through the API, with a cached tenant token", async () => {
    const e = messageEvent({ content: JSON.stringify({ text: `@_user_1 ${sample}` }) });
    const res = await send(e);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({});
    const [reply] = await repliesTo(e.event.message.message_id);
    expect(reply).toBeDefined();
    expect(reply!.authorization).toMatch(/^Bearer t-fake-\d+$/);
    expect((reply!.body as { msg_type: string; uuid: string }).msg_type).toBe("text");
    expect((reply!.body as { uuid: string }).uuid).toBe(e.header.event_id);
    const expected = answer(sample, { index: interview, origin: ORIGIN });
    expect(replyText(reply!)).toBe(toFeishuText(expected, e.event.sender.sender_id.open_id));
    expect(replyText(reply!)).toContain(`<at user_id="${e.event.sender.sender_id.open_id}"></at>`);
    expect(replyText(reply!)).toContain(`${ORIGIN}/source#${expected.citations[0]!.id}`);

    const second = messageEvent({ chat_type: "p2p", content: JSON.stringify({ text: sample }) });
    await send(second);
    const [r2] = await repliesTo(second.event.message.message_id);
    expect(r2!.authorization).toBe(reply!.authorization);
    expect(replyText(r2!)).toBe(toFeishuText(expected));
  });
  it("answers a resent event (same event_id) once", async () => {
    const e = messageEvent({ chat_type: "p2p", content: JSON.stringify({ text: sample }) });
    expect((await send(e)).status).toBe(200);
    expect((await send(e)).status).toBe(200);
    expect(await repliesTo(e.event.message.message_id)).toHaveLength(1);
  });
  it("keeps follow-ups per chat: 1 asks the first follow-up there", async () => {
    const chat = `oc_${uid()}`;
    const first = messageEvent({ chat_id: chat, chat_type: "p2p", content: JSON.stringify({ text: sample }) });
    await send(first);
    const one = messageEvent({ chat_id: chat, chat_type: "p2p", content: JSON.stringify({ text: "1" }) });
    await send(one);
    const named = answer(sample, { index: interview, origin: ORIGIN }).suggestions[0]!;
    const [reply] = await repliesTo(one.event.message.message_id);
    expect(replyText(reply!)).toBe(
      toFeishuText(answer(named, { index: interview, history: [sample], origin: ORIGIN })),
    );
    const elsewhere = messageEvent({ chat_type: "p2p", content: JSON.stringify({ text: "1" }) });
    await send(elsewhere);
    expect(replyText((await repliesTo(elsewhere.event.message.message_id))[0]!)).toContain(NOTHING_PENDING);
  });
  it("answers rich text by its text, an image briefly, and never another app's message", async () => {
    const post = messageEvent({
      chat_type: "p2p",
      message_type: "post",
      content: JSON.stringify({
        title: "",
        content: [
          [
            { tag: "at", user_id: "@_user_1" },
            { tag: "text", text: sample },
          ],
        ],
      }),
    });
    await send(post);
    expect(replyText((await repliesTo(post.event.message.message_id))[0]!)).toBe(
      toFeishuText(answer(sample, { index: interview, origin: ORIGIN })),
    );
    const image = messageEvent({
      chat_type: "p2p",
      message_type: "image",
      content: JSON.stringify({ image_key: "img_x" }),
    });
    await send(image);
    expect(replyText((await repliesTo(image.event.message.message_id))[0]!)).toContain(IMAGE_REPLY);
    const bot = messageEvent({ chat_type: "p2p", content: JSON.stringify({ text: sample }) }, { sender_type: "app" });
    expect((await send(bot)).status).toBe(200);
    expect(await repliesTo(bot.event.message.message_id)).toHaveLength(0);
  });
  it("acknowledges other event types without replying", async () => {
    const e = messageEvent();
    e.header.event_type = "im.chat.member.bot.added_v1";
    const res = await send(e);
    expect(res.status).toBe(200);
    expect(await repliesTo(e.event.message.message_id)).toHaveLength(0);
  });
  it("logs a failed reply after the 200 instead of failing the request", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const e = messageEvent({ chat_type: "p2p", content: JSON.stringify({ text: sample }) });
    const res = await send(e, { overrides: { FEISHU_APP_SECRET: "wrong-secret", FEISHU_APP_ID: `cli_${uid()}` } });
    expect(res.status).toBe(200);
    expect(errors.mock.calls.some((c) => String(c[0]).includes('"event":"reply_failed"'))).toBe(true);
  });
});

describe("POST /feishu: refusals (4xx, never 5xx, nothing sent)", () => {
  it("refuses a wrong signature, a stale timestamp, a missing signature and a wrong token", async () => {
    const e = messageEvent({ chat_type: "p2p", content: JSON.stringify({ text: sample }) });
    let res = await send(e, { headers: { "x-lark-signature": "0".repeat(64) } });
    expect([res.status, await errorCode(res)]).toEqual([401, "bad_signature"]);
    res = await send(e, { headers: { "x-lark-request-timestamp": String(Math.floor(Date.now() / 1000) - 600) } });
    expect([res.status, await errorCode(res)]).toEqual([403, "stale_timestamp"]);
    res = await send(e, { sign: false });
    expect([res.status, await errorCode(res)]).toEqual([401, "missing_signature"]);
    const forged = messageEvent();
    forged.header.token = "not-the-token";
    res = await send(forged);
    expect([res.status, await errorCode(res)]).toEqual([401, "bad_token"]);
    res = await send(forged, { encrypt: false, sign: false, overrides: { FEISHU_ENCRYPT_KEY: undefined } });
    expect([res.status, await errorCode(res)]).toEqual([401, "bad_token"]);
    expect(await repliesTo(e.event.message.message_id)).toHaveLength(0);
  });
  it("refuses bodies that are not JSON, too large, or encrypted with another key", async () => {
    let res = await send(null, { raw: "{nope" });
    expect([res.status, await errorCode(res)]).toEqual([400, "bad_json"]);
    res = await send(null, { raw: JSON.stringify({ pad: "x".repeat(70_000) }) });
    expect(res.status).toBe(413);
    res = await send(null, { raw: JSON.stringify({ encrypt: await encryptFeishu("other key", "{}") }) });
    expect([res.status, await errorCode(res)]).toEqual([400, "decrypt_failed"]);
    res = await send(null, { raw: JSON.stringify({ encrypt: await encryptFeishu(KEY, "not json") }) });
    expect([res.status, await errorCode(res)]).toEqual([400, "bad_json"]);
  });
  it("answers 404 naming nothing when the app is not configured", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const res = await send(messageEvent(), { overrides: { FEISHU_APP_SECRET: undefined } });
    expect(res.status).toBe(404);
    expect(await res.text()).not.toMatch(/FEISHU|SECRET/);
  });
});
