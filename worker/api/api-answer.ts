import type { Answer } from "../core/answer.ts";
import type { AskReply } from "./schemas.ts";

/** The API's JSON for an answer (AskReply in schemas.ts): the contract the widget, the bots' tools and the eval rely on. */
export function toApiAnswer(a: Answer, id?: string): AskReply {
  return {
    ...(id !== undefined && { id }),
    answer: a.text,
    found: a.found,
    intent: a.intent,
    citations: a.citations,
    confidence: a.confidence,
    related: a.related,
    ...(a.list && { list: a.list }),
    suggestions: a.suggestions,
    ...(a.fact && { fact: a.fact }),
  };
}
