// Our answer() and two baselines a developer would otherwise pick, on the same questions, scored by the
// eval's rules, timed in the same process.
import { create, insertMultiple, search } from "@orama/orama";
import { createTokenizer as createMandarinTokenizer } from "@orama/tokenizers/mandarin";
import { answer } from "../../worker/core/answer.ts";
import { interview } from "../../worker/interview.ts";
import { type ApiAnswer, type EvalQuestion, scoreOne } from "../eval/score.ts";

export interface EngineResult {
  name: string;
  accuracy: number;
  p50: number;
  p99: number;
}

type Engine = (q: EvalQuestion) => ApiAnswer;

/** A naive retriever: the best passage Orama finds is the answer, nothing found is "not found". */
// biome-ignore lint/suspicious/noExplicitAny: Orama's generic types recurse too deeply for tsc here; the baselines only search and read documents.
type AnyDb = any;

function passageEngine(db: AnyDb): Engine {
  return (q) => {
    const { hits } = search(db, { term: q.q, limit: 1 }) as { hits: { document: { text: string; id: string } }[] };
    const top = hits[0]?.document;
    return {
      answer: top?.text ?? "",
      found: !!top,
      intent: top ? "answer" : "no_answer",
      citations: top ? [{ id: top.id, quote: top.text }] : [],
      suggestions: [],
    };
  };
}

function oramaWith(components?: AnyDb): AnyDb {
  const db: AnyDb = create({ schema: { text: "string" } as const, ...(components ? { components } : {}) } as AnyDb);
  insertMultiple(
    db,
    interview.passages.map((p) => ({ id: p.id, text: p.text })),
  );
  return db;
}

const ITERATIONS = 300;

function measure(name: string, engine: Engine, questions: EvalQuestion[]): EngineResult {
  const verdicts = questions.map((q) => scoreOne(q, engine(q)));
  for (let i = 0; i < 20; i++) for (const q of questions) engine(q);
  const perQuestion = questions.map((q) => {
    const t = performance.now();
    for (let i = 0; i < ITERATIONS; i++) engine(q);
    return ((performance.now() - t) / ITERATIONS) * 1000;
  });
  perQuestion.sort((a, b) => a - b);
  return {
    name,
    accuracy: verdicts.filter((v) => v.correct).length / verdicts.length,
    p50: perQuestion[Math.floor(perQuestion.length / 2)]!,
    p99: perQuestion[Math.min(perQuestion.length - 1, Math.floor(perQuestion.length * 0.99))]!,
  };
}

export async function measureEngines(questions: EvalQuestion[]): Promise<EngineResult[]> {
  const ours: Engine = (q) => {
    const a = answer(q.q, { index: interview, history: q.history });
    return { answer: a.text, found: a.found, intent: a.intent, citations: a.citations, suggestions: a.suggestions };
  };
  return [
    measure("ours: bigrams + folding + answer()", ours, questions),
    measure("Orama, default tokenizer", passageEngine(oramaWith()), questions),
    measure(
      "Orama, mandarin tokenizer",
      passageEngine(oramaWith({ tokenizer: createMandarinTokenizer({ language: "mandarin" }) })),
      questions,
    ),
  ];
}
