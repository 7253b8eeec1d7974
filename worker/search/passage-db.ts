import { create } from "@orama/orama";
import { createTokenizer } from "../text/tokenize.ts";

// Only the text is searched: the section and kind live in the passage metadata, and every extra
// property would grow the saved index that each isolate parses at start-up.
export const passageSchema = { text: "string" } as const;

/**
 * The Orama database both sides use. Orama's save() does not store the tokenizer and a db made with
 * the default one finds nothing in Chinese, so the builder and the worker must both create it here.
 */
export function createPassageDb() {
  return create({ schema: passageSchema, components: { tokenizer: createTokenizer() } });
}

export type PassageDb = ReturnType<typeof createPassageDb>;
