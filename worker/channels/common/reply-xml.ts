import type { Context } from "hono";
import type { Answer } from "../../core/answer.ts";
import { waitUntilOf } from "../../insights/index.ts";
import { toEnvelopeXml } from "./envelope.ts";
import { replyToMessage } from "./handle-message.ts";
import { type Channel, refuse } from "./refuse.ts";
import { formatReplyText } from "./reply-text.ts";
import type { SignedRequest, TencentEnv } from "./verified.ts";
import { cdata } from "./xml.ts";

/**
 * What "no reply" is on each platform: the Official Account documents "success" (or an empty body), WeCom
 * an empty 200 (developer.work.weixin.qq.com/document/path/90241, 被动回复消息格式).
 */
const NO_REPLY: Partial<Record<Channel, string>> = { wechat: "success", wecom: "" };

const BUSY = "系统繁忙，请稍后再试。";

/**
 * The passive reply XML for an opened message, shared by the Official Account and the WeCom app: a
 * Response when there is nothing to send ("success", which also stops the platform's retries) or the
 * message is refused, else the XML to send (plain, or for the caller to seal).
 */
export async function replyXml(
  c: Context<TencentEnv>,
  channel: Channel,
  fields: Record<string, string>,
  request: SignedRequest,
): Promise<string | Response> {
  if (!fields.ToUserName || !fields.FromUserName || !fields.MsgType) return refuse(c, channel, 400, "missing_fields");
  const target = { ToUserName: fields.ToUserName, FromUserName: fields.FromUserName };
  try {
    const reply = await replyToMessage(fields, c.env, channel, new URL(c.req.url).origin, request, waitUntilOf(c));
    // Only a captured signature reused with another message gets here: the platform never does that.
    if (reply === "conflict") return refuse(c, channel, 409, "replayed_nonce");
    if (reply === "replayed") {
      console.log(JSON.stringify({ level: "warn", channel, event: "replayed" }));
      return c.body(NO_REPLY[channel] ?? "", 200);
    }
    if (!reply) return c.body(NO_REPLY[channel] ?? "", 200);
    return toWeChatReply(reply, target);
  } catch (e) {
    // A reply the user can read beats the platform's "该公众号暂时无法提供服务".
    console.error(JSON.stringify({ level: "error", channel, event: "reply_failed", message: (e as Error).message }));
    return toTextReplyXml(BUSY, target);
  }
}

/** The passive reply as the message came: in the sealed envelope (safe mode), or plain. */
export async function sendXml(c: Context<TencentEnv>, xml: string): Promise<Response> {
  const seal = c.get("seal");
  return c.body(seal ? toEnvelopeXml(await seal(xml)) : xml, 200, {
    "content-type": "application/xml; charset=utf-8",
  });
}

/** The fields of the user's message a reply needs: it goes back to the sender, from the account. */
export interface ReplyTarget {
  ToUserName: string;
  FromUserName: string;
}

/** Passive text reply (被动回复文本消息): To and From swapped, CreateTime in seconds. */
export function toWeChatReply(a: Answer, msg: ReplyTarget, nowMs = Date.now()): string {
  return toTextReplyXml(formatReplyText(a), msg, nowMs);
}

export function toTextReplyXml(content: string, msg: ReplyTarget, nowMs = Date.now()): string {
  return (
    `<xml><ToUserName>${cdata(msg.FromUserName)}</ToUserName><FromUserName>${cdata(msg.ToUserName)}</FromUserName>` +
    `<CreateTime>${Math.floor(nowMs / 1000)}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content>${cdata(content)}</Content></xml>`
  );
}
