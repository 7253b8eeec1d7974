import type { SearchIndex } from "../search/load-index.ts";
import { fromColloquial } from "../text/colloquial.ts";
import { monthSpans, RELATIVE_YEARS } from "../text/discourse.ts";
import {
  aliasesIn,
  expandAbbreviations,
  fixHomophones,
  synonymsIn,
  translateEnglish,
  unknownFirms,
  unknownPlaces,
} from "../text/lexicon.ts";
import { normalize } from "../text/normalize.ts";
import { parseChineseNumber, withDigits } from "../text/numbers.ts";
import { detectScript, type Script } from "../text/script.ts";
import { QUESTION_CLAUSES, SPACE_BETWEEN_HAN } from "../text/sentences.ts";
import { tokenize } from "../text/tokenize.ts";
import { ADDRESS_ASKED, asksOf, askWordsIn, CITY_ASKED, COUNT_ASKED, END, type QuestionType } from "./asks.ts";
import { smallTalk } from "./small-talk.ts";
import { tuning } from "./tuning.ts";

export type { QuestionType };

export type Intent = "question" | "greeting" | "thanks" | "help";

export interface AnalysedQuestion {
  script: Script;
  intent: Intent;
  types: QuestionType[];
  /** Content tokens of this question (question words, particles and fillers removed). */
  tokens: string[];
  /** The same tokens in question order, one list per unbroken run, for finding word junctions. */
  runs: string[][];
  /**
   * The words naming what is asked for: after 多少/几 when something follows (多少个机场), else the
   * last words before it or at the end (石家庄的人口有多少). `headFinal` when taken from before: the
   * last word is then the head of the phrase (净菜价格 asks for 价格).
   */
  focus: { run: string[]; headFinal: boolean; verbBeforeAsk: boolean };
  /** For a token of the question, the tokens of its everyday synonyms (拍的 → 拍摄): either counts as found. */
  alternatives: Map<string, string[]>;
  /** The synonyms' tokens that are not the question's own: they help rank, at a lower weight, but are not content. */
  synonyms: string[];
  /** Time words of the question (明年, 下半年, 2019年): the interview must mention them to answer. */
  timeWords: string[];
  /** Month spans the question asks about (一季度 → 1至3月, 上半年 → 1至6月): a sentence of another span does not answer. */
  periods: string[];
  /**
   * Latin names of the question as typed: acronyms in capitals (GDP, CPI, ODI), lower-cased. An everyday
   * English word the tables cannot read (scenic) is phrasing; an acronym is a named thing.
   */
  acronyms: string[];
  /** Content tokens carried over from the previous question when this one is a follow-up ("那家电呢?"). */
  contextTokens: string[];
  /**
   * The question's head: its last clause after its last 的 (该增幅对应的金额是多少 → 金额是多少), whose kinds are what
   * is asked of; "" when it has no 的.
   */
  head: string;
  /** The words of asking with a question word in a follow-up (百分之几, 排第几): no topic; "" for a first question. */
  askingWords: string;
  /** Those of contextTokens that come from the scene of a long question (the clauses before the asking one). */
  sceneTokens: string[];
  /**
   * The words a question opens by pointing at (那个基金加项目…, 这项政策…: a demonstrative and a measure word, then
   * the thing): what a follow-up is about, named outright. None without such an opening.
   */
  pointedAt: string[];
  /** "还有呢?" after a question: the same question again, wanting what the first answer did not say. */
  more: boolean;
  /** "具体呢?"/"举几个例子": going on past the answer, to the sentences that spell it out. */
  detail: boolean;
  /** 从哪几个方面, 主要做了哪些工作: asks for the speaker's points, answered as a list. */
  outline: boolean;
  /** 第三个是什么, 第二个方面具体讲讲: the point of that number in the answer to the previous question (1-based). */
  ordinal?: number;
  /** The one word after 哪所/哪个 (大学): the kind of thing a which-question asks for. */
  whichWord?: string;
  /** A noun asked for as a basis (按什么标准分配 → 标准). */
  askedNoun?: string;
  /** A city asked for (哪个城市, 哪些地市, 哪个 city), which a country does not answer. */
  cityAsked: boolean;
  /** A street or an address asked for (哪条街, 地址): finer than any city. */
  addressAsked: boolean;
  /** The words its yes-or-no clauses end on (明天下雨不 → 下雨, 普通人能报名吗 → 报名): what they ask is so or not. */
  predicates: string[];
  /** The action a how- or when-question asks about (怎么领取 → 领取, 什么时候结束 → 结束): the interview must tell of it. */
  howVerb?: string;
  /** The question asks for a figure (多少, 几, 多大): its focus names what is counted. */
  asksFigure: boolean;
  /** The measure word after 多少/几 naming what is counted (多少家 → 家; 人 for people), not the generic 个. */
  countWord?: string;
  /** A count of things (几个国家, 多少个城市), which names listed one by one answer. */
  countsThings: boolean;
  /** The exact place asked (具体排名第几位, 到底排第几), which 居全国前列 does not give. */
  exactRank: boolean;
  /** The words a metric is made of with 额, 量 or 率 (交易额 → 交易, 客流量 → 客流). */
  metricWords: string[];
  /** 哪些 or 哪几 before a noun (哪些省份, 哪几类产品): things asked by name, not actions (哪些工作, 哪些宣传). */
  namesThings: boolean;
  /** Things asked besides those the asker names (剩下的那些场景是哪些, 还有其他哪些): the named ones do not answer. */
  others: boolean;
  /**
   * A count asked of a part of a whole (1014个项目里外资的有几个, 成果中有多少项已推广): the whole's head word (项目,
   * 成果) and the measure asked (个, 项). The whole's own count does not answer it.
   */
  partOf?: { head: string; measure: string };
  /** Figures asked of each of several things (出口和进口分别增长多少, 各是多少): one figure answers none of them. */
  respectively: boolean;
  /** A list of names asked (步行街名单, 供应商名录): names answer it, not a count. */
  nameList: boolean;
  /** A when-question about an end or a deadline (截止日期, 什么时候结束). */
  asksEnd: boolean;
  /**
   * The nation is what the question asks about (全国外贸增长多少, 全国的平均是多少), not a base it compares with
   * (比全国高, 居全国第4), and no place is named: a province's figure does not answer it.
   */
  national: boolean;
  /** Asks only how a thing is (天气咋样, 卖得怎么样): a state, not a method; no why. */
  asksState: boolean;
  /** Asks yes or no (有没有热线, 有热线吗, 是否设了): that a thing exists answers it. */
  whether: boolean;
  /** A deputy or former holder of a post asked for (副厅长, 原局长): not the post's holder. */
  deputy?: string;
  /** Who is asked for: a person by role (哪位省领导), or anyone (谁打造的); none for a thing's name. */
  whoAsked?: "person" | "anyone";
  /** Named places of the question the interview never mentions (天津): it does not answer for them. */
  places: string[];
  /**
   * Firms and brands the question asks about that the interview never mentions (补贴能在京东上用吗): not those of
   * the asker's own story (我在抖音上刷到…), where they are only where the asker heard it.
   */
  firms: string[];
  /** Places of the question the interview names somewhere (保定): only a passage naming them answers for them. */
  namedPlaces: string[];
  /** Firms of the question the interview names somewhere (赢创): only a passage naming them answers for them. */
  namedFirms: string[];
  /** Every place of the interview the question names: its glossary's and its province, cities and countries. */
  placesSaid: string[];
}

// All patterns run on normalize()d text: Simplified, lower case, half-width.

