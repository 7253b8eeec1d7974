import { normalize } from "../text/normalize.ts";
import { withDigits } from "../text/numbers.ts";
import { detectScript, type Script } from "../text/script.ts";
import { tokenize } from "../text/tokenize.ts";

/** What the asker wants back: drives which sentence wins and how it is trimmed. */
export type QuestionType =
  | "quantity"
  | "rank"
  | "growth"
  | "compare"
  | "effect"
  | "who"
  | "list"
  | "when"
  | "how"
  | "what";

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
  focus: { run: string[]; headFinal: boolean };
  /** For a token of the question, the tokens of its everyday synonyms (拍的 → 拍摄): either counts as found. */
  alternatives: Map<string, string[]>;
  /** The synonyms' tokens that are not the question's own: they help rank, at a lower weight, but are not content. */
  synonyms: string[];
  /** Time words of the question (明年, 下半年, 2019年): the interview must mention them to answer. */
  timeWords: string[];
  /** Content tokens carried over from the previous question when this one is a follow-up ("那家电呢?"). */
  contextTokens: string[];
  /** "还有呢?" after a question: the same question again, wanting what the first answer did not say. */
  more: boolean;
}

// All patterns run on normalize()d text: Simplified, lower case, half-width.
const GREETING =
  /^(你好|您好|hi|hello|hey|嗨|哈喽|哈啰|早上好|上午好|中午好|下午好|晚上好|早安|晚安|在吗|在不在|有人吗|喂|再见|拜拜|bye)+$/;
const THANKS = /^(谢谢|多谢|感谢|谢了|thanks|thank you|thx|好的|明白了|知道了|收到|ok)+(你|您|啦|了)?$/;
const HELP =
  /^(请问|那|所以)?(你|您)?(能|会|可以|能够)(做|干|回答|帮我)?(些)?(什么|啥)(问题)?|^(你|您)是(谁|什么|干什么的)|^(我)?(能|可以)问(些)?(什么|啥)|^(怎么用|如何使用|使用说明|帮助|help|功能|菜单)$/;

const TYPE_PATTERNS: [QuestionType, RegExp][] = [
  ["rank", /排名|排第|第几|名次|排在|位列|位居|前几/],
  ["growth", /增长|增幅|增速|涨了|增加了|同比/],
  ["compare", /比全国|和全国|与全国|跟全国|高于|低于|高出|高几|相比|对比|比较/],
  ["quantity", /多少|几个|几条|几家|几项|几位|几年|几|多大|多高|多快|金额|规模|数量|总额|占有率|比例|百分之/],
  ["effect", /变化|效果|成效|成果|作用|影响|意义|好处|带来|收获/],
  ["who", /谁|哪位|哪个人|什么人|哪些人|名字|叫什么|受访者|嘉宾/],
  ["list", /哪些|哪几|有什么|有哪|都有|包括|列举/],
  ["when", /什么时候|何时|哪天|哪年|哪一天|几月|几号|日期|时间/],
  ["how", /怎么|如何|怎样|措施|举措|办法|做法|怎么做|为什么|咋/],
];

// Words that frame a question but never carry its topic. Replaced by a gap, never deleted, so that
// no bigram is formed across them (北京的房价 must not yield 京房).
const FRAME = new RegExp(
  [
    "请问|请你|请|麻烦|我想知道|想知道|想问|问一下|告诉我|介绍一下|介绍|说说|讲讲|一下|能否|能不能|可不可以|可以",
    "多少钱|多少个|多少条|多少家|多少项|多少|几个|几条|几家|几项|几位|几|总共|一共|共计|合计|大概|大约|具体|到底|究竟",
    "是什么|是啥|什么样|什么时候|什么|啥|怎么样|怎么|如何|怎样|为什么|哪些|哪几|哪个|哪位|哪所|哪家|哪里|哪儿|哪年|哪天|哪",
    // Colloquial and naming frames: 咋做的, 叫什么, 指的是什么.
    "咋样|咋做|咋办|咋|做的|做了|叫什么|叫啥|名字|名称|指的是|是指|指的|意思",
    "排名第几|排第几|排名|第几|名次|情况|状况|效果|进展|变化|带来了|带来|有关|相关|方面|呢|吗|吧|啊|呀|嘛|哦|么",
    // Ranking verbs (排全国第几 keeps 全国), what-good words (好处, 作用) and, after 哪些/什么, places.
    "去了|去过|排(?=全国|第|在|名|几)|位居|好处|益处|优势|作用|意义|成效|(?<=哪些|哪个|哪几个|什么)(地方|地区|地点)",
    // Comparisons: 比全国 keeps 全国, 高几个百分点 keeps 百分点 (比例, 比重, 对比 stay words).
    "(?<!对)比(?![例重率较])|高出|高于|低于|[高低快慢](?=了?(几|多少))",
    // Words for the page itself: the interview is the only thing this assistant talks about.
    "这篇|本文|文章|稿件|报道|网页|页面|本期",
    // Asking how or what was done: the type says it, the words are never in the answer.
    "举措|措施|做法|办法|工作|用了|花了|花费|举例|举个例子|例子|例如|比如",
    "谁|是|的|了|有|在|都|还|和|与|跟|及|把|被|给|让|个|些|这|那|那么",
  ].join("|"),
  "g",
);

