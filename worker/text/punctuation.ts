// Chinese text takes full-width punctuation (，：；！？（）). The interview writes half-width commas and colons;
// a reply mixes template and interview clauses, so the reply is made consistent here. Citations keep the
// interview's own characters (they are quotes).

const FULL: Record<string, string> = { ",": "，", ":": "：", ";": "；", "!": "！", "?": "？", "(": "（", ")": "）" };
// A half-width mark next to Han text on either side, and not between two digits (10:30, 1,000).
const HALF_BESIDE_HAN = /(?<=\p{Script=Han}|[”“》）)])[,:;!?()]|[,:;!?()](?=\p{Script=Han}|[“《（])/gu;

const HALF_MARK = /[,:;!?()]/;

/** The text with half-width punctuation beside Chinese characters made full-width. */
export function fullWidthPunctuation(text: string): string {
  // (Most replies have no half-width mark: one plain scan spares the lookarounds.)
  return HALF_MARK.test(text) ? text.replace(HALF_BESIDE_HAN, (mark) => FULL[mark] ?? mark) : text;
}