// Words that frame a question but never carry its topic. Replaced by a gap, never deleted, so that
// no bigram is formed across them (北京的房价 must not yield 京房).
const FRAME = new RegExp(
  [
    "请问|请你|(?<![申邀])请|麻烦|我想知道|想知道|想问问|想问|问问|问一下|告诉我|介绍一下|介绍|说说|讲讲|一下|能否|能不能|可不可以|可以",
    "多少钱|多少个|多少条|多少家|多少项|多少时间|多少|多大|多高|多长时间|多长|多久|多远|多重|几个|几条|几家|几项|几位|几|总共|一共|共计|合计|大概|大约|具体|确切|准确|精确|到底|究竟|分别|各自",
    "是什么|是啥|什么样|什么时候|什么|啥|怎么样|怎么回事|咋回事|怎么|如何|怎样|为什么|哪些|哪几|哪个|哪位|哪所|哪家|哪里|哪儿|哪年|哪天|哪",
    // Colloquial and naming frames: 咋做的, 叫什么, 指的是什么.
    "咋样|咋做|咋办|咋|做的|做了|叫什么|叫啥|名字|名称|职务|职位|职称|职衔|头衔|官职|指的是|是指|指的|意思",
    "排名第几|排第几|排名|排位|第几|名次|位次|最好的|最好|领先|榜首|情况|状况|效果|进展|变化|带来了|带来|有关|相关|方面|幅度|原因|理由|缘故|目的|用意|初衷|出发点|背景|思路|关系|呢|吗|吧|啊|呀|嘛|哦|么",
    // Aims (the aim kind says them): 今后的目标, 下一步打算, 定位.
    "目标|定位|口号|愿景|打算|下一步|今后|接下来|往后",
    // Ranking verbs (排全国第几 keeps 全国), what-good words (好处, 作用) and, after 哪些/什么, places.
    "去了|去过|排(?=全国|第|在|名|几)|位居|好处|益处|优势|作用|意义|成效|(?<=哪些|哪个|哪几个|什么)(地方|地区|地点)",
    // Comparisons: 比全国 keeps 全国, 高几个百分点 keeps 百分点 (比例, 比重, 对比 stay words).
    "(?<!对)比(?![例重率较])|高出|高于|低于|[高低快慢](?=了?(几|多少))",
    // Hearsay: who the asker heard it from (听孩子说, 听朋友讲) is no topic.
    "听[^，,。？?！!\\s]{0,3}?(?:说|讲)|据说|听说",
    // Words for the page itself: the interview is the only thing this assistant talks about.
    "这篇|本文|文章|稿件|报道|网页|页面|本期|这次|此次|本次",
    // Pointing back at what was just said (在这上面, 这方面的): the topic is in the words before.
    "[这那]上面|[这那]方面|[这那]里面|[这那]件事|[这那]个事|[这那]块",
    // What a fact shows (说明了什么, 意味着什么): the effect kind says it.
    "说明了?(?=什么|啥)|意味着|反映了?(?=什么|啥)|体现了?(?=什么|啥)",
    // Asking how or what was done: the type says it, the words are never in the answer.
    "举措|措施|做法|办法|工作|用了|花了|花费|举例|举个例子|例子|例如|比如",
    "是不是|是否|有没有|对不对|对吗|来着|为何|为啥|何时|何处|何地|何人|何种|何职|何为|何(?=[?？]|$)|谁|是|的|了|有|在|都|还|和|与|跟|及|把|被|给|让|个|些|这|那|那么",
  ].join("|"),
  "g",
);

// Everyday words for what the page calls otherwise: added to the query, never replacing it.
// Generic newsroom and statistics vocabulary, not phrasings of any particular question.
const SYNONYMS: [RegExp, string][] = [
  [/发布|发表|刊登|刊发|刊出|登出|上线|发稿|出版/, "来源 2024"],
  [/来源|出处|哪家媒体|哪个网站|媒体/, "来源 新华网"],
  [/摄影|照片|图片|拍照|拍的|配图/, "拍摄"],
  [/作者|撰稿|写的|记者|文字/, "文字"],
  [/编辑/, "责任编辑"],
  [/出品方?|主办方?|制作方|合作方/, "联合出品"],
  // 年增率, 成长率: Taiwan's words for year-on-year growth.
  [/增幅|增速|涨幅|上涨|涨了|涨|年增率|增长率|成长率|成长/, "增长"],
  [/签约|签了/, "签署协议"],
  // Money asked about as 补贴/钱 is reported as 资金 and as amounts 拨付 (disbursed) or 使用 (used).
  [/补贴|补助/, "资金 拨付 使用"],
  [/资金|钱|经费/, "资金"],
  [/外企|外资企业/, "外企"],
  [/份额|市占率|市占|占比|占多[大少]?(比例|比重)?/, "占有率"],
  [/卖得好|卖得怎么样|畅销|热卖|好卖|受欢迎/, "热销 占有率 青睐"],
  [/企业|公司/, "企业 公司"],
  [/产品|货品/, "商品 优品"],
  [/职务|职位|头衔|官职|身份|担任/, "厅长 书记"],
  [/参加|出席|参会/, "对接"],
];

const SYNONYM_RULES = SYNONYMS.map(([pattern, words]) => [pattern, words, new RegExp(pattern.source, "g")] as const);

// How people name a span of months, rewritten to the interview's own form (今年1至9月): 前九个月, 1到9月,
// 一至九月. A rewrite, not a synonym, so that 个/到 do not break the phrase into words.
const MONTH_SPAN =
  /(?:前([一二三四五六七八九十\d]+)个?月|([一二三四五六七八九十\d]+)(?:到|至|-|~)([一二三四五六七八九十\d]+)月)/g;
function rewriteMonthSpans(normalized: string): string {
  // Each number read alone: a lone 一 is a numeral here (一到十月), though withDigits leaves it in running text.
  const month = (n: string) => withDigits(`第${n}`).slice(1);
  return normalized.replace(
    MONTH_SPAN,
    (_, last: string | undefined, from: string | undefined, to: string | undefined) =>
      last ? `1至${month(last)}月` : `${month(from!)}至${month(to!)}月`,
  );
}

// Quarters as the months they span (前三季度 → 1至9月, 一季度 → 1至3月): the interview counts months. Hong Kong's
// 首三季 (the first three) may drop 度 after its 首/前/头.
const QUARTERS = /(?:前|头|首)([一二三四1-4两])(?:个)?季度?|([一二三四1-4两])(?:个)?季度/g;
function rewriteQuarters(normalized: string): string {
  return normalized.replace(QUARTERS, (whole, first: string | undefined, alone: string | undefined) => {
    const n = first ?? alone ?? "";
    const q = Number(withDigits(`第${n}`).slice(1)) || (n === "两" ? 2 : 0);
    if (!q) return whole;
    return first || q > 1 ? `1至${q * 3}月` : "1至3月";
  });
}

/**
 * Approximate numbers (八十多亿, 三十几个, 一百个左右, 十一个亿, 一千出头) read as the interview's figures
 * in their range: 80多 is 80 to 90, 4500多 4500 to 4600, 三十几 30 to 40, 左右/大概 within a tenth, a bare 十一亿
 * 11 to 12, a round 四千五百亿 4450 to 4550.
 */
