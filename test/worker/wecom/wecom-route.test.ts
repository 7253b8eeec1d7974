import { createExecutionContext, env, SELF } from "cloudflare:test";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { app } from "../../../worker/app.ts";
import { createMsgCrypt } from "../../../worker/channels/common/msg-crypt.ts";
import { formatReplyText } from "../../../worker/channels/common/reply-text.ts";
import { signParts, verifySignature } from "../../../worker/channels/common/signature.ts";
import { answer } from "../../../worker/core/answer.ts";
import type { Env } from "../../../worker/env.ts";
import { interview } from "../../../worker/interview.ts";
import { BOT, newMsgId, newUser, nowSeconds, ORIGIN, openReply, post, WECOM } from "../wechat/helpers.ts";
import vectors from "../wechat/wechat-vectors.json";

const testEnv = env as unknown as Env;
const sample = interview.samples[0]!.question;

beforeEach(() => {
  vi.spyOn(console, "log").mockImplementation(() => undefined);
});

function fetchWith(overrides: Partial<Env>, url: string, init?: RequestInit) {
  return app.fetch(new Request(url, init), { ...testEnv, ...overrides }, createExecutionContext());
}

async function signed(
  token: string,
  encrypt: string,
  timestamp = nowSeconds(),
  nonce = String(Math.floor(Math.random() * 1e9)),
) {
  return `msg_signature=${await signParts([token, timestamp, nonce, encrypt])}&timestamp=${timestamp}&nonce=${nonce}`;
}

async function errorCode(res: Response): Promise<string> {
  return ((await res.json()) as { error: { code: string } }).error.code;
}

describe("GET /wecom: URL check decrypts echostr", () => {
  it.each(vectors.wecom_verify_url)("answers the plaintext of the vector's echostr: $src", async (v) => {
    const settings = { WECOM_TOKEN: v.token, WECOM_CORP_ID: v.id, WECOM_ENCODING_AES_KEY: v.key };
    // The vectors' timestamps are years old: the same echostr, signed again now.
    const q = await signed(v.token, v.echostr);
    for (const echostr of [encodeURIComponent(v.echostr), v.echostr]) {
      const res = await fetchWith(settings, `${ORIGIN}/wecom?${q}&echostr=${echostr}`);
      expect(res.status).toBe(200);
      expect(await res.text()).toBe(v.plain);
    }
  });
  it("refuses the vector as it was sent: its timestamp is stale", async () => {
    const v = vectors.wecom_verify_url[0]!;
    const res = await SELF.fetch(
      `${ORIGIN}/wecom?msg_signature=${v.msg_signature}&timestamp=${v.timestamp}&nonce=${v.nonce}&echostr=${v.echostr_urlencoded}`,
    );
    expect(res.status).toBe(403);
  });
  it("refuses a wrong signature and an echostr of another corp", async () => {
    const v = vectors.wecom_verify_url[0]!;
    const q = await signed(v.token, v.echostr);
    let res = await SELF.fetch(
      `${ORIGIN}/wecom?${q.replace(/msg_signature=\w+/, `msg_signature=${"0".repeat(40)}`)}&echostr=${v.echostr_urlencoded}`,
    );
    expect(res.status).toBe(401);
    res = await fetchWith({ WECOM_CORP_ID: "ww_other" }, `${ORIGIN}/wecom?${q}&echostr=${v.echostr_urlencoded}`);
    expect(res.status).toBe(400);
    expect(await errorCode(res)).toBe("wrong_receiveid");
  });
  it("answers 404 naming no setting to the caller", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const res = await fetchWith(
      { WECOM_CORP_ID: undefined, WECOM_ENCODING_AES_KEY: undefined },
      `${ORIGIN}/wecom?echostr=x`,
    );
    expect(res.status).toBe(404);
    const text = await res.text();
    expect(text).toContain("channel_not_configured");
    expect(text).not.toMatch(/WECOM|CORP|KEY/);
  });
});

