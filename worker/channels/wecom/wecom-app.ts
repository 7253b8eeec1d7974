// WeCom self-built app callback (企业微信 自建应用 接收消息): always encrypted, receiveid = CorpID.
// GET decrypts echostr for the URL check; POST is a user message, answered with an encrypted passive reply.
import { type Context, Hono } from "hono";
import type { Env } from "../../env.ts";
import { callbackBodyLimit } from "../common/callback-body-limit.ts";
import { cryptFor, freshQuery, parseMessageXml } from "../common/channel-request.ts";
import { sealReply, toEnvelopeXml } from "../common/envelope.ts";
import type { MsgCrypt } from "../common/msg-crypt.ts";
import { openSealed } from "../common/open-sealed.ts";
import { notConfigured } from "../common/refuse.ts";
import { replyXml } from "../common/reply-xml.ts";
import { wecomBotApp } from "./bot-app.ts";

type WeComContext = Context<{ Bindings: Env }>;

interface Checked {
  token: string;
  crypt: MsgCrypt;
  timestamp: string;
  nonce: string;
  q: Map<string, string>;
}

// Settings, then the query's timestamp and nonce: what GET and POST share before any decrypting.
async function check(c: WeComContext): Promise<Checked | Response> {
  const { WECOM_TOKEN: token, WECOM_CORP_ID: corpId, WECOM_ENCODING_AES_KEY: aesKey } = c.env;
  if (!token || !corpId || !aesKey) {
    return notConfigured(
      c,
      "wecom",
      [!token && "WECOM_TOKEN", !corpId && "WECOM_CORP_ID", !aesKey && "WECOM_ENCODING_AES_KEY"].filter(
        (s): s is string => !!s,
      ),
    );
  }
  const crypt = await cryptFor(c, "wecom", aesKey, corpId, "WECOM_ENCODING_AES_KEY");
  if (crypt instanceof Response) return crypt;
  const query = freshQuery(c, "wecom");
  if (query instanceof Response) return query;
  return { token, crypt, ...query };
}

async function verifyUrl(c: WeComContext) {
  const checked = await check(c);
  if (checked instanceof Response) return checked;
  const { q, ...r } = checked;
  const opened = await openSealed(c, "wecom", {
    ...r,
    msgSignature: q.get("msg_signature"),
    encrypt: q.get("echostr"),
  });
  if ("refused" in opened) return opened.refused;
  // The decrypted echostr, with nothing around it (no quotes, no newline).
  return c.text(opened.plaintext);
}

async function receiveMessage(c: WeComContext) {
  const checked = await check(c);
  if (checked instanceof Response) return checked;
  const { q, token, crypt } = checked;
  const body = await c.req.text();
  const outer = parseMessageXml(c, "wecom", body);
  if (outer instanceof Response) return outer;
  const opened = await openSealed(c, "wecom", {
    ...checked,
    msgSignature: q.get("msg_signature"),
    encrypt: outer.Encrypt,
  });
  if ("refused" in opened) return opened.refused;
  const fields = parseMessageXml(c, "wecom", opened.plaintext);
  if (fields instanceof Response) return fields;
  const xml = await replyXml(c, "wecom", fields, { ...checked, bodySigned: true });
  if (xml instanceof Response) return xml;
  return c.body(toEnvelopeXml(await sealReply(crypt, token, xml)), 200, {
    "content-type": "application/xml; charset=utf-8",
  });
}

export const wecomApp = new Hono<{ Bindings: Env }>()
  .route("/bot", wecomBotApp)
  .get("/", verifyUrl)
  .post("/", callbackBodyLimit("wecom"), receiveMessage);