const APPROX = /(大概|大约|约|差不多|将近|接近|近)?(\d+(?:\.\d+)?)(多|几|余|来)?(个)?(亿|万)?(左右|上下|出头|多)?/g;
function readApproximateNumbers(normalized: string, figures: readonly number[]): string {
  return normalized.replace(APPROX, (whole, about, digits: string, more, _ge, unit, around) => {
    const n = Number(digits);
    if (figures.includes(n) && !more && !around) return whole;
    let lo = n;
    let hi = n;
    // 八十多 spans a ten (80–90), 4千5百多 a hundred, 11亿多 a unit (11–12): the last digit place written.
    const span = Number.isInteger(n) && n > 0 ? 10 ** String(n).match(/0*$/)![0].length : 1;
    if (more || around === "出头" || around === "多") [lo, hi] = [n, n + span];
    else if (about || around) [lo, hi] = [n * 0.9, n * 1.1];
    // A round amount (四千五百亿, 八十亿) is said for the figure nearest it: within half its last place written.
    else if (unit && span > 1) [lo, hi] = [n - span / 2, n + span / 2];
    else if (unit && Number.isInteger(n)) [lo, hi] = [n, n + 1];
    else return whole;
    const near = figures.filter((f) => f >= lo && f < hi);
    return near.length ? `${near.join(" ")}${unit ?? ""}${_ge ?? ""}` : whole;
  });
}

// The interview's percentages, once per index.
const percents = new WeakMap<SearchIndex, number[]>();
function percentsOf(index: SearchIndex): number[] {
  let list = percents.get(index);
  if (!list)
    percents.set(index, (list = index.facts.filter((f) => f.unit === "%" && f.number !== null).map((f) => f.number!)));
  return list;
}

// An approximate percentage (百分之三十几 → 30%几, 百分之十多): the interview's percentages in that span.
const PERCENT_ABOUT = /(\d+)%(多|几)/g;
function readApproximatePercents(normalized: string, figures: readonly number[]): string {
  return normalized.replace(PERCENT_ABOUT, (whole, digits: string) => {
    const n = Number(digits);
    const span = n > 0 ? 10 ** String(n).match(/0*$/)![0].length : 10;
    const near = figures.filter((f) => f >= n && f < n + span);
    return near.length ? near.map((f) => `${f}%`).join(" ") : whole;
  });
}

// Approximate percentage points (大概两个百分点左右, 2个多百分点): the interview's figure within half a point, or in
// the point above for 多.
const POINTS_ABOUT = /(大概|大约|约|差不多)?(\d+)(多)?个(多)?百分点(左右|上下)?/g;
function readApproximatePoints(normalized: string, figures: readonly number[]): string {
  return normalized.replace(POINTS_ABOUT, (whole, about, digits: string, more1, more2, around) => {
    const n = Number(digits);
    const more = more1 || more2;
    if (!about && !more && !around) return whole;
    const [lo, hi] = more ? [n, n + 1] : [n - 0.5, n + 0.5];
    const near = figures.filter((f) => f >= lo && f < hi && f !== n);
    return near.length === 1 ? `${near[0]}个百分点` : whole;
  });
}

// Tenths (四成多 is 40 to 50%, 两成左右 about 20%): read as the interview's one percentage in that range.
const TENTHS = /(\d+)成(多|左右|上下)?/g;
function readTenths(normalized: string, figures: readonly number[]): string {
  return normalized.replace(TENTHS, (whole, digits: string, more?: string) => {
    const n = Number(digits) * 10;
    const [lo, hi] = more === "多" ? [n, n + 10] : [n - 5, n + 5];
    // One percentage in range is the one meant; several (一成多: 12.9, 13.5) leave the words as said.
    const near = figures.filter((f) => f >= lo && f < hi);
    return near.length === 1 ? `${near[0]}%` : whole;
  });
}

const TIME_WORDS =
  /明年|后年|前年|去年|今年|下半年|上半年|下个?月|上个?月|本月|\d{4}年|[一二两三四五六七八九十\d]+年前|以前|之前|曾经|过去|将来|未来/g;
/** 比前年, 较上年, 相比2022年: the year a change is measured against. */
const COMPARED_YEAR = /(比|较|相比|相较|对比)(前年|去年|上年|往年|\d{4}年)/g;

// The dictionary of the index being asked (its jieba word list), set by analyseQuestion: a frame word that
// is half of a real word (供给, 占有率, 项目, 了解) stays, so that 给/有/项/了 do not cut words apart.
let isWord: (pair: string) => boolean = () => false;

// A word made only of frame words (还有, 那么, 是否) is a frame itself, not a word to keep whole.
const ALL_FRAME = new RegExp(`^(?:${FRAME.source})+$`);
const keeps = (pair: string) => pair.length === 2 && isWord(pair) && !ALL_FRAME.test(pair);

function contentRuns(normalized: string): string[][] {
  const cleaned = normalized.replace(/[^\p{L}\p{N}.%+]+/gu, " ");
  // FRAME has groups, so the match's offset is the second-to-last argument, not the second.
  const text = cleaned.replace(FRAME, (...args: unknown[]) => {
    const m = args[0] as string;
    const at = args[args.length - 2] as number;
    let from = 0;
    let to = m.length;
    // A frame word that is a word itself (一共, 具体) stays whole: in 一共用了, 共用 is the junction, not a word.
    if (m.length >= 2 && isWord(m)) return " ";
    if (at > 0 && keeps(cleaned.slice(at - 1, at + 1))) from = 1;
    if (to > from && keeps(cleaned.slice(at + m.length - 1, at + m.length + 1))) to -= 1;
    return from >= to ? m : `${m.slice(0, from)} ${m.slice(to)}`;
  });
  return text
    .split(/\s+/)
    .map((run) => tokenize(run))
    .filter((run) => run.length);
}

// One pass to learn whether any synonym applies at all: most questions need none of the ~20 rules.
const ANY_SYNONYM = new RegExp(SYNONYMS.map(([pattern]) => pattern.source).join("|"));

function expand(normalized: string): Map<string, string[]> {
  const alternatives = new Map<string, string[]>();
  if (!ANY_SYNONYM.test(normalized)) return alternatives;
  for (const [pattern, words, everywhere] of SYNONYM_RULES) {
    for (const m of normalized.matchAll(everywhere)) {
      const extra = tokenize(m[0].replace(pattern, words));
      // Keyed by the match's tokens as the question's runs have them (写的 → 写, once 的 is a frame).
      for (const t of new Set([...tokenize(m[0]), ...contentRuns(m[0]).flat()]))
        alternatives.set(t, [...(alternatives.get(t) ?? []), ...extra]);
    }
  }
  return alternatives;
}

// What a figure answers for: a question ending in 资金 or 钱 asks for an amount, and a passage with the
// amount answers it even if it calls it otherwise.
const MEASURE_WORDS = "资金|金额|拨款|款项|经费|钱|数量|数字|规模|总额|总量|数据|比例";
const MEASURE = new RegExp(`^(${MEASURE_WORDS})+$`);
// …and at the end of a longer run it names the kind of figure, not the thing (计划总投资规模 → 计划总投资).
const MEASURE_TAIL = new RegExp(`(${MEASURE_WORDS})+$`);
const MEASURE_WORD_SET = new Set(MEASURE_WORDS.split("|").filter((w) => w.length === 2));
/** The text a run of overlapping bigrams spells (计划 划总 总投 → 计划总投); "" for none. */
const runText = (run: string[]) =>
  run.length
    ? run[0]! +
      run
        .slice(1)
        .map((t) => t.slice(-1))
        .join("")
    : "";

/** A run of bigrams without the measure word it ends on (计划总投资规模 → 计划总投资), when something is left. */
function withoutMeasureTail(run: string[]): string[] {
  const last = run.at(-1);
  // Every measure word but 钱 is two characters: only a run whose last bigram is one can end in them.
  if (!last || !MEASURE_WORD_SET.has(last)) return run;
  const text = runText(run);
  const tail = MEASURE_TAIL.exec(text)?.[0].length ?? 0;
  // Each bigram of the tail adds one character (a number before it, 2023年…投资规模, does not matter).
  const cut = run.slice(run.length - tail);
  return tail && text.length - tail >= 2 && cut.every((t) => /^\p{Script=Han}{2}$/u.test(t))
    ? run.slice(0, run.length - tail)
    : run;
}
/** A run that only says when (1至9月, 上半年, 今年): a keyword query's measure may come before it (外贸总额 前三季度). */
const TIME_RUN = /^(?:\d+至\d+月|\d+月|\d{4}年?|今年|去年|上半年|下半年)+$/;
const MEASURE_END = /(额|总量|数量|规模|占比|比例|比重|占有率|价格|标准|增速|增幅|增长率|年增率|成长率)$/;

