// What a question can ask for, one registry entry per kind: how a question asks it, how much a sentence that
// shows it gains in ranking, and what a sentence must show to answer it at all. Question analysis
// (question.ts) detects the kinds, ranking (retrieve.ts) adds the bonuses, the decision (answer.ts) refuses
// when no kind asked is shown: "the topic is there, not what you asked" (a fair's enterprises are counted,
// its signing amount is not). All patterns run on normalize()d text: Simplified, lower case, digits.
import type { LoadedPassage } from "../search/load-index.ts";
import { REASON } from "../text/discourse.ts";
import { kindOf } from "./passage-kinds.ts";

export type QuestionType =
  | "count"
  | "perUnit"
  | "total"
  | "money"
  | "share"
  | "proportion"
  | "quantity"
  | "rank"
  | "growth"
  | "compare"
  | "effect"
  | "why"
  | "evidence"
  | "who"
  | "list"
  | "members"
  | "when"
  | "duration"
  | "how"
  | "aim"
  | "points"
  | "procedure"
  | "bio"
  | "contact"
  | "firm"
  | "advice"
  | "where"
  | "what";

/** What the question says beyond its kinds, for the kinds that need it. */
export interface Asked {
  types: readonly QuestionType[];
  asksFigure: boolean;
  /** The measure word after 多少/几 when it names what is counted (多少家 → 家, 几条 → 条; not the generic 个). */
  countWord?: string;
  /** The words naming what is asked for (its focus): what a count counts. */
  counted?: readonly string[];
  /** A count of things (几个国家, 多少个城市): names listed one by one answer it; 投资多少 is not answered so. */
  countsThings?: boolean;
  /** The exact place asked (具体排第几, 到底排名第几): only 第N answers it, not 居全国前列 or 前十. */
  exactRank?: boolean;
  /** 哪些 before a noun (哪些省份): things asked by name, which only a sentence naming several shows. */
  namesThings?: boolean;
  /** A list of names asked (名单, 名录, 清单): names in a row answer it, a count of the things (33条步行街) does not. */
  nameList?: boolean;
  /** A when-question about an end (截止日期, 什么时候结束, 到期): only a sentence telling of one answers it. */
  asksEnd?: boolean;
  /** A yes-or-no question (有没有热线, 有热线吗): that the thing exists answers it, not only the thing itself. */
  whether?: boolean;
  /** The places the interview names (content/glossary.md "## Places"): what answers where. */
  knownPlaces?: readonly string[];
  /** A city asked for (哪个城市, 哪些地市): only the known places that are cities answer (a country does not). */
  cityAsked?: boolean;
  /**
   * A street or an address asked for (哪条街, 地址在哪): finer than any city, which only a sentence giving a street
   * and its number shows (保定驴火 names a town's dish, not where a shop is).
   */
  addressAsked?: boolean;
  /** The known places that are cities, counties or districts (CC-CEDICT). */
  knownCities?: readonly string[];
  /** The people the page names (its guest, its credits): what answers who, when a person is asked. */
  knownPeople?: readonly string[];
  /**
   * Who is asked for: a person by role (哪位省领导带队: only a name answers), or anyone (净菜是谁打造的: a name
   * or a body answers); none when a name of a thing is asked (叫什么行动).
   */
  whoAsked?: "person" | "anyone";
  /** A deputy or former holder asked for (副厅长, 原局长): only a sentence naming that post answers. */
  deputy?: string;
}

export interface AskKind {
  type: QuestionType;
  /** How a question asks for this kind. */
  detect: RegExp;
  /** Ranking bonus of a sentence for a question of this kind, in tokens' worth. */
  bonus: (sentence: string, passage: LoadedPassage) => number;
  /**
   * What a sentence must show to answer a question of this kind (外资总额多少 wants an amount: a sentence with
   * only a growth rate does not give it).
   */
  shows?: (sentence: string, passage: LoadedPassage, asked: Asked) => boolean;
  /** `shows` is demanded only when the question asks for a figure (多少, 几, 多大), not of 资金平台是什么. */
  onlyWithFigure?: boolean;
  /** A kind this one narrows (an amount is a number): when both are asked, only the narrower is demanded. */
  narrows?: QuestionType;
  /**
   * Demanded on top of the others, not as one of them: 每辆补多少钱 wants money *per vehicle*, and a total in
   * 万元 shows the money but not the rate.
   */
  also?: boolean;
  /**
   * What a reply to this kind must also say, when the sentence that answers does not: a why-question answered
   * by its claim (净菜在北京市场占有率已达到41.8%) is completed by the turn's best sentence that gives a reason or
   * a purpose (通过优化商品和服务供给，提升…适配性). Added after the answer, never instead of it.
   */
  completes?: RegExp;
}

