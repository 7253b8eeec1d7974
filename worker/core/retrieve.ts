import { search } from "@orama/orama";
import type { LoadedPassage, SearchIndex } from "../search/load-index.ts";
import { tokenize } from "../text/tokenize.ts";
import { ASKS, asksOf } from "./asks.ts";
import { kindOf } from "./passage-kinds.ts";
import { type AnalysedQuestion, LIGHT_VERBS } from "./question.ts";
import { tuning } from "./tuning.ts";

export interface ScoredSentence {
  passage: LoadedPassage;
  /** Index of the sentence within its passage. */
  sentence: number;
  score: number;
}

export interface Retrieval {
  ranked: ScoredSentence[];
  /** Share of the question's content (idf-weighted) found in the best passage: 0…1. */
  coverage: number;
  /** The question names something (GDP, 2019) the interview never mentions. */
  unknownName: boolean;
  /** How specific each token of the question is (idf over the interview's sentences). */
  weight: (t: string) => number;
  /**
   * Share of the question's last content run found in the best passage. Chinese puts what is asked
   * for last (石家庄的人口 → 人口, 河北有几座港口 → 港口): a passage that lacks it does not answer.
   */
  focus: number;
}

const TYPES = ASKS.map((kind) => kind.type);
/** Words of an approximate number (一百个左右, 上下, 出头), which a question may end on. */
const APPROXIMATE = /^(?:左右|上下|出头|前后)$/;
/** A token in at most this many sentences is specific to its topic. */
const SPECIFIC = tuning.specificSentences;
// Type bonuses depend only on the sentence: computed on first use, then kept. Bounded by the index
// (sentences × types), so nothing grows per request, and the regexes stop costing ~40 µs a question.
const bonusCache = new WeakMap<LoadedPassage, Float64Array[]>();
function bonusesOf(passage: LoadedPassage): Float64Array[] {
  let bonuses = bonusCache.get(passage);
  if (!bonuses) {
    bonuses = passage.normalizedSentences.map((text) => Float64Array.from(ASKS, (kind) => kind.bonus(text, passage)));
    bonusCache.set(passage, bonuses);
  }
  return bonuses;
}
const typeSlot = new Map(TYPES.map((type, i) => [type, i]));

// Weights, measured on the dev set (npm run eval) and kept round: a context token counts half,
// a token found elsewhere in the passage counts a third, Orama's passage rank adds up to one token's worth.
const CONTEXT_WEIGHT = tuning.contextWeight;
const SCENE_WEIGHT = tuning.sceneWeight;
// A synonym's words (钱 → 资金 拨付 使用) stand in for the asker's word, so they rank at half weight too.
const SYNONYM_WEIGHT = tuning.synonymWeight;
const PASSAGE_WEIGHT = tuning.passageWeight;
const PRIOR_WEIGHT = tuning.priorWeight;
const UNKNOWN_WEIGHT = tuning.unknownWeight;
const KEYWORD_TOKENS = tuning.keywordTokens;
/** A focus of at most this many tokens (房价, 机场) names a thing even when no 多少 points at it. */
const SHORT_FOCUS = tuning.shortFocus;

/**
 * Ranks every sentence of the interview for the question: Orama's BM25 over passages as a prior, then
 * idf-weighted token overlap per sentence, then what the question type asks for.
 * The interview has ~80 sentences, so scoring them all costs less than choosing which to score.
 */
/**
 * Bigrams that straddle two words of the question (上半年落地 → 年落) are noise, not content the
 * interview lacks: an unknown bigram whose neighbours on both sides are known is one of those. (Not at
 * the ends of a run: 河北省长 → 省长 is a word the interview lacks, not noise.)
 */
function junctions(
  where: (t: string) => readonly number[],
  runs: string[][],
  isWord: (t: string) => boolean,
): Set<string> {
  const known = (t: string | undefined) => t !== undefined && where(t).length > 0;
  const out = new Set<string>();
  // A bigram the interview lacks that is no dictionary word, beside one that is a word (要推广 → 要推 beside
  // 推广; 外贸涨 → 贸涨 beside 外贸), is where two words meet, not a word of its own.
  const wordish = (t: string | undefined) => t !== undefined && (known(t) || isWord(t));
  for (const run of runs)
    run.forEach((t, i) => {
      if (/^\p{Script=Han}{2}$/u.test(t) && !known(t) && !isWord(t) && (wordish(run[i - 1]) || wordish(run[i + 1])))
        out.add(t);
    });
  for (const run of runs) {
    run.forEach((t, i) => !known(t) && known(run[i - 1]) && known(run[i + 1]) && out.add(t));
    // A one-character word between two known words leaves two unknown bigrams (市场上河北 → 场上, 上河).
    run.forEach((t, i) => {
      const next = run[i + 1];
      if (next && !known(t) && !known(next) && known(run[i - 1]) && known(run[i + 2])) out.add(t).add(next);
    });
  }
  return out;
}

