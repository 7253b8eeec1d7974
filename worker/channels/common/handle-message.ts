import type { Answer } from "../../core/answer.ts";
import type { Env } from "../../env.ts";
import { insightsDb, messageAnswerId, recordAnswer, type WaitUntil } from "../../insights/index.ts";
import { isRateLimited } from "../../limits/rate-limit.ts";
import type { ChatState } from "../state/chat-state.ts";
import type { Inbound } from "../state/converse.ts";
import type { Channel } from "./refuse.ts";
import { stripIllegalXmlChars } from "./xml.ts";

/** Longer text is not a question about the interview; it is cut before it reaches answer(). */
export const MAX_QUESTION_CHARS = 500;

/** The reply to a user over CHAT_RATE_LIMITER's limit: a normal message, never an error the platform retries. */
export const TOO_MANY_QUESTIONS = "提问太频繁了，请稍等一分钟再问。";

export function tooManyQuestions(): Answer {
  return {
    intent: "help",
    found: false,
    text: TOO_MANY_QUESTIONS,
    citations: [],
    confidence: 1,
    related: [],
    suggestions: [],
  };
}

/** What a platform message (Official Account or WeCom app, same field names) asks of us. */
export type MessageAction = { kind: "reply"; input: Inbound } | { kind: "unsubscribe" } | { kind: "ignore" };

export function toAction(fields: Record<string, string>): MessageAction {
  const type = (fields.MsgType ?? "").toLowerCase();
  if (type === "text") {
    const text = stripIllegalXmlChars(fields.Content ?? "").slice(0, MAX_QUESTION_CHARS);
    return text.trim() ? { kind: "reply", input: { kind: "text", text } } : { kind: "reply", input: { kind: "help" } };
  }
  if (type === "voice") {
    return {
      kind: "reply",
      input: {
        kind: "voice",
        recognition: stripIllegalXmlChars(fields.Recognition ?? "").slice(0, MAX_QUESTION_CHARS),
      },
    };
  }
  if (type === "event") {
    const event = (fields.Event ?? "").toLowerCase();
    if (event === "subscribe" || event === "scan") return { kind: "reply", input: { kind: "subscribe" } };
    if (event === "unsubscribe") return { kind: "unsubscribe" };
    if (event === "click") return { kind: "reply", input: { kind: "help" } };
    // LOCATION, VIEW, TEMPLATESENDJOBFINISH …: reports, not something a user waits an answer to.
    return { kind: "ignore" };
  }
  // image, video, shortvideo, location, link, file …
  return { kind: "reply", input: { kind: "help" } };
}

/** Retries carry the same MsgId; events have none, and are told apart by sender and time (platform doc). */
export function messageKey(fields: Record<string, string>): string {
  return fields.MsgId
    ? `msg:${fields.MsgId}`
    : `event:${fields.FromUserName ?? ""}:${fields.CreateTime ?? ""}:${fields.Event ?? ""}`;
}

export interface ChatMessage {
  channel: Channel;
  /** The ChatState key of the message (messageKey): a retry gets the reply already given. */
  key: string;
  /** The platform's message id, when it has one: retries of it make one insights row. */
  messageId?: string;
  input: Inbound;
  origin: string;
}

const questionOf = (input: Inbound) =>
  input.kind === "text" ? input.text : input.kind === "voice" ? input.recognition : "";

/**
 * The shared answer path of every bot channel: the user's ChatState gives the reply, and the insights
 * row is written after it (ctx.waitUntil), so the database never delays or breaks a reply.
 */
export async function answerInChat(
  chat: DurableObjectStub<ChatState>,
  env: Env,
  ctx: WaitUntil,
  m: ChatMessage,
): Promise<Answer> {
  const startedAt = Date.now();
  const reply = await chat.reply(m.key, m.input, m.origin);
  recordAnswer(ctx, insightsDb(env), reply, {
    id: messageAnswerId(m.channel, m.messageId),
    channel: m.channel,
    question: questionOf(m.input),
    startedAt,
  });
  return reply;
}

/**
 * The reply to a platform message, or null when nothing is to be sent (answer "success"). State and dedup
 * live in the user's ChatState object, named by channel, account and user.
 */
export async function replyToMessage(
  fields: Record<string, string>,
  env: Env,
  channel: Channel,
  origin: string,
  ctx?: WaitUntil,
): Promise<Answer | null> {
  const action = toAction(fields);
  if (action.kind === "ignore") return null;
  const user = `${channel}:${fields.ToUserName ?? ""}:${fields.FromUserName ?? ""}`;
  const chat = env.CHAT_STATE.get(env.CHAT_STATE.idFromName(user));
  if (action.kind === "unsubscribe") {
    await chat.forget();
    return null;
  }
  if (await isRateLimited(env.CHAT_RATE_LIMITER, user)) return tooManyQuestions();
  return answerInChat(chat, env, ctx, {
    channel,
    key: messageKey(fields),
    messageId: fields.MsgId,
    input: action.input,
    origin,
  });
}