const FIGURE = /\d/;
/** Firms spoken of: companies, groups, enterprises, or a ranking of them (出口百强, 进口20强, 央企). */
const FIRMS = /公司|企业|集团|百强|\d+强|[央国外民]企/;
/** A figure per unit: 每辆, 人均, 平均, 单价, or a slash (元/吨). */
const PER_UNIT = /每|人均|平均|单价|\d\/\p{Script=Han}/u;
/** An amount of money: digits with 元, 亿 or 万 (80.45亿元, 5228万元, 18亿美元). */
const MONEY = /\d(?:\.\d+)?\s*(?:亿|万)?(?:元|美元|欧元)|\d(?:\.\d+)?\s*(?:亿|万)/;
/** A share or rate: a percentage, percentage points, tenths (三成) or times (翻番, 2倍). */
const SHARE = /%|百分点|\d成|翻番|翻了|\d倍/;
/** A part of a whole: a percentage or tenths not following a change (占有率已达到41.8%, 占三成), not 增长12.9%. */
const PROPORTION = /(?<!增长|下降|减少|提高|提升|增加|增速|增幅|高于全国|约)(?<![\d.])\d+(?:\.\d+)?%|\d成/;
/** A total, as a sentence states one: a whole and its parts (…其中…), or a word of summing. */
const TOTAL = /其中|共|总|累计|合计/;
/** A place in an order: 第4, 第一. */
const ORDINAL = /第\d|第[一二三四五六七八九十]/;
const RANK = new RegExp(`${ORDINAL.source}|前十|前列|居全国|位列|百强|20强|\\d+强`);
/** A question claiming a rank (为什么能做到全国第一): 第一 as a place, not an ordinal (第一个, 第一步, 第三方). */
export const RANK_CLAIM = /全国第|居全国|前列|前十|第[1一](?![个步次方批届期])|领先|榜首|最好/;
const GROWTH = /增长[\d.]+%?|[\d.]+%/;
const COMPARE = /高于|低于|同比|全国平均|明显|相对于|相比|较上年/;
/** A change by a figure (增长12.9%, 减少约20%): what a comparison is measured by. */
const CHANGE = /(?:增长|减少|下降|提高|提升|增加)约?[\d.]+/;
// What an outcome looks like: something became, reached, cut, won, shows, or is now.
const OUTCOME = /成为|赢得|达到|减少|提升|带动|实现|如今|促成|反映出|表明|体现/g;
/** A statement of intent: what will be done (将始终, 将继续), a mission (为己任, 争当), an aim (努力为, 力争). */
const AIM = /将(?:始终|继续|进一步|持续|全力|坚持)|为己任|争当|力争|努力为|下一步|今后/;
/** A body that does things: a party or government organ, a department, a firm (省委, 商务厅, 市场监督管理局, 公司). */
const ORGANISATION = /省委|政府|厅|局|部门|委员会|集团|公司|企业|新华社|新华网/;
/** An end or a deadline: 结束, 到期, 期限 (not 截止, which also asks as of when figures stand). */
export const END = /结束|到期|期限|届满/;
/** A why-question about a choice (为什么选奥地利, 为啥要跑去奥地利, 偏偏挑这两家): answered only by a reason. */
export const CHOICE =
  /选择|选中|挑选|挑中|看中|偏偏|专门|为什么去|为啥去|为何去|(?:为什么|为啥|为何)[^，,。？?\s]{0,4}?(?:要|会)?(?:选|挑|跑去)/;
/**
 * 比 + what is compared + an adjective (比别的省多, 比普通菜贵): a comparison, as the asks registry's compare kind
 * and a why-question's claim both read it (not 比例, 比重, 比率, 比较).
 */
const COMPARED_BY = "比(?!例|重|率|较)[^，,。？?\\s]{1,8}?";
const COMPARATIVES = "多|高|快|大|强|好|少|低|慢|便宜|贵";
// A claim's adjective is not the start of 好处 or 好在哪 (为什么净菜比毛菜好在哪 asks in what respect).
const CLAIMED_COMPARISON = new RegExp(`${COMPARED_BY}(${COMPARATIVES})(?![处在些])`);
/**
 * What a why-question claims that the interview must itself state before a reason can answer it, as a test
 * of the answering sentence: a negative (没排第一, 不搞, 下降, 取消) must be said in its own word; a comparison
 * (比别的省多, 比普通菜贵) by a comparison that way (高于, 低于), or the adjective itself.
 */
