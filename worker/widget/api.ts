/// <reference lib="dom" />
// The two calls the widget makes, and the failures it tells the reader about.

import type { ApiAnswer } from "../api/ask.ts";

/** The part of the API's answer the widget shows (the contract is worker/api/ask.ts's; types only). */
export type Reply = Pick<ApiAnswer, "answer" | "found" | "citations" | "suggestions" | "fact">;

export type Failure = "offline" | "rateLimited" | "tooLong" | "badRequest" | "server";

export class AskError extends Error {
  constructor(readonly failure: Failure) {
    super(failure);
  }
}

const TIMEOUT_MS = 20_000;

const str = (v: unknown) => (typeof v === "string" ? v : "");

// Only the fields the widget shows, as strings: whatever else arrives is dropped.
function toReply(body: any): Reply {
  if (!body || typeof body.answer !== "string") throw new AskError("server");
  const citations = Array.isArray(body.citations) ? body.citations : [];
  const suggestions = Array.isArray(body.suggestions) ? body.suggestions : [];
  return {
    answer: body.answer,
    found: body.found === true,
    citations: citations.map((c: any) => ({
      id: str(c?.id),
      quote: str(c?.quote),
      speaker: str(c?.speaker),
      section: str(c?.section),
      url: str(c?.url),
    })),
    suggestions: suggestions.filter((s: unknown): s is string => typeof s === "string").slice(0, 5),
    ...(body.fact &&
      typeof body.fact.value === "string" && {
        fact: {
          value: body.fact.value,
          measure: str(body.fact.measure),
          period: str(body.fact.period),
          rank: str(body.fact.rank),
        },
      }),
  };
}

async function call(url: string, init?: RequestInit): Promise<Reply> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch {
    throw new AskError("offline");
  }
  if (res.ok) return toReply(await res.json().catch(() => null));
  const body: any = await res.json().catch(() => null);
  const code = str(body?.error?.code);
  if (res.status === 429) throw new AskError("rateLimited");
  if (res.status === 413 || code === "question_too_long") throw new AskError("tooLong");
  throw new AskError(res.status < 500 ? "badRequest" : "server");
}

export function ask(base: string, question: string, history: string[]): Promise<Reply> {
  return call(`${base}/api/ask`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    // `client` tells the insights the web chat from other API callers.
    body: JSON.stringify({ question, history: history.map((q) => ({ question: q })), client: "widget" }),
  });
}

/** The greeting: its text welcomes the reader and its suggestions are the starter questions. */
export function greet(base: string, word: string): Promise<Reply> {
  return call(`${base}/api/ask?q=${encodeURIComponent(word)}`);
}

export interface Feedback {
  question: string;
  answer?: string;
  vote: "up" | "down";
  citation?: string;
}

export async function sendFeedback(base: string, feedback: Feedback): Promise<boolean> {
  try {
    const res = await fetch(`${base}/api/feedback`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(feedback),
      keepalive: true,
    });
    return res.ok;
  } catch {
    return false;
  }
}
