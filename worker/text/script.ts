import { SIMPLIFIED, SIMPLIFIED_ONLY, TRADITIONAL } from "./script-table.ts";

export type Script = "hans" | "hant";

// Built once per isolate at module scope: 3,000 pairs take well under a millisecond.
const toSimplifiedMap = new Map<string, string>();
{
  const traditional = [...TRADITIONAL];
  const simplified = [...SIMPLIFIED];
  traditional.forEach((c, i) => toSimplifiedMap.set(c, simplified[i]!));
}
const simplifiedOnly = new Set(SIMPLIFIED_ONLY);

/** Converts Traditional (and regional variant) characters to Simplified, one character at a time. */
export function toSimplified(text: string): string {
  // Fast path: most of a question is ASCII, punctuation or already Simplified; copy runs untouched.
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x3400) continue;
    const wide = code >= 0xd800 && code < 0xdc00;
    const c = wide ? text.slice(i, i + 2) : text[i]!;
    const s = toSimplifiedMap.get(c);
    if (s !== undefined) {
      out += text.slice(from, i) + s;
      from = i + c.length;
    }
    if (wide) i++;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * The script a text is written in, by counting characters only one script uses.
 * Text with no telling character (您好, 冀) counts as Simplified: most askers are mainland readers.
 */
export function detectScript(text: string): Script {
  let hant = 0;
  let hans = 0;
  for (const c of text) {
    if (toSimplifiedMap.has(c)) hant++;
    else if (simplifiedOnly.has(c)) hans++;
  }
  return hant > hans ? "hant" : "hans";
}

/** Renders template or interview text in the given script (the interview and templates are Traditional). */
export function inScript(text: string, script: Script): string {
  return script === "hans" ? toSimplified(text) : text;
}
