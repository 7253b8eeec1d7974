import type { Answer } from "../../core/answer.ts";
import type { Env } from "../../env.ts";
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
}

/**
 * One message of a chat through its ChatState, or the "too many questions" reply over the rate limit; null
 * for a repeat of `key` older than a platform retry (a replay: nothing is sent).
 */
export async function askChat(env: Env, input: Inbound, o: AskChatOptions): Promise<Answer | null> {
  if (await isRateLimited(env.CHAT_RATE_LIMITER, o.sender)) return tooManyQuestions();
  return env.CHAT_STATE.get(env.CHAT_STATE.idFromName(o.chat)).reply(o.key, input, o.origin);
}
