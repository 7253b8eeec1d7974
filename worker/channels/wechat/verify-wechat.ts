// The Official Account's two ways of signing (docs/WECHAT.md): `signature` over Token, timestamp and nonce (the
// URL check, 明文模式), and in 安全模式 msg_signature over the ciphertext too (verifySealed). The console's
// 消息加解密方式 decides what arrives; the worker follows it and logs a mismatch with its settings once.
import { createMiddleware } from "hono/factory";
import type { Env } from "../../env.ts";
import { freshQuery, parseMessageXml } from "../common/channel-request.ts";
import { isFresh } from "../common/freshness.ts";
import { rawQuery } from "../common/raw-query.ts";
import { notConfigured, refuse, warnSetupOnce } from "../common/refuse.ts";
import { verifySignature } from "../common/signature.ts";
import type { TencentEnv, Verified } from "../common/verified.ts";
import { type SealedChannel, verifySealed } from "../common/verify-sealed.ts";
import { hasDoctypeOrEntity } from "../common/xml.ts";

const WECHAT: SealedChannel = {
  channel: "wechat",
  token: "WECHAT_TOKEN",
  aesKey: "WECHAT_ENCODING_AES_KEY",
  // Safe mode's receiveid: every decrypted message must end with the AppID.
  receiveId: "WECHAT_APPID",
};
const verifySafeMode = verifySealed(WECHAT, "xml");

function missingSettings(env: Env): string[] {
  const missing = env.WECHAT_TOKEN ? [] : ["WECHAT_TOKEN"];
  if (env.WECHAT_ENCODING_AES_KEY && !env.WECHAT_APPID) missing.push("WECHAT_APPID");
  return missing;
}

/** The URL check (GET): `signature` over Token, timestamp and nonce; the echostr to send back is the message. */
export const verifyWeChatUrl = createMiddleware<Verified<string>>(async (c, next) => {
  const token = c.env.WECHAT_TOKEN;
  if (!token) return notConfigured(c, "wechat", ["WECHAT_TOKEN"]);
  const q = rawQuery(c.req.url);
  const [signature, timestamp, nonce, echostr] = ["signature", "timestamp", "nonce", "echostr"].map((k) => q.get(k));
  if (!signature || !timestamp || !nonce || echostr === undefined)
    return refuse(c, "wechat", 400, "missing_parameters");
  if (!isFresh(timestamp)) return refuse(c, "wechat", 403, "stale_timestamp");
  if (!(await verifySignature([token, timestamp, nonce], signature)))
    return refuse(c, "wechat", 401, "bad_signature", { code: -40001 });
  c.set("message", echostr);
  await next();
});

/**
 * A message (POST): opened by verifySealed when it is encrypted and the key is set; else only the plain
 * signature can be checked, and the message is the body as it came.
 */
export const verifyWeChatMessage = createMiddleware<TencentEnv>(async (c, next) => {
  const missing = missingSettings(c.env);
  if (missing.length) return notConfigured(c, "wechat", missing);
  const encrypted = rawQuery(c.req.url).get("encrypt_type") === "aes";
  if (encrypted && c.env.WECHAT_ENCODING_AES_KEY) return verifySafeMode(c, next);

  const query = freshQuery(c, "wechat");
  if (query instanceof Response) return query;
  const { q, timestamp, nonce } = query;
  const body = await c.req.text();
  if (hasDoctypeOrEntity(body)) return refuse(c, "wechat", 400, "doctype_refused");
  const signature = q.get("signature");
  if (!signature) return refuse(c, "wechat", 401, "missing_signature");
  if (!(await verifySignature([c.env.WECHAT_TOKEN!, timestamp, nonce], signature)))
    return refuse(c, "wechat", 401, "bad_signature", { code: -40001 });
  if (encrypted) {
    // Compatible or safe mode without a key: whether plain fields came beside Encrypt tells them apart.
    const fields = parseMessageXml(c, "wechat", body);
    if (fields instanceof Response) return fields;
    if (!fields.MsgType) {
      // Safe mode (安全模式) sends only Encrypt: nothing can be read without the key.
      warnSetupOnce(
        "wechat",
        "safe_mode_without_key",
        "The console is in 安全模式 but WECHAT_ENCODING_AES_KEY is not set: put the console's EncodingAESKey (and WECHAT_APPID) in the worker's secrets.",
      );
      return refuse(c, "wechat", 400, "safe_mode_not_configured");
    }
    // Compatible mode (兼容模式) sends the plain fields beside Encrypt: answer from them, in plaintext,
    // which the platform accepts in this mode.
    warnSetupOnce(
      "wechat",
      "compatible_mode_without_key",
      "The console is in 兼容模式 but WECHAT_ENCODING_AES_KEY is not set: answering from the plain fields. Set the key (and WECHAT_APPID) to read the encrypted part.",
    );
  } else if (c.env.WECHAT_ENCODING_AES_KEY) {
    // A key is set but the console sends plaintext (明文模式): the console decides the mode, so answer;
    // a passive reply goes back only to whoever posted, so a forged body gains no more than /api/ask.
    warnSetupOnce(
      "wechat",
      "plaintext_mode_with_key",
      "WECHAT_ENCODING_AES_KEY is set but the console sends plaintext (明文模式): switch 消息加解密方式 to 安全模式, or remove the secret.",
    );
  }
  c.set("message", body);
  c.set("signed", { timestamp, nonce, bodySigned: false });
  await next();
});
