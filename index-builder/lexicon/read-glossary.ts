import { normalize } from "../../worker/text/normalize.ts";

export interface GlossaryEntry {
  /** The interview's own term, normalize()d. */
  term: string;
  /** What readers call it: Han aliases normalize()d, English ones lower-cased. */
  aliases: string[];
  /** A place the interview names (its "## Places" section): it answers for that place only where it names it. */
  place?: boolean;
  /** A firm the interview names (its "## Firms" section): likewise answered for only where it is named. */
  firm?: boolean;
}

/**
 * The `- term: alias, alias` lines of content/glossary.md (see its header for the format); under its
 * "## Places" heading, `- place` or `- place: alias, …` lines name the places the interview speaks of; under
 * "## Firms", the firms it names.
 */
export function readGlossary(markdown: string): GlossaryEntry[] {
  const entries: GlossaryEntry[] = [];
  let places = false;
  let firms = false;
  for (const line of markdown.split("\n")) {
    if (/^##\s/.test(line)) {
      places = /^##\s+Places\b/i.test(line);
      firms = /^##\s+Firms\b/i.test(line);
    }
    const m = /^- ([^:：]+)(?:[:：](.+))?$/.exec(line.trim());
    if (!m || (!m[2] && !places && !firms)) continue;
    const aliases = (m[2] ?? "")
      .split(/[,，、]/)
      .map((a) => normalize(a.trim()))
      .filter(Boolean);
    entries.push({
      term: normalize(m[1]!.trim()),
      aliases,
      ...(places && { place: true }),
      ...(firms && { firm: true }),
    });
  }
  return entries;
}
