// Official Account message server (公众号服务器配置): GET is the URL check, POST a user message.
// verify → parse → answer() (through the user's ChatState) → format. Protocol: docs/WECHAT.md
import { type Context, Hono } from "hono";
import type { Env } from "../../env.ts";
import { callbackBodyLimit } from "../common/callback-body-limit.ts";
import { cryptFor, freshQuery, parseMessageXml } from "../common/channel-request.ts";
import { sealReply, toEnvelopeXml } from "../common/envelope.ts";
import { isFresh } from "../common/freshness.ts";
import type { MsgCrypt } from "../common/msg-crypt.ts";
import { openSealed } from "../common/open-sealed.ts";
import { rawQuery } from "../common/raw-query.ts";
import { notConfigured, refuse, warnSetupOnce } from "../common/refuse.ts";
import { replyXml } from "../common/reply-xml.ts";
import { verifySignature } from "../common/signature.ts";
import { hasDoctypeOrEntity } from "../common/xml.ts";

type WeChatContext = Context<{ Bindings: Env }>;

function missingSettings(env: Env): string[] {
  const missing = env.WECHAT_TOKEN ? [] : ["WECHAT_TOKEN"];
  // Safe mode needs the AppID: it is the receiveid every decrypted message must end with.
  if (env.WECHAT_ENCODING_AES_KEY && !env.WECHAT_APPID) missing.push("WECHAT_APPID");
  return missing;
}

async function verifyUrl(c: WeChatContext) {
  const token = c.env.WECHAT_TOKEN;
  if (!token) return notConfigured(c, "wechat", ["WECHAT_TOKEN"]);
  const q = rawQuery(c.req.url);
  const [signature, timestamp, nonce, echostr] = ["signature", "timestamp", "nonce", "echostr"].map((k) => q.get(k));
  if (!signature || !timestamp || !nonce || echostr === undefined)
    return refuse(c, "wechat", 400, "missing_parameters");
  if (!isFresh(timestamp)) return refuse(c, "wechat", 403, "stale_timestamp");
  if (!(await verifySignature([token, timestamp, nonce], signature)))
    return refuse(c, "wechat", 401, "bad_signature", { code: -40001 });
  return c.text(echostr);
}

async function receiveMessage(c: WeChatContext) {
  const missing = missingSettings(c.env);
  if (missing.length) return notConfigured(c, "wechat", missing);
  const token = c.env.WECHAT_TOKEN!;
  const aesKey = c.env.WECHAT_ENCODING_AES_KEY;
  const query = freshQuery(c, "wechat");
  if (query instanceof Response) return query;
  const { q, timestamp, nonce } = query;

  const body = await c.req.text();
  if (hasDoctypeOrEntity(body)) return refuse(c, "wechat", 400, "doctype_refused");

  // The console's 消息加解密方式 decides what arrives; the worker follows it and logs a mismatch once.
  const encrypted = q.get("encrypt_type") === "aes";
  let fields: Record<string, string> | Response;
  let crypt: MsgCrypt | undefined;
  if (encrypted && aesKey) {
    const made = await cryptFor(c, "wechat", aesKey, c.env.WECHAT_APPID!, "WECHAT_ENCODING_AES_KEY");
    if (made instanceof Response) return made;
    crypt = made;
    const outer = parseMessageXml(c, "wechat", body);
    if (outer instanceof Response) return outer;
    const opened = await openSealed(c, "wechat", {
      token,
      crypt: made,
      timestamp,
      nonce,
      msgSignature: q.get("msg_signature"),
      encrypt: outer.Encrypt,
    });
    if ("refused" in opened) return opened.refused;
    fields = parseMessageXml(c, "wechat", opened.plaintext);
  } else {
    // Plaintext mode, or compatible/safe mode without a key: only the plain signature can be checked.
    const signature = q.get("signature");
    if (!signature) return refuse(c, "wechat", 401, "missing_signature");
    if (!(await verifySignature([token, timestamp, nonce], signature)))
      return refuse(c, "wechat", 401, "bad_signature", { code: -40001 });
    fields = parseMessageXml(c, "wechat", body);
    if (fields instanceof Response) return fields;
    if (encrypted && !fields.MsgType) {
      // Safe mode (安全模式) sends only Encrypt: nothing can be read without the key.
      warnSetupOnce(
        "wechat",
        "safe_mode_without_key",
        "The console is in 安全模式 but WECHAT_ENCODING_AES_KEY is not set: put the console's EncodingAESKey (and WECHAT_APPID) in the worker's secrets.",
      );
      return refuse(c, "wechat", 400, "safe_mode_not_configured");
    }
    if (encrypted) {
      // Compatible mode (兼容模式) sends the plain fields beside Encrypt: answer from them, in plaintext,
      // which the platform accepts in this mode.
      warnSetupOnce(
        "wechat",
        "compatible_mode_without_key",
        "The console is in 兼容模式 but WECHAT_ENCODING_AES_KEY is not set: answering from the plain fields. Set the key (and WECHAT_APPID) to read the encrypted part.",
      );
    } else if (aesKey) {
      // A key is set but the console sends plaintext (明文模式): the console decides the mode, so answer;
      // a passive reply goes back only to whoever posted, so a forged body gains no more than /api/ask.
      warnSetupOnce(
        "wechat",
        "plaintext_mode_with_key",
        "WECHAT_ENCODING_AES_KEY is set but the console sends plaintext (明文模式): switch 消息加解密方式 to 安全模式, or remove the secret.",
      );
    }
  }
  if (fields instanceof Response) return fields;
  const xml = await replyXml(c, "wechat", fields, { timestamp, nonce, bodySigned: crypt !== undefined });
  if (xml instanceof Response) return xml;
  if (!crypt) return c.body(xml, 200, { "content-type": "application/xml; charset=utf-8" });
  return c.body(toEnvelopeXml(await sealReply(crypt, token, xml)), 200, {
    "content-type": "application/xml; charset=utf-8",
  });
}

export const wechatApp = new Hono<{ Bindings: Env }>()
  .get("/", verifyUrl)
  .post("/", callbackBodyLimit("wechat"), receiveMessage);
