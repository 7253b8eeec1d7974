import { create } from "@orama/orama";
import { createTokenizer } from "../text/tokenize.ts";

export const passageSchema = { text: "string", section: "string", kind: "enum" } as const;

/**
 * The Orama database both sides use. Orama's save() does not store the tokenizer and a db made with
 * the default one finds nothing in Chinese, so the builder and the worker must both create it here.
 */
export function createPassageDb() {
  return create({ schema: passageSchema, components: { tokenizer: createTokenizer() } });
}

export type PassageDb = ReturnType<typeof createPassageDb>;
