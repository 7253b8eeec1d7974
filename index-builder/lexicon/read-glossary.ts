import { normalize } from "../../worker/text/normalize.ts";

export interface GlossaryEntry {
  /** The interview's own term, normalize()d. */
  term: string;
  /** What readers call it: Han aliases normalize()d, English ones lower-cased. */
  aliases: string[];
}

/** The `- term: alias, alias` lines of content/glossary.md (see its header for the format). */
export function readGlossary(markdown: string): GlossaryEntry[] {
  const entries: GlossaryEntry[] = [];
  for (const line of markdown.split("\n")) {
    const m = /^- ([^:：]+)[:：](.+)$/.exec(line.trim());
    if (!m) continue;
    const aliases = m[2]!
      .split(/[,，、]/)
      .map((a) => normalize(a.trim()))
      .filter(Boolean);
    entries.push({ term: normalize(m[1]!.trim()), aliases });
  }
  return entries;
}
