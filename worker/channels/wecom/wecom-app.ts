// WeCom self-built app callback (企业微信 自建应用 接收消息): always encrypted, receiveid = CorpID.
// GET decrypts echostr for the URL check; POST is a user message: verify → parse → answer() → format, the reply
// sealed as the message came.
import { Hono } from "hono";
import type { Env } from "../../env.ts";
import { callbackBodyLimit } from "../common/callback-body-limit.ts";
import { parseMessageXml } from "../common/channel-request.ts";
import { replyXml, sendXml } from "../common/reply-xml.ts";
import { type SealedChannel, verifySealed } from "../common/verify-sealed.ts";
import { wecomBotApp } from "./bot-app.ts";

const WECOM: SealedChannel = {
  channel: "wecom",
  token: "WECOM_TOKEN",
  aesKey: "WECOM_ENCODING_AES_KEY",
  receiveId: "WECOM_CORP_ID",
};

export const wecomApp = new Hono<{ Bindings: Env }>()
  .route("/bot", wecomBotApp)
  // The decrypted echostr, with nothing around it (no quotes, no newline).
  .get("/", verifySealed(WECOM, "echostr"), (c) => c.text(c.get("message")))
  .post("/", callbackBodyLimit("wecom"), verifySealed(WECOM, "xml"), async (c) => {
    const fields = parseMessageXml(c, "wecom", c.get("message"));
    if (fields instanceof Response) return fields;
    const xml = await replyXml(c, "wecom", fields, c.get("signed"));
    if (xml instanceof Response) return xml;
    return sendXml(c, xml);
  });
