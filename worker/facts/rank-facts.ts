import type { Fact } from "../search/passage.ts";
import { normalize } from "../text/normalize.ts";
import { parseChineseNumber, withDigits } from "../text/numbers.ts";
import { tokenize } from "../text/tokenize.ts";

/** A fact's words in the form queries are matched in: normalize()d, numerals as digits. */
interface PreparedFact {
  fact: Fact;
  /** What the fact is about: measure, value, rank. A word found here counts double. */
  head: string;
  /** Everything else it says: the statement, the sentence, the time frame. */
  body: string;
}

interface Prepared {
  facts: PreparedFact[];
  idf: (token: string) => number;
}

// Below this share of the best score a fact is noise for the query (全国 alone matches a dozen facts).
const MIN_SHARE = 0.25;

const prepareText = (text: string) => withDigits(normalize(text));
const isNumber = (token: string) => /^\d/.test(token);
// A number token is found only as a whole number: 10 is not in 100个 or 10.5.
const contains = (text: string, token: string) =>
  isNumber(token)
    ? new RegExp(`(?<![\\d.])${token.replaceAll(".", "\\.")}(?![\\d.])`).test(text)
    : text.includes(token);

// The facts are bundled and never change: prepared once per isolate, on first use.
const cache = new WeakMap<Fact[], Prepared>();
function prepare(facts: Fact[]): Prepared {
  let prepared = cache.get(facts);
  if (prepared) return prepared;
  const list = facts.map((fact) => ({
    fact,
    head: prepareText(`${fact.measure} ${fact.value} ${fact.rank}`),
    body: prepareText(`${fact.statement} ${fact.quote} ${fact.period}`),
  }));
  const df = new Map<string, number>();
  const idf = (token: string) => {
    let n = df.get(token);
    if (n === undefined) {
      n = list.filter((p) => contains(p.head, token) || contains(p.body, token)).length;
      df.set(token, n);
    }
    return n ? Math.log(1 + list.length / n) : 0;
  };
  prepared = { facts: list, idf };
  cache.set(facts, prepared);
  return prepared;
}

/** The query's tokens for fact matching: the core's tokens, with Chinese numerals read as digits. */
export function factQueryTokens(query: string): string[] {
  const bare = normalize(query).trim();
  const n = parseChineseNumber(bare);
  return [...new Set(tokenize(n === null ? withDigits(bare) : String(n)))];
}

export interface ScoredFact {
  fact: Fact;
  score: number;
}

/**
 * Facts for a query in either script, best first: idf-weighted token overlap, double on what the fact
 * measures (measure, value, rank). An empty query returns every fact in page order.
 */
export function rankFacts(facts: Fact[], query: string): ScoredFact[] {
  const tokens = factQueryTokens(query);
  if (!tokens.length) return facts.map((fact) => ({ fact, score: 0 }));
  const { facts: prepared, idf } = prepare(facts);
  const scored = prepared
    .map(({ fact, head, body }) => ({
      fact,
      score: tokens.reduce((s, t) => s + idf(t) * (contains(head, t) ? 2 : contains(body, t) ? 1 : 0), 0),
    }))
    .filter((s) => s.score > 0);
  const top = Math.max(0, ...scored.map((s) => s.score));
  // Array.prototype.sort is stable: equal scores keep page order.
  return scored.filter((s) => s.score >= top * MIN_SHARE).sort((a, b) => b.score - a.score);
}