// Everyday words for what the page calls otherwise: added to the query, never replacing it.
// Generic newsroom and statistics vocabulary, not phrasings of any particular question.
const SYNONYMS: [RegExp, string][] = [
  [/受访者?|嘉宾|采访(了|的|对象)?|访谈对象|接受访谈/, "张泽峰 厅长"],
  [/发布|发表|刊登|刊发|上线|发稿|出版/, "来源 2024"],
  [/来源|出处|哪家媒体|哪个网站|媒体/, "来源 新华网"],
  [/摄影|照片|图片|拍照|拍的|配图/, "拍摄"],
  [/作者|撰稿|写的|记者|文字/, "文字"],
  [/编辑/, "责任编辑"],
  [/出品方?|主办方?|制作方|合作方/, "联合出品"],
  [/增幅|增速|涨幅/, "增长"],
  [/签约|签了/, "签署协议"],
  // Money asked about as 补贴/钱 is reported as 资金 and as amounts 拨付 (disbursed) or 使用 (used).
  [/补贴|补助/, "资金 拨付 使用"],
  [/资金|钱|经费/, "资金"],
  [/自贸区/, "自贸试验区"],
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
  return normalized.replace(
    MONTH_SPAN,
    (_, last: string | undefined, from: string | undefined, to: string | undefined) =>
      withDigits(last ? `1至${last}月` : `${from}至${to}月`),
  );
}

const TIME_WORDS = /明年|后年|前年|去年|今年|下半年|上半年|下个?月|上个?月|本月|\d{4}年/g;

function contentRuns(normalized: string): string[][] {
  const text = normalized.replace(/[^\p{L}\p{N}.%+]+/gu, " ").replace(FRAME, " ");
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
const MEASURE = /^(资金|金额|钱|数量|数字|规模|总额|总量|数据|比例)+$/;

/** A short question opened by 那/还有 or closed by 呢 leans on the one before it. */
const FOLLOW_UP = /^(那|那么|那个|还有|另外|以及|和)|呢[??]?$/;
/** Asking for more of the same, with no words of its own. */
const MORE = /^(还有|其他|其它|别的|另外|还有别的|还有其他的?)(呢|吗|的呢|的吗|什么|啥)?$/;

export function analyseQuestion(question: string, history: string[] = []): AnalysedQuestion {
  const normalized = rewriteMonthSpans(normalize(question).trim());
  const bare = normalized.replace(/[\s\p{P}\p{S}]+/gu, "");
  const script = detectScript(question);
  const intent: Intent = GREETING.test(bare)
    ? "greeting"
    : THANKS.test(bare)
      ? "thanks"
      : HELP.test(bare)
        ? "help"
        : "question";
  const types = TYPE_PATTERNS.filter(([, p]) => p.test(normalized)).map(([t]) => t);
  const runs = contentRuns(normalized);
  // 第几 asks for a rank, not an amount. Both sides keep the question word, so that the frame patterns
  // that look at it (高几个, 排第几) still apply, and remove it themselves.
  const asked = /多少|(?<!第)几/.exec(normalized);
  const after = asked ? contentRuns(normalized.slice(asked.index).split(/[,,;;??]/)[0]!) : [];
  const before = asked ? contentRuns(normalized.slice(0, asked.index + asked[0].length)) : runs;
  const measure = (run: string[]) => MEASURE.test(run.join(""));
  const focus =
    after[0] && !measure(after[0])
      ? { run: after[0], headFinal: false }
      : { run: before.findLast((run) => !measure(run)) ?? [], headFinal: true };
  const alternatives = expand(normalized);
  const tokens = [...new Set(runs.flat())];
  const synonyms = [...new Set([...alternatives.values()].flat())].filter((t) => !tokens.includes(t));

  let contextTokens: string[] = [];
  const previous = history.at(-1);
  if (previous && intent === "question" && MORE.test(bare)) {
    return { ...analyseQuestion(previous, history.slice(0, -1)), script, more: true };
  }
  if (previous && FOLLOW_UP.test(bare)) {
    const before = analyseQuestion(previous);
    contextTokens = before.tokens.filter((t) => !tokens.includes(t));
    for (const t of before.types) if (!types.includes(t)) types.push(t);
  }
  if (!types.length) types.push("what");
  const timeWords = [...new Set(normalized.match(TIME_WORDS) ?? [])];
  return { script, intent, types, tokens, runs, focus, alternatives, synonyms, timeWords, contextTokens, more: false };
}