/** A short question opened by 那/还有 or closed by 呢 leans on the one before it. */
const FOLLOW_UP = /^(那|那么|那个|还有|另外|以及|和)|呢[??]?$/;
/**
 * Asking for the points of an answer rather than one fact (从哪几个方面, 主要做了哪几方面工作, 有哪几点). 都有哪些
 * after a noun (推出的优品都有哪些) asks for those things, not for the speaker's points.
 */
const OUTLINE =
  /(哪几|哪些|几)个?方面|哪几(点|项|条)|(主要|都)(做了|抓了)(哪些|哪几|什么)(工作|措施|举措|方面)?|(主要|都)有(哪些|哪几|什么)(工作|措施|举措|方面)|^(主要|都)有(哪些|哪几)|分(几|哪几)步/;
/**
 * The whole a count is asked within (项目里…有几个, 成果中有多少项): the two characters before 里/中 (里头, 里面, 当中,
 * 之中), when 中 or 里 is no word's start with what follows (中心, 中央, 里程: jieba's dictionary), and the measure
 * after 多少/几 (几个月 counts time, not things).
 */
const PART_ASKED = new RegExp(
  `(\\p{Script=Han}{2})(里头|里面|当中|之中|中|里)(.)[^，,。？?]{0,12}?${COUNT_ASKED.source}`,
  "u",
);
function partOf(normalized: string, index: SearchIndex): { head: string; measure: string } | undefined {
  if (!/[中里]/.test(normalized) || !/多少|几/.test(normalized)) return undefined;
  const at = PART_ASKED.exec(normalized);
  if (!at) return undefined;
  const [, head, within, next, measure] = at as unknown as [string, string, string, string, string];
  if (within.length === 1 && index.lexicon.wordSet.has(within + next)) return undefined;
  return { head, measure };
}

/** A question opening with a demonstrative and a measure word (那个, 这项, 那些; CC-CEDICT's classifiers). */
function pointsAt(normalized: string, index: SearchIndex): boolean {
  const opening = /^[这那]一?(\p{Script=Han})/u.exec(normalized);
  return !!opening && (opening[1] === "些" || index.lexicon.classifiers.includes(opening[1]!));
}

/**
 * As of when (截至10月22日, 到现在为止, 迄今): a time, never what a figure is of. (截止 and 截止到 before a time are
 * already 到 here: colloquial.ts reads them so.)
 */
const AS_OF = /截至(?:\d{1,2}月\d{1,2}[日号]|目前|现在|今天)(?:为止)?|到(?:目前|现在|今天)为止|迄今(?:为止)?|至今/g;

/** Month spans of the last clause that names one and asks, else of the whole question. */
function askedSpans(normalized: string): string[] {
  const spans = monthSpans(normalized);
  if (spans.length < 2) return spans;
  const asking = normalized
    .split(QUESTION_CLAUSES)
    .findLast((c) => monthSpans(c).length > 0 && asksOf(c).some((t) => t !== "what"));
  return monthSpans(asking ?? normalized);
}

/** What follows the last 的 of the last clause (该增幅对应的金额是多少 → 金额是多少): what is asked of. */
function headOf(normalized: string): string {
  if (!normalized.includes("的")) return "";
  const last = normalized.split(QUESTION_CLAUSES).findLast((c) => c.trim()) ?? "";
  const at = last.lastIndexOf("的");
  return at < 0 ? "" : last.slice(at + 1);
}

/** A word that asks (几, 多少, 什么, 哪): a phrase of asking holding one is form, not a metric named. */
const QUESTION_WORD = /几|多少|什么|啥|哪|谁|怎|咋|如何|何/;
/**
 * A pronoun standing for what was just talked about (它, 这项, 那个, 其), a person's too (他, 她; Cantonese 佢 is read
 * as 他): not in 其他, 他人, 他国.
 */
const PRONOUN = /^(它|它们|这|这个|这项|这些|那|那个|那项|那些|该|其|此)|它|(?<!其)[他她](?![国人])/;
/** A question this short, after another, leans on it (比全国高吗, 排第几): it names too little to stand alone. */
const SHORT_FOLLOW_UP = tuning.shortFollowUp;
/** Asking to go on about the same thing: 具体呢, 详细说说, 举几个例子. */
const DETAIL =
  /^(具体|详细|展开|再)(点|些|一点|一些)?(呢|说说|讲讲|说|讲|介绍)?(一下)?(呢|吗)?$|^(举|举几个|举个|有没有)(几个)?(例子|例)(呢|吗)?$|^(比如|例如)(呢|说)?$/;
/** Asking for one of the points just listed, by its number: 第三个是什么, 第二方面呢, 第2点具体讲讲. */
const ORDINAL = /^(那|那么)?第([一二三四五六七八九十\d]{1,2})(个|点|项|条|方面|是|部分)/;
/** Asking for more of the same, with no words of its own. */
const MORE = /^(还有|其他|其它|别的|另外|还有别的|还有其他的?)(呢|吗|的呢|的吗|什么|啥)?$/;

/** The two characters before a yes-or-no question's final particle (下雨不, 能报名吗, 来过没有). */
const PREDICATE = /(\p{Script=Han}{2})(?:了|过|的)?(?:吗|么|不|没有|没)$/u;

/**
 * Light verbs (做到, 实现, 开展, 采取): how something came about, not an action (领取) the interview must name; and
 * 怎样理解, 如何看待, and the verbs of saying (厅长怎么解释, 如何阐述), which ask for what the speaker said. A
 * follow-up of only these (咋做到的) names no topic of its own (retrieve.ts).
 */
export const LIGHT_VERBS =
  /^(做到|采取|采用|做好|做成|办到|搞好|实现|达到|完成|进行|开展|做出|取得|理解|看待|认识|评价|回事|表述|描述|形容|概括|表达|解释|阐述|阐释|说明|解读|回答|回应|谈|说|讲)$/;

/** What this interview's index tells the analysis: its language tables, its words and its figures. */
// Chinese numerals before an approximation (八十多亿, 三十几个, 十一个亿) in digits, for readApproximateNumbers.
// Digits between Chinese units count too (4千5百多亿).
const APPROX_NUMERAL = /(?:\d*[零〇一二两三四五六七八九十百千])+\d*(?=多|几|余|来|个?亿|个?万|左右|上下|出头)/g;

// The interview's text, normalize()d, one sentence a line: made once per index.
const interviewTexts = new WeakMap<SearchIndex, string>();
function interviewTextOf(index: SearchIndex): string {
  let text = interviewTexts.get(index);
  if (text === undefined) {
    text = index.passages.flatMap((p) => p.normalizedSentences).join("\n");
    interviewTexts.set(index, text);
  }
  return text;
}

/**
 * A reader's own gloss in brackets (幾條商店街(步行街)): when the interview uses the gloss, it stands for the
 * word before it, whose characters the interview lacks (商店街) are dropped; otherwise the gloss is dropped.
 */
function glossedInBrackets(normalized: string, index: SearchIndex): string {
  const has = (pair: string) => index.postings.sentencesWith(pair).length > 0;
  return normalized.replace(/(\p{Script=Han}+)\((\p{Script=Han}{2,8})\)/gu, (_, said: string, gloss: string) => {
    const glossPairs = [...gloss].slice(1).map((c, i) => gloss[i]! + c);
    if (!glossPairs.every(has)) return said;
    let end = said.length;
    while (end > 1 && !has(said.slice(end - 2, end))) end--;
    return `${said.slice(0, end === 1 ? 0 : end)} ${gloss} `;
  });
}

