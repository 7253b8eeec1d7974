import { toSimplified } from "./script.ts";

// Variants the script table leaves apart but a reader treats as one word (著/着 as in 着力/著力).
const MATCH_VARIANTS = new Map([["著", "着"]]);

/**
 * The one form both the index and the questions are matched in: NFKC (full-width digits and
 * punctuation, compatibility ideographs), lower case, Simplified script, reader-equivalent variants.
 */
export function normalize(text: string): string {
  let out = "";
  for (const c of toSimplified(text.normalize("NFKC").toLowerCase())) out += MATCH_VARIANTS.get(c) ?? c;
  return out;
}
