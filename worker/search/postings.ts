import { tokenizeNormalized } from "../text/tokenize.ts";

const HAN_PAIR = /^\p{Script=Han}{2}$/u;
const NONE: readonly number[] = Object.freeze([]);

/** Where a token occurs: indexes into the flat list of all sentences of the interview. */
export interface Postings {
  /** Sentence number → its passage's number. */
  passageOf: Uint16Array;
  /** Passage number → the number of its first sentence. */
  firstSentenceOf: Uint16Array;
  sentenceCount: number;
  /** The sentences containing a token (sorted, no repeats). */
  sentencesWith(token: string): readonly number[];
}

/**
 * The postings lists of the interview's sentences (normalize()d, flat numbering across passages): the
 * builder computes them and ships them in the index, so a new isolate does not tokenize the interview.
 */
export function listPostings(sentencesPerPassage: string[][]): [string, number[]][] {
  const lists = new Map<string, number[]>();
  sentencesPerPassage.flat().forEach((s, i) => {
    for (const t of new Set(tokenizeNormalized(s))) {
      const list = lists.get(t);
      if (list) list.push(i);
      else lists.set(t, [i]);
    }
  });
  return [...lists];
}

/**
 * An inverted index of sentences, so a question costs a few map lookups instead of a substring search of
 * every passage for every token (measured: the scan was a third of answer()'s time). Tokens the tokenizer
 * never emits for the interview (a lone character such as 拍, a number fragment) are found by substring,
 * per question: they are rare and the result is not kept, so nothing grows.
 */
export function createPostings(sentencesPerPassage: string[][], entries: [string, number[]][]): Postings {
  const sentences = sentencesPerPassage.flat();
  const passageOf = Uint16Array.from(sentencesPerPassage.flatMap((ss, i) => ss.map(() => i)));
  const lists = new Map(entries);
  const firstSentenceOf = new Uint16Array(sentencesPerPassage.length);
  for (let i = 1; i < sentencesPerPassage.length; i++)
    firstSentenceOf[i] = firstSentenceOf[i - 1]! + sentencesPerPassage[i - 1]!.length;
  return {
    passageOf,
    firstSentenceOf,
    sentenceCount: sentences.length,
    sentencesWith(token) {
      const list = lists.get(token);
      if (list) return list;
      // Every pair of adjacent Han characters of the interview is a listed token: an unlisted one is absent.
      if (HAN_PAIR.test(token)) return NONE;
      const found: number[] = [];
      sentences.forEach((s, i) => s.includes(token) && found.push(i));
      return found;
    },
  };
}
