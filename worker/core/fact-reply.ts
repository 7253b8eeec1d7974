import type { LoadedPassage } from "../search/load-index.ts";
import type { Fact } from "../search/passage.ts";
import { normalize } from "../text/normalize.ts";
import { withDigits } from "../text/numbers.ts";
import type { AnalysedQuestion, QuestionType } from "./question.ts";
import { templates } from "./templates.ts";

// Questions that ask for a figure: 多少/几 (quantity), 排第几 (rank), 增长多少 (growth), 比全国 (compare).
const FIGURE_TYPES = new Set<QuestionType>(["money", "share", "quantity", "rank", "growth", "compare"]);
const GROWTH = /增长|增速|增幅/;

/** A fact's words as the question's tokens are matched: normalize()d, numerals as digits (前十 → 前10). */
const matchable = (text: string) => withDigits(normalize(text));

interface Match {
  fact: Fact;
  score: number;
  /** Words of the question (or of the conversation) found at all: without any, the fact is not an answer. */
  found: number;
}

/**
 * How well a fact of the chosen sentence answers the question. What the fact measures (its measure and
 * rank) outweighs what its sentence says around it: in "自贸区的进出口额涨了多少", 进出口额 picks 35.2% over the
 * 148.6% of 自贸试验区…外资 in the same sentence. A token counts once, found itself or through an everyday
 * synonym of the question (增幅 → 增长).
 */
interface MatchableFact {
  head: string;
  body: string;
  measure: string;
  isGrowth: boolean;
}

// A fact's matchable forms depend only on the fact: made on first use, then kept (bounded by the
// index's facts). Remaking them per question was most of a figure answer's cost (~300 µs on 10 facts).
const matchableFacts = new WeakMap<Fact, MatchableFact>();
function matchableFact(fact: Fact): MatchableFact {
  let m = matchableFacts.get(fact);
  if (!m) {
    // A part (其中争取中央资金72.41亿元) is measured within its whole (80.45亿元的资金用于消费品以旧换新): the
    // whole's words, which its statement restates, are its measure's too, so that 中央 decides between them.
    const part = /其中/.test(normalize(fact.statement));
    m = {
      head: matchable(`${fact.measure} ${fact.rank}${part ? ` ${fact.statement}` : ""}`),
      body: matchable(`${fact.statement} ${fact.period}`),
      measure: matchable(fact.measure),
      isGrowth: GROWTH.test(normalize(fact.measure)),
    };
    matchableFacts.set(fact, m);
  }
  return m;
}

function scoreFact(
  fact: Fact,
  q: AnalysedQuestion,
  /** The question's own words, once each. */
  own: readonly string[],
  forms: (t: string) => string[],
  weight: (t: string) => number,
): Match {
  const { head, body, measure, isGrowth } = matchableFact(fact);
  const inText = (text: string) => (t: string) => forms(t).some((f) => text.includes(f));
  const inHead = inText(head);
  const inBody = inText(body);
  const context = q.contextTokens;
  // Words count by how specific they are: in 汽车以旧换新花了多少钱, 汽车 (one sentence) outweighs the
  // 以旧换新 that four sentences share.
  const sum = (ts: string[]) => ts.reduce((s, t) => s + weight(t), 0);
  const ownHeadWords = own.filter(inHead);
  const ownBodyWords = own.filter((t) => !ownHeadWords.includes(t) && inBody(t));
  const contextHeadWords = context.filter(inHead);
  const contextBodyWords = context.filter((t) => !contextHeadWords.includes(t) && inBody(t));
  const [ownHead, ownBody, contextHead, contextBody] = [
    ownHeadWords,
    ownBodyWords,
    contextHeadWords,
    contextBodyWords,
  ].map(sum) as [number, number, number, number];
  const asks = (t: QuestionType) => q.types.includes(t);
  let bonus = 0;
  // A rank question wants a ranked figure first (以旧换新资金排第几 → 72.41亿元, 位列全国前十), then the
  // one whose words it shares.
  if ((asks("rank") || asks("compare")) && fact.rank) bonus += 1000;
  if (isGrowth) bonus += asks("growth") ? 50 : -50;
  // A figure the question states is what it starts from, not what it asks (八十亿的资金里中央给了多少 → 72.41,
  // not 80.45); a question that only checks a figure (是七十二点四一亿吗) asks no 多少 and keeps it.
  if (q.asksFigure && fact.number !== null && q.tokens.includes(String(fact.number))) bonus -= 500;
  // Of two facts as good, the one whose measure the question covers more of (投资额 over 投资额同比增长).
  const covered = measure ? own.filter(inText(measure)).reduce((s, t) => s + t.length, 0) / measure.length : 0;
  return {
    fact,
    score: ownHead * 100 + ownBody * 10 + contextHead * 5 + contextBody + bonus + Math.min(covered, 1),
    found: ownHeadWords.length + ownBodyWords.length + contextHeadWords.length + contextBodyWords.length,
  };
}

/**
 * The fact of the chosen sentence (and the sentence after a list heading) that answers a figure
 * question, as one sentence: time frame, what was measured, the figure and its rank, as written
 * ("截至10月22日,河北省汽車報廢更新撥付16.39億元,居全國第4。"). Null when the question does not ask for
 * a figure or no fact there matches it: the caller then trims the sentence as before.
 */
export function factReply(
  passage: LoadedPassage,
  sentences: number[],
  q: AnalysedQuestion,
  /** How specific a question word is (its idf); every word counts 1 without it. */
  weight: (t: string) => number = () => 1,
): { text: string; fact: Fact } | null {
  if (!q.types.some((t) => FIGURE_TYPES.has(t))) return null;
  const quotes = new Set(sentences.map((i) => passage.sentences[i]).filter((s) => s !== undefined));
  const candidates = passage.facts.filter((f) => f.kind === "figure" && quotes.has(f.quote));
  // Each token's forms (itself, with digits, its synonyms) once per question, not once per fact.
  const formsOf = new Map<string, string[]>();
  const forms = (t: string) => {
    let f = formsOf.get(t);
    if (!f) formsOf.set(t, (f = [t, withDigits(t), ...(q.alternatives.get(t) ?? [])]));
    return f;
  };
  const own = [...new Set(q.runs.flat())];
  let best: Match | null = null;
  for (const fact of candidates) {
    const match = scoreFact(fact, q, own, forms, weight);
    if (match.found && (!best || match.score > best.score)) best = match;
  }
  return best ? { text: templates.fact(best.fact.period, best.fact.statement), fact: best.fact } : null;
}
