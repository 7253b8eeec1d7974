import type { Answer } from "../core/answer.ts";

/** The API's JSON for an answer: the contract the widget, the bots' tools and the eval rely on. */
export function toApiAnswer(a: Answer, id?: string) {
  return {
    /** The answer's id (the API always gives one): sent back as `answerId` with a vote (POST /api/feedback). */
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

export type ApiAnswer = ReturnType<typeof toApiAnswer>;
