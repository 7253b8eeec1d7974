// Scoring rules of the dev question set (fields in test/fixtures/README.md), used by `npm run eval` and its tests.
import { detectScript, toSimplified } from "../../worker/text/script.ts";

export interface EvalQuestion {
  id: string;
  q: string;
  history?: string[];
  facts?: string[][];
  cite?: string;
  abstain?: boolean;
  greeting?: boolean;
}

export interface ApiAnswer {
  answer: string;
  found: boolean;
  intent: string;
  citations: { id: string; quote: string }[];
  suggestions: string[];
}

export interface Verdict {
  id: string;
  /** Answer accuracy: found and every fact group present (abstain: found=false; greeting: no citations). */
  correct: boolean;
  /** null when the question names no passage to cite. */
  cited: boolean | null;
  scriptMatch: boolean;
  why: string[];
}

/** Both sides folded to one script, white space dropped, as the rules say. */
export const fold = (s: string) => toSimplified(s.normalize("NFKC")).replace(/\s+/g, "");

export function scoreOne(q: EvalQuestion, a: ApiAnswer): Verdict {
  const why: string[] = [];
  let correct: boolean;
  if (q.abstain) {
    correct = !a.found;
    if (!correct) why.push("should abstain");
  } else if (q.greeting) {
    correct = a.citations.length === 0 && a.answer.length > 0 && a.answer.length <= 200;
    if (!correct) why.push("greeting should be short, with no citations");
  } else {
    const reply = fold(a.answer);
    const missing = (q.facts ?? []).filter((group) => !group.some((f) => reply.includes(fold(f))));
    correct = a.found && missing.length === 0;
    if (!a.found) why.push("not found");
    for (const group of missing) why.push(`missing ${group.join("|")}`);
  }
  const cited = q.cite ? fold(a.citations[0]?.quote ?? "").includes(fold(q.cite)) : null;
  if (cited === false) why.push(`first citation lacks ${q.cite} (got ${a.citations[0]?.id ?? "none"})`);
  // Script match: a reply with a telling character must be in the asker's script.
  const scriptMatch = detectScript(a.answer) === detectScript(q.q) || !/[\u4e00-\u9fff]/.test(a.answer);
  if (!scriptMatch) why.push(`reply script ${detectScript(a.answer)} for a ${detectScript(q.q)} question`);
  return { id: q.id, correct, cited, scriptMatch, why };
}

export interface Summary {
  total: number;
  accuracy: number;
  citationAt1: number;
  abstention: number;
  scriptMatch: number;
}

export function summarise(questions: EvalQuestion[], verdicts: Verdict[]): Summary {
  const share = (xs: boolean[]) => (xs.length ? xs.filter(Boolean).length / xs.length : 1);
  const byId = new Map(questions.map((q) => [q.id, q]));
  return {
    total: verdicts.length,
    accuracy: share(verdicts.map((v) => v.correct)),
    citationAt1: share(verdicts.filter((v) => v.cited !== null).map((v) => v.cited!)),
    abstention: share(verdicts.filter((v) => byId.get(v.id)?.abstain).map((v) => v.correct)),
    scriptMatch: share(verdicts.map((v) => v.scriptMatch)),
  };
}

export const targets: Summary = { total: 0, accuracy: 0.95, citationAt1: 0.95, abstention: 1, scriptMatch: 1 };
