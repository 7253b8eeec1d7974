import { load } from "@orama/orama";
import { type Lexicon, type LoadedLexicon, loadLexicon } from "../text/lexicon.ts";
import { normalize } from "../text/normalize.ts";
import { TOKENIZER_VERSION } from "../text/tokenize.ts";
import type { Fact, IndexData, InterviewMeta, Passage } from "./passage.ts";
import { createPassageDb, type PassageDb } from "./passage-db.ts";
import { createPostings, type Postings } from "./postings.ts";

export interface SampleQuestion {
  question: string;
  /** normalize(question), filled in at load. */
  normalized?: string;
  passage: string;
  turn: number;
}

/** A passage with the normalize()d text of each sentence (made by the builder) for sentence scoring. */
export interface LoadedPassage extends Passage {
  normalizedSentences: string[];
  /** The quick facts read from this passage (index-builder/extract-facts.ts). */
  facts: Fact[];
}

export interface SearchIndex {
  db: PassageDb;
  meta: InterviewMeta;
  passages: LoadedPassage[];
  byId: Map<string, LoadedPassage>;
  /** Number of sentences in the interview (for idf), and where each token occurs. */
  sentenceCount: number;
  postings: Postings;
  samples: SampleQuestion[];
  /** Every quick fact, in the order of the page. */
  facts: Fact[];
  /** Language tables made at build time (worker/text/lexicon.ts). */
  lexicon: LoadedLexicon;
  /** Every number the interview writes (after withDigits), for reading approximate numbers. */
  numbers: number[];
}

const EMPTY_LEXICON: Lexicon = {
  english: {},
  aliases: [],
  pinyin: {},
  chars: {},
  places: "",
  named: "",
  classifiers: "",
  englishStop: [],
  synonyms: {},
  words: "",
};

export class IndexVersionError extends Error {}

/**
 * Loads a saved index into a db made with our tokenizer. Refuses an index saved with another tokenizer:
 * its terms would never match ours, and the failure would otherwise be a silent 0 hits.
 */
export function loadIndex(data: IndexData & { samples?: SampleQuestion[]; lexicon?: Lexicon }): SearchIndex {
  if (data.tokenizer !== TOKENIZER_VERSION) {
    throw new IndexVersionError(
      `index was built with tokenizer "${data.tokenizer}", this worker uses "${TOKENIZER_VERSION}": run npm run build`,
    );
  }
  const db = createPassageDb();
  load(db, data.orama as Parameters<typeof load>[1]);
  const passages = data.passages.map((p, i) => ({
    ...p,
    normalizedSentences: data.sentences.normalized[i]!,
    facts: (data.facts ?? []).filter((f) => f.passage === p.id),
  }));
  const postings = createPostings(data.sentences.normalized, data.sentences.postings);
  return {
    db,
    meta: data.meta,
    passages,
    byId: new Map(passages.map((p) => [p.id, p])),
    sentenceCount: postings.sentenceCount,
    postings,
    samples: (data.samples ?? []).map((s) => ({ ...s, normalized: normalize(s.question) })),
    facts: data.facts ?? [],
    lexicon: loadLexicon(data.lexicon ?? EMPTY_LEXICON),
    numbers: [
      ...new Set(
        data.sentences.normalized.flat().flatMap((s) => [...s.matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]))),
      ),
    ],
  };
}