export function claimIn(whyClause: string): RegExp | undefined {
  // (不 in a word of its own is no negative: 不断, 不仅, 不少, 不同, 不过, 不但, 不错, 不久, 不论, 不管, 不光.)
  const negative = /没有|没(?=\p{Script=Han})|不(?![断仅少同过但错久论管光])(?=\p{Script=Han})|下降|取消|降低/u.exec(
    whyClause,
  );
  if (negative) return new RegExp(negative[0]);
  const compared = CLAIMED_COMPARISON.exec(whyClause);
  if (!compared) return undefined;
  const more = "多高快大强好".includes(compared[1]!);
  // Better (好, 强) is also said by setting the two side by side (相对于毛菜来说, 与…相比) and telling how; a
  // claim of one measure (贵, 便宜, 多) needs that measure.
  const better = /[好强]/.test(compared[1]!) ? "|相对于|相比" : "";
  return new RegExp(`${compared[1]}|${more ? "高于|快于|多于|超过|领先" : "低于|慢于|少于"}${better}`);
}

/** A span of time: 9个月, 15个工作日, 3年 (not 2024年, a year), 两周, 半年. */
const DURATION =
  /(?<![\d.])(?:\d{1,3}(?:\.\d+)?|[一二两三四五六七八九十半几多]+)个?(?:工作日|小时|分钟|天|周|星期|礼拜|个月|年(?![\d前后底末初中]))/;

export const DATE = /\d+月\d+日|\d{4}年|\d{4}-\d{2}|今年|去年|上半年|截至/;
/**
 * Names in a row: 、 between words (奥地利、美国), not after a figure (拨付16.39亿元、居全国第4: clauses of figures);
 * 和, 与, 及; two quoted names (“高阳家纺”“白沟箱包”).
 */
const NAMES_IN_A_ROW = /(?<=\p{Script=Han})(?<![元亿万个项家条%])、(?=\p{Script=Han})|和|与|及|“[^”]+”[^“]*“/u;
/**
 * Names in a row as a list of names is written: three or more words set apart by 、 (奥地利、美国、法国), or quoted
 * names. Not 和 (which joins counted things too), nor two clauses (消费更便利、生活更便捷).
 */
const NAMES_LISTED = /(?:\p{Script=Han}{2,10}、){2,}\p{Script=Han}{2,10}|“[^”]+”[^“]*“/u;
/** Two or more 、 : an enumeration, which answers how many named things (几个国家: 奥地利、美国、法国、德国). */
const enumerates = (s: string) => (s.match(/、/g)?.length ?? 0) >= 2;

