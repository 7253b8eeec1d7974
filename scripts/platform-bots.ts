// What DingTalk and Feishu compute on their side, with Node's crypto and apart from the worker's own code
// (worker/channels/dingtalk/sign.ts, worker/channels/feishu/event-crypt.ts), so that the tools playing the
// platforms (npm run dingtalk / feishu, npm run load) check the worker rather than repeat it.
import { createCipheriv, createHash, createHmac, randomBytes } from "node:crypto";

/** DingTalk: base64(HMAC-SHA256(key = appSecret, timestamp + "\n" + appSecret)), timestamp in ms. */
export function dingtalkSign(timestamp: string, appSecret: string): string {
  return createHmac("sha256", appSecret).update(`${timestamp}\n${appSecret}`).digest("base64");
}

/** Feishu: base64(IV ‖ AES-256-CBC(key = SHA-256(Encrypt Key), PKCS#7)). */
export function feishuEncrypt(encryptKey: string, plaintext: string): string {
  const key = createHash("sha256").update(encryptKey).digest();
  const iv = randomBytes(16);
  const cipher = createCipheriv("aes-256-cbc", key, iv);
  return Buffer.concat([iv, cipher.update(plaintext, "utf8"), cipher.final()]).toString("base64");
}

/** Feishu's X-Lark-Signature: hex SHA-256 of timestamp + nonce + Encrypt Key + body. */
export function feishuSignature(timestamp: string, nonce: string, encryptKey: string, body: string): string {
  return createHash("sha256")
    .update(timestamp + nonce + encryptKey + body)
    .digest("hex");
}

/** A signed, encrypted im.message.receive_v1 push, as Feishu posts it. */
export function feishuMessagePush(o: {
  encryptKey: string;
  token: string;
  appId: string;
  text: string;
  eventId: string;
  messageId: string;
  chatId: string;
  openId: string;
  chatType?: "p2p" | "group";
}): { headers: Record<string, string>; body: string } {
  const event = {
    schema: "2.0",
    header: {
      event_id: o.eventId,
      event_type: "im.message.receive_v1",
      create_time: String(Date.now()),
      token: o.token,
      app_id: o.appId,
      tenant_key: "tenant",
    },
    event: {
      sender: { sender_id: { open_id: o.openId }, sender_type: "user", tenant_key: "tenant" },
      message: {
        message_id: o.messageId,
        create_time: String(Date.now()),
        chat_id: o.chatId,
        chat_type: o.chatType ?? "p2p",
        message_type: "text",
        content: JSON.stringify({ text: o.text }),
      },
    },
  };
  const body = JSON.stringify({ encrypt: feishuEncrypt(o.encryptKey, JSON.stringify(event)) });
  const timestamp = String(Math.floor(Date.now() / 1000));
  const nonce = randomBytes(8).toString("hex");
  return {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "x-lark-request-timestamp": timestamp,
      "x-lark-request-nonce": nonce,
      "x-lark-signature": feishuSignature(timestamp, nonce, o.encryptKey, body),
    },
    body,
  };
}
