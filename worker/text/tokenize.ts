import type { Tokenizer } from "@orama/orama";
import { normalize } from "./normalize.ts";

/**
 * Saved with every index and checked on load: an index tokenized one way cannot be searched another way.
 * Bump it whenever tokens change for the same text.
 */
export const TOKENIZER_VERSION = "han-bigram+num/1";

// Han runs, and Latin/number runs (decimals kept whole: 80.45, 16.39).
const RUN = /\p{Script=Han}+|[[\p{L}\p{N}]--\p{Script=Han}]+(?:\.\d+)?/gv;
const HAN = /^\p{Script=Han}/v;

/**
 * Character bigrams of Han runs (a lone character stays a unigram), and whole Latin words and numbers.
 * Bigrams need no dictionary, cost no start-up (Intl.Segmenter's first use costs ~15 ms) and measured
 * better than Orama's mandarin tokenizer on this text (see docs/DESIGN.md).
 */
export function tokenize(text: string): string[] {
  return tokenizeNormalized(normalize(text));
}

/** tokenize() for text already normalize()d: the loader's sentences, so start-up does not fold twice. */
export function tokenizeNormalized(normalized: string): string[] {
  const tokens: string[] = [];
  for (const [run] of normalized.matchAll(RUN)) {
    if (!HAN.test(run)) {
      tokens.push(run);
      continue;
    }
    const chars = [...run];
    if (chars.length === 1) tokens.push(run);
    for (let i = 0; i + 1 < chars.length; i++) tokens.push(chars[i]! + chars[i + 1]!);
  }
  return tokens;
}

/** The same tokenizer as an Orama component, for the builder and the worker alike. */
export function createTokenizer(): Tokenizer {
  return {
    language: "chinese",
    normalizationCache: new Map(),
    tokenize: (raw: string) => [...new Set(tokenize(raw))],
  };
}