describe("POST /wecom: app messages", () => {
  const crypt = () => createMsgCrypt(WECOM.key, WECOM.corpId);
  const messageXml = (from: string, content: string, msgId = newMsgId()) =>
    `<xml><ToUserName><![CDATA[${WECOM.corpId}]]></ToUserName><FromUserName><![CDATA[${from}]]></FromUserName><CreateTime>${nowSeconds()}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[${content}]]></Content><MsgId>${msgId}</MsgId><AgentID>218</AgentID></xml>`;
  const envelope = (encrypt: string) =>
    `<xml><ToUserName><![CDATA[${WECOM.corpId}]]></ToUserName><Encrypt><![CDATA[${encrypt}]]></Encrypt><AgentID><![CDATA[218]]></AgentID></xml>`;

  it("opens the WeCom sample message (pad 30, which Web Crypto alone refuses) and replies encrypted", async () => {
    const v = vectors.decrypt[2]!;
    const res = await post("/wecom", await signed(v.token, v.encrypt), envelope(v.encrypt));
    const reply = await openReply(res, WECOM.token, await crypt());
    expect(reply).toMatchObject({ ToUserName: "mycreate", FromUserName: WECOM.corpId, MsgType: "text" });
    expect(reply.Content).toBe(formatReplyText(answer("hello", { index: interview, origin: ORIGIN })));
  });
  it("answers a question with its source and follow-ups, and 1 asks the first follow-up", async () => {
    const user = newUser();
    let encrypt = await (await crypt()).encrypt(messageXml(user, sample));
    const first = await openReply(
      await post("/wecom", await signed(WECOM.token, encrypt), envelope(encrypt)),
      WECOM.token,
      await crypt(),
    );
    expect(first.Content).toBe(formatReplyText(answer(sample, { index: interview, origin: ORIGIN })));
    const named = /回[复覆] 1：(.+)/.exec(first.Content!)![1]!;
    encrypt = await (await crypt()).encrypt(messageXml(user, "1"));
    const second = await openReply(
      await post("/wecom", await signed(WECOM.token, encrypt), envelope(encrypt)),
      WECOM.token,
      await crypt(),
    );
    expect(second.Content).toBe(
      formatReplyText(answer(named, { index: interview, history: [sample], origin: ORIGIN })),
    );
  });
  it("gives a retried MsgId the identical reply", async () => {
    const user = newUser();
    const msgId = newMsgId();
    const encrypt = await (await crypt()).encrypt(messageXml(user, sample, msgId));
    const a = await openReply(
      await post("/wecom", await signed(WECOM.token, encrypt), envelope(encrypt)),
      WECOM.token,
      await crypt(),
    );
    const b = await openReply(
      await post("/wecom", await signed(WECOM.token, encrypt, nowSeconds(), "7"), envelope(encrypt)),
      WECOM.token,
      await crypt(),
    );
    expect(b.Content).toBe(a.Content);
  });
  it.each([
    [
      "a bad signature",
      async (e: string) => ({
        q: (await signed(WECOM.token, e)).replace(/msg_signature=\w+/, `msg_signature=${"1".repeat(40)}`),
        body: envelope(e),
      }),
      401,
      "bad_msg_signature",
    ],
    [
      "a stale timestamp",
      async (e: string) => ({ q: await signed(WECOM.token, e, String(Number(nowSeconds()) - 600)), body: envelope(e) }),
      403,
      "stale_timestamp",
    ],
    [
      "a DOCTYPE",
      async (e: string) => ({ q: await signed(WECOM.token, e), body: `<!DOCTYPE x [<!ENTITY a "b">]>${envelope(e)}` }),
      400,
      "doctype_refused",
    ],
    [
      "an oversized body",
      async (e: string) => ({
        q: await signed(WECOM.token, e),
        body: envelope(e).replace("</xml>", `<P>${"x".repeat(70_000)}</P></xml>`),
      }),
      413,
      "body_too_large",
    ],
    [
      "a missing Encrypt",
      async (e: string) => ({ q: await signed(WECOM.token, e), body: "<xml><ToUserName>x</ToUserName></xml>" }),
      400,
      "missing_encrypt",
    ],
  ] as const)("refuses %s", async (_name, make, status, code) => {
    const encrypt = await (await crypt()).encrypt(messageXml(newUser(), "你好"));
    const { q, body } = await make(encrypt);
    const res = await post("/wecom", q, body);
    expect(res.status).toBe(status);
    expect(await errorCode(res)).toBe(code);
  });
  it("refuses a message sealed for another corp (receiveid)", async () => {
    const encrypt = await (await createMsgCrypt(WECOM.key, "ww_other_corp")).encrypt(messageXml(newUser(), "你好"));
    const res = await post("/wecom", await signed(WECOM.token, encrypt), envelope(encrypt));
    expect(res.status).toBe(400);
    expect(await errorCode(res)).toBe("wrong_receiveid");
  });
});