/** The kinds, most specific first. A question may ask several (金额及全国名次: money and rank). */
export const ASKS: readonly AskKind[] = [
  {
    type: "rank",
    detect: /排名|排第|排位|第几|排(?:多少|几)|第多少|名次|位次|排在|位列|位居|前几(?!个?[月年天])|最好|领先|榜首/,
    bonus: (s) => (RANK.test(s) ? 3 : 0),
    shows: (s, _, { exactRank }) => (exactRank ? ORDINAL.test(s) : RANK.test(s)),
  },
  {
    // 多少家外贸企业, 多少人参加: the sentence must count in that measure (60家, 33条), not just give a number.
    // Detected by question.ts from the measure word (CC-CEDICT's classifiers), not by a pattern here.
    type: "count",
    detect: /(?!)/,
    bonus: () => 0,
    shows: (s, _, { countWord, counted = [] }) =>
      !countWord ||
      new RegExp(`\\d(?:[十百千万亿])?${countWord === "人" ? "[人名位]" : countWord}`).test(s) ||
      // 个 counts anything (36个县级物流配送中心 answers 几处): then what follows must be what is counted.
      [...s.matchAll(/\d个(\p{Script=Han}{1,8})/gu)].some(([, after]) => counted.some((t) => after!.includes(t))) ||
      // …or what comes just before (省外落地项目1014个 answers 省外投资案有几件).
      [...s.matchAll(/(\p{Script=Han}{1,8})\d+个/gu)].some(([, before]) => counted.some((t) => before!.includes(t))) ||
      // …or names them one by one (几家跨国公司: 威立雅、赢创), which a sentence of figures does not.
      (enumerates(s) && !FIGURE.test(s)),
    onlyWithFigure: true,
    narrows: "quantity",
    also: true,
  },
  {
    // 一共多少钱, 总共投了多少: a total, which a sentence gives as a whole with its parts (80.45亿元…其中中央资金
    // 72.41亿元) or by a word of summing (共, 总, 累计), not a list of separate figures (汽车…16.39亿元、家电…).
    type: "total",
    detect: /一共|总共|总计|合计|共计|加起来|总的/,
    bonus: (s) => (TOTAL.test(s) ? 3 : 0),
  },
  {
    // 每辆补多少, 人均多少: a rate per unit, which a total does not give.
    type: "perUnit",
    // 一辆车能补多少 asks per vehicle as 每辆 does (not 第一个, 十一个); 单件 per item, and so does a measure after
    // 换/买 (换部冰箱, 换一台空调, 换个冰箱: one of them); a subsidy's 标准 is its rate; and what one can get (能补多少,
    // 可以领几多, 旧的能折多少钱) is one asker's share, not the programme's total.
    detect:
      /每(?:个|辆|台|人|户|家|件|斤|公斤|吨|平米|平方米|亩|位|名|年|月|天|次)|(?<![第\d一二三四五六七八九十百千万])一(?:辆|台|户|件|斤|公斤|吨|平米|亩)|单(?:辆|台|件|笔)|(?:换|买)一?(?:部|台|辆|件|套|个)|人均|单价|平均每|(?:补贴|补助|奖励|收费)标准|(?:能|可以|可)(?:补贴|补助|补|领到|领|拿到|拿|折抵|抵扣|折|抵|返)(?:多少|几)/,
    bonus: (s) => (PER_UNIT.test(s) ? 1 : 0),
    shows: (s) => PER_UNIT.test(s),
    onlyWithFigure: true,
    narrows: "quantity",
    also: true,
  },
  {
    type: "money",
    // (投资多少 asks money by the verb before 多少, which stays a topic word: only 多少 is the ask's.)
    detect:
      /钱|资金|金额|总额|价格|价钱|费用|预算|经费|多少元|(?<=投资了?|投了|花了?)多少|几块|[几\d]+个?亿|多少个?亿|多少万|投资额|总投资|投资规模|美元|美金|补贴?多少|补了多少|(?<!份)额(?:是|有|为)?多少|(?<!份)额$/u,
    // No ranking bonus: the digit bonus of "quantity" already applies, and more let a sentence with the asked
    // kind of figure but not the topic win (净菜多少钱一斤 → the 80.45亿元 of trade-in funds).
    bonus: () => 0,
    shows: (s) => MONEY.test(s),
    onlyWithFigure: true,
    narrows: "quantity",
  },
  {
    type: "share",
    // (A figure the asker states, 涨了三十多个百分点 or 百分之十二, asks nothing: 几个百分点 and 百分之几 do.)
    detect:
      /占有率|市占率|占比|比例|比重|份额|百分之(?![\d.])|(?<![\d.]个?)百分点|增速|增幅|涨幅|增长率|年增率|成长率|幅度|几成/,
    bonus: () => 0,
    shows: (s) => SHARE.test(s),
    onlyWithFigure: true,
    narrows: "quantity",
  },
  {
    // 出口占比多少, 市场份额: a part of a whole, which a rate of change (增长12.9%) is not, though both are
    // percentages. Demanded on top of the share.
    type: "proportion",
    detect: /占有率|市占率|占比|比重|份额|占[^，,。？?]{0,6}?百分之/,
    bonus: () => 0,
    shows: (s) => PROPORTION.test(s),
    onlyWithFigure: true,
    also: true,
  },
  {
    type: "growth",
    detect: /增长|增幅|增速|涨了|增加了|同比|年增率|成长率/,
    bonus: (s) => (GROWTH.test(s) ? 2.5 : 0),
  },
  {
    type: "compare",
    // …and any 比 + an adjective (比普通菜好在哪, 比毛菜强): a comparison with the thing named (not 占比多少).
    detect: new RegExp(
      `比全国|和全国|与全国|跟全国|高于|低于|高出|高几|相比|对比|比较|(?<!占)${COMPARED_BY}(?:${COMPARATIVES}|差)`,
    ),
    bonus: (s) => (COMPARE.test(s) ? 2.5 : 0),
    // 比全国高多少 wants a comparison, a change or a rank (高于全国2.1个百分点, 增长12.9%, 居全国第4), not a level
    // alone (占有率41.8%): demanded on top of the figure asked.
    shows: (s) => COMPARE.test(s) || CHANGE.test(s) || RANK.test(s),
    onlyWithFigure: true,
    also: true,
  },
  {
    // 高出几个百分点, 比全国平均高多少: a difference in points, which 明显高于全国平均水平 states without a figure.
    type: "points",
    detect:
      /(?:几|多少)个?百分点|比(?:全国|全省)(?:平均)?(?:水平)?(?:增速|增幅|增长)?(?:要)?(?:高|低|快|慢)(?:出|了)?(?:多少|几)/,
    bonus: () => 0,
    shows: (s) => /百分点/.test(s),
    onlyWithFigure: true,
    also: true,
  },
  {
    // 要多久, 几天能办完, 多长时间: how long, which only a span of time tells (连续9个月, 15个工作日, 3年), not a
    // date, a period named (1至8月) or another figure.
    type: "duration",
    // (前几天, 这几天 and 哪几天 say or ask when.)
    detect: /多久|多长时间|多少时间|(?<![前这那过好哪])(?:几|多少)个?(?:天|小时|工作日|星期|礼拜)/,
    bonus: (s) => (DURATION.test(s) ? 2 : 0),
    shows: (s) => DURATION.test(s),
    narrows: "quantity",
  },
  {
    type: "quantity",
    detect: /多少|(?<![第哪])几|多大|多高|多快|金额|规模|数量|总额|占有率|比例|百分之/,
    bonus: (s) => (FIGURE.test(s) ? 2 : 0),
    shows: (s, _, { countsThings }) => FIGURE.test(s) || (!!countsThings && enumerates(s)),
    onlyWithFigure: true,
  },
  {
    type: "effect",
    detect:
      /变化|效果|成效|成果|作用|影响|意义|好处|带来|收获|说明了?(?:什么|啥)|意味着|反映了?(?:什么|啥)|体现了?(?:什么|啥)/,
    bonus: (s) => Math.min(3, (s.match(OUTCOME)?.length ?? 0) * 1.2),
  },
  {
    // Only completes the reply: a ranking bonus for reasons (reason first) lost a sealed why-how answer.
    type: "why",
    detect:
      /为什么(?!说)|为何(?=\p{Script=Han})(?!说)|为啥(?!说)|为了(?:啥|什么)|原因|(?<!项)目的|用意|初衷|出发点|背景|图啥|干嘛要|干吗要|何以(?!见得)|凭什么(?!说)|怎么会/u,
    bonus: () => 0,
    completes: REASON,
  },
  {
    // 为什么说外贸发展得好 asks what shows it: a figure or an outcome, not a purpose.
    type: "evidence",
    detect: /为什么说|为啥说|为何说|凭什么说|何以见得|从哪(?:里|儿)?(?:能)?看出|怎么看出/,
    bonus: () => 0,
    completes: new RegExp(`\\d(?:\\.\\d+)?(?:%|亿|万|个|家|项|条)|${OUTCOME.source}`),
  },
  {
    type: "who",
    detect: /谁|哪几?位|哪个人|什么人|哪些人|名字|叫什么|受访者|嘉宾|职务|职位|职称|职衔|头衔|官职|身份/,
    bonus: (_, p) => (kindOf(p).namesPeople ? 1.5 : 0),
    // In the speaker's answers, who is told by a name (a person asked by role: 哪位省领导带队) or by a body
    // (净菜是谁打造的 → 河北省委、省政府); 省领导带队 alone tells neither.
    // A deputy or a former holder (副厅长, 原局长) is another person than the post's holder: the sentence must
    // name that post.
    shows: (s, p, { knownPeople = [], whoAsked, deputy }) =>
      (!deputy || s.includes(deputy)) &&
      (!whoAsked ||
        !kindOf(p).speaks ||
        knownPeople.some((n) => s.includes(n)) ||
        (whoAsked === "anyone" && ORGANISATION.test(s))),
  },
  {
    type: "list",
    detect: /哪些|哪几|有什么|有啥|有些啥|搞了啥|有哪|都有|包括|列举|名单|名录|清单/,
    bonus: (s) => (enumerates(s) ? 1.5 : 0),
  },
  {
    // 哪些省份, 哪几个片区, 哪几类产品: several things, which a sentence shows by naming them in a row (、, 和, 与, 及,
    // quoted names, a credit line's names); 居全国第4 or 实际使用外资增长148.6% names none. (Not for measures,
    // 哪些措施, nor for what was done, 哪些工作: a sentence of actions joined by commas lists them.)
    type: "members",
    detect: /哪些|哪几|名单|名录|清单/,
    bonus: () => 0,
    shows: (s, p, { types, namesThings, nameList }) =>
      kindOf(p).roleAndNames ||
      (nameList ? NAMES_LISTED.test(s) : !namesThings || types.includes("how") || NAMES_IN_A_ROW.test(s)),
    also: true,
  },
  {
    type: "when",
    // (多长时间 asks how long, not when: the duration kind.)
    detect: /什么时候|何时|哪天|哪几天|哪年|哪一年|哪一天|哪个月|几月|几号|日期|(?<!多长|多少)时间|期限/,
    bonus: (s, p) => (kindOf(p).pageLine ? 2 : DATE.test(s) ? 1 : 0),
    // A deadline or an end (截止日期, 什么时候结束) is told only by a sentence that tells of one; 截至10月22日 says
    // as of when a figure stands.
    shows: (s, p, { asksEnd }) => (asksEnd ? END.test(s) : kindOf(p).pageLine || DATE.test(s)),
  },
  {
    type: "how",
    // 靠什么 asks by what means; 啥意思 asks what a saying means, which the sentence around it explains.
    detect: /怎么|如何|怎样|措施|举措|办法|做法|手段|怎么做|为什么|咋|原因|靠(?:什么|啥)|(?:什么|啥)意思/,
    bonus: (_, p) => (kindOf(p).speaks ? 0.5 : 0),
  },
  {
    // 今后的目标, 下一步打算: what the speaker means to do, said in the future tense or as a mission (将始终以…为己任).
    type: "aim",
    detect: /目标|定位|口号|愿景|打算|下一步|今后|接下来|往后/,
    bonus: (s) => (AIM.test(s) ? 3 : 0),
  },
  {
    // 怎么报名, 去哪申请, 如何申请, 怎么查到账没有, 要带啥材料, 需要什么手续: a procedure for the reader to follow, which a sentence
    // shows only by its steps or its channel (拨打, 登录, 申请条件); an account of what was done does not.
    type: "procedure",
    detect:
      /(?:怎么|怎样|如何|咋)\s*(?:去)?(?:报名|申请|申报|领(?!导)|办理|注册|预约|兑换|查询|查(?![处办封获实证]))|(?:去|到|在)哪(?:里|儿)?(?:能)?(?:报名|申请|申报|领(?!导)|办理|注册|预约|兑换)|(?:带|准备|提交|交)(?:什么|啥|哪些)材料|(?:怎么|怎样|如何|咋)样?才能(?:成为|参加|加入|拿到|领到|享受|买到)|需要(?:什么|哪些)(?:条件|材料|手续|认证|资质)|(?:报名|申请|办理)(?:流程|条件|方式|入口|渠道)/,
    bonus: () => 0,
    shows: (s) => /拨打|登录|申请条件|报名方式|流程|手续|扫码|网址|热线电话\d/.test(s),
  },
  {
    // 张泽峰是哪里人, 多大了, 什么学历: a person's life, which only a sentence telling it (生于, 毕业于, 曾任) shows;
    // a title or the page's date line does not.
    type: "bio",
    detect:
      /哪里人|哪儿人|哪的人|籍贯|老家|家乡|出生|生日|年龄|多大了|多大岁数|几岁|岁数|学历|毕业|母校|简历|履历|工作经历|任职经历|以前在哪|之前在哪|家庭|婚/,
    bonus: () => 0,
    shows: (s) => /出生|生于|籍贯|毕业|学历|\d+岁|曾任|历任|出任|任职于/.test(s),
  },
  {
    // 哪家公司在运营, 引进了哪几家 company, 公司叫什么: firms by name, which only a sentence speaking of firms shows
    // (与威立雅、赢创等知名跨国公司, 出口百强, 60家骨干央企); a list of industries names none.
    type: "firm",
    detect:
      /哪(?:几|些|一)?(?:家|个|间)?[^，,。？?]{0,8}?公司|公司[^，,。？?]{0,6}?(?:名字|名称|叫什么|叫啥|是啥|是什么|是哪)/,
    bonus: () => 0,
    shows: (s) => FIRMS.test(s),
  },
  {
    // 推荐一下, 哪家最正宗, 哪个牌子好, 买A好还是B好, 值不值得买, 有啥好玩的: advice, which only a sentence commending things gives (推荐, 优品,
    // 好物, 必购, 值得); an account of what was done (培育打造…消费场景) commends nothing to the asker.
    type: "advice",
    detect:
      /推荐|靠谱|正宗|哪(?:个|家|种|款)[^，,。？?\s]{0,8}?好(?![处在])|好还是|值不值得|值得(?:买|去|吃)|好吃|好玩|好逛|有啥玩|有什么玩/,
    bonus: () => 0,
    shows: (s) => /推荐|优品|好物|必购|必买|值得/.test(s),
  },
  {
    // 商务厅电话, 热线号码, 官网网址, 公众号叫什么: a way to reach someone, which only a sentence giving one shows (a
    // number to dial, an address on the web or for mail); 通过…政务服务热线回应关切 tells of a hotline, not its
    // number.
    type: "contact",
    // (打电话说, 电话里讲: a call made, not a number asked; 哪个网站发布: a name, which 网址 and 官网 are not.)
    detect: /(?<![打通接回])电话(?![里中])|号码|网址|官网|邮箱|联系方式/,
    bonus: () => 0,
    // (Whether there is one: a sentence telling of a way to reach someone, 热线 or 专线, not any sentence.)
    shows: (s, _, { whether }) =>
      (!!whether && /热线|专线|电话|网站|网址|官网|公众号|小程序|平台|邮箱/.test(s)) ||
      /\d{5,}|\d{3,4}-\d{4,}|www|http|\.(?:com|cn|gov)|@/.test(s),
  },
  {
    // 在哪里录的, 地址在哪, 哪条街: a place, which a sentence shows by naming one the interview knows (北京, 廊坊,
    // 奥地利); 访谈现场 names none.
    type: "where",
    // (好在哪, 强在哪: an adjective before 在哪 asks in what respect, not where.)
    // 哪个超市, 哪家商场, 哪座城市, 哪些国家: a kind of place after 哪 and a measure asks which place, as 在哪 does.
    detect:
      /(?<![好强差贵])在哪(?:里|儿)?(?!些|个|几|一)|哪(?:条街|条路|个地方|儿)|什么地方|地址|地点|位置在|哪(?:个|家|座|些|几个|几家)?\s*(?:超市|商场|商店|门店|店铺|城市|景区|街道|国家|省份|地区)/,
    bonus: () => 0,
    shows: (s, _, { knownPlaces = [], cityAsked, addressAsked, knownCities = [] }) =>
      addressAsked
        ? ADDRESS.test(s)
        : knownPlaces.some((p) => s.includes(p) && (!cityAsked || knownCities.includes(p))),
  },
  { type: "what", detect: /(?!)/, bonus: () => 0 },
];

