// How Chinese speech orders and frames what it says: list openers, numbered points and time frames. One
// module for the builder (index-builder/extract-facts.ts reads periods and measures with it) and the worker
// (worker/core/compose.ts trims replies and lists points with it). Patterns cover both scripts, as the
// builder reads the interview as written and the worker reads it too.

/** Openers that only make sense inside the original list (首先, 其次, 第三, 二是, 一方面): dropped from a quote. */
export const ENUMERATOR =
  /^(首先|其次|再次|最後|最后|此外|同時|同时|比如|第[一二三四五六七八九十]|[一二三四五六七八九十]是|一方面|另一方面)[,，,、:：]?/;

/** What a sentence says after its last colon (着力做三个方面工作:一是加快开放平台建设。→ 一是…), or all of it. */
export const afterColon = (sentence: string) => sentence.split(/[:：]/).at(-1)!;

/**
 * The two ways a speaker numbers points: 一是…二是…三是 and 首先，…其次，…第三，…最后，. A point opens its
 * sentence (or follows its colon); the ordinal kind needs its comma (第三方审计 is no point).
 */
export const POINT_SERIES: readonly { series: string; opener: RegExp; first: RegExp }[] = [
  { series: "is", opener: /^([一二三四五六七八九十])是/, first: /^一是/ },
  {
    series: "ordinal",
    opener: /^(首先|其次|再次|第[一二三四五六七八九十]|最后|最後)[,，、]/,
    first: /^(首先|第一)/,
  },
];

/**
 * A phrase that sets a time frame: 截至10月22日, 截至目前, 今年以来, 自挂牌设立至今, 今年1至9月, 上半年,
 * 前三季度, 2023年, 当前, 如今.
 */
export const TIME =
  "截至[^,，、]{1,10}?(?:日|目前|月底|年底)|截至目前|今年以來|今年以来|自[^,，]{1,8}至今|(?:今年|去年|\\d{4}年)?(?:\\d{1,2}至\\d{1,2}月|上半年|下半年|前三季度)|今年|去年|\\d{4}年|當前|当前|目前|如今";

/** A clause that is only a time frame (截至10月22日). */
export const TIME_CLAUSE = new RegExp(`^(?:${TIME})$`);
/** A clause that opens with a time frame (今年1至9月，全省…), not a date inside a longer phrase. */
export const TIME_LEAD = new RegExp(`^(?:${TIME})(?=[^年月日])`);
/** A clause that opens with a time frame, however it goes on. */
export const TIME_OPENING = new RegExp(`^(?:${TIME})`);

/**
 * A sentence that announces the list after it: it ends on the work done, the measures taken or the aspects
 * to come (全省商务系统做了大量工作。, 着力做三个方面工作:).
 */
export const ANNOUNCES =
  /(?:做了|开展了|采取了|推出了|抓了|着力做|做好|从[一二三四五六七八九十几两\d]+个?方面)[^，,。]{0,10}(?:工作|举措|措施|方面|发力)[。:：]?$/;

/**
 * A clause that gives a reason, a purpose or the means (为了让…, 就是要…, 因为…, 通过…, 依托…, 不仅…而且): what a
 * why-question wants beside the claim. Normalised (Simplified) text.
 */
export const REASON =
  /为了|就是要|旨在|以便|以期|目的是|因为|由于|得益于|所以|因此|从而|通过|依托|借助|不仅|为(?:深入|进一步|加快|推动|推进|促进|实现)/;

/** Years said relative to the speaker's: 今年 is this year, 去年 one back, 前年 two. */
export const RELATIVE_YEARS = ["今年", "去年", "前年"] as const;

/** The years a text names, as numbers: 2023年, and 今年/去年/前年 counted from `thisYear` (the page's date). */
export function yearsIn(normalized: string, thisYear: number): number[] {
  const years = [...normalized.matchAll(/(\d{4})年|(今年|去年|前年)/g)].map(([, digits, word]) =>
    digits ? Number(digits) : thisYear - RELATIVE_YEARS.indexOf(word as (typeof RELATIVE_YEARS)[number]),
  );
  return [...new Set(years)];
}

/** The month spans a text names (1至9月, and 上半年 as 1至6月, 全年 as 1至12月): what period a figure covers. */
export function monthSpans(normalized: string): string[] {
  const spans: string[] = [...(normalized.match(/\d+至\d+月/g) ?? [])];
  if (normalized.includes("上半年")) spans.push("1至6月");
  if (normalized.includes("下半年")) spans.push("7至12月");
  // 全年 is the whole year: a figure for its first nine months does not answer it (预计全年增速能达到多少).
  // (一整年, 整年: the same whole year, said in passing.)
  if (/全年(?!的?[前头])|整年/.test(normalized)) spans.push("1至12月");
  return [...new Set(spans)];
}
