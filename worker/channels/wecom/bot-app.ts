// WeCom intelligent bot (企业微信 智能机器人), API mode: JSON callbacks {"encrypt"}, receiveid "" and its own
// Token and EncodingAESKey. A text message is answered at once with a finished stream reply.
import { type Context, Hono } from "hono";
import type { Env } from "../../env.ts";
import { waitUntilOf } from "../../insights/index.ts";
import { askChat } from "../common/ask-chat.ts";
import { callbackBodyLimit } from "../common/callback-body-limit.ts";
import { MAX_QUESTION_CHARS } from "../common/handle-message.ts";
import { refuse } from "../common/refuse.ts";
import { formatReplyText } from "../common/reply-text.ts";
import type { TencentEnv } from "../common/verified.ts";
import { type SealedChannel, verifySealed } from "../common/verify-sealed.ts";
import { stripIllegalXmlChars } from "../common/xml.ts";
import type { Inbound } from "../state/converse.ts";

type BotContext = Context<TencentEnv>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The decrypted callback, the fields we use. */
export interface BotMessage {
  msgid?: string;
  aibotid?: string;
  chatid?: string;
  chattype?: "single" | "group";
  from?: { userid?: string };
  msgtype?: string;
  text?: { content?: string };
  /** 图文混排: text and images in one message (groups, @-mention included). */
  mixed?: { msg_item?: { msgtype?: string; text?: { content?: string } }[] };
  /** The platform's speech-to-text of a voice message (single chats). */
  voice?: { content?: string };
  event?: { eventtype?: string };
  stream?: { id?: string };
}

const str = (v: unknown) => (typeof v === "string" ? v : "");

/**
 * What a bot callback asks of us (developer.work.weixin.qq.com/document/path/100719 接收消息, 101027 接收事件):
 * text, the text items of a mixed message and a voice transcript are questions; an image or a file gets a
 * short reply; enter_chat (first visit of the day) a welcome; stream refreshes and other events nothing.
 */
export function toBotInput(msg: BotMessage): Inbound | "welcome" | null {
  switch (msg.msgtype) {
    case "text":
      return { kind: "text", text: str(msg.text?.content) };
    case "mixed": {
      const items = Array.isArray(msg.mixed?.msg_item) ? msg.mixed.msg_item : [];
      const text = items
        .filter((i) => typeof i === "object" && i !== null && i.msgtype === "text")
        .map((i) => str(i.text?.content))
        .join(" ");
      return text.trim() ? { kind: "text", text } : { kind: "image" };
    }
    case "voice":
      return { kind: "voice", recognition: str(msg.voice?.content) };
    case "image":
    case "file":
      return { kind: "image" };
    case "event":
      return str(msg.event?.eventtype) === "enter_chat" ? "welcome" : null;
    default:
      return null;
  }
}

const BOT: SealedChannel = { channel: "wecom-bot", token: "WECOM_BOT_TOKEN", aesKey: "WECOM_BOT_ENCODING_AES_KEY" };

/** parse → answer() → format; verifySealed has checked and opened the callback. */
async function receiveMessage(c: BotContext) {
  let msg: BotMessage;
  try {
    const parsed: unknown = JSON.parse(c.get("message"));
    if (!isRecord(parsed)) return refuse(c, "wecom-bot", 400, "bad_json");
    msg = parsed as BotMessage;
  } catch {
    return refuse(c, "wecom-bot", 400, "bad_json");
  }
  // Signed by the platform, but still only JSON: read the fields we use as strings or not at all.
  const userid = typeof msg.from?.userid === "string" ? msg.from.userid : undefined;
  const input = toBotInput(msg);
  if (!userid || input === null) return c.body(null, 200);
  const chat = c.env.CHAT_STATE.get(
    c.env.CHAT_STATE.idFromName(`wecom-bot:${str(msg.aibotid)}:${str(msg.chatid)}:${userid}`),
  );
  const { timestamp, nonce } = c.get("signed");
  const key = typeof msg.msgid === "string" && msg.msgid ? `msg:${msg.msgid}` : `text:${timestamp}:${nonce}`;
  // msgsignature covers the ciphertext: a repeat is the same message, and ChatState tells a retry (the
  // stored reply) from a replay (null: nothing sent) by the age of its reply.
  const replayed = () => {
    console.log(JSON.stringify({ level: "warn", channel: "wecom-bot", event: "replayed" }));
    return c.body(null, 200);
  };
  const origin = new URL(c.req.url).origin;

  if (input === "welcome") {
    // A welcome may only be a text (or template card) reply, not a stream (document/path/101031 回复欢迎语).
    const welcome = await chat.reply(key, { kind: "subscribe" }, origin);
    if (!welcome) return replayed();
    return sealedJson(c, { msgtype: "text", text: { content: formatReplyText(welcome) } });
  }
  const clean = (t: string) => {
    const text = stripIllegalXmlChars(t).slice(0, MAX_QUESTION_CHARS);
    // In a group the bot is @-mentioned: drop the mention so that it does not become part of the question.
    return msg.chattype === "group" ? text.replace(/^\s*@\S+\s*/, "") : text;
  };
  const question: Inbound =
    input.kind === "text"
      ? { kind: "text", text: clean(input.text) }
      : input.kind === "voice"
        ? { kind: "voice", recognition: clean(input.recognition) }
        : input;
  if (question.kind === "text" && !question.text.trim()) return c.body(null, 200);
  const reply = await askChat(c.env, question, {
    chat: `wecom-bot:${str(msg.aibotid)}:${str(msg.chatid)}:${userid}`,
    key,
    sender: `wecom-bot:${str(msg.aibotid)}:${userid}`,
    origin,
    channel: "wecom-bot",
    messageId: str(msg.msgid) || undefined,
    ctx: waitUntilOf(c),
  });
  if (!reply) return replayed();
  return sealedJson(c, {
    msgtype: "stream",
    stream: { id: crypto.randomUUID(), finish: true, content: formatReplyText(reply) },
  });
}

/** The encrypted JSON envelope every bot reply travels in. */
async function sealedJson(c: BotContext, payload: unknown) {
  const sealed = await c.get("seal")!(JSON.stringify(payload));
  return c.json({
    encrypt: sealed.encrypt,
    msgsignature: sealed.signature,
    timestamp: Number(sealed.timestamp),
    nonce: sealed.nonce,
  });
}

export const wecomBotApp = new Hono<{ Bindings: Env }>()
  .get("/", verifySealed(BOT, "echostr"), (c) => c.text(c.get("message")))
  .post("/", callbackBodyLimit("wecom-bot"), verifySealed(BOT, "json"), receiveMessage);