describe("/wecom/bot: intelligent bot (JSON, receiveid empty, stream reply)", () => {
  const crypt = () => createMsgCrypt(BOT.key, "");

  it("decrypts echostr on GET", async () => {
    const echostr = await (await crypt()).encrypt("5927782489442352469");
    const res = await SELF.fetch(
      `${ORIGIN}/wecom/bot?${await signed(BOT.token, echostr)}&echostr=${encodeURIComponent(echostr)}`,
    );
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("5927782489442352469");
  });
  it("answers a text message with a finished stream, in the encrypted JSON envelope", async () => {
    const message = {
      msgid: newMsgId(),
      aibotid: "AIBOT",
      chattype: "group",
      chatid: "CHAT",
      from: { userid: newUser() },
      msgtype: "text",
      text: { content: `@助手 ${sample}` },
    };
    const encrypt = await (await crypt()).encrypt(JSON.stringify(message));
    const res = await post(
      "/wecom/bot",
      await signed(BOT.token, encrypt),
      JSON.stringify({ encrypt }),
      "application/json",
    );
    expect(res.status).toBe(200);
    const env = (await res.json()) as { encrypt: string; msgsignature: string; timestamp: number; nonce: string };
    expect(await verifySignature([BOT.token, String(env.timestamp), env.nonce, env.encrypt], env.msgsignature)).toBe(
      true,
    );
    const reply = JSON.parse(await (await crypt()).decrypt(env.encrypt)) as {
      msgtype: string;
      stream: { id: string; finish: boolean; content: string };
    };
    expect(reply.msgtype).toBe("stream");
    expect(reply.stream.finish).toBe(true);
    expect(reply.stream.id).toBeTruthy();
    expect(reply.stream.content).toBe(formatReplyText(answer(sample, { index: interview, origin: ORIGIN })));
  });
  it("sends nothing for other callbacks, and refuses a bad signature and a message for another receiveid", async () => {
    const event = await (await crypt()).encrypt(
      JSON.stringify({ msgtype: "event", from: { userid: "u" }, event: { eventtype: "template_card_event" } }),
    );
    let res = await post(
      "/wecom/bot",
      await signed(BOT.token, event),
      JSON.stringify({ encrypt: event }),
      "application/json",
    );
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("");
    res = await post(
      "/wecom/bot",
      (await signed(BOT.token, event)).replace(/msg_signature=\w+/, "msg_signature=00"),
      JSON.stringify({ encrypt: event }),
      "application/json",
    );
    expect(res.status).toBe(401);
    const foreign = await (await createMsgCrypt(BOT.key, "wx_someone")).encrypt("{}");
    res = await post(
      "/wecom/bot",
      await signed(BOT.token, foreign),
      JSON.stringify({ encrypt: foreign }),
      "application/json",
    );
    expect(res.status).toBe(400);
    expect(await errorCode(res)).toBe("wrong_receiveid");
  });
  it("answers 404 when the bot is not configured", async () => {
    const res = await fetchWith({ WECOM_BOT_TOKEN: undefined }, `${ORIGIN}/wecom/bot`, { method: "POST", body: "{}" });
    expect(res.status).toBe(404);
  });
});
