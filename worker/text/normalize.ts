import { toSimplified } from "./script.ts";

// Variants the script table leaves apart but a reader treats as one word (著/着 as in 着力/著力).
const MATCH_VARIANTS = /著/g;

/**
 * The one form both the index and the questions are matched in: NFKC (full-width digits and
 * punctuation, compatibility ideographs), lower case, Simplified script, reader-equivalent variants.
 */
export function normalize(text: string): string {
  return toSimplified(text.normalize("NFKC").toLowerCase()).replace(MATCH_VARIANTS, "着");
}
