// The two calls the widget makes, and the failures it tells the reader about.

import type { AskReply, Citation, Feedback } from "../api/schemas.ts";

type ApiCitation = Citation;

/** The part of the API's answer the widget shows (the contract is AskReply in worker/api/schemas.ts; types only). */
export type Reply = Pick<AskReply, "answer" | "found" | "citations" | "suggestions" | "fact" | "list"> & {
  /** The answer's id, for feedback (present once the API records answers). */
  id?: string;
  confidence: number;
  related: ApiCitation[];
};

export type Failure = "offline" | "rateLimited" | "tooLong" | "badRequest" | "server";

export class AskError extends Error {
  constructor(
    readonly failure: Failure,
    /** Seconds to wait, from a 429's Retry-After. */
    readonly retryAfter?: number,
  ) {
    super(failure);
  }
}

const TIMEOUT_MS = 20_000;

type Loose = Record<string, unknown>;
const obj = (v: unknown): Loose => (typeof v === "object" && v !== null ? (v as Loose) : {});
const str = (v: unknown) => (typeof v === "string" ? v : "");
const strings = (v: unknown) => (Array.isArray(v) ? v.filter((s): s is string => typeof s === "string") : []);

function toCitation(value: unknown): ApiCitation {
  const c = obj(value);
  const original = obj(c.original);
  return {
    id: str(c.id),
    quote: str(c.quote),
    speaker: str(c.speaker),
    section: str(c.section),
    url: str(c.url),
    lang: c.lang === "zh-Hans" ? "zh-Hans" : "zh-Hant",
    original: { quote: str(original.quote), speaker: str(original.speaker), section: str(original.section) },
  };
}

// Only the fields the widget shows, as strings: whatever else arrives is dropped.
function toReply(value: unknown): Reply {
  const body = obj(value);
  if (typeof body.answer !== "string") throw new AskError("server");
  const list = strings(body.list);
  const fact = obj(body.fact);
  return {
    answer: body.answer,
    found: body.found === true,
    citations: (Array.isArray(body.citations) ? body.citations : []).map(toCitation),
    related: (Array.isArray(body.related) ? body.related : []).slice(0, 3).map(toCitation),
    confidence: typeof body.confidence === "number" ? body.confidence : 1,
    suggestions: strings(body.suggestions).slice(0, 5),
    ...(list.length > 0 && { list }),
    ...(typeof body.id === "string" && body.id && { id: body.id }),
    ...(typeof fact.value === "string" && {
      fact: {
        value: fact.value,
        measure: str(fact.measure),
        period: str(fact.period),
        rank: str(fact.rank),
        asked: fact.asked === "rank" ? "rank" : "value",
      },
    }),
  };
}

/** Retry-After in seconds (RFC 9110 §10.2.3: delay-seconds or an HTTP date); a minute when absent. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number {
  if (header && /^\d+$/.test(header.trim())) return Math.max(1, Number(header));
  const date = header ? Date.parse(header) : Number.NaN;
  return Number.isNaN(date) ? 60 : Math.max(1, Math.ceil((date - now) / 1000));
}

async function call(url: string, init?: RequestInit): Promise<Reply> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch {
    throw new AskError("offline");
  }
  if (res.ok) return toReply(await res.json().catch(() => null));
  const code = str(obj(obj(await res.json().catch(() => null)).error).code);
  if (res.status === 429) throw new AskError("rateLimited", retryAfterSeconds(res.headers.get("retry-after")));
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

export type { Feedback };

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
