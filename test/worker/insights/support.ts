// Calls the worker as the runtime does, with an ExecutionContext whose waitUntil work the test can wait for.
import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import type { Env } from "../../../worker/env.ts";
import worker from "../../../worker/index.ts";

export const testEnv = env as unknown as Env & { DB: D1Database };

/** The response, and a promise that settles when the request's background work (the insights writes) is done. */
export async function fetchWorker(input: string | Request, init?: RequestInit, overrides: Partial<Env> = {}) {
  const ctx = createExecutionContext();
  const request = typeof input === "string" ? new Request(input, init) : input;
  const res = await worker.fetch(request, { ...testEnv, ...overrides }, ctx);
  return { res, settled: waitOnExecutionContext(ctx) };
}

/** Fetches and waits for the background writes. */
export async function fetchAndSettle(input: string | Request, init?: RequestInit, overrides: Partial<Env> = {}) {
  const { res, settled } = await fetchWorker(input, init, overrides);
  await settled;
  return res;
}

export interface StoredAnswer {
  id: string;
  at: number;
  channel: string;
  script: string;
  intent: string;
  found: number;
  confidence: number;
  citations: string;
  nearest: string | null;
  latency_ms: number;
  question: string | null;
}

export async function storedAnswers(): Promise<StoredAnswer[]> {
  return (await testEnv.DB.prepare("SELECT * FROM answers ORDER BY at, id").all<StoredAnswer>()).results;
}

export interface StoredFeedback {
  id: number;
  at: number;
  answer_id: string | null;
  vote: string;
  reason: string | null;
  passage: string | null;
}

export async function storedFeedback(): Promise<StoredFeedback[]> {
  return (await testEnv.DB.prepare("SELECT * FROM feedback ORDER BY id").all<StoredFeedback>()).results;
}

export async function clearInsights() {
  await testEnv.DB.batch([testEnv.DB.prepare("DELETE FROM feedback"), testEnv.DB.prepare("DELETE FROM answers")]);
}
