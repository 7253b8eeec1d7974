// WeCom self-built app callback (企业微信 自建应用 接收消息): always encrypted, receiveid = CorpID.
// GET decrypts echostr for the URL check; POST is a user message, answered with an encrypted passive reply.
import { Hono, type Context } from "hono";
import type { Env } from "../../env.ts";
import { sealReply, toEnvelopeXml } from "../common/envelope.ts";
import { isFresh } from "../common/freshness.ts";
import { replyXml } from "../common/reply-xml.ts";
import { MsgCryptError, type MsgCrypt } from "../common/msg-crypt.ts";
import { msgCryptFor, openSealed } from "../common/open-sealed.ts";
import { rawQuery } from "../common/raw-query.ts";
import { readBodyLimited } from "../common/read-body.ts";
import { notConfigured, refuse } from "../common/refuse.ts";
import { hasDoctypeOrEntity, parseFlatXml, XmlError } from "../common/xml.ts";
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
    return notConfigured(c, "wecom", [!token && "WECOM_TOKEN", !corpId && "WECOM_CORP_ID", !aesKey && "WECOM_ENCODING_AES_KEY"].filter((s): s is string => !!s));
  }
  let crypt: MsgCrypt;
  try {
    crypt = await msgCryptFor(aesKey, corpId);
  } catch (e) {
    if (e instanceof MsgCryptError) return notConfigured(c, "wecom", ["a valid WECOM_ENCODING_AES_KEY (43 characters)"]);
    throw e;
  }
  const q = rawQuery(c.req.url);
  const timestamp = q.get("timestamp");
  const nonce = q.get("nonce");
  if (!timestamp || !nonce) return refuse(c, "wecom", 400, "missing_parameters");
  if (!isFresh(timestamp)) return refuse(c, "wecom", 403, "stale_timestamp");
  return { token, crypt, timestamp, nonce, q };
}

function parse(c: WeComContext, xml: string): Record<string, string> | Response {
  if (hasDoctypeOrEntity(xml)) return refuse(c, "wecom", 400, "doctype_refused");
  try {
    return parseFlatXml(xml);
  } catch (e) {
    if (e instanceof XmlError) return refuse(c, "wecom", 400, "bad_xml", { code: -40002 });
    throw e;
  }
}

async function verifyUrl(c: WeComContext) {
  const checked = await check(c);
  if (checked instanceof Response) return checked;
  const { q, ...r } = checked;
  const opened = await openSealed(c, "wecom", { ...r, msgSignature: q.get("msg_signature"), encrypt: q.get("echostr") });
  if ("refused" in opened) return opened.refused;
  // The decrypted echostr, with nothing around it (no quotes, no newline).
  return c.text(opened.plaintext);
}

async function receiveMessage(c: WeComContext) {
  const checked = await check(c);
  if (checked instanceof Response) return checked;
  const { q, token, crypt } = checked;
  const body = await readBodyLimited(c.req.raw);
  if (body === null) return refuse(c, "wecom", 413, "body_too_large");
  const outer = parse(c, body);
  if (outer instanceof Response) return outer;
  const opened = await openSealed(c, "wecom", { ...checked, msgSignature: q.get("msg_signature"), encrypt: outer.Encrypt });
  if ("refused" in opened) return opened.refused;
  const fields = parse(c, opened.plaintext);
  if (fields instanceof Response) return fields;
  const xml = await replyXml(c, "wecom", fields);
  if (xml instanceof Response) return xml;
  return c.body(toEnvelopeXml(await sealReply(crypt, token, xml)), 200, { "content-type": "application/xml; charset=utf-8" });
}

export const wecomApp = new Hono<{ Bindings: Env }>()
  .route("/bot", wecomBotApp)
  .get("/", verifyUrl)
  .post("/", receiveMessage)
  .all("/", (c) => c.json({ error: { code: "method_not_allowed", message: "The WeCom callback takes GET (URL check) and POST." } }, 405));
