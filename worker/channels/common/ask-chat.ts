import type { Answer } from "../../core/answer.ts";
import type { Env } from "../../env.ts";
import {
  type InsightsChannel,
  insightsDb,
  messageAnswerId,
  recordAnswer,
  type WaitUntil,
} from "../../insights/index.ts";
import { isRateLimited } from "../../limits/rate-limit.ts";
import type { Inbound } from "../state/converse.ts";
import { tooManyQuestions } from "./handle-message.ts";

export interface AskChatOptions {
  /** Names the conversation's ChatState object: its turns and follow-ups. */
  chat: string;
  /** The message's own id (platform retries carry the same one): its reply is computed once. */
  key: string;
  /** The sender, counted by CHAT_RATE_LIMITER. */
  sender: string;
  origin: string;
  /** The channel of the message's insights row. */
  channel: InsightsChannel;
  /** The platform's message id, when it has one: its retries make one insights row. Never a user id. */
  messageId?: string;
  /** The request's ExecutionContext: the insights row is written in waitUntil, after the reply. */
  ctx?: WaitUntil;
}

const questionOf = (input: Inbound) =>
  input.kind === "text" ? input.text : input.kind === "voice" ? input.recognition : "";

/**
 * One message of a chat through its ChatState, or the "too many questions" reply over the rate limit; null
 * for a repeat of `key` older than a platform retry (a replay: nothing is sent). The shared answer path of
 * every bot channel, and where each answered message gets its insights row (a retry's row is the same row).
 */
export async function askChat(env: Env, input: Inbound, o: AskChatOptions): Promise<Answer | null> {
  if (await isRateLimited(env.CHAT_RATE_LIMITER, o.sender)) return tooManyQuestions();
  const startedAt = Date.now();
  const reply = await env.CHAT_STATE.get(env.CHAT_STATE.idFromName(o.chat)).reply(o.key, input, o.origin);
  if (reply) {
    recordAnswer(o.ctx, insightsDb(env), reply, {
      id: messageAnswerId(o.channel, o.messageId),
      channel: o.channel,
      question: questionOf(input),
      startedAt,
    });
  }
  return reply;
}
