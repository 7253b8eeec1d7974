// The text of a chat reply on every channel: the answer, its source line and numbered follow-ups, within the
// platform's size.
import type { Answer } from "../../core/answer.ts";
import { detectScript } from "../../text/script.ts";

/**
 * Undocumented; a community measurement puts the limit of a passive text reply at 2048 bytes of UTF-8,
 * past which the user gets nothing. Stay below with room for the XML around it.
 */
export const MAX_REPLY_BYTES = 2000;

const encoder = new TextEncoder();
const bytes = (text: string) => encoder.encode(text).length;

// Labels in the script of the answer (answer() already follows the asker's script).
const LABELS = { hans: { source: "来源", reply: "回复" }, hant: { source: "來源", reply: "回覆" } };

/** "来源" and "回复" in the script of the answer, for every chat channel's formatting. */
export function replyLabels(a: Answer): { source: string; reply: string } {
  return LABELS[detectScript(a.text)];
}

/** The source as one short line: the section and a link to the passage on /source. */
export function sourceLine(a: Answer): string | undefined {
  const c = a.citations[0];
  return c ? `${LABELS[detectScript(a.text)].source}：${c.section} ${c.url}` : undefined;
}

export function followUpLines(a: Answer): string[] {
  const label = LABELS[detectScript(a.text)].reply;
  return a.suggestions.slice(0, 3).map((q, i) => `${label} ${i + 1}：${q}`);
}

// Cut at a grapheme boundary (never half a character or half an emoji) so that it fits in `budget` bytes.
function truncate(text: string, budget: number): string {
  if (bytes(text) <= budget) return text;
  const ellipsis = "…";
  let out = "";
  let used = bytes(ellipsis);
  for (const { segment } of new Intl.Segmenter("zh", { granularity: "grapheme" }).segment(text)) {
    const size = bytes(segment);
    if (used + size > budget) break;
    out += segment;
    used += size;
  }
  return out + ellipsis;
}

/**
 * The text of a chat reply: the answer, the source line, the numbered follow-ups. When it is too long the
 * follow-ups go first (last one first), then the answer is shortened; the source line is kept whole or dropped.
 */
export function formatReplyText(a: Answer, maxBytes = MAX_REPLY_BYTES): string {
  const source = sourceLine(a);
  const followUps = followUpLines(a);
  const join = (text: string, src: string | undefined, fu: string[]) =>
    [text, src, fu.length ? fu.join("\n") : undefined]
      .filter((p): p is string => p !== undefined && p !== "")
      .join("\n\n");

  let src = source;
  let fu = followUps;
  while (bytes(join(a.text, src, fu)) > maxBytes && fu.length > 0) fu = fu.slice(0, -1);
  if (bytes(join(a.text, src, fu)) <= maxBytes) return join(a.text, src, fu);
  // Room for at least a useful start of the answer, or the link is not worth its bytes.
  if (src && bytes(src) + 2 > maxBytes / 2) src = undefined;
  const rest = maxBytes - bytes(join("", src, [])) - (src ? 2 : 0);
  return join(truncate(a.text, rest), src, []);
}