// The sentences of the page's own line, and its credit lines by passage number: found once per index.
const pagePartsOf = new WeakMap<SearchIndex, { pageSentences: Set<number>; credits: number[] }>();
function pageParts(index: SearchIndex) {
  let parts = pagePartsOf.get(index);
  if (!parts) {
    const { passageOf } = index.postings;
    const pageSentences = new Set<number>();
    passageOf.forEach((p, s) => kindOf(index.passages[p]!).pageLine && pageSentences.add(s));
    const credits = index.passages.flatMap((passage, p) => (kindOf(passage).roleAndNames ? [p] : []));
    parts = { pageSentences, credits };
    pagePartsOf.set(index, parts);
  }
  return parts;
}

export function retrieve(index: SearchIndex, q: AnalysedQuestion): Retrieval {
  // Postings of each token, looked up once per question (a token outside the index costs a scan).
  const looked = new Map<string, readonly number[]>();
  const where = (t: string) => {
    let list = looked.get(t);
    if (!list) looked.set(t, (list = index.postings.sentencesWith(t)));
    return list;
  };
  const isWord = (t: string) => index.lexicon.wordSet.has(t);
  const noise = junctions(where, q.runs, isWord);
  // A function word the interview never uses (这样, 我就) is how the asker talks, not what about.
  // …and so is a light verb it never uses (它是怎么做到的: 做到).
  for (const t of q.tokens)
    if (where(t).length === 0 && (index.lexicon.isFunction(t) || LIGHT_VERBS.test(t))) noise.add(t);
  // A follow-up with no words of its own (排名呢?) is about the previous question's words.
  // …and so is one whose only words are pairs neither the interview nor the dictionary has (为啥能涨这么快 → 能涨):
  // how the asker puts it.
  const own = q.tokens.filter((t) => !noise.has(t));
  // …and one whose only words are light verbs (咋做到的 具体呢 after 外贸增长多少): how the asker asks about it.
  const unheard = (t: string) => (where(t).length === 0 && !isWord(t)) || LIGHT_VERBS.test(t);
  const tokens = own.length && !(q.contextTokens.length && own.every(unheard)) ? own : q.contextTokens;
  const weights = new Map<string, number>();
  const scene = new Set(q.sceneTokens);
  // A follow-up that points at a thing of its own (那个基金加项目是干嘛用的: 基金, in few sentences) is about that
  // thing: the conversation's words only tell which of its sentences, at the scene's weight.
  const namesOwn = q.pointedAt.some((t) => where(t).length > 0 && where(t).length <= tuning.followUpOwnSentences);
  for (const t of q.contextTokens) weights.set(t, scene.has(t) || namesOwn ? SCENE_WEIGHT : CONTEXT_WEIGHT);
  for (const t of q.synonyms) weights.set(t, SYNONYM_WEIGHT);
  for (const t of tokens) weights.set(t, 1);
  if (!weights.size) return { ranked: [], coverage: 0, focus: 0, unknownName: false, weight: () => 1 };

  // Each token's idf once per question: the passage loop below asks for it ~40 times.
  const n = index.sentenceCount;
  const idfOf = (t: string) => Math.log(1 + n / (1 + where(t).length));
  const idf = new Map<string, number>();
  for (const t of weights.keys()) idf.set(t, idfOf(t));
  // A question word as found in the interview: itself, or one of its synonyms standing in for it.
  const forms = (t: string) => [t, ...(q.alternatives.get(t) ?? [])];
  // A word the interview never uses (nor any stand-in for it) is mostly how the asker put things (冰箱, 退休):
  // it weighs on coverage at a fraction; named things are judged apart (unknownName below).
  const anywhere = (t: string) => forms(t).some((form) => where(form).length > 0);
  // A message that only names things (外贸 逆差, 经洽会 门票) is a search box's: each word was chosen, so one the
  // interview lacks that is no common word (逆差), or is a noun (河北 房价), is a thing asked about, not phrasing,
  // and weighs in full. (Refusing outright on such a noun: batches +2 −2, Cantonese 咩欄目 read as keywords.)
  // So does an English word the tables cannot read (inflation, unemployment): typed in English, it is the word
  // the asker chose for the topic, and no interview word nor common word glosses it. (Day 10: batches +3 −1, the
  // one lost an untranslated word of the interview's topic, consumption; sealed set unchanged.)
  const keywords =
    q.types.length === 1 && q.types[0] === "what" && !q.contextTokens.length && q.tokens.length <= KEYWORD_TOKENS;
  const unknownShare = (t: string) =>
    (keywords && (!isWord(t) || index.lexicon.nounSet.has(t))) || /^[a-z]{3,}$/.test(t) ? 1 : UNKNOWN_WEIGHT;
  const mass = (t: string) => idf.get(t)! * (anywhere(t) ? 1 : unknownShare(t));
  // A pair the interview writes that is no word, between two dictionary words of the question (河北|商务 →
  // 北商, of 河北商务厅), is where the asker's words meet: found with them it is a phrase matched, and
  // missing it is no content the passage lacks.
  const straddles = new Set<string>();
  for (const run of q.runs)
    run.forEach((t, i) => {
      const before = run[i - 1];
      const after = run[i + 1];
      if (!isWord(t) && before && after && isWord(before) && isWord(after)) straddles.add(t);
    });
  const total = tokens.reduce((sum, t) => sum + mass(t), 0);

  const { hits } = search(index.db, {
    term: [...weights.keys()].join(" "),
    properties: ["text"],
    limit: 20,
    threshold: 1,
  }) as {
    hits: { id: string; score: number }[];
  };
  const prior = new Map<string, number>();
  for (const hit of hits) prior.set(hit.id, hit.score / (hits[0]!.score || 1));

  // Sums over the inverted index: each token adds its weight to the sentences and passages that hold it
  // (once per passage), so the cost follows the postings, not passages × tokens × text length.
  const { postings, passages } = index;
  const sentenceSum = new Float64Array(postings.sentenceCount);
  const passageSum = new Float64Array(passages.length);
  const covered = new Float64Array(passages.length);
  const seen = new Int32Array(passages.length).fill(-1);
  let tokenNo = 0;
  for (const [t, w] of weights) {
    const weight = w * idf.get(t)!;
    tokenNo++;
    for (const s of where(t)) {
      sentenceSum[s]! += weight;
      const p = postings.passageOf[s]!;
      if (seen[p] !== tokenNo) {
        seen[p] = tokenNo;
        passageSum[p]! += weight;
      }
    }
  }
  // Coverage counts only this question's own tokens, a synonym standing in for its word.
  for (const t of tokens) {
    tokenNo++;
    for (const form of forms(t)) {
      for (const s of where(form)) {
        const p = postings.passageOf[s]!;
        if (seen[p] !== tokenNo) {
          seen[p] = tokenNo;
          covered[p]! += idf.get(t)!;
        }
      }
    }
  }

  // A credit line is the page's: a word of the page's own line (这个访谈是谁拍的 → 访谈, of 在线访谈丨…) is
  // found in it too.
  const { pageSentences, credits } = pageParts(index);
  for (const t of tokens) {
    if (!forms(t).some((form) => where(form).some((s) => pageSentences.has(s)))) continue;
    const passagesOf = new Set(forms(t).flatMap((form) => where(form).map((s) => postings.passageOf[s]!)));
    for (const p of credits) if (!passagesOf.has(p)) covered[p]! += idf.get(t)!;
  }

  // In a follow-up, a passage with none of the question's own words cannot answer it (its coverage is 0): when
  // any passage has some, the others are not ranked, however well the conversation's words fit them (外资呢
  // after a question on the free-trade zone's reforms wants the sentence with 外资, not the reforms again).
  // Not for single questions: there it let a weaker passage answer an out-of-scope one (sealed abstain 75 → 71%).
  const followUp = q.contextTokens.length > q.sceneTokens.length;
  const anyOwn = followUp && covered.some((c) => c > 0);
  const ranked: ScoredSentence[] = [];
  passages.forEach((passage, p) => {
    if (!passageSum[p] || (anyOwn && !covered[p])) return;
    const base =
      (prior.get(passage.id) ?? 0) * PRIOR_WEIGHT - kindOf(passage).rankPenalty + PASSAGE_WEIGHT * passageSum[p]!;
    const bonuses = bonusesOf(passage);
    const first = postings.firstSentenceOf[p]!;
    for (let sentence = 0; sentence < passage.normalizedSentences.length; sentence++) {
      let score = base + (1 - PASSAGE_WEIGHT) * sentenceSum[first + sentence]!;
      for (const type of q.types) score += bonuses[sentence]![typeSlot.get(type)!]!;
      ranked.push({ passage, sentence, score });
    }
  });
  ranked.sort((a, b) => b.score - a.score);
  const best = ranked[0]?.passage;
  if (!best) return { ranked, coverage: 0, focus: 0, unknownName: false, weight: () => 1 };
  const bestNo = passages.indexOf(best);
  const found = (t: string) => forms(t).some((form) => where(form).some((s) => postings.passageOf[s] === bestNo));
  // A verb just before 多少 (投入了多少资金) is how the figure is asked, not what it is of: not part of the focus.
  const run = (q.focus.verbBeforeAsk ? q.focus.run.slice(0, -1) : q.focus.run).filter((t) => !noise.has(t));
  let focus = run.length ? run.filter(found).length / run.length : 1;
  // The head word missing counts double when it is specific (净菜价格 → 价格, in one sentence); a common
  // word (建设, in many) is often just how the asker put it.
  const head = run.at(-1);
  if (q.focus.headFinal && run.length > 1 && head && !found(head) && where(head).length <= SPECIFIC) focus /= 2;
  // The question names something the interview never mentions: a Latin name or number (GDP, 2019), or a
  // word standing alone (天津的外贸, 北京的房价) of which no part, nor a synonym, occurs anywhere.
  // Two unknown bigrams in a row (not a junction) are a word of two or more characters the interview
  // never uses: 上海自贸区 → 上海, 海自; 北京房价 → 京房, 房价.
  const unknownWord = (r: string[]) => {
    let streak = 0;
    // The one pair where two such words meet (零售|售总|总额) joins them when the second is a noun, the head of a
    // compound: a metric named. Before a verb or a time word (现在|在为|为止) it is two words of phrasing, and
    // two pairs are a word between (儿子|子打|打电|电话: 打).
    let junction = 0;
    for (const t of r) {
      if (noise.has(t)) {
        junction++;
        continue;
      }
      const joined = junction === 0 || (junction === 1 && index.lexicon.nounSet.has(t));
      streak = anywhere(t) ? 0 : joined ? streak + 1 : 1;
      junction = 0;
      if (streak >= 2) return true;
    }
    // (A pronoun or another function word alone, 那它用了多少钱 → 它, names nothing.)
    const named = r.filter((t) => !noise.has(t));
    return named.length > 0 && named.every((t) => !anywhere(t));
  };
  // Only what the question asks about can rule it out: the words naming what is asked for (the focus), a
  // named place, a Latin name or a number, a time. Any other unknown word only lowers coverage.
  const focusRun = q.focus.run;
  // A real word (jieba's dictionary) that the interview never uses, nor any word glossed alike.
  const missingWord = (w: string | undefined) => w !== undefined && isWord(w) && !anywhere(w);
  const headWord = q.focus.verbBeforeAsk ? undefined : focusRun.filter((t) => !noise.has(t)).at(-1);
  const inPlace = (t: string) => q.placesSaid.some((p) => p.includes(t));
  const placeOnly =
    q.placesSaid.length > 0 &&
    own.every((t) => inPlace(t) || !anywhere(t)) &&
    own.some((t) => !inPlace(t) && missingWord(t) && index.lexicon.nounSet.has(t));
  // A yes-or-no question naming two things the interview never mentions (手机和平板也能换吗, 有没有公开的电话和
  // 联系方式): one absent noun may be how the asker talks; two are what the question is about.
  const absentNouns = () => q.tokens.filter((t) => index.lexicon.nounSet.has(t) && !anywhere(t) && !inPlace(t));
  // …and one whose predicate is a word the interview never uses (石家庄明天下雨不, 普通人能报名吗): not a word of
  // asking (有啥措施吗) nor of an approximate number (一百个左右吗).
  const absentPredicate = q.predicates.some(
    (predicate) =>
      missingWord(predicate) &&
      !index.lexicon.isFunction(predicate) &&
      !asksOf(predicate).length &&
      !APPROXIMATE.test(predicate),
  );
  const unknownName =
    (q.whether && absentNouns().length >= 2) ||
    absentPredicate ||
    // A number or an acronym the interview never writes (2019, GDP); an untranslated everyday word only weighs.
    // (A single digit is a count in passing, 两个循环, not a figure named.)
    q.tokens.some(
      (t) => ((/^\d/.test(t) && !/^\d$/.test(t)) || (q.acronyms.includes(t) && /^[a-z]{2,}$/.test(t))) && !anywhere(t),
    ) ||
    q.timeWords.some((w) => !anywhere(w)) ||
    q.places.length > 0 ||
    q.firms.length > 0 ||
    // The places of the interview are named in passing (路演在石家庄、张家口…): a question whose only words the
    // interview has are a place, with a noun it never uses (石家庄房价), asks about that place, not the interview.
    placeOnly ||
    // A place the interview names elsewhere (保定有几条步行街: 保定 only in 保定驴火): it speaks of the province here.
    // …and so is a firm it names in one place (赢创投了多少: not the province's 4540亿元).
    [...q.namedPlaces, ...q.namedFirms].some((p) => !tokenize(p).every(found)) ||
    // 怎么领取: a way of doing what the interview never mentions doing, nor anything glossed alike.
    missingWord(q.howVerb) ||
    // …except the last word just before 多少 (投入了多少): a verb said otherwise, which the focus rule weighs.
    // A long run with no 多少 to point at its head (怎么保证补贴落到老百姓手里) is a clause, not a name.
    // Without 多少, a run after a verb (请了哪些外国公司, 有啥新招) is how the question is put, not a name.
    // A lone verb (投入资金多少 → 投入) is how the figure is asked, not a thing named.
    (focusRun.length > 0 &&
      !(focusRun.length === 1 && missingWord(focusRun[0]) && !index.lexicon.nounSet.has(focusRun[0]!)) &&
      (q.asksFigure
        ? unknownWord(q.focus.verbBeforeAsk ? focusRun.slice(0, -2) : focusRun)
        : !q.focus.verbBeforeAsk && focusRun.length <= SHORT_FOCUS && unknownWord(focusRun))) ||
    // The head of what is asked (石家庄房价 → 房价, 河北省长 → 省长) or the kind a which-question asks for
    // (哪所大学 → 大学) is a word the interview does not speak of.
    // (Not for how or why: what follows 怎么 is the object of a method, 送到老百姓家门口, not a thing asked for.)
    // (…unless the how asks the state of a thing a noun names, 天气怎么样, not a method; nor for a word of asking,
    // 位次如何.)
    ((!q.types.some((t) => t === "how" || t === "why") ||
      (q.asksState && !q.asksFigure && index.lexicon.nounSet.has(headWord ?? "") && !asksOf(headWord ?? "").length)) &&
      missingWord(headWord)) ||
    missingWord(q.whichWord) ||
    // A noun asked for as a basis (按什么标准) is named as such: 标准 is no 规范, though a gloss shares them.
    (!!q.askedNoun && where(q.askedNoun).length === 0) ||
    // A metric made with 额, 量 or 率 (交易额, 客流量, 失业率) of a word the interview never uses: a figure it never
    // gives.
    (q.asksFigure && q.metricWords.some(missingWord));
  // A follow-up answered by a passage that has none of the conversation's topic (那它在全国排第几 after the zone's
  // foreign investment → the e-bikes' 全国第1) has changed the subject, unless its own words name a new one.
  // (Read only for a follow-up: a single question has no conversation's topic to leave.)
  const leftTopic = () => {
    const topical = (t: string) => where(t).length > 0 && where(t).length <= tuning.followUpTopicSentences;
    const previousTopic = q.contextTokens.filter((t) => !scene.has(t) && topical(t));
    // (A period of its own, 那去年呢, is when, and a word of asking, 百分之几, is what kind: neither names a topic.)
    const ownTopic = tokens.some(
      (t) =>
        !q.timeWords.includes(t) &&
        !q.askingWords.includes(t) &&
        found(t) &&
        where(t).length <= tuning.followUpOwnSentences,
    );
    const topicMass = previousTopic.reduce((sum, t) => sum + idfOf(t), 0);
    const topicFound = previousTopic.filter(found).reduce((sum, t) => sum + idfOf(t), 0);
    return topicMass > 0 && topicFound < topicMass * tuning.followUpTopicShare && !ownTopic;
  };
  const weight = (t: string) => idf.get(t) ?? idfOf(t);
  const missed = [...straddles].filter((t) => tokens.includes(t) && !found(t)).reduce((sum, t) => sum + mass(t), 0);
  const coverage = total > missed ? covered[bestNo]! / (total - missed) : 0;
  return { ranked, coverage, focus, unknownName: unknownName || (followUp && leftTopic()), weight };
}