/** A city asked for (哪个城市, 哪些地市): a country does not answer it. */
export const CITY_ASKED = /哪(?:个|些|几个|座)?\s*(?:城市|地市)/;
/** A street or an address asked for: 哪条街, 哪条路, 地址, 门牌. */
export const ADDRESS_ASKED = /哪(?:条|一条)(?:街|路|胡同)|地址|门牌/;
/** A street and its number (中山路18号), or an address given as such. */
const ADDRESS = /\p{Script=Han}(?:路|街|大道|巷|胡同)\d+号|地址[:：]/u;

export const askKind = new Map(ASKS.map((kind) => [kind.type, kind]));

/** The words by which a text asks (占有率, 多少, 排第几), joined: what a follow-up with its own ask drops. */
export function askWordsIn(normalized: string): string {
  // (比毛菜好 asks a comparison with 毛菜: the thing compared is a topic, not a word of asking.)
  return EVERY_ASK.flatMap((detect) =>
    [...normalized.matchAll(detect)].map((m) => m[0].replace(COMPARED_THING, "比")),
  ).join(" ");
}
const COMPARED_THING = new RegExp(`^比[^，,。？?\\s]{1,8}?(?=(?:${COMPARATIVES}|差)$)`);
// The detect patterns made global once, for matchAll.
const EVERY_ASK = ASKS.map((kind) => new RegExp(kind.detect.source, `${kind.detect.flags}g`));

