import { createExecutionContext, env, runInDurableObject, SELF } from "cloudflare:test";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { app } from "../../../worker/app.ts";
import { encodeBase64 } from "../../../worker/channels/common/base64.ts";
import { createMsgCrypt } from "../../../worker/channels/common/msg-crypt.ts";
import { formatReplyText } from "../../../worker/channels/common/reply-text.ts";
import { signParts } from "../../../worker/channels/common/signature.ts";
import { parseFlatXml } from "../../../worker/channels/common/xml.ts";
import type { ChatState } from "../../../worker/channels/state/chat-state.ts";
import { IMAGE_REPLY } from "../../../worker/channels/state/chat-texts.ts";
import { answer } from "../../../worker/core/answer.ts";
import type { Env } from "../../../worker/env.ts";
import { interview } from "../../../worker/interview.ts";
import {
  askWeChat,
  type MessageFields,
  messageXml,
  newMsgId,
  newUser,
  nowSeconds,
  ORIGIN,
  plainQuery,
  post,
  sealedWeChatRequest,
  WECHAT,
} from "./helpers.ts";

const testEnv = env as unknown as Env;
const sample = interview.samples[0]!.question;

// Plaintext mode is the account without an EncodingAESKey: same worker, that one setting removed.
function fetchWith(overrides: Partial<Env>, url: string, init?: RequestInit) {
  return app.fetch(new Request(url, init), { ...testEnv, ...overrides }, createExecutionContext());
}
const plaintextMode = { WECHAT_ENCODING_AES_KEY: undefined };

async function errorCode(res: Response): Promise<string> {
  return ((await res.json()) as { error: { code: string } }).error.code;
}