// Two numerals in a row before a place value say "one or the other" (二三十家: twenty or thirty, 三四百个): the
// interview's figures in that span (24 and 33 for 二三十).
const NEIGHBOUR_NUMERALS = /([一二两三四五六七八])([二三四五六七八九])([十百千万])/g;
const NUMERAL_VALUE: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const PLACE_VALUE: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };
function readNeighbourNumerals(text: string, figures: readonly number[]): string {
  return text.replace(NEIGHBOUR_NUMERALS, (whole, a: string, b: string, place: string) => {
    const [low, high, unit] = [NUMERAL_VALUE[a]!, NUMERAL_VALUE[b]!, PLACE_VALUE[place]!];
    if (high !== low + 1) return whole;
    const near = figures.filter((f) => f >= low * unit && f < (high + 1) * unit);
    return near.length ? near.join(" ") : whole;
  });
}

function rewriteWithIndex(normalized: string, index: SearchIndex): string {
  let text = translateEnglish(
    readNeighbourNumerals(glossedInBrackets(normalized, index), index.numbers),
    index.lexicon,
  ).replace(APPROX_NUMERAL, (n) => String(parseChineseNumber(n) ?? n));
  // Question words are never typos: 为什么 must not become 为深 because the interview writes 为深入.
  const frozen = new Set<number>();
  for (const m of text.matchAll(FRAME)) for (let i = m.index; i < m.index + m[0].length; i++) frozen.add(i);
  // …nor is the verb that goes with where (去哪申请: 去 is no typo for the 区 of 新区).
  for (const m of text.matchAll(/[在去到从](?=哪)/g)) frozen.add(m.index);
  text = fixHomophones(text, index.lexicon, (pair) => index.postings.sentencesWith(pair).length > 0, frozen);
  for (const [alias, term] of aliasesIn(text, index.lexicon)) text = text.replaceAll(alias, ` ${term} `);
  text = expandAbbreviations(text, interviewTextOf(index), (pair) => index.postings.sentencesWith(pair).length > 0);
  // 几处, 多少座: the measure word after the question word names nothing (its regex is built once at load).
  if (index.lexicon.countWordAfterAsk) text = text.replace(index.lexicon.countWordAfterAsk, (m) => m.slice(0, -1));
  const approximate = readApproximateNumbers(
    readApproximatePoints(readApproximatePercents(withDigits(text), percentsOf(index)), index.numbers),
    index.numbers,
  );
  return approximate.includes("成") ? readTenths(approximate, percentsOf(index)) : approximate;
}

/**
 * The measure word a count question counts in (多少家外贸企业 → 家, 几条 → 条, 多少人 → 人), from CC-CEDICT's
 * classifiers; none for the generic 个, nor where the character begins a word (多少项目, 多少人口).
 */
/** People by their role (领导, 厅长, 记者, 主持人…): a who-question naming one asks for a person's name. */
const PERSON_ROLE = /领导|厅长|局长|书记|省长|市长|主任|记者|主持人|负责人|官员|干部|编辑|作者|摄影|嘉宾|专家|老板/;
/** A deputy or a former holder of a post (副厅长, 常务副省长, 原局长, 前任书记). */
const DEPUTY =
  /(?:常务)?副(?:厅长|局长|省长|市长|书记|主任|部长|处长|秘书长)|(?:原|前任)(?:厅长|局长|省长|市长|书记|主任|部长)/;

/** 全国 as what is asked about: not after a comparison or a rank's verb, nor before a rank (全国第4, 全国排名). */
const NATIONAL = /(?<!占|比|居|在|于|和|与|跟|同|较|过|先|列|出|赢|超|对)全国(?!第|排|前|名|领先|top|ranking)/;

/** A deadline asked by 截止: 截止日期, 截止时间, 截止到哪天. */
const DEADLINE = /截止(?:日期|时间|日|到?(?:哪天|哪一天|什么时候|几号|啥时候))|deadline/;
/** Words about figures, with which 截止 asks as of when they stand. */
const FIGURES = /数据|统计|数字|资金|金额|用了|拨付|使用|多少/;

/** How a thing is (天气咋样, 相比如何, 咋样了今年): 怎么样 or 如何 closing a clause, or before a time word closing it. */
const STATE = /(?:怎么样|咋样|怎样|如何)了?(?:呢|啊|呀)?(?=(?:今年|去年|现在|目前|最近)?(?:[\s,，。;；?？!！]|$))/;
// (Every one of them, to read what else the question says.)
const EVERY_STATE = new RegExp(STATE.source, "g");
/** How it is done or why: any other how-word (怎么做到, 如何推进, 咋保持), a method's noun, a why. */
const METHOD = /怎么|咋|如何|怎样|措施|举措|办法|做法|为什么|为啥|为何|原因|靠(?:什么|啥)/;

/** Units counted as measure words are: people, and weight, area, length and volume (人, 吨, 斤, 亩, 米, 升). */
const UNIT_CHARS = "人吨斤亩米升";

function perUnitIn(normalized: string, index: SearchIndex): boolean {
  return [...normalized.matchAll(/每(\p{Script=Han})/gu)].some(([, c]) => index.lexicon.classifiers.includes(c!));
}

function countedIn(plain: string, index: SearchIndex): string | undefined {
  // The first 多少/几 followed by a measure word: 几十万台…多少台 counts in 台, not in 十.
  // People and units of weight, area and length count as measure words do (多少人, 多少吨, 几亩).
  const counts = (c: string | undefined) =>
    !!c && c !== "个" && (index.lexicon.classifiers.includes(c) || UNIT_CHARS.includes(c));
  // A magnitude may come between (多少万台, 几十吨).
  // (第几名 and 排多少名 ask a rank, 哪几位 which ones, 好几家 says several: none counts.)
  const m = [
    ...plain.matchAll(/(?<![第哪排好])(?:多少|几)[十百千万亿]*(\p{Script=Han})(\p{Script=Han})?(\p{Script=Han})?/gu),
  ].find(([, c]) => counts(c));
  const [, c, next, after] = m ?? [];
  if (!c) return countNamed(plain, counts, index);
  const word = (pair: string) => index.lexicon.wordSet.has(pair);
  // 多少人口 is a word; 多少人参加 is 人 + 参加, though 人参 is a word too.
  return next && word(c + next) && !(after && word(next + after)) ? undefined : c;
}

/**
 * A count named by its measure and 数 (台数, 辆数, 户数, 人数: jieba's nouns for the number of 台…), as a search box
 * asks it: not after a numeral (两位数, 双位数: a number of digits), nor where 数 begins a word (人数据, 台数量).
 */
function countNamed(plain: string, counts: (c: string) => boolean, index: SearchIndex): string | undefined {
  if (!plain.includes("数")) return undefined;
  for (const [, c, next] of plain.matchAll(
    /(?<![\d零〇一二两三四五六七八九十百千万几多双单])(\p{Script=Han})数(\p{Script=Han})?/gu,
  ))
    if (counts(c!) && !(next && index.lexicon.wordSet.has(`数${next}`))) return c;
  return undefined;
}

/**
 * A noun asked for as the basis of something (按什么标准分配, 根据啥原则 → 标准, 原则): the thing the question wants
 * named, as 哪所大学 wants a 大学. (Not 背后的思路是什么, 名称是什么: what-is asks of words the interview may
 * answer without naming them.)
 */
