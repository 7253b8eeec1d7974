// Message and event types of the WeCom app and the intelligent bot, built from the examples of WeCom's docs:
// app events developer.work.weixin.qq.com/document/path/90240 (enter_agent, LOCATION), "no reply" is an empty
// 200 (path/90241); bot messages path/100719 (text, mixed, image, voice, file), events path/101027 (enter_chat),
// replies path/101031 (a welcome is a text reply, answers are stream replies).
import { env, runInDurableObject } from "cloudflare:test";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createMsgCrypt } from "../../../worker/channels/common/msg-crypt.ts";
import { RETRY_WINDOW_MS } from "../../../worker/channels/common/replay.ts";
import { formatReplyText } from "../../../worker/channels/common/reply-text.ts";
import { signParts, verifySignature } from "../../../worker/channels/common/signature.ts";
import type { ChatState } from "../../../worker/channels/state/chat-state.ts";
import { IMAGE_REPLY } from "../../../worker/channels/state/chat-texts.ts";
import { answer } from "../../../worker/core/answer.ts";
import type { Env } from "../../../worker/env.ts";
import { interview } from "../../../worker/interview.ts";
import { BOT, newMsgId, newNonce, newUser, nowSeconds, ORIGIN, openReply, post, WECOM } from "../wechat/helpers.ts";

const sample = interview.samples[0]!.question;
const testEnv = env as unknown as Env;
const welcome = formatReplyText(answer("你好", { index: interview, origin: ORIGIN }));

beforeEach(() => {
  vi.spyOn(console, "log").mockImplementation(() => undefined);
});

async function signedQuery(token: string, encrypt: string, nonce = newNonce()) {
  const timestamp = nowSeconds();
  return new URLSearchParams({ msg_signature: await signParts([token, timestamp, nonce, encrypt]), timestamp, nonce });
}

describe("/wecom app events", () => {
  const crypt = () => createMsgCrypt(WECOM.key, WECOM.corpId);
  const event = (from: string, name: string) =>
    `<xml><ToUserName><![CDATA[${WECOM.corpId}]]></ToUserName><FromUserName><![CDATA[${from}]]></FromUserName><CreateTime>${nowSeconds()}</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[${name}]]></Event><EventKey><![CDATA[]]></EventKey><AgentID>1</AgentID></xml>`;
  async function send(xml: string) {
    const encrypt = await (await crypt()).encrypt(xml);
    return post(
      "/wecom",
      await signedQuery(WECOM.token, encrypt),
      `<xml><ToUserName><![CDATA[${WECOM.corpId}]]></ToUserName><Encrypt><![CDATA[${encrypt}]]></Encrypt><AgentID><![CDATA[1]]></AgentID></xml>`,
    );
  }

  it("welcomes a member who opens the app (enter_agent) with sample questions", async () => {
    const reply = await openReply(await send(event(newUser(), "enter_agent")), WECOM.token, await crypt());
    expect(reply.Content).toBe(welcome);
  });
  it("answers events that need no reply with an empty 200, not WeChat's 'success'", async () => {
    for (const name of ["LOCATION", "view", "unsubscribe"]) {
      const res = await send(event(newUser(), name));
      expect(res.status).toBe(200);
      expect(await res.text()).toBe("");
    }
  });
});

