// Tencent's safe mode (WXBizMsgCrypt) as one middleware: the Official Account in 安全模式, the WeCom app and the
// WeCom bot all sign the ciphertext (msg_signature = SHA-1 of Token, timestamp, nonce and Encrypt) and seal the
// message with the EncodingAESKey. Spec: docs/WECHAT.md and msg-crypt.ts.
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { Env } from "../../env.ts";
import { freshQuery, parseMessageXml } from "./channel-request.ts";
import { sealReply } from "./envelope.ts";
import { createMsgCrypt, type MsgCrypt, MsgCryptError } from "./msg-crypt.ts";
import { type Channel, notConfigured, refuse } from "./refuse.ts";
import { verifySignature } from "./signature.ts";
import type { TencentEnv } from "./verified.ts";

type Setting = { [K in keyof Env]-?: Env[K] extends string | undefined ? K : never }[keyof Env];

/** A sealed channel's settings, by binding name. */
export interface SealedChannel {
  channel: Channel;
  token: Setting;
  aesKey: Setting;
  /** What every decrypted message must end with (AppID, CorpID); none for the WeCom bot, whose receiveid is "". */
  receiveId?: Setting;
}

/** Where the ciphertext travels: a URL check's echostr, Encrypt of an XML body, encrypt of a JSON body (bot). */
export type Ciphertext = "echostr" | "xml" | "json";

const crypts = new Map<string, Promise<MsgCrypt>>();

/** One imported key per (key, receiveid) and isolate: importKey is not free and settings rarely change. */
export function msgCryptFor(encodingAesKey: string, receiveId: string): Promise<MsgCrypt> {
  const id = `${encodingAesKey}\u0000${receiveId}`;
  let crypt = crypts.get(id);
  if (!crypt) {
    crypt = createMsgCrypt(encodingAesKey, receiveId);
    crypt.catch(() => crypts.delete(id));
    crypts.set(id, crypt);
  }
  return crypt;
}

// The settings first: a channel without them (or with a malformed EncodingAESKey) is closed to every request.
async function keysOf(c: Context<TencentEnv>, s: SealedChannel) {
  const names = [s.token, s.receiveId, s.aesKey].filter((n): n is Setting => n !== undefined);
  const missing = names.filter((n) => !c.env[n]);
  if (missing.length) return notConfigured(c, s.channel, missing);
  try {
    const crypt = await msgCryptFor(c.env[s.aesKey]!, s.receiveId ? c.env[s.receiveId]! : "");
    return { token: c.env[s.token]!, crypt };
  } catch (e) {
    if (e instanceof MsgCryptError) return notConfigured(c, s.channel, [`a valid ${s.aesKey} (43 characters)`]);
    throw e;
  }
}

async function ciphertextOf(
  c: Context,
  channel: Channel,
  from: Ciphertext,
  q: Map<string, string>,
): Promise<string | undefined | Response> {
  if (from === "echostr") return q.get("echostr");
  const body = await c.req.text();
  if (from === "xml") {
    const outer = parseMessageXml(c, channel, body);
    return outer instanceof Response ? outer : outer.Encrypt;
  }
  try {
    const outer: unknown = JSON.parse(body);
    const encrypt = typeof outer === "object" && outer !== null ? (outer as { encrypt?: unknown }).encrypt : undefined;
    return typeof encrypt === "string" ? encrypt : undefined;
  } catch {
    return refuse(c, channel, 400, "bad_json");
  }
}

/**
 * Settings, then a fresh timestamp and a nonce, then msg_signature over the ciphertext, then decryption: the
 * plaintext goes on the context as `message`, with `seal` for the reply. Each failure is the channel's refusal.
 */
export const verifySealed = (s: SealedChannel, from: Ciphertext) =>
  createMiddleware<TencentEnv>(async (c, next) => {
    const { channel } = s;
    const keys = await keysOf(c, s);
    if (keys instanceof Response) return keys;
    const query = freshQuery(c, channel);
    if (query instanceof Response) return query;
    const { q, timestamp, nonce } = query;
    const encrypt = await ciphertextOf(c, channel, from, q);
    if (encrypt instanceof Response) return encrypt;
    if (!encrypt) return refuse(c, channel, 400, "missing_encrypt");
    const msgSignature = q.get("msg_signature");
    if (!msgSignature) return refuse(c, channel, 401, "missing_msg_signature");
    if (!(await verifySignature([keys.token, timestamp, nonce, encrypt], msgSignature)))
      return refuse(c, channel, 401, "bad_msg_signature", { code: -40001 });
    try {
      c.set("message", await keys.crypt.decrypt(encrypt));
    } catch (e) {
      if (e instanceof MsgCryptError) return refuse(c, channel, 400, e.reason, { code: e.code });
      throw e;
    }
    c.set("signed", { timestamp, nonce, bodySigned: true });
    c.set("seal", (reply) => sealReply(keys.crypt, keys.token, reply));
    await next();
  });