function askedNoun(normalized: string, index: SearchIndex): string | undefined {
  // …or as a requirement (要什么条件, 需要哪些材料, 得符合啥资格): what must be had or met to do something.
  const noun = /(?:按|根据|依据|凭|要|需要|须|得|符合|满足|具备)(?:什么|啥|哪些)(\p{Script=Han}{2})/u.exec(
    normalized,
  )?.[1];
  return noun && index.lexicon.nounSet.has(noun) ? noun : undefined;
}

/**
 * Whether 哪些/哪几 asks for things: the first dictionary word after it (and its measure word) is a noun by
 * jieba's part of speech (省份, 产品, 项目 in 大项目), not a verbal noun or a verb (工作, 宣传, 支持), which asks
 * for what was done.
 */
function namesThings(normalized: string, index: SearchIndex): boolean {
  const after = /(?:哪些|哪几)[个类种家项所座条间款批]?(\p{Script=Han}{2,3})/u.exec(normalized)?.[1];
  if (!after) return false;
  const word = [after.slice(0, 2), after.slice(1, 3)].find((w) => w.length === 2 && index.lexicon.wordSet.has(w));
  return !!word && index.lexicon.nounSet.has(word);
}

/**
 * The clause that asks: a long question (an elder's ramble: context first, the question last) is read by
 * its last clause with content; the clauses before it only set the scene (they rank at context weight and
 * never count as content the interview must have).
 */
function splitClauses(
  normalized: string,
  specific: (t: string) => boolean,
  namesPlace: (clause: string) => boolean = () => false,
): { core: string; scene: string } {
  const clauses = normalized.split(QUESTION_CLAUSES).filter((c) => c.trim());
  const short = normalized.length < (clauses.length === 2 ? TWO_CLAUSE_SCENE_LENGTH : SCENE_MIN_LENGTH);
  // A scene is the asker's own story (我…, 听说…); clauses that only lead into the question (请问河北与威立雅对接后，
  // 具体签约了哪些项目) are the question.
  if (clauses.length < 2 || short || !clauses.slice(0, -1).some((c) => ASKER.test(c)))
    return { core: normalized, scene: "" };
  let at = clauses.length - 1;
  // A last clause that asks nothing the registry knows (我们能不能进去逛逛) is an afterthought: the question is the
  // last clause before it that asks (今年的是几月几号开的), read together with it.
  if (!asksOf(clauses[at]!).length) {
    const asking = clauses.findLastIndex((c, i) => i < at && asksOf(c).length > 0);
    if (asking >= 0) at = asking;
  }
  // A last clause that names too little (河北一共要建多少个) takes in the clause before it.
  const named = (from: number) =>
    clauses
      .slice(from)
      .flatMap((c) => contentRuns(c).flat())
      .filter(specific).length;
  while (at > 0 && named(at) < CORE_MIN_WORDS) at--;
  // A clause taken in that names nothing and is the asker talking (我就纳闷了, 我想问问) stays in the scene; one
  // naming a place (我住邢台桥西区) says where the question is about.
  const aside = (c: string, i: number) =>
    at + i < clauses.length - 1 && ASKER.test(c) && !contentRuns(c).flat().some(specific) && !namesPlace(c);
  const taken = clauses.slice(at);
  return {
    core: taken.filter((c, i) => !aside(c, i)).join(","),
    scene: [...clauses.slice(0, at), ...taken.filter((c, i) => aside(c, i))].join(","),
  };
}
/** The asker speaking of themselves or of what they heard: a ramble's scene. */
const ASKER = /我|俺|咱|听说|听[^，,]{0,3}说|据说|家里|孩子|朋友|同事|老伴|亲戚/;
/** Where the asker saw or heard something (在抖音上刷到, 网上看到): a medium, not what is asked about. */
const HEARD = /[看刷听]到|看见/;
/** The asking clause must hold this many of the interview's specific words, or it takes in the one before. */
const CORE_MIN_WORDS = tuning.coreMinWords;
/** Questions shorter than this are one clause, however punctuated (净菜,多少?). */
const SCENE_MIN_LENGTH = tuning.sceneMinLength;
const TWO_CLAUSE_SCENE_LENGTH = tuning.twoClauseSceneLength;

/**
 * `continues`: the question is the second ask of one message (…是怎么做到的，都有哪些部门参与), about what the
 * message's first part was about, whatever its own words.
 */
