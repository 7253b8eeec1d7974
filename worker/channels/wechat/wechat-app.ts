// Official Account message server (公众号服务器配置): GET is the URL check, POST a user message.
// verify → parse → answer() (through the user's ChatState) → format. Protocol: docs/WECHAT.md
import { Hono } from "hono";
import type { Env } from "../../env.ts";
import { callbackBodyLimit } from "../common/callback-body-limit.ts";
import { parseMessageXml } from "../common/channel-request.ts";
import { replyXml, sendXml } from "../common/reply-xml.ts";
import { verifyWeChatMessage, verifyWeChatUrl } from "./verify-wechat.ts";

export const wechatApp = new Hono<{ Bindings: Env }>()
  .get("/", verifyWeChatUrl, (c) => c.text(c.get("message")))
  .post("/", callbackBodyLimit("wechat"), verifyWeChatMessage, async (c) => {
    const fields = parseMessageXml(c, "wechat", c.get("message"));
    if (fields instanceof Response) return fields;
    const xml = await replyXml(c, "wechat", fields, c.get("signed"));
    if (xml instanceof Response) return xml;
    return sendXml(c, xml);
  });
