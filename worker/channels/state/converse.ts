import { type Answer, answer } from "../../core/answer.ts";
import type { SearchIndex } from "../../search/load-index.ts";
import { EMOTICON_REPLY, HELP_PREFIX, IMAGE_REPLY, NOTHING_PENDING, outOfRange, PLEASE_TYPE } from "./chat-texts.ts";
import { isOnlyEmoticons } from "./emoticons.ts";

/** What a user sent, already reduced from the platform's message types. */
export type Inbound =
  | { kind: "text"; text: string }
  | { kind: "voice"; recognition: string }
  | { kind: "subscribe" }
  | { kind: "image" }
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

export interface ConverseOptions {
  index: SearchIndex;
  origin: string;
  now: number;
}

/** A bare number (or 回复 2): it picks a follow-up, or it is no question at all. */
export function isFollowUpNumber(text: string): boolean {
  return FOLLOW_UP.test(text);
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
  // A reply of our own words, with the starter questions to pick by number; the turns stay as they were.
  const starter = (text: string) => {
    const reply: Answer = {
      intent: "help",
      found: false,
      text,
      citations: [],
      confidence: 1,
      related: [],
      suggestions: greeting().suggestions,
    };
    return { reply, state: { turns, suggestions: reply.suggestions } };
  };

  if (input.kind === "subscribe") {
    const reply = greeting();
    return { reply, state: { turns, suggestions: reply.suggestions } };
  }
  if (input.kind === "image") return starter(IMAGE_REPLY);
  if (input.kind === "help") return starter(`${HELP_PREFIX}${answer("帮助", { index, origin }).text}`);
  if (input.kind === "voice" && !input.recognition.trim()) return starter(PLEASE_TYPE);

  const said = input.kind === "text" ? input.text : input.recognition;
  if (isOnlyEmoticons(said)) return starter(EMOTICON_REPLY);
  const picked = pickFollowUp(said, state.suggestions);
  // "2" with nothing pending is not a question: searched, it would match some unrelated figure.
  if (picked === undefined && isFollowUpNumber(said)) {
    if (state.suggestions.length === 0) return starter(NOTHING_PENDING);
    const reply: Answer = { ...starter(outOfRange(state.suggestions.length)).reply, suggestions: state.suggestions };
    return { reply, state: { turns, suggestions: state.suggestions } };
  }
  const question = picked ?? said.trim();
  const reply = answer(question, { index, history, origin });
  return {
    reply,
    state: { turns: [...turns, { at: now, question }].slice(-HISTORY_TURNS), suggestions: reply.suggestions },
  };
}
