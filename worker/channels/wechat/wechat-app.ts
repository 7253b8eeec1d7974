// Official Account message server (公众号服务器配置): GET is the URL check, POST a user message.
// verify → parse → answer() (through the user's ChatState) → format. Protocol: /work/shared/protocols/wechat.md
import { type Context, Hono } from "hono";
import type { Env } from "../../env.ts";
import { cryptFor, freshQuery, parseMessageXml } from "../common/channel-request.ts";
import { sealReply, toEnvelopeXml } from "../common/envelope.ts";
import { isFresh } from "../common/freshness.ts";
import { openSealed } from "../common/open-sealed.ts";
import { rawQuery } from "../common/raw-query.ts";
import { readBodyLimited } from "../common/read-body.ts";
import { notConfigured, refuse } from "../common/refuse.ts";
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

  const body = await readBodyLimited(c.req.raw);
  if (body === null) return refuse(c, "wechat", 413, "body_too_large");
  if (hasDoctypeOrEntity(body)) return refuse(c, "wechat", 400, "doctype_refused");

  const encrypted = q.get("encrypt_type") === "aes";
  let fields: Record<string, string> | Response;
  let crypt;
  if (aesKey) {
    // The plain signature does not cover the body (a captured query string replays with any body):
    // once an EncodingAESKey is set, only msg_signature-checked, encrypted messages are accepted.
    if (!encrypted) return refuse(c, "wechat", 401, "plaintext_refused_in_safe_mode");
    crypt = await cryptFor(c, "wechat", aesKey, c.env.WECHAT_APPID!, "WECHAT_ENCODING_AES_KEY");
    if (crypt instanceof Response) return crypt;
    const outer = parseMessageXml(c, "wechat", body);
    if (outer instanceof Response) return outer;
    const opened = await openSealed(c, "wechat", {
      token,
      crypt,
      timestamp,
      nonce,
      msgSignature: q.get("msg_signature"),
      encrypt: outer.Encrypt,
    });
    if ("refused" in opened) return opened.refused;
    fields = parseMessageXml(c, "wechat", opened.plaintext);
  } else {
    if (encrypted) return refuse(c, "wechat", 400, "safe_mode_not_configured");
    const signature = q.get("signature");
    if (!signature) return refuse(c, "wechat", 401, "missing_signature");
    if (!(await verifySignature([token, timestamp, nonce], signature)))
      return refuse(c, "wechat", 401, "bad_signature", { code: -40001 });
    fields = parseMessageXml(c, "wechat", body);
  }
  if (fields instanceof Response) return fields;
  const xml = await replyXml(c, "wechat", fields);
  if (xml instanceof Response) return xml;
  if (!crypt) return c.body(xml, 200, { "content-type": "application/xml; charset=utf-8" });
  return c.body(toEnvelopeXml(await sealReply(crypt, token, xml)), 200, {
    "content-type": "application/xml; charset=utf-8",
  });
}

export const wechatApp = new Hono<{ Bindings: Env }>()
  .get("/", verifyUrl)
  .post("/", receiveMessage)
  .all("/", (c) =>
    c.json(
      { error: { code: "method_not_allowed", message: "The WeChat message server takes GET (URL check) and POST." } },
      405,
    ),
  );