/** The kinds a question asks for, in registry order ("what" when none). */
export function asksOf(normalized: string): QuestionType[] {
  return ASKS.filter((kind) => kind.detect.test(normalized)).map((kind) => kind.type);
}

/**
 * Whether a sentence shows what the question asks: true when no kind asked sets a requirement, else when
 * any kind asked is shown (金额及全国名次 is answered by the rank alone rather than not at all), and every kind
 * demanded `also` is. A narrower kind stands for the one it narrows: 总额多少 asks an amount, and any number
 * will not do.
 */
export function showsAsked(q: Asked, sentence: string, passage: LoadedPassage): boolean {
  const narrowed = new Set(q.types.map((t) => askKind.get(t)?.narrows));
  const demands = q.types
    .filter((t) => !narrowed.has(t))
    .map((t) => askKind.get(t))
    .filter((kind): kind is AskKind => !!kind?.shows && (q.asksFigure || !kind.onlyWithFigure));
  const shown = (kind: AskKind) => kind.shows!(sentence, passage, q);
  const either = demands.filter((kind) => !kind.also);
  return demands.filter((kind) => kind.also).every(shown) && (!either.length || either.some(shown));
}

/**
 * The kinds a sentence must show, when the head of the question (its words after the last 的) names some: 该增幅
 * 对应的外资金额是多少 asks the amount, and the growth it modifies only says which amount. Kinds shown on top
 * (`also`) and kinds that demand nothing stay.
 */