describe("/wecom/bot message and event types", () => {
  const crypt = () => createMsgCrypt(BOT.key, "");
  async function ask(message: Record<string, unknown>) {
    const c = await crypt();
    const encrypt = await c.encrypt(JSON.stringify({ msgid: newMsgId(), aibotid: "AIBOTID", ...message }));
    const res = await post(
      "/wecom/bot",
      await signedQuery(BOT.token, encrypt),
      JSON.stringify({ encrypt }),
      "application/json",
    );
    expect(res.status).toBe(200);
    const text = await res.text();
    if (!text) return undefined;
    const sealed = JSON.parse(text) as { encrypt: string; msgsignature: string; timestamp: number; nonce: string };
    expect(
      await verifySignature([BOT.token, String(sealed.timestamp), sealed.nonce, sealed.encrypt], sealed.msgsignature),
    ).toBe(true);
    return JSON.parse(await c.decrypt(sealed.encrypt)) as {
      msgtype: string;
      stream?: { content: string; finish: boolean };
      text?: { content: string };
    };
  }

  it("answers the text of a mixed (图文混排) group message, mention dropped", async () => {
    const reply = await ask({
      chatid: "CHATID",
      chattype: "group",
      from: { userid: newUser() },
      msgtype: "mixed",
      mixed: {
        msg_item: [
          { msgtype: "text", text: { content: `@RobotA ${sample}` } },
          { msgtype: "image", image: { url: "https://example.invalid/i.png" } },
        ],
      },
    });
    expect(reply?.msgtype).toBe("stream");
    expect(reply?.stream?.finish).toBe(true);
    expect(reply?.stream?.content).toBe(formatReplyText(answer(sample, { index: interview, origin: ORIGIN })));
  });
  it("gives an image, a file and an image-only mixed message a short reply", async () => {
    for (const message of [
      { msgtype: "image", image: { url: "https://example.invalid/i.png" } },
      { msgtype: "file", file: { url: "https://example.invalid/f" } },
      { msgtype: "mixed", mixed: { msg_item: [{ msgtype: "image", image: { url: "u" } }] } },
    ]) {
      const reply = await ask({ chattype: "single", from: { userid: newUser() }, ...message });
      expect(reply?.msgtype).toBe("stream");
      expect(reply?.stream?.content).toContain(IMAGE_REPLY);
    }
  });
  it("answers a voice message by its transcript", async () => {
    const reply = await ask({
      chattype: "single",
      from: { userid: newUser() },
      msgtype: "voice",
      voice: { content: sample },
    });
    expect(reply?.stream?.content).toBe(formatReplyText(answer(sample, { index: interview, origin: ORIGIN })));
  });
  it("welcomes enter_chat with a text reply (a welcome cannot be a stream)", async () => {
    const reply = await ask({
      create_time: Number(nowSeconds()),
      chattype: "single",
      from: { userid: newUser() },
      msgtype: "event",
      event: { eventtype: "enter_chat" },
    });
    expect(reply).toEqual({ msgtype: "text", text: { content: welcome } });
  });
  it("sends nothing for template card events and stream refreshes", async () => {
    for (const message of [
      { msgtype: "event", event: { eventtype: "template_card_event" } },
      { msgtype: "stream", stream: { id: "STREAMID" } },
    ]) {
      expect(await ask({ chattype: "single", from: { userid: newUser() }, ...message })).toBeUndefined();
    }
  });
});

describe("/wecom/bot replays", () => {
  it("answers an identical callback within the retry window, and sends nothing for it later", async () => {
    const c = await createMsgCrypt(BOT.key, "");
    const userid = newUser();
    const encrypt = await c.encrypt(
      JSON.stringify({
        msgid: newMsgId(),
        aibotid: "AIBOTID",
        chattype: "single",
        from: { userid },
        msgtype: "text",
        text: { content: sample },
      }),
    );
    const q = await signedQuery(BOT.token, encrypt);
    const send = () => post("/wecom/bot", q, JSON.stringify({ encrypt }), "application/json");
    const first = await (await send()).json<{ encrypt: string }>();
    const retry = await (await send()).json<{ encrypt: string }>();
    expect(JSON.parse(await c.decrypt(retry.encrypt)).stream.content).toBe(
      JSON.parse(await c.decrypt(first.encrypt)).stream.content,
    );
    await runInDurableObject(
      testEnv.CHAT_STATE.get(testEnv.CHAT_STATE.idFromName(`wecom-bot:AIBOTID::${userid}`)),
      (_o: ChatState, state) => void state.storage.sql.exec("UPDATE replies SET at = at - ?", RETRY_WINDOW_MS + 1000),
    );
    const late = await send();
    expect(late.status).toBe(200);
    expect(await late.text()).toBe("");
  });
});
