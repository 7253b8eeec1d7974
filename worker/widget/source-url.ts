import type { Language } from "./strings.ts";

/**
 * A link to /source (a passage's, or the page's) that opens in the reader's script. Citation links come from
 * the API; anything but http(s) falls back to the source page's anchor.
 */
export function sourceUrl(base: string, language: Language, url = "", id = ""): string {
  let u: URL;
  try {
    u = new URL(url || "/source", base);
    if (u.protocol !== "https:" && u.protocol !== "http:") throw new Error(u.protocol);
  } catch {
    u = new URL(`/source#${encodeURIComponent(id)}`, base);
  }
  u.searchParams.set("lang", language);
  return u.href;
}