export function headedKinds(types: readonly QuestionType[], head: string): readonly QuestionType[] {
  const demanding = (t: QuestionType) => !!askKind.get(t)?.shows && !askKind.get(t)?.also;
  // (Read only when two kinds would be demanded: one kind has nothing to be chosen from.)
  if (!head || types.filter(demanding).length < 2) return types;
  const headKinds = asksOf(head);
  if (!headKinds.some((t) => demanding(t) && types.includes(t))) return types;
  return types.filter((t) => !demanding(t) || headKinds.includes(t));
}

// A figure as a reply states it: a number not followed by a date's unit or a span's 至 (10月22日, 1至9月 say
// when, not how much).
const STATED_FIGURE = /\d+(?:\.\d+)?(?![\d.]|[年月日号至到-])/g;

// A figure of an amount: as a reply states it, and not a span of time (连续9个月, 3年).
const AMOUNT_FIGURE = /\d+(?:\.\d+)?(?![\d.]|[年月日号至到-]|个?(?:月|年|天|小时))/g;

/** How many different figures a sentence states (normalize()d, digits): 分别是多少 wants one for each thing asked. */
export function figuresStated(sentence: string): number {
  return new Set(sentence.match(AMOUNT_FIGURE) ?? []).size;
}

/**
 * The lists of names a text gives, each as written: quoted names (“正定古城”“冰雪崇礼”) and runs set apart by 、
 * (奥地利、美国、法国), each name at most 8 characters.
 */
