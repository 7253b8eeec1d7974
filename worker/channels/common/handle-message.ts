import type { Answer } from "../../core/answer.ts";
import type { Env } from "../../env.ts";
import type { WaitUntil } from "../../insights/index.ts";
import type { Inbound } from "../state/converse.ts";
import { askChat } from "./ask-chat.ts";
import { MAX_SKEW_SECONDS } from "./freshness.ts";
import type { Channel } from "./refuse.ts";
import { admitOnce, isReplay } from "./replay.ts";
import type { SignedRequest } from "./verified.ts";
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
    // enter_agent: a WeCom member opens the app (上报进入应用事件 on), the moment for a welcome.
    if (event === "subscribe" || event === "scan" || event === "enter_agent")
      return { kind: "reply", input: { kind: "subscribe" } };
    if (event === "unsubscribe") return { kind: "unsubscribe" };
    if (event === "click") return { kind: "reply", input: { kind: "help" } };
    // LOCATION, VIEW, TEMPLATESENDJOBFINISH …: reports, not something a user waits an answer to.
    return { kind: "ignore" };
  }
  // Stickers (自定义表情) arrive as images too.
  if (type === "image") return { kind: "reply", input: { kind: "image" } };
  // video, shortvideo, location, link, file …
  return { kind: "reply", input: { kind: "help" } };
}

/** Retries carry the same MsgId; events have none, and are told apart by sender and time (platform doc). */
export function messageKey(fields: Record<string, string>): string {
  return fields.MsgId
    ? `msg:${fields.MsgId}`
    : `event:${fields.FromUserName ?? ""}:${fields.CreateTime ?? ""}:${fields.Event ?? ""}`;
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
  request: SignedRequest,
  ctx?: WaitUntil,
): Promise<Answer | null | "replayed" | "conflict"> {
  const action = toAction(fields);
  if (!request.bodySigned) {
    // The plain signature covers timestamp and nonce, not the body: the pair is admitted with one message
    // (replay.ts). Where the signature covers the ciphertext, a repeat is the same message, and the user's
    // ChatState tells a retry from a replay by the age of its stored reply, with no extra call.
    const seen = await admitOnce(
      env,
      channel,
      `${request.timestamp}:${request.nonce}`,
      messageKey(fields),
      2 * MAX_SKEW_SECONDS * 1000,
    );
    if (seen.seen === "conflict") return "conflict";
    if (isReplay(seen)) return "replayed";
  }
  if (action.kind === "ignore") return null;
  const user = `${channel}:${fields.ToUserName ?? ""}:${fields.FromUserName ?? ""}`;
  const chat = env.CHAT_STATE.get(env.CHAT_STATE.idFromName(user));
  if (action.kind === "unsubscribe") {
    await chat.forget();
    return null;
  }
  const reply = await askChat(env, action.input, {
    chat: user,
    key: messageKey(fields),
    sender: user,
    origin,
    channel,
    messageId: fields.MsgId,
    ctx,
  });
  return reply ?? "replayed";
}