export function analyseQuestion(
  question: string,
  history: string[] = [],
  index?: SearchIndex,
  continues = false,
): AnalysedQuestion {
  if (index) isWord = (pair) => index.lexicon.wordSet.has(pair);
  const plain = fromColloquial(normalize(question).trim(), (w) => !!index?.lexicon.nounSet.has(w));
  const bare = plain.replace(/[\s\p{P}\p{S}]+/gu, "");
  // A-not-A asks yes or no (够不够, 是不是, 有没有, 行不行): any verb or adjective doubled around 不/没 is a
  // question word, not content, and is read as 吗.
  // …and a count after 哪/这/那 (哪两位, 这三个) picks things out, it is no figure the interview must give.
  // 高出几个点: a count of points after a figure is percentage points, as written (2.1个百分点), not 几点 (what time).
  // On a phone a space typed between Chinese words ends a clause as a comma does (我是保定人在北京上班 每次回老家…),
  // in a message long enough to have a scene; the rewrites below add spaces of their own, so it is read first.
  const spaced = plain.length >= SCENE_MIN_LENGTH ? plain.replace(SPACE_BETWEEN_HAN, "，") : plain;
  const yesNo = spaced
    .replace(/(\p{Script=Han})[不没]\1/gu, "吗")
    .replace(/([哪这那])[两二三四五]([位个家项条名])/gu, "$1$2")
    .replace(/(几|多少)个点/g, "$1个百分点")
    // …and so is a number of them after a comparison (高出两个点左右, 快了三个点).
    .replace(/([高低快慢多少涨增出了])((?:大概|大约|约)?[\d一二两三四五六七八九十]+)个点/g, "$1$2个百分点")
    // 几趴, 多少趴: Taiwan's spoken percent (趴 for "per"), asked as a rate is (幅度多少).
    .replace(/(几|多少)趴|(\d+(?:\.\d+)?)趴/g, (_, ask?: string, digits?: string) => (ask ? "幅度多少" : `${digits}%`));
  // A year after 比 is what a change is measured against (比前年涨了多少, 比去年增长), not the year asked about:
  // 比 stays, as in the interview's 同比.
  const based = yesNo.replace(COMPARED_YEAR, "$1");
  // (Month spans are read first: their numerals are no typos, 今年一到九月 is not 今年以到, of the interview's 今年以来.)
  const monthsRead = rewriteQuarters(rewriteMonthSpans(based));
  const spans = rewriteQuarters(rewriteMonthSpans(index ? rewriteWithIndex(monthsRead, index) : monthsRead));
  // January to June is the first half-year (前两个季度, 1到6月 → 上半年) when the interview says it that way.
  const said = (form: string) => !!index && index.postings.sentencesWith(form).length > 0;
  // (Checked only when the question has that span: an unlisted token like 1至6月 costs a scan of the sentences.)
  const rewritten =
    spans.includes("1至6月") && said("上半") && !said("1至6月") ? spans.replace(/1至6月/g, "上半年") : spans;
  // Specific: in the interview, and not in a quarter of its sentences (河北 is everywhere); a lone character
  // (我), a time word (今年) or a function word names nothing.
  const specific = (t: string) => {
    if (t.length < 2 || index?.lexicon.timeWordSet.has(t) || index?.lexicon.isFunction(t)) return false;
    const n = index?.postings.sentencesWith(t).length ?? 1;
    return n > 0 && n <= (index?.sentenceCount ?? 4) / 4;
  };
  const namesPlace = (clause: string) =>
    !!index &&
    (unknownPlaces(clause, index.lexicon).length > 0 || index.lexicon.saidPlaces.some((p) => clause.includes(p)));
  const { core: normalized, scene } = splitClauses(rewritten, specific, namesPlace);
  const script = detectScript(question);
  const intent = smallTalk(bare, index?.meta);
  const types = asksOf(normalized);
  const countWord = index ? countedIn(plain, index) : undefined;
  if (countWord) types.unshift("count");
  // 每 before any measure word (每架车, 每间店: CC-CEDICT's classifiers) asks a rate per unit, as 每辆 does.
  if (index && !types.includes("perUnit") && perUnitIn(normalized, index)) types.push("perUnit");
  const allRuns = contentRuns(normalized);
  // A lone character left between frame words (来了多少家 → 来) is a verb or particle, not a topic: it matches
  // inside unrelated words (来 in 来源). Kept when it is all the question has.
  const lone = (run: string[]) => run.length === 1 && /^\p{Script=Han}$/u.test(run[0]!);
  const runs = allRuns.some((r) => !lone(r)) ? allRuns.filter((r) => !lone(r)) : allRuns;
  // 第几 asks for a rank, not an amount. Both sides keep the question word, so that the frame patterns
  // that look at it (高几个, 排第几) still apply, and remove it themselves.
  // A magnitude after it is part of the number asked (多少亿, 几个亿, 几十万), not a thing it names.
  const asked = /(?:多少|(?<![第哪])几)(?:个?[十百千万亿])*(?:时间)?|多大|多高|多长(?:时间)?|多久|多远|多重/.exec(
    normalized,
  );
  const after = asked ? contentRuns(normalized.slice(asked.index + asked[0].length).split(/[,,;;??]/)[0]!) : [];
  // With no 多少, 哪所/哪个 points at the kind of thing asked for (毕业于哪所大学 → 大学): one word, kept apart.
  const which = asked ? null : /哪(?:所|个|家|位|座|种)(\p{Script=Han}{2})(?:\P{Script=Han}|$)/u.exec(normalized);
  const askWord = asked?.[0].replace(/(?:个?[十百千万亿])+$/, "") ?? "";
  // (As of when, 截至10月22日 or 到目前为止, says when the figure stands, not what it is of.)
  const before = asked ? contentRuns(normalized.slice(0, asked.index + askWord.length).replace(AS_OF, " ")) : runs;
  const measure = (run: string[]) => MEASURE.test(runText(run));
  // A time word before 多少 (现在有多少, 占有率目前是多少) says when, not what is counted: a run of it is
  // passed over, and one ending a run is cut off with the bigram that joins it (占有率现在 → 占有率).
  const isTime = (t: string | undefined) => !!t && !!index?.lexicon.timeWordSet.has(t);
  const withoutTime = (run: string[]) => (run.length > 2 && isTime(run.at(-1)) ? run.slice(0, -2) : run);
  const untrimmed = withoutTime(before.findLast((run) => !measure(run) && !run.every(isTime)) ?? []);
  const headRun = withoutMeasureTail(untrimmed);
  // 投入了多少: the word right before 多少 (了/过/到 between at most) is a verb the interview may put
  // otherwise; 电话是多少 names a thing (是 between), and a thing the interview lacks rules the question out.
  const lastChar = headRun.at(-1)?.slice(-1);
  // With no 多少, a word after 的 is a property asked of something (张泽峰的年龄), a word after a verb a way of
  // putting the question (有啥新招).
  const headText = runText(headRun);
  const squeezed = normalized.replace(/\s+/g, "");
  // …unless that word is a noun (销量多少, 标准是多少 ask for the 销量, the 标准): jieba's part of speech says.
  const lastWord = headRun.at(-1);
  const noun = !!lastWord && !!index?.lexicon.nounSet.has(lastWord) && !MEASURE.test(lastWord);
  const verbBeforeAsk = asked
    ? !!lastChar && !noun && new RegExp(`${lastChar}(了|过|到)?${asked[0]}`).test(squeezed)
    : // …and a word before 是 is the thing asked about (河北省长是谁 asks who the 省长 is), and a noun before 怎么样
      // is the thing whose state is asked (天气怎么样).
      !!headText &&
      // (A measure cut off the end, 零售总额 → 零售, is what the word before it measures: no verb of asking.)
      headRun.length === untrimmed.length &&
      !squeezed.includes(`的${headText}`) &&
      !new RegExp(`${headText}是(谁|什么|啥|哪)`).test(squeezed) &&
      !(noun && new RegExp(`${lastWord}(怎么样|咋样|怎样)`).test(squeezed));
  // An outline question asks for the speaker's points: no one word names what is asked for.
  const outline = OUTLINE.test(normalized);
  // What follows 多少 names what is asked when it is a thing: after a measure word (多少个机场, 几个部门), or a
  // noun or a word of the interview's (多少项目, 多少厨余垃圾); a verb (有多少在建) says what is done to the thing
  // named before.
  const rest = asked ? normalized.slice(asked.index + asked[0].length) : "";
  const measured =
    !!index && /^\p{Script=Han}/u.test(rest) && (rest[0] === "个" || index.lexicon.classifiers.includes(rest[0]!));
  const thing = (run: string[] | undefined) => {
    if (!run?.length || !index) return run;
    // (…or an amount of something, 多少销售额, 多少交易额: what 额 ends is what is asked.)
    // (…or a run ending on a noun, its head: 多少外国留学生 asks for 学生.)
    return measured ||
      index.lexicon.nounSet.has(run[0]!) ||
      said(run[0]!) ||
      runText(run).endsWith("额") ||
      (run.length > 1 && index.lexicon.nounSet.has(run.at(-1)!))
      ? run
      : undefined;
  };
  const named = after[0] && !measure(after[0]) ? thing(after[0]) : undefined;
  const focus = outline
    ? { run: [], headFinal: false, verbBeforeAsk: false }
    : named
      ? { run: withoutMeasureTail(named), headFinal: false, verbBeforeAsk: false }
      : { run: headRun, headFinal: true, verbBeforeAsk };
  const alternatives = expand(normalized);
  // Words the interview puts otherwise, by shared dictionary glosses (保证 → 确保): alternatives, as synonyms are.
  if (index)
    for (const [word, same] of synonymsIn(normalized, index.lexicon)) {
      const extra = same.flatMap((w) => tokenize(w));
      for (const t of tokenize(word)) alternatives.set(t, [...(alternatives.get(t) ?? []), ...extra]);
    }
  const tokens = [...new Set(runs.flat())];
  const synonyms = [...new Set([...alternatives.values()].flat())].filter((t) => !tokens.includes(t));

  const sceneTokens = [...new Set(contentRuns(scene).flat())].filter((t) => !tokens.includes(t));
  let contextTokens = sceneTokens;
  const previous = history.at(-1);
  const ordinal = previous && intent === "question" ? ORDINAL.exec(bare) : null;
  if (previous && ordinal) {
    const n = Number(withDigits(`第${ordinal[2]}`).slice(1));
    if (n > 0) return { ...analyseQuestion(previous, history.slice(0, -1), index), script, ordinal: n };
  }
  if (previous && intent === "question" && (MORE.test(bare) || DETAIL.test(bare))) {
    return { ...analyseQuestion(previous, history.slice(0, -1), index), script, more: true, detail: DETAIL.test(bare) };
  }
  // A question whose words the interview has are all words of asking (成长率有比全国高吗?高多少?) names no topic:
  // it asks about the previous one's.
  // (Read only after another question: finding every ask word of a question costs more than the rest of it.)
  const asking = previous ? askWordsIn(normalized) : "";
  const topicless = () => tokens.every((t) => !said(t) || asking.includes(t));
  if (
    previous &&
    (continues || FOLLOW_UP.test(bare) || PRONOUN.test(bare) || bare.length <= SHORT_FOLLOW_UP || topicless())
  ) {
    const before = analyseQuestion(previous, history.slice(0, -1), index);
    // A follow-up that asks something of its own (那它是谁打造的 after a share question) keeps the topic, not
    // what was asked before: the words of the earlier ask (占有率) would pull back to the earlier answer.
    // (哪个节目, 是什么: a which or a what asks of its own, though no kind of the registry names it.)
    const ownAsk = types.length > 0 || /哪|什么|啥/.test(normalized);
    const askedBefore = ownAsk ? askWordsIn(normalize(previous)) : "";
    // A previous follow-up that named nothing of its own (它是怎么做到的) carries the topic it was about.
    const named = before.tokens.filter((t) => !LIGHT_VERBS.test(t) && !index?.lexicon.isFunction(t));
    const topic = named.length ? before.tokens : [...before.tokens, ...before.contextTokens];
    contextTokens = [...contextTokens, ...topic.filter((t) => !tokens.includes(t) && !askedBefore.includes(t))];
    if (!ownAsk) for (const t of before.types) if (!types.includes(t)) types.push(t);
  }
  if (!types.length) types.push("what");
  // How a thing is doing (外贸咋样, 净菜在北京卖得怎么样) is told by its figures: they rank as for 多少.
  const asksState = STATE.test(normalized) && !METHOD.test(normalized.replace(EVERY_STATE, ""));
  if (asksState && !types.includes("quantity")) types.push("quantity");
  const timeWords = [...new Set(normalized.match(TIME_WORDS) ?? [])];
  // Months said without a year (前三季度 → 1至9月, 上半年) are this year's, as the speaker counts them: another
  // year's figure does not answer them.
  if (/\d+至\d+月|上半年|下半年/.test(normalized) && !timeWords.some((w) => /^(?:\d{4}|今|去|前|明|后)年$/.test(w)))
    timeWords.push("今年");
  // 去年 and 2023年 are one year to a reader on the interview's date: either finds the other.
  if (index) {
    const year = Number(index.meta.published.slice(0, 4));
    for (const [back, word] of RELATIVE_YEARS.entries()) {
      const y = year - back;
      if (tokens.includes(word)) alternatives.set(word, [...(alternatives.get(word) ?? []), String(y)]);
      if (tokens.includes(String(y))) alternatives.set(String(y), [...(alternatives.get(String(y)) ?? []), word]);
    }
  }
  const asksFigure =
    asked !== null ||
    // (台数, 人数: a count named, which asks its figure as 多少台 does.)
    countWord !== undefined ||
    MEASURE_END.test(runs.findLast((r) => !TIME_RUN.test(r.join("")))?.join("") ?? "") ||
    // 签约额 typed alone: the alias read 签约 apart, and 额 is left standing at the end.
    /(?<!份)额$/.test(normalized.trim());
  const places = index ? unknownPlaces(normalized, index.lexicon, said) : [];
  const firms = index
    ? normalized
        .split(QUESTION_CLAUSES)
        .filter((c) => !ASKER.test(c) && !HEARD.test(c))
        .flatMap((c) => unknownFirms(c, index.lexicon, said))
    : [];
  const namedPlaces = index ? index.lexicon.namedPlaces.filter((p) => normalized.includes(p)) : [];
  return {
    script,
    intent,
    types,
    tokens,
    runs,
    focus,
    alternatives,
    synonyms,
    timeWords,
    // The span of the clause that asks, when it names one (1至9月涨了12点几，那全年能涨多少 asks the whole year).
    periods: askedSpans(normalized),
    acronyms: [...question.matchAll(/(?<![A-Za-z])[A-Z]{2,6}(?![A-Za-z])/g)].map((m) => m[0].toLowerCase()),
    contextTokens,
    sceneTokens,
    pointedAt: index && pointsAt(normalized, index) ? (runs[0] ?? []) : [],
    // (Only those with or before a question word, 排第几, 百分之几: 市占率 asks a share, and names the metric.)
    head: headOf(normalized),
    askingWords: asking
      .split(" ")
      .filter((w) => QUESTION_WORD.test(w) || normalized.includes(`${w}几`) || normalized.includes(`${w}多少`))
      .join(" "),
    more: false,
    detail: false,
    places,
    firms,
    namedPlaces,
    namedFirms: index ? index.lexicon.firmsNamed.filter((f) => normalized.includes(f)) : [],
    placesSaid: index ? [...namedPlaces, ...index.lexicon.saidPlaces.filter((p) => normalized.includes(p))] : [],
    // A question ending in a measure (外贸进出口总额, 净菜占比) asks for its figure as 多少 would.
    countWord,
    countsThings: /(?:几|多少)个(?!月|年|百分点)/.test(plain),
    exactRank: /(?:具体|到底|究竟|确切|准确)[^，,。？?\s]{0,6}?(?:第(?:几|多少)|排(?:多少|几)(?:名|位))/.test(
      normalized,
    ),
    metricWords: [...normalized.matchAll(/(\p{Script=Han}{2})[额量率]/gu)].map((m) => m[1]!),
    namesThings: !!index && namesThings(normalized, index),
    nameList: /名单|名录|清单/.test(normalized),
    respectively: /分别|各自|各是|各为|各有/.test(normalized),
    partOf: index ? partOf(plain, index) : undefined,
    others: /剩下|剩余|其他|其它|其余|别的|除了/.test(normalized) && /哪些|哪几|哪个|什么|啥/.test(normalized),
    // 截止日期 asks a deadline too, unless the question is about figures (数据截止到哪天: as of when they stand).
    asksEnd:
      types.includes("when") &&
      (END.test(normalized) || (DEADLINE.test(normalized) && !asksFigure && !FIGURES.test(normalized))),
    whether: /有没有|有无|是否|吗/.test(yesNo),
    asksState,
    national:
      NATIONAL.test(normalized) &&
      !!index &&
      !index.lexicon.saidPlaces.some((p) => normalized.includes(p)) &&
      !unknownPlaces(normalized, index.lexicon).length,
    deputy: DEPUTY.exec(normalized)?.[0],
    // 哪位省领导, 带队的领导叫什么: a person by role, whom only a name answers; 谁打造的: anyone.
    whoAsked: !types.includes("who")
      ? undefined
      : PERSON_ROLE.test(normalized)
        ? "person"
        : /谁|哪几?位|什么人|哪些人|哪个人/.test(normalized)
          ? "anyone"
          : undefined,
    asksFigure,
    outline,
    whichWord: which?.[1],
    askedNoun: index ? askedNoun(normalized, index) : undefined,
    cityAsked: CITY_ASKED.test(normalized),
    addressAsked: ADDRESS_ASKED.test(normalized),
    // (Each clause's: 石家庄明天下雨不☔ 要不要带伞 asks first whether it rains. After 这 or 那, 有这回事吗, it points
    // back at what was said, and names nothing.)
    predicates: !/[吗么不没]/.test(normalized)
      ? []
      : normalized.split(/[\p{P}\p{S}\s]+/u).flatMap((clause) => {
          const end = PREDICATE.exec(clause);
          return end && !/[这那此]$/.test(clause.slice(0, end.index)) ? [end[1]!] : [];
        }),
    // 如何做到, 怎么实现 ask how something came about: a light verb names no action the interview must tell of.
    howVerb: [
      tokenize(
        /(?:怎么|怎样|如何|咋|什么时候|何时|哪一?年|哪一?天)(?:才能|能|去|来|样|会)?(\p{Script=Han}{2})/u.exec(
          normalized,
        )?.[1] ?? "",
      )[0],
    ].find((verb) => verb !== undefined && !LIGHT_VERBS.test(verb)),
  };
}
