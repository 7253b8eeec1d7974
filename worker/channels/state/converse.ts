import { type Answer, answer } from "../../core/answer.ts";
import type { SearchIndex } from "../../search/load-index.ts";

/** What a user sent, already reduced from the platform's message types. */
export type Inbound =
  | { kind: "text"; text: string }
  | { kind: "voice"; recognition: string }
  | { kind: "subscribe" }
  | { kind: "help" };

export interface Turn {
  at: number;
  question: string;
}

export interface ConversationState {
  turns: Turn[];
  /** The follow-ups of the last reply, which "1", "2", "3" refer to. */
  suggestions: string[];
}

/** A conversation left alone this long starts afresh. */
export const STATE_TTL_MS = 30 * 60 * 1000;
/** Earlier questions passed to answer() as history, and turns kept. */
export const HISTORY_TURNS = 3;

const FOLLOW_UP = /^\s*(?:回[复覆])?\s*([1-9１-９])\s*[.。、]?\s*$/;
const PLEASE_TYPE = "暂时听不清这段语音，请直接打字提问，例如：";
const HELP_PREFIX = "这里只能回答文字问题。";

export interface ConverseOptions {
  index: SearchIndex;
  origin: string;
  now: number;
}

/** Which follow-up "2" names, if the message is a bare number and the last reply offered one. */
export function pickFollowUp(text: string, suggestions: string[]): string | undefined {
  const m = FOLLOW_UP.exec(text);
  if (!m) return undefined;
  const n = m[1]!.charCodeAt(0) >= 0xff10 ? m[1]!.charCodeAt(0) - 0xff10 : Number(m[1]);
  return suggestions[n - 1];
}

/**
 * One turn of a chat: the reply and the state after it. Pure: the Durable Object stores what it returns.
 * Questions of the last half hour are passed as history, so "那二〇二五年呢" follows the question before it.
 */
export function converse(
  input: Inbound,
  state: ConversationState,
  options: ConverseOptions,
): { reply: Answer; state: ConversationState } {
  const { index, origin, now } = options;
  const turns = state.turns.filter((t) => now - t.at < STATE_TTL_MS);
  const history = turns.slice(-HISTORY_TURNS).map((t) => t.question);
  const greeting = () => answer("你好", { index, origin });

  if (input.kind === "subscribe") {
    const reply = greeting();
    return { reply, state: { turns, suggestions: reply.suggestions } };
  }
  if (input.kind === "help" || (input.kind === "voice" && !input.recognition.trim())) {
    const g = greeting();
    const text = input.kind === "help" ? `${HELP_PREFIX}${answer("帮助", { index, origin }).text}` : PLEASE_TYPE;
    const reply: Answer = {
      intent: "help",
      found: false,
      text,
      citations: [],
      confidence: 1,
      related: [],
      suggestions: g.suggestions,
    };
    return { reply, state: { turns, suggestions: reply.suggestions } };
  }

  const said = input.kind === "text" ? input.text : input.recognition;
  const question = pickFollowUp(said, state.suggestions) ?? said.trim();
  const reply = answer(question, { index, history, origin });
  return {
    reply,
    state: { turns: [...turns, { at: now, question }].slice(-HISTORY_TURNS), suggestions: reply.suggestions },
  };
}
