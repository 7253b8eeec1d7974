import { insertMultiple, save } from "@orama/orama";
import type { IndexData, InterviewMeta, Passage } from "../worker/search/passage.ts";
import { createPassageDb } from "../worker/search/passage-db.ts";
import { listPostings } from "../worker/search/postings.ts";
import { normalize } from "../worker/text/normalize.ts";
import { TOKENIZER_VERSION } from "../worker/text/tokenize.ts";

/** Indexes the passages in Orama and returns what the worker imports. */
export function buildIndex(meta: InterviewMeta, passages: Passage[]): IndexData {
  const db = createPassageDb();
  insertMultiple(
    db,
    passages.map((p) => ({ id: p.id, text: p.text })),
  );
  const normalized = passages.map((p) => p.sentences.map(normalize));
  return {
    tokenizer: TOKENIZER_VERSION,
    meta,
    passages,
    orama: save(db),
    sentences: { normalized, postings: listPostings(normalized) },
  };
}
