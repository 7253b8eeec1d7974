import { SIMPLIFIED, SIMPLIFIED_ONLY, TRADITIONAL } from "./script-table.ts";

export type Script = "hans" | "hant";

// Built once per isolate, on first use (not at load, where every cold start would pay for it): characters of
// the BMP (nearly all) are looked up by code in typed arrays, which answer faster than a Map of one-character
// strings; the few astral ones in Maps.
const IN_MAP = 0xffff;
let bmpToSimplified: Uint16Array | undefined;
let bmpSimplifiedOnly: Uint8Array;
const toSimplifiedMap = new Map<string, string>();
const simplifiedOnly = new Set<string>();
function tables(): Uint16Array {
  if (bmpToSimplified) return bmpToSimplified;
  const to = new Uint16Array(0x10000);
  bmpSimplifiedOnly = new Uint8Array(0x10000);
  const traditional = [...TRADITIONAL];
  const simplified = [...SIMPLIFIED];
  traditional.forEach((c, i) => {
    const s = simplified[i]!;
    // (A BMP character whose Simplified form is astral is marked to be looked up in the Map.)
    if (c.length === 1 && s.length === 1) to[c.charCodeAt(0)] = s.charCodeAt(0);
    else {
      toSimplifiedMap.set(c, s);
      if (c.length === 1) to[c.charCodeAt(0)] = IN_MAP;
    }
  });
  for (const c of SIMPLIFIED_ONLY) {
    if (c.length === 1) bmpSimplifiedOnly[c.charCodeAt(0)] = 1;
    else simplifiedOnly.add(c);
  }
  bmpToSimplified = to;
  return to;
}

/** Converts Traditional (and regional variant) characters to Simplified, one character at a time. */
export function toSimplified(text: string): string {
  // Fast path: most of a question is ASCII, punctuation or already Simplified; copy runs untouched.
  const bmp = tables();
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x3400) continue;
    const wide = code >= 0xd800 && code < 0xdc00;
    const simple = wide ? IN_MAP : bmp[code]!;
    if (!simple) continue;
    const c = wide ? text.slice(i, i + 2) : text[i]!;
    const s = simple === IN_MAP ? toSimplifiedMap.get(c) : String.fromCharCode(simple);
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
  const bmp = tables();
  let hant = 0;
  let hans = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x3400) continue;
    if (code >= 0xd800 && code < 0xdc00) {
      const c = text.slice(i, i + 2);
      i++;
      if (toSimplifiedMap.has(c)) hant++;
      else if (simplifiedOnly.has(c)) hans++;
    } else if (bmp[code]) hant++;
    else if (bmpSimplifiedOnly[code]) hans++;
  }
  return hant > hans ? "hant" : "hans";
}

/** Renders template or interview text in the given script (the interview and templates are Traditional). */
export function inScript(text: string, script: Script): string {
  return script === "hans" ? toSimplified(text) : text;
}