// Refusals are logged by design; keep the test output quiet, and the calls inspectable.
beforeEach(() => {
  vi.spyOn(console, "log").mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

describe("GET /wechat: URL check", () => {
  it("echoes echostr when the signature matches", async () => {
    const q = await plainQuery(WECHAT.token);
    q.set("echostr", "8142530584937291");
    const res = await SELF.fetch(`${ORIGIN}/wechat?${q}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("8142530584937291");
  });
  it("keeps a + of echostr sent unencoded", async () => {
    const q = await plainQuery(WECHAT.token);
    const res = await SELF.fetch(`${ORIGIN}/wechat?${q}&echostr=a+b`);
    expect(await res.text()).toBe("a+b");
  });
  it("refuses a bad signature, a stale timestamp, missing parameters, and logs each", async () => {
    const log = vi.spyOn(console, "log");
    const q = await plainQuery(WECHAT.token);
    q.set("echostr", "1");
    q.set("signature", "0".repeat(40));
    let res = await SELF.fetch(`${ORIGIN}/wechat?${q}`);
    expect(res.status).toBe(401);
    expect(await errorCode(res)).toBe("bad_signature");

    const old = String(Number(nowSeconds()) - 301);
    const stale = await plainQuery(WECHAT.token, old);
    stale.set("echostr", "1");
    res = await SELF.fetch(`${ORIGIN}/wechat?${stale}`);
    expect(res.status).toBe(403);
    expect(await errorCode(res)).toBe("stale_timestamp");

    res = await SELF.fetch(`${ORIGIN}/wechat?echostr=1`);
    expect(res.status).toBe(400);
    const reasons = log.mock.calls.map((c) => JSON.parse(String(c[0])) as { reason?: string }).map((l) => l.reason);
    expect(reasons).toEqual(expect.arrayContaining(["bad_signature", "stale_timestamp", "missing_parameters"]));
  });
  it("answers 404 naming no setting when WECHAT_TOKEN is not set, and logs the missing setting", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const q = await plainQuery(WECHAT.token);
    q.set("echostr", "1");
    const res = await fetchWith({ WECHAT_TOKEN: undefined }, `${ORIGIN}/wechat?${q}`);
    expect(res.status).toBe(404);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("channel_not_configured");
    expect(JSON.stringify(body)).not.toMatch(/WECHAT|TOKEN|KEY/);
    const lines = logged.mock.calls.map((c) => String(c[0]));
    // Once per isolate: another test may have logged it first.
    if (lines.length) expect(lines.join("\n")).toContain("WECHAT_TOKEN");
  });
});

describe("POST /wechat: safe and compatible mode", () => {
  it("answers a text message with the answer, its source on this origin and numbered follow-ups", async () => {
    const user = newUser();
    const reply = await askWeChat({ from: user, content: sample, msgId: newMsgId() });
    expect(reply).toMatchObject({ ToUserName: user, FromUserName: WECHAT.account, MsgType: "text" });
    const expected = answer(sample, { index: interview, origin: ORIGIN });
    expect(expected.found).toBe(true);
    expect(reply.Content).toBe(formatReplyText(expected));
    expect(reply.Content).toContain(`${expected.citations[0]!.section} ${ORIGIN}/source#${expected.citations[0]!.id}`);
    expect(reply.Content).toMatch(/回[复覆] 1：.+\n回[复覆] 2：.+\n回[复覆] 3：.+$/);
    expect(new TextEncoder().encode(reply.Content).length).toBeLessThanOrEqual(2000);
  });
  it("answers in compatible mode (plain fields beside Encrypt)", async () => {
    const reply = await askWeChat({ from: newUser(), content: sample, msgId: newMsgId() }, true);
    expect(reply.Content).toBe(formatReplyText(answer(sample, { index: interview, origin: ORIGIN })));
  });
  it("welcomes a new follower with sample questions", async () => {
    const reply = await askWeChat({
      from: newUser(),
      type: "event",
      extra: { Event: "subscribe", EventKey: "qrscene_1" },
    });
    expect(reply.Content).toBe(formatReplyText(answer("你好", { index: interview, origin: ORIGIN })));
    expect(reply.Content).toMatch(/回[复覆] 1：/);
  });
  it("answers a voice message by its Recognition, and asks to type without one", async () => {
    const recognised = await askWeChat({
      from: newUser(),
      type: "voice",
      msgId: newMsgId(),
      extra: { MediaId: "m", Format: "amr", Recognition: sample },
    });
    expect(recognised.Content).toBe(formatReplyText(answer(sample, { index: interview, origin: ORIGIN })));
    const silent = await askWeChat({
      from: newUser(),
      type: "voice",
      msgId: newMsgId(),
      extra: { MediaId: "m", Format: "amr", Recognition: "" },
    });
    expect(silent.Content).toContain("请直接打字");
    expect(silent.Content).toMatch(/回[复覆] 1：/);
  });
  it("answers an image or sticker with a short friendly reply and the starter questions", async () => {
    const reply = await askWeChat({
      from: newUser(),
      type: "image",
      msgId: newMsgId(),
      extra: { PicUrl: "http://x/p.jpg", MediaId: "m" },
    });
    expect(reply.Content).toContain(IMAGE_REPLY);
    expect(reply.Content).toMatch(/回[复覆] 1：/);
  });
  it("answers other messages and menu clicks with help", async () => {
    const others: Omit<MessageFields, "from">[] = [
      { type: "location", msgId: newMsgId(), extra: { Label: "北京" } },
      { type: "event", extra: { Event: "CLICK", EventKey: "HELP" } },
    ];
    for (const m of others) {
      const reply = await askWeChat({ from: newUser(), ...m });
      expect(reply.MsgType).toBe("text");
      expect(reply.Content).toContain("这里只能回答文字问题");
    }
  });
  it("answers unsubscribe and report events with success, unencrypted", async () => {
    for (const event of ["unsubscribe", "LOCATION", "TEMPLATESENDJOBFINISH"]) {
      const { q, body } = await sealedWeChatRequest(
        messageXml({ from: newUser(), type: "event", extra: { Event: event } }),
      );
      const res = await post("/wechat", q, body);
      expect(res.status).toBe(200);
      expect(await res.text()).toBe("success");
    }
  });
  it("strips control characters from the question", async () => {
    const reply = await askWeChat({ from: newUser(), content: `\u0002${sample}\u001d`, msgId: newMsgId() });
    expect(reply.Content).toBe(formatReplyText(answer(sample, { index: interview, origin: ORIGIN })));
  });
});

describe("POST /wechat: refusals (4xx, logged, never 5xx)", () => {
  const xml = () => messageXml({ from: newUser(), content: "你好", msgId: newMsgId() });

  async function refused(q: URLSearchParams | string, body: string, status: number, code: string) {
    const log = vi.spyOn(console, "log");
    const res = await post("/wechat", q, body);
    expect(res.status).toBe(status);
    expect(await errorCode(res)).toBe(code);
    expect(log.mock.calls.some((c) => (JSON.parse(String(c[0])) as { reason?: string }).reason === code)).toBe(true);
    log.mockClear();
  }

  it("refuses a tampered Encrypt (bad msg_signature)", async () => {
    const { q, body, encrypt } = await sealedWeChatRequest(xml());
    const other = (await createMsgCrypt(WECHAT.key, WECHAT.appid)).encrypt(xml());
    await refused(q, body.replace(encrypt, await other), 401, "bad_msg_signature");
  });
  it("refuses a request signed with signature only (msg_signature missing)", async () => {
    const { q, body } = await sealedWeChatRequest(xml());
    q.delete("msg_signature");
    await refused(q, body, 401, "missing_msg_signature");
  });
  it("refuses the plain signature passed as msg_signature", async () => {
    const { q, body } = await sealedWeChatRequest(xml());
    q.set("msg_signature", q.get("signature")!);
    await refused(q, body, 401, "bad_msg_signature");
  });
  it("refuses a stale or future timestamp", async () => {
    for (const skew of [-301, 301]) {
      const { q, body } = await sealedWeChatRequest(xml(), { timestamp: String(Number(nowSeconds()) + skew) });
      await refused(q, body, 403, "stale_timestamp");
    }
  });
  it("refuses DOCTYPE and ENTITY, outside or inside the encryption", async () => {
    const { q, body } = await sealedWeChatRequest(xml());
    await refused(q, `<!DOCTYPE xml [<!ENTITY x "y">]>${body}`, 400, "doctype_refused");
    const inner = await sealedWeChatRequest(`<!DOCTYPE xml [<!ENTITY e SYSTEM "file:///etc/passwd">]>${xml()}`);
    await refused(inner.q, inner.body, 400, "doctype_refused");
  });
  it("refuses a body over 64 KB", async () => {
    const { q, body } = await sealedWeChatRequest(xml());
    await refused(q, body.replace("</xml>", `<Pad>${"x".repeat(65 * 1024)}</Pad></xml>`), 413, "body_too_large");
  });
  it("refuses bad padding, a wrong receiveid, non-base64 and a bad length, each correctly signed", async () => {
    const raw = Uint8Array.from(atob(`${WECHAT.key}=`), (ch) => ch.charCodeAt(0));
    const key = await crypto.subtle.importKey("raw", raw, "AES-CBC", false, ["encrypt"]);
    const badPad = new Uint8Array(64).fill(0); // pad byte 0
    const sealedBadPad = encodeBase64(
      new Uint8Array(await crypto.subtle.encrypt({ name: "AES-CBC", iv: raw.slice(0, 16) }, key, badPad)).subarray(
        0,
        64,
      ),
    );
    const wrongId = await (await createMsgCrypt(WECHAT.key, "wx_not_this_account")).encrypt(xml());
    for (const [encrypt, code] of [
      [sealedBadPad, "bad_padding"],
      [wrongId, "wrong_receiveid"],
      ["not*base64", "bad_base64"],
      [encodeBase64(new Uint8Array(20)), "bad_length"],
    ] as const) {
      const timestamp = nowSeconds();
      const nonce = "42";
      const q = new URLSearchParams({
        timestamp,
        nonce,
        encrypt_type: "aes",
        msg_signature: await signParts([WECHAT.token, timestamp, nonce, encrypt]),
      });
      await refused(
        q,
        `<xml><ToUserName><![CDATA[gh_1]]></ToUserName><Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>`,
        400,
        code,
      );
    }
  });
  it("refuses malformed XML and messages without their fields", async () => {
    const bad = await sealedWeChatRequest("<xml><Content>oops</xml>");
    await refused(bad.q, bad.body, 400, "bad_xml");
    const empty = await sealedWeChatRequest("<xml><Content>hi</Content></xml>");
    await refused(empty.q, empty.body, 400, "missing_fields");
  });
});

describe("POST /wechat: plaintext mode (no EncodingAESKey)", () => {
  it("answers a signed plaintext message in plaintext", async () => {
    const user = newUser();
    const res = await fetchWith(plaintextMode, `${ORIGIN}/wechat?${await plainQuery(WECHAT.token)}`, {
      method: "POST",
      body: messageXml({ from: user, content: sample, msgId: newMsgId() }),
    });
    expect(res.status).toBe(200);
    const reply = parseFlatXml(await res.text());
    expect(reply).toMatchObject({ ToUserName: user, FromUserName: WECHAT.account, MsgType: "text" });
    expect(reply.Content).toBe(formatReplyText(answer(sample, { index: interview, origin: ORIGIN })));
  });
  it("refuses a bad or missing signature, and encrypted pushes it cannot open", async () => {
    const q = await plainQuery(WECHAT.token);
    q.set("signature", "f".repeat(40));
    const body = messageXml({ from: newUser(), content: "你好", msgId: newMsgId() });
    let res = await fetchWith(plaintextMode, `${ORIGIN}/wechat?${q}`, { method: "POST", body });
    expect(res.status).toBe(401);
    q.delete("signature");
    res = await fetchWith(plaintextMode, `${ORIGIN}/wechat?${q}`, { method: "POST", body });
    expect(res.status).toBe(401);
    const sealed = await sealedWeChatRequest(body);
    res = await fetchWith(plaintextMode, `${ORIGIN}/wechat?${sealed.q}`, { method: "POST", body: sealed.body });
    expect(res.status).toBe(400);
    expect(await errorCode(res)).toBe("safe_mode_not_configured");
  });
  it("refuses DOCTYPE in plaintext mode", async () => {
    const res = await fetchWith(plaintextMode, `${ORIGIN}/wechat?${await plainQuery(WECHAT.token)}`, {
      method: "POST",
      body: `<!DOCTYPE xml [<!ENTITY x SYSTEM "file:///etc/passwd">]><xml><Content>&x;</Content></xml>`,
    });
    expect(res.status).toBe(400);
  });
  it("answers 404 when safe mode lacks WECHAT_APPID", async () => {
    const res = await fetchWith({ WECHAT_APPID: undefined }, `${ORIGIN}/wechat?${await plainQuery(WECHAT.token)}`, {
      method: "POST",
      body: "<xml/>",
    });
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain("WECHAT_APPID");
  });
});

describe("conversation state", () => {
  it("gives a retried MsgId the identical reply, and the retry never runs into the state", async () => {
    const user = newUser();
    const first = newMsgId();
    const a = await askWeChat({ from: user, content: sample, msgId: first });
    const other = interview.samples.find((s) => s.passage !== interview.samples[0]!.passage)!.question;
    const b = await askWeChat({ from: user, content: other, msgId: newMsgId() });
    const retry = await askWeChat({ from: user, content: sample, msgId: first });
    expect(retry.Content).toBe(a.Content);
    // "1" follows the reply to the second message, not the retried first one.
    const one = await askWeChat({ from: user, content: "1", msgId: newMsgId() });
    const named = /回[复覆] 1：(.+)/.exec(b.Content!)![1]!;
    expect(one.Content).toBe(
      formatReplyText(answer(named, { index: interview, history: [sample, other], origin: ORIGIN })),
    );

    const stub = testEnv.CHAT_STATE.get(testEnv.CHAT_STATE.idFromName(`wechat:${WECHAT.account}:${user}`));
    const rows = await runInDurableObject(stub, (_o: ChatState, state) => ({
      turns: state.storage.sql
        .exec("SELECT question FROM turns ORDER BY at")
        .toArray()
        .map((r) => r.question),
      replies: state.storage.sql.exec("SELECT count(*) AS n FROM replies").one().n,
    }));
    expect(rows.turns).toEqual([sample, other, named]);
    expect(rows.replies).toBe(3);
  });
  it("asks the named follow-up on 1, 2, 3, with the previous question as history", async () => {
    const user = newUser();
    const first = await askWeChat({ from: user, content: sample, msgId: newMsgId() });
    const second = /回[复覆] 2：(.+)/.exec(first.Content!)![1]!;
    const reply = await askWeChat({ from: user, content: "２", msgId: newMsgId() });
    expect(reply.Content).toBe(
      formatReplyText(answer(second, { index: interview, history: [sample], origin: ORIGIN })),
    );
  });
  it("forgets a user who unsubscribes", async () => {
    const user = newUser();
    await askWeChat({ from: user, content: sample, msgId: newMsgId() });
    const { q, body } = await sealedWeChatRequest(
      messageXml({ from: user, type: "event", extra: { Event: "unsubscribe" } }),
    );
    expect(await (await post("/wechat", q, body)).text()).toBe("success");
    const stub = testEnv.CHAT_STATE.get(testEnv.CHAT_STATE.idFromName(`wechat:${WECHAT.account}:${user}`));
    const tables = await runInDurableObject(stub, (_o: ChatState, state) =>
      state.storage.sql.exec("SELECT name FROM sqlite_master WHERE type='table' AND name='turns'").toArray(),
    );
    expect(tables).toEqual([]);
  });
});
