import { toSimplified } from "./script.ts";

// Variants the script table leaves apart but a reader treats as one word (著/着 as in 着力/著力).
const MATCH_VARIANTS = /著/g;

/**
 * The one form both the index and the questions are matched in: NFKC (full-width digits and
 * punctuation, compatibility ideographs), lower case, Simplified script, reader-equivalent variants.
 */
export function normalize(text: string): string {
  let folded = recent.get(text);
  if (folded === undefined) {
    folded = toSimplified(text.normalize("NFKC").toLowerCase()).replace(MATCH_VARIANTS, "着");
    // An answer folds the same question and the same interview clauses a dozen times: the last few hundred
    // texts are kept (bounded, so a flood of distinct questions cannot grow it).
    if (recent.size >= RECENT_LIMIT) recent.clear();
    recent.set(text, folded);
  }
  return folded;
}
const RECENT_LIMIT = 512;
const recent = new Map<string, string>();
