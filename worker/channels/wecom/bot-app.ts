// WeCom intelligent bot (企业微信 智能机器人), API mode: JSON callbacks {"encrypt"}, receiveid "" and its own
// Token and EncodingAESKey. A text message is answered at once with a finished stream reply.
import { type Context, Hono } from "hono";
import type { Env } from "../../env.ts";
import { waitUntilOf } from "../../insights/index.ts";
import { isRateLimited } from "../../limits/rate-limit.ts";
import { cryptFor, freshQuery } from "../common/channel-request.ts";
import { sealReply } from "../common/envelope.ts";
import { answerInChat, MAX_QUESTION_CHARS, tooManyQuestions } from "../common/handle-message.ts";
import { openSealed } from "../common/open-sealed.ts";
import { readBodyLimited } from "../common/read-body.ts";
import { notConfigured, refuse } from "../common/refuse.ts";
import { stripIllegalXmlChars } from "../common/xml.ts";
import { formatReplyText } from "../wechat/reply.ts";

type BotContext = Context<{ Bindings: Env }>;

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
  stream?: { id?: string };
}

async function check(c: BotContext) {
  const { WECOM_BOT_TOKEN: token, WECOM_BOT_ENCODING_AES_KEY: aesKey } = c.env;
  if (!token || !aesKey) {
    return notConfigured(
      c,
      "wecom-bot",
      [!token && "WECOM_BOT_TOKEN", !aesKey && "WECOM_BOT_ENCODING_AES_KEY"].filter((s): s is string => !!s),
    );
  }
  const crypt = await cryptFor(c, "wecom-bot", aesKey, "", "WECOM_BOT_ENCODING_AES_KEY");
  if (crypt instanceof Response) return crypt;
  const query = freshQuery(c, "wecom-bot");
  if (query instanceof Response) return query;
  return { token, crypt, ...query, msgSignature: query.q.get("msg_signature") };
}

async function verifyUrl(c: BotContext) {
  const checked = await check(c);
  if (checked instanceof Response) return checked;
  const opened = await openSealed(c, "wecom-bot", { ...checked, encrypt: checked.q.get("echostr") });
  if ("refused" in opened) return opened.refused;
  return c.text(opened.plaintext);
}

async function receiveMessage(c: BotContext) {
  const checked = await check(c);
  if (checked instanceof Response) return checked;
  const body = await readBodyLimited(c.req.raw);
  if (body === null) return refuse(c, "wecom-bot", 413, "body_too_large");
  let encrypt: unknown;
  try {
    const outer: unknown = JSON.parse(body);
    encrypt = isRecord(outer) ? outer.encrypt : undefined;
  } catch {
    return refuse(c, "wecom-bot", 400, "bad_json");
  }
  const opened = await openSealed(c, "wecom-bot", {
    ...checked,
    encrypt: typeof encrypt === "string" ? encrypt : undefined,
  });
  if ("refused" in opened) return opened.refused;
  let msg: BotMessage;
  try {
    const parsed: unknown = JSON.parse(opened.plaintext);
    if (!isRecord(parsed)) return refuse(c, "wecom-bot", 400, "bad_json");
    msg = parsed as BotMessage;
  } catch {
    return refuse(c, "wecom-bot", 400, "bad_json");
  }
  // Signed by the platform, but still only JSON: read the fields we use as strings or not at all.
  const userid = typeof msg.from?.userid === "string" ? msg.from.userid : undefined;
  const text = stripIllegalXmlChars(typeof msg.text?.content === "string" ? msg.text.content : "").slice(
    0,
    MAX_QUESTION_CHARS,
  );
  // Stream refreshes, events and other types: our streams finish in the first reply, nothing more to send.
  if (msg.msgtype !== "text" || !userid || !text.trim()) return c.body(null, 200);

  // In a group the bot is @-mentioned: drop the mention so that it does not become part of the question.
  const question = msg.chattype === "group" ? text.replace(/^\s*@\S+\s*/, "") : text;
  const chat = c.env.CHAT_STATE.get(
    c.env.CHAT_STATE.idFromName(`wecom-bot:${msg.aibotid ?? ""}:${msg.chatid ?? ""}:${userid}`),
  );
  const key = msg.msgid ? `msg:${msg.msgid}` : `text:${checked.timestamp}:${checked.nonce}`;
  const reply = (await isRateLimited(c.env.CHAT_RATE_LIMITER, `wecom-bot:${msg.aibotid ?? ""}:${userid}`))
    ? tooManyQuestions()
    : await answerInChat(chat, c.env, waitUntilOf(c), {
        channel: "wecom-bot",
        key,
        messageId: msg.msgid,
        input: { kind: "text", text: question },
        origin: new URL(c.req.url).origin,
      });
  const payload = {
    msgtype: "stream",
    stream: { id: crypto.randomUUID(), finish: true, content: formatReplyText(reply) },
  };
  const sealed = await sealReply(checked.crypt, checked.token, JSON.stringify(payload));
  return c.json({
    encrypt: sealed.encrypt,
    msgsignature: sealed.signature,
    timestamp: Number(sealed.timestamp),
    nonce: sealed.nonce,
  });
}

export const wecomBotApp = new Hono<{ Bindings: Env }>()
  .get("/", verifyUrl)
  .post("/", receiveMessage)
  .all("/", (c) =>
    c.json(
      { error: { code: "method_not_allowed", message: "The WeCom bot callback takes GET (URL check) and POST." } },
      405,
    ),
  );
