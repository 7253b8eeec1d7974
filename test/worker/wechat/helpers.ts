// Plays the platform in tests: signs, encrypts and posts like WeChat/WeCom, and opens the encrypted replies.
import { SELF } from "cloudflare:test";
import { expect } from "vitest";
import { createMsgCrypt, type MsgCrypt } from "../../../worker/channels/common/msg-crypt.ts";
import { signParts, verifySignature } from "../../../worker/channels/common/signature.ts";
import { parseFlatXml } from "../../../worker/channels/common/xml.ts";

/** The bindings of test/vitest.worker.config.ts. */
export const WECHAT = {
  token: "spamtest",
  appid: "wx2c2769f8efd9abc2",
  key: "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG",
  account: "gh_10f6c3c3ac5a",
};
export const WECOM = {
  token: "QDG6eK",
  corpId: "wx5823bf96d3bd56c7",
  key: "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C",
};
export const BOT = { token: "123456", key: "kWxPEV2UEDyxWpmPdKC3F4dgPDmOvfKX1HGnEUDS1aR" };

export const ORIGIN = "https://bot.example";
export const nowSeconds = () => String(Math.floor(Date.now() / 1000));
export const newUser = () => `o${crypto.randomUUID().replaceAll("-", "").slice(0, 27)}`;
let nextMsgId = BigInt(Date.now()) * 1000n;
export const newMsgId = () => String(nextMsgId++);

export interface MessageFields {
  from: string;
  to?: string;
  type?: string;
  content?: string;
  msgId?: string;
  extra?: Record<string, string>;
}

export function messageXml(m: MessageFields): string {
  const fields: Record<string, string> = {
    ToUserName: m.to ?? WECHAT.account,
    FromUserName: m.from,
    CreateTime: nowSeconds(),
    MsgType: m.type ?? "text",
    ...(m.content !== undefined ? { Content: m.content } : {}),
    ...(m.msgId ? { MsgId: m.msgId } : {}),
    ...m.extra,
  };
  return `<xml>${Object.entries(fields)
    .map(([k, v]) => (/^\d+$/.test(v) ? `<${k}>${v}</${k}>` : `<${k}><![CDATA[${v}]]></${k}>`))
    .join("\n")}</xml>`;
}

/** A fresh nonce, as the platform sends one per request (the replay cache refuses a reused one). */
export const newNonce = () => String(Math.floor(Math.random() * 1e9));

export async function plainQuery(token: string, timestamp = nowSeconds(), nonce = newNonce()) {
  return new URLSearchParams({ signature: await signParts([token, timestamp, nonce]), timestamp, nonce, openid: "x" });
}

/** Official Account safe mode (only Encrypt) or compatible mode (plain fields too), as the platform posts it. */
export async function sealedWeChatRequest(
  xml: string,
  options: { compat?: boolean; timestamp?: string; crypt?: MsgCrypt } = {},
) {
  const crypt = options.crypt ?? (await createMsgCrypt(WECHAT.key, WECHAT.appid));
  const timestamp = options.timestamp ?? nowSeconds();
  const nonce = String(Math.floor(Math.random() * 1e9));
  const encrypt = await crypt.encrypt(xml);
  const q = new URLSearchParams({
    signature: await signParts([WECHAT.token, timestamp, nonce]),
    timestamp,
    nonce,
    openid: "x",
    encrypt_type: "aes",
    msg_signature: await signParts([WECHAT.token, timestamp, nonce, encrypt]),
  });
  const plainFields = options.compat
    ? xml.replace(/^<xml>|<\/xml>$/g, "")
    : `<ToUserName><![CDATA[${WECHAT.account}]]></ToUserName>`;
  const body = `<xml>${plainFields}<Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>`;
  return { q, body, encrypt, timestamp, nonce };
}

export function post(path: string, q: URLSearchParams | string, body: string, contentType = "text/xml") {
  return SELF.fetch(`${ORIGIN}${path}?${q}`, { method: "POST", body, headers: { "content-type": contentType } });
}

/** Checks the reply envelope's signature and opens it: the fields of the inner reply. */
export async function openReply(res: Response, token: string, crypt: MsgCrypt): Promise<Record<string, string>> {
  expect(res.status).toBe(200);
  const envelope = parseFlatXml(await res.text());
  expect(Object.keys(envelope).sort()).toEqual(["Encrypt", "MsgSignature", "Nonce", "TimeStamp"]);
  expect(Math.abs(Number(envelope.TimeStamp) - Date.now() / 1000)).toBeLessThan(60);
  expect(
    await verifySignature([token, envelope.TimeStamp!, envelope.Nonce!, envelope.Encrypt!], envelope.MsgSignature!),
  ).toBe(true);
  return parseFlatXml(await crypt.decrypt(envelope.Encrypt!));
}

/** Posts a message in safe mode to /wechat and returns the decrypted reply's fields. */
export async function askWeChat(m: MessageFields, compat = false): Promise<Record<string, string>> {
  const crypt = await createMsgCrypt(WECHAT.key, WECHAT.appid);
  const { q, body } = await sealedWeChatRequest(messageXml(m), { compat, crypt });
  return openReply(await post("/wechat", q, body), WECHAT.token, crypt);
}