export function namesListed(text: string): string[][] {
  const quoted = [...text.matchAll(/“([^”]{2,8})”/g)].map((m) => m[1]!);
  const listed = [...text.matchAll(/(?:\p{Script=Han}{2,8}、)+\p{Script=Han}{2,8}/gu)].map((m) => m[0].split("、"));
  return [quoted, ...listed].filter((names) => names.length > 0);
}

/** A count asked and its measure (有几个, 多少项; not 几个月, which counts time): question.ts reads a part's count by it. */
export const COUNT_ASKED = /(?:多少|几)(个(?!月|年|小时|百分点)|家|项|条|座|所|场|批|件|台|辆)/;

/**
 * Whether the count a question asks (外资项目有几个: 个) is only the count the asker typed (1014个项目里): the reply's
 * figures in that measure are all typed, so it counts the whole they started from, not the part they ask for.
 */
export function countEchoes(question: string, reply: string): boolean {
  const asked = new Set(question.match(/\d+(?:\.\d+)?/g) ?? []);
  // (几个月, 9个月: a span of time, not a count of things.)
  const measure = asked.size ? COUNT_ASKED.exec(question)?.[1] : undefined;
  if (!measure) return false;
  const counts = [...reply.matchAll(countsIn(measure))].map((m) => m[1]!);
  return counts.length > 0 && counts.every((n) => asked.has(n));
}
// The counts of a reply in one measure, with the words after each: one pattern per measure, made once (a handful).
const countPatterns = new Map<string, RegExp>();
function countsIn(measure: string): RegExp {
  let pattern = countPatterns.get(measure);
  if (!pattern)
    countPatterns.set(
      measure,
      (pattern = new RegExp(`(\\d+(?:\\.\\d+)?)${measure}(?!月|年|小时|百分点)(\\p{Script=Han}{0,20})`, "gu")),
    );
  return pattern;
}

/**
 * Whether every count of a reply in a measure (1014个, 207项) is the count of one whole, named just before it (项目
 * 1014个) or in the words after it (28个商旅文体健展多业态融合服务消费典型场景): a reply counting only the whole a
 * part is asked of.
 */
export function countsOnly(reply: string, whole: { head: string; measure: string }): boolean {
  const { head, measure } = whole;
  const counts = [...reply.matchAll(countsIn(measure))];
  const before = (m: RegExpMatchArray) => reply.slice(Math.max(0, m.index! - 2), m.index!) === head;
  return counts.length > 0 && counts.every((m) => before(m) || m[2]!.includes(head));
}

/**
 * Whether a reply's figures are all figures the asker typed: 100个项目里落在廊坊的有几个 answered by 促成100个
 * 项目 tells the asker nothing they did not say. Both texts normalize()d with digits (withDigits).
 */
export function echoesAsker(question: string, reply: string): boolean {
  const typed = new Set(question.match(/\d+(?:\.\d+)?/g) ?? []);
  const stated = reply.match(STATED_FIGURE) ?? [];
  return stated.length > 0 && stated.every((n) => typed.has(n));
}
