// Chinese numerals as digits, for matching questions against facts ("三十三条" → "33条", "第四" → "第4",
// "百分之二十" → "20%"). Used by fact matching only: the core tokenizer stays as it is, because changing
// its tokens would change every index term (and the golden tokens).

const DIGIT: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNIT: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNIT: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

const NUMERAL_CHARS = "零〇一二两兩三四五六七八九十拾百佰千仟";
/** A run of Chinese numeral characters (万/亿 only inside a number: 三万五千, never a lone 万). */
const NUMERAL = `[${NUMERAL_CHARS}]+(?:[万萬亿億][${NUMERAL_CHARS}]+)*(?:点[${NUMERAL_CHARS.slice(0, 12)}]+)?`;

/**
 * The value of a Chinese numeral ("三十三" → 33, "一百零七" → 107, "四千五百四十" → 4540, "十" → 10,
 * "八十点四五" → 80.45, "两" → 2, "4千5百" → 4500, "二零二二" → 2022), or null when the text is not one. Digits pass through
 * ("5228" → 5228).
 */
export function parseChineseNumber(text: string): number | null {
  if (/^\d+(?:\.\d+)?$/.test(text)) return Number(text);
  // Digits typed between Chinese units (4千5百, 1万2) are read as their Chinese digits.
  if (/^[\d十拾百佰千仟万萬亿億]+$/.test(text) && /\d/.test(text))
    text = text.replace(/\d/g, (d) => "零一二三四五六七八九"[Number(d)]!);
  if (!new RegExp(`^${NUMERAL}$`).test(text)) return null;
  // Three or more digits without a unit are said digit by digit (二零二二 → 2022); two (三五) are a range.
  if (/^[零〇一二三四五六七八九]{3,}$/.test(text)) return Number([...text].map((c) => DIGIT[c]).join(""));
  const [whole = "", fraction] = text.split("点");
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const c of whole) {
    if (c in DIGIT) digit = DIGIT[c]!;
    else if (c in SMALL_UNIT) {
      section += (digit ?? 1) * SMALL_UNIT[c]!;
      digit = null;
    } else if (c in BIG_UNIT) {
      total += (section + (digit ?? 0)) * BIG_UNIT[c]!;
      section = 0;
      digit = null;
    }
  }
  total += section + (digit ?? 0);
  if (fraction) total = Number(`${total}.${[...fraction].map((c) => DIGIT[c] ?? 0).join("")}`);
  return total;
}

// A numeral counts as a number only where a number stands: after 第/前/约/近/超, or before a measure word or
// unit. 一批, 统一, 一对一 and 一是 stay words, and so does a numeral after 哪/这/那/某/每 (哪一年, 这一项):
// a determiner, not a count.
const MEASURE_WORD =
  "个|條|条|家|项|項|位|名|年|月|日|号|倍|成|大|强|強|届|屆|方面|座|所|种|種|批次|次|元|亿|億|万|萬|%|百分点|百分點|位数|位數";
const IN_CONTEXT = new RegExp(
  `(?<=第|前|约|約|近|超|超过|超過|达|達)${NUMERAL}|(?<![哪那这這某每])${NUMERAL}(?=${MEASURE_WORD})`,
  "gu",
);
const PERCENT = new RegExp(`百分之(${NUMERAL}|\\d+(?:\\.\\d+)?)`, "gu");
// (百分之 holds 百, so both patterns need one of these characters.)
const ANY_NUMERAL = new RegExp(`[${NUMERAL_CHARS}]`);

/**
 * The text with numerals in number positions written in digits: "前十" → "前10", "两位数" → "2位数",
 * "百分之二十" → "20%", "三十三条" → "33条". Other text is unchanged; run it on normalize()d text.
 */
export function withDigits(text: string): string {
  // Most texts hold no numeral at all: one scan for a numeral's character spares the two patterns.
  if (!ANY_NUMERAL.test(text)) return text;
  return text
    .replace(PERCENT, (_, n: string) => `${parseChineseNumber(n) ?? n}%`)
    .replace(IN_CONTEXT, (n) => String(parseChineseNumber(n) ?? n));
}

/** The numbers written in a text, after withDigits(): "5000万元以上的1014个" → [5000, 1014]. */
export function numbersIn(text: string): number[] {
  return [...withDigits(text).matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
}
