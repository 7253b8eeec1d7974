// Every bot channel writes its row through the shared answer path (worker/channels/common/handle-message.ts),
// once per message however often the platform retries it, and never with the user's id.
import { beforeEach, describe, expect, inject, it, vi } from "vitest";
import { createMsgCrypt } from "../../../worker/channels/common/msg-crypt.ts";
import { signParts } from "../../../worker/channels/common/signature.ts";
import { signDingTalk } from "../../../worker/channels/dingtalk/sign.ts";
import { encryptFeishu, signFeishu } from "../../../worker/channels/feishu/event-crypt.ts";
import vectors from "../dingtalk/dingtalk-vectors.json";
import feishuVectors from "../feishu/feishu-vectors.json";
import {
  BOT,
  messageXml,
  newMsgId,
  newUser,
  nowSeconds,
  ORIGIN,
  sealedWeChatRequest,
  WECOM,
} from "../wechat/helpers.ts";
import { clearInsights, fetchAndSettle, storedAnswers } from "./support.ts";

const question = "电动自行车以旧换新全国排第几";

beforeEach(async () => {
  vi.spyOn(console, "log").mockImplementation(() => undefined);
  await clearInsights();
});

async function signedQuery(token: string, encrypt: string, nonce: string) {
  const timestamp = nowSeconds();
  return `msg_signature=${await signParts([token, timestamp, nonce, encrypt])}&timestamp=${timestamp}&nonce=${nonce}`;
}

const channels = {
  wechat: async (user: string, msgId: string) => {
    const { q, body } = await sealedWeChatRequest(messageXml({ from: user, content: question, msgId }));
    return new Request(`${ORIGIN}/wechat?${q}`, { method: "POST", body, headers: { "content-type": "text/xml" } });
  },
  wecom: async (user: string, msgId: string) => {
    const crypt = await createMsgCrypt(WECOM.key, WECOM.corpId);
    const encrypt = await crypt.encrypt(messageXml({ from: user, to: WECOM.corpId, content: question, msgId }));
    const body = `<xml><ToUserName><![CDATA[${WECOM.corpId}]]></ToUserName><Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>`;
    const q = await signedQuery(WECOM.token, encrypt, String(Math.random()).slice(2));
    return new Request(`${ORIGIN}/wecom?${q}`, { method: "POST", body, headers: { "content-type": "text/xml" } });
  },
  "wecom-bot": async (user: string, msgId: string) => {
    const message = { msgid: msgId, aibotid: "AIBOT", chattype: "single", from: { userid: user }, msgtype: "text" };
    const crypt = await createMsgCrypt(BOT.key, "");
    const encrypt = await crypt.encrypt(JSON.stringify({ ...message, text: { content: question } }));
    const q = await signedQuery(BOT.token, encrypt, String(Math.random()).slice(2));
    return new Request(`${ORIGIN}/wecom/bot?${q}`, {
      method: "POST",
      body: JSON.stringify({ encrypt }),
      headers: { "content-type": "application/json" },
    });
  },
  dingtalk: async (user: string, msgId: string) => {
    // Each try gets its own timestamp, as DingTalk's retries do; the msgId stays.
    const timestamp = String(Date.now() + Math.floor(Math.random() * 1000));
    const body = {
      ...vectors.message.body,
      msgId,
      conversationId: `cid${user}`,
      senderId: user,
      senderStaffId: user,
      text: { content: question },
    };
    return new Request(`${ORIGIN}/dingtalk`, {
      method: "POST",
      headers: { "content-type": "application/json", timestamp, sign: await signDingTalk(timestamp, "this is secret") },
      body: JSON.stringify(body),
    });
  },
};

describe.each(Object.entries(channels))("%s", (channel, request) => {
  it("writes one row per message, retries included, and no user id", async () => {
    const user = newUser();
    const msgId = newMsgId();
    const first = await fetchAndSettle(await request(user, msgId));
    expect(first.status).toBe(200);
    // The platform retries with the same MsgId (a new nonce and signature): the same reply, no second row.
    expect((await fetchAndSettle(await request(user, msgId))).status).toBe(200);
    const rows = await storedAnswers();
    expect(rows).toEqual([
      expect.objectContaining({ channel, intent: "answer", found: 1, script: "hans", question: null }),
    ]);
    expect(JSON.parse(rows[0]!.citations)).not.toEqual([]);
    expect(JSON.stringify(rows)).not.toContain(user);
    // A new message is a new row.
    await fetchAndSettle(await request(user, newMsgId()));
    expect(await storedAnswers()).toHaveLength(2);
  });
});

it("the Official Account writes the row of a voice message's recognition too", async () => {
  const xml = messageXml({
    from: newUser(),
    type: "voice",
    msgId: newMsgId(),
    extra: { Recognition: "河北省的GDP是多少", MediaId: "m", Format: "amr" },
  });
  const { q, body } = await sealedWeChatRequest(xml);
  await fetchAndSettle(`${ORIGIN}/wechat?${q}`, { method: "POST", body, headers: { "content-type": "text/xml" } });
  expect(await storedAnswers()).toEqual([
    expect.objectContaining({ channel: "wechat", intent: "no_answer", question: "河北省的GDP是多少" }),
  ]);
});

it("Feishu (answered in waitUntil after the acknowledgement) writes its row too, without the open_id", async () => {
  const KEY = "test key";
  const event = structuredClone(feishuVectors.message_receive.event);
  const id = newMsgId();
  event.header.event_id = `ev${id}`;
  Object.assign(event.event.message, {
    message_id: `om_${id}`,
    chat_id: `oc_${id}`,
    chat_type: "p2p",
    content: JSON.stringify({ text: question }),
    mentions: [],
  });
  const body = JSON.stringify({ encrypt: await encryptFeishu(KEY, JSON.stringify(event)) });
  const timestamp = String(Math.floor(Date.now() / 1000));
  const nonce = `n${id}`;
  const res = await fetchAndSettle(
    new Request(`${ORIGIN}/feishu`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-lark-request-timestamp": timestamp,
        "x-lark-request-nonce": nonce,
        "x-lark-signature": await signFeishu(timestamp, nonce, KEY, body),
      },
      body,
    }),
    undefined,
    { FEISHU_API_BASE: inject("feishuApi") },
  );
  expect(res.status).toBe(200);
  // The row is written in a waitUntil begun inside the reply's own waitUntil.
  await vi.waitFor(async () => expect(await storedAnswers()).toHaveLength(1));
  const rows = await storedAnswers();
  expect(rows).toEqual([expect.objectContaining({ channel: "feishu", intent: "answer", found: 1, question: null })]);
  expect(JSON.stringify(rows)).not.toContain(event.event.sender.sender_id.open_id);
});
