import type { LoadedPassage, SearchIndex } from "../search/load-index.ts";
import { fromColloquial } from "../text/colloquial.ts";
import { afterColon, monthSpans, yearsIn } from "../text/discourse.ts";
import { normalize } from "../text/normalize.ts";
import { withDigits } from "../text/numbers.ts";
import { fullWidthPunctuation } from "../text/punctuation.ts";
import { detectScript, inScript, type Script } from "../text/script.ts";
import { QUESTION_CLAUSES, SPACE_BETWEEN_HAN } from "../text/sentences.ts";
import { tokenize } from "../text/tokenize.ts";
import {
  type Asked,
  askKind,
  asksOf,
  CHOICE,
  claimIn,
  countEchoes,
  countsOnly,
  echoesAsker,
  figuresStated,
  headedKinds,
  namesListed,
  RANK_CLAIM,
  showsAsked,
} from "./asks.ts";
import {
  announcedPoints,
  composeReply,
  isHeadingSentence,
  outlineOpenedBy,
  outlinePoints,
  wholeSentence,
  wholeSentenceReply,
} from "./compose.ts";
import { kindOf } from "./passage-kinds.ts";
import { type AnalysedQuestion, analyseQuestion } from "./question.ts";
import { retrieve, type ScoredSentence } from "./retrieve.ts";
import { suggest } from "./suggest.ts";
import { templates } from "./templates.ts";
import { tuning } from "./tuning.ts";

export type AnswerIntent = "answer" | "no_answer" | "greeting" | "help";

export interface Citation {
  id: string;
  /** The passage in the asker's script (folded from the interview's Traditional for a Simplified asker). */
  quote: string;
  speaker: string;
  section: string;
  url: string;
  /** BCP 47 tag of quote, speaker and section, for `lang` attributes. */
  lang: "zh-Hans" | "zh-Hant";
  /** The same, as written in the interview (never converted): for "show the original". */
  original: { quote: string; speaker: string; section: string };
}

/** The quick fact a figure answer states, for a compact card: in the asker's script, from the first citation. */
export interface AnswerFact {
  value: string;
  measure: string;
  period: string;
  rank: string;
  /** What the question asked of the fact: its rank (排第几) or its value; a card leads with that. */
  asked: "rank" | "value";
}

export interface Answer {
  intent: AnswerIntent;
  found: boolean;
  text: string;
  citations: Citation[];
  /**
   * How sure the core is that `text` answers the question, 0–1. Below `tuning.lowConfidence` (worker/core/tuning.ts)
   * `text` is already phrased as a hedge; channels may style it, they need not reword it.
   */
  confidence: number;
  /** Passages on the question's topic that do not answer it (shown as "related", never as the source). */
  related: Citation[];
  /** The points of an outline answer (一是…二是…), in order; `text` holds them too, as one paragraph. */
  list?: string[];
  suggestions: string[];
  fact?: AnswerFact;
}

export interface AnswerContext {
  index: SearchIndex;
  /** Earlier questions of the conversation, oldest first. */
  history?: string[];
  /** Prefix of citation links, e.g. "https://host": links are `${origin}/source#<id>`. */
  origin?: string;
}

const {
  minCoverage,
  minCoverageAsked,
  minFocus,
  lowConfidence,
  moreAtLeast,
  secondCitation,
  headingSentence,
  completeAtLeast,
  alsoAtLeast,
} = tuning;

// A passage in each script, converted once: bounded by the index (passages × 2 scripts), so nothing grows.
const converted = new WeakMap<LoadedPassage, Map<Script, { quote: string; speaker: string; section: string }>>();
function inScriptOnce(passage: LoadedPassage, script: Script) {
  let byScript = converted.get(passage);
  if (!byScript) converted.set(passage, (byScript = new Map()));
  let text = byScript.get(script);
  if (!text) {
    text = {
      quote: inScript(passage.text, script),
      speaker: inScript(passage.speaker, script),
      section: inScript(passage.section, script),
    };
    byScript.set(script, text);
  }
  return text;
}

function cite(passage: LoadedPassage, origin: string, script: Script): Citation {
  return {
    id: passage.id,
    ...inScriptOnce(passage, script),
    url: `${origin}/source#${passage.id}`,
    lang: script === "hans" ? "zh-Hans" : "zh-Hant",
    original: { quote: passage.text, speaker: passage.speaker, section: passage.section },
  };
}

function citationsFor(ranked: ScoredSentence[], origin: string, script: Script): Citation[] {
  const [best, ...rest] = ranked;
  if (!best) return [];
  const second = rest.find((r) => r.passage.id !== best.passage.id && r.passage.kind === best.passage.kind);
  const passages = [best.passage];
  if (second && second.score >= best.score * secondCitation) passages.push(second.passage);
  return passages.map((p) => cite(p, origin, script));
}

/**
 * How sure the answer is, 0–1: coverage above the answering threshold, scaled to 0.5–1, and docked when part of
 * what is asked for is missing from the passage. Calibrated on the question sets (see tuning.lowConfidence).
 */
function confidenceOf(coverage: number, focus: number): number {
  const above = Math.min(1, Math.max(0, (coverage - minCoverage) / (1 - minCoverage)));
  const value = (0.5 + 0.5 * above) * (focus < 1 ? 0.5 + 0.5 * focus : 1);
  return Math.round(value * 100) / 100;
}

/**
 * The sentence after (step 1) or before (step -1) a scored one: in its passage, else the first or last sentence of
 * the neighbouring passage of its turn, when that passage is of the same kind.
 */
function neighbourSentence(index: SearchIndex, scored: ScoredSentence, step: 1 | -1): ScoredSentence | undefined {
  const { passage, sentence } = scored;
  const at = sentence + step;
  if (at >= 0 && at < passage.normalizedSentences.length) return { passage, sentence: at, score: scored.score };
  const beside = index.passages[index.passages.indexOf(passage) + step];
  return beside && beside.turn === passage.turn && beside.kind === passage.kind
    ? { passage: beside, sentence: step > 0 ? 0 : beside.sentences.length - 1, score: scored.score }
    : undefined;
}

/**
 * What was done to bring an outcome about, for a how- or why-question answered by the outcome (外贸增长12.9%):
 * the body of the outline point the outcome closes (二是加速外贸扩容提质。→ 制定…实施…开展…支持… → 增长12.9%).
 * Only a body right after its point's heading: a figure after an example (以自贸试验区为例…207项) or after a
 * point of a list of measures (第五，组织明察暗访…) is not told how it came about.
 */
function meansOf(index: SearchIndex, outcome: ScoredSentence): ScoredSentence | undefined {
  if (!kindOf(outcome.passage).speaks || !/\d/.test(outcome.passage.normalizedSentences[outcome.sentence] ?? ""))
    return undefined;
  const body = neighbourSentence(index, outcome, -1);
  const heading = body && neighbourSentence(index, body, -1);
  const said = (s: ScoredSentence) => s.passage.normalizedSentences[s.sentence] ?? "";
  return body && heading && isHeadingSentence(said(heading)) && !isHeadingSentence(said(body)) ? body : undefined;
}

/**
 * The sentence that completes a reply, when a kind asked wants more than the answering sentence says (a reason
 * for a why-question, worker/core/asks.ts): the best-ranked sentence of the same turn that says it.
 */
function completing(q: AnalysedQuestion, chosen: ScoredSentence, ranked: ScoredSentence[]) {
  const wanted = q.types.flatMap((t) => askKind.get(t)?.completes ?? []);
  const said = (r: ScoredSentence) => r.passage.normalizedSentences[r.sentence] ?? "";
  if (!wanted.length || !kindOf(chosen.passage).speaks || wanted.some((w) => w.test(said(chosen)))) return undefined;
  return ranked.find(
    (r) =>
      kindOf(r.passage).speaks &&
      r.passage.turn === chosen.passage.turn &&
      !(r.passage === chosen.passage && r.sentence === chosen.sentence) &&
      r.score >= chosen.score * completeAtLeast &&
      wanted.some((w) => w.test(said(r))),
  );
}

/** A why-question about an achievement (a rank, a growth) whose answer and its completion give no reason. */
function reasonless(
  question: string,
  q: AnalysedQuestion,
  chosen: ScoredSentence,
  completion: ScoredSentence | undefined,
): boolean {
  if (!q.types.includes("why") || !kindOf(chosen.passage).speaks) return false;
  const { detect: asksWhy, completes: why } = askKind.get("why")!;
  const said = normalize(question);
  const sentence = chosen.passage.normalizedSentences[chosen.sentence] ?? "";
  // Asked also what it shows (说明了什么？为何会这样), the sentence that tells an outcome answers that much.
  if (q.types.includes("effect") && askKind.get("effect")!.bonus(sentence, chosen.passage) > 0) return false;
  // 为什么河北外贸进口下降, 为什么汽车报废补贴比别的省多: a claim the interview never makes has no reason in it.
  const whyClause = said.split(QUESTION_CLAUSES).find((c) => asksWhy.test(c));
  const claim = whyClause ? claimIn(whyClause) : undefined;
  const stated = (s: ScoredSentence | undefined) => !!s && claim!.test(s.passage.normalizedSentences[s.sentence] ?? "");
  if (claim && !stated(chosen) && !stated(completion)) return true;
  const achievement =
    q.types.includes("rank") || q.types.includes("growth") || RANK_CLAIM.test(said) || CHOICE.test(said);
  return achievement && !completion && !why!.test(sentence);
}

/** What a question asks, as the registry reads it: its kinds, and the words naming what a count counts. */
const askedOf = (q: AnalysedQuestion, index: SearchIndex): Asked => ({
  types: headedKinds(q.types, q.head),
  asksFigure: q.asksFigure,
  countWord: q.countWord,
  // (A verb just before 几 is how the count is asked, 盖了几座: the thing counted is what the rest names.)
  counted: q.focus.verbBeforeAsk ? (q.focus.run.length > 1 ? q.focus.run.slice(0, -1) : q.tokens) : q.focus.run,
  countsThings: q.countsThings,
  exactRank: q.exactRank,
  namesThings: q.namesThings,
  nameList: q.nameList,
  asksEnd: q.asksEnd,
  whether: q.whether,
  whoAsked: q.whoAsked,
  deputy: q.deputy,
  // A place the asker typed is no answer to where (净菜在北京哪个超市能买到 is not answered by 北京市场).
  knownPlaces: index.lexicon.namedPlaces.filter((p) => !q.namedPlaces.includes(p)),
  // 落在哪个城市: a country named (德国赢创) is no city.
  cityAsked: q.cityAsked,
  addressAsked: q.addressAsked,
  knownCities: index.lexicon.cities,
  knownPeople: peopleOf(index),
});

// The people the page names: its guest and the names its credits list (策划:陈忠华 赵强利), once per index.
const people = new WeakMap<SearchIndex, string[]>();
function peopleOf(index: SearchIndex): string[] {
  let names = people.get(index);
  if (!names) {
    const credited = index.passages
      .filter((p) => kindOf(p).roleAndNames)
      .flatMap((p) => afterColon(p.normalizedSentences.join(" ")).split(/\s+/))
      .filter((n) => /^\p{Script=Han}{2,4}$/u.test(n));
    people.set(index, (names = [...new Set([normalize(index.meta.guest), ...credited])]));
  }
  return names;
}

/**
 * A when-question's event (哪一年挂牌 → 挂牌) told in another sentence than the one with a date: the date found
 * is of something else (今年1至8月 is when the zone's figures were counted, not when it was set up).
 */
function eventElsewhere(q: AnalysedQuestion, best: ScoredSentence, said: string, index: SearchIndex): boolean {
  const event = q.howVerb;
  if (!event || !q.types.includes("when") || kindOf(best.passage).pageLine || said.includes(event)) return false;
  return index.passages.some((p) => p.normalizedSentences.some((s) => s.includes(event)));
}

/** The sentence of these passages sharing the most of a text's words, by weight (idf). */
function sayingMost(passages: LoadedPassage[], text: string, weight: (t: string) => number) {
  const words = [...new Set(tokenize(text))];
  let most = { passage: passages[0]!, sentence: 0 };
  let mostScore = -1;
  for (const passage of passages)
    passage.normalizedSentences.forEach((sentence, i) => {
      const score = words.filter((w) => sentence.includes(w)).reduce((sum, w) => sum + weight(w), 0);
      if (score > mostScore) [most, mostScore] = [{ passage, sentence: i }, score];
    });
  return most;
}

/** The speaker a reply opens with (张泽峰介绍：): said once when two replies are joined. */
const SPEAKER_LEAD = /^[^：:]{1,12}[：:]/;

/**
 * The one answer core: every channel (API, WeChat, WeCom, CLI) calls this and only formats its result.
 * A question that asks two things in its last two clauses (照片是谁拍的，责任编辑又是谁) gets both: the second is
 * answered as a follow-up of the rest, and added when it is sure and says something else.
 */
export function answer(question: string, context: AnswerContext): Answer {
  const whole = answerQuestion(question, context);
  const second = secondAsk(question);
  if (!whole.found || whole.intent !== "answer" || !second) return whole;
  // The other ask, in the question's script: the last clause, or, when that is what the whole answered, the rest.
  const script = detectScript(question);
  const history = context.history ?? [];
  const rest = question.slice(0, question.lastIndexOf(second));
  // A reply without its hedge's lead (不确定…——): the merged reply is hedged again by its own confidence.
  const unhedged = (a: Answer) => a.text.replace(/^[^——]{1,40}——/, "");
  // Said already: one reply's words hold the other's (a trimmed clause and its whole sentence).
  const bare = (a: Answer) =>
    unhedged(a)
      .replace(SPEAKER_LEAD, "")
      .replace(/[\p{P}\s]/gu, "");
  const same = (a: Answer) => bare(whole).includes(bare(a));
  let other = answerQuestion(second, { ...context, history: [...history, rest] }, script, true);
  if (same(other)) other = answerQuestion(rest, { ...context, history }, script);
  if (!other.found || other.intent !== "answer" || same(other)) return whole;
  // The other reply says all the first did and more: it is the reply, with both sets of citations.
  const covers = bare(other).includes(bare(whole));
  // (The whole's answer goes first even when the other answers an earlier clause: putting that first cost
  // nine batches a cited sentence and won three.)
  const ids = new Set(whole.citations.map((c) => c.id));
  // The same speaker is introduced once (张泽峰介绍：…。…。).
  const lead = unhedged(whole);
  const speaker = SPEAKER_LEAD.exec(lead)?.[0];
  const said = unhedged(other);
  const more = speaker && said.startsWith(speaker) ? said.slice(speaker.length) : said;
  const confidence = Math.min(whole.confidence, other.confidence);
  const text = covers ? said : lead + more;
  return {
    ...whole,
    text: confidence < lowConfidence ? fullWidthPunctuation(inScript(templates.hedge(text), script)) : text,
    citations: [...whole.citations, ...other.citations.filter((c) => !ids.has(c.id))],
    confidence,
  };
}

/** The last clause of a question, when it and the clause before it each ask something (谁, 多少, 哪些…). */
function secondAsk(question: string): string | undefined {
  // Most questions are one clause: no split, no second reading.
  if (!/[，,；;？?。\s]./u.test(question.trim())) return undefined;
  // (…and a space after 多少 before an English word, 多少 growth多少: that word starts the next ask.)
  const clauses = question
    .replace(SPACE_BETWEEN_HAN, "，")
    .replace(/(?<=多少钱?)\s+(?=[A-Za-z])/g, "，")
    .split(QUESTION_CLAUSES)
    .filter((c) => c.trim());
  if (clauses.length < 2) return undefined;
  const asks = (c: string) => {
    // Read as the analysis reads a question: 几时, 邊個 and other colloquial asks in their Mandarin form.
    const n = fromColloquial(normalize(c));
    return asksOf(n).some((t) => t !== "what") || /谁|什么|啥|哪/.test(n);
  };
  const [before, last] = clauses.slice(-2) as [string, string];
  return asks(last) && asks(before) ? last : undefined;
}

function answerQuestion(question: string, context: AnswerContext, script?: Script, continues = false): Answer {
  const { index, history = [], origin = "" } = context;
  const analysed = analyseQuestion(question, history, index, continues);
  const q: AnalysedQuestion = script ? { ...analysed, script } : analysed;
  const say = (text: string) => fullWidthPunctuation(inScript(text, q.script));

  if (q.intent !== "question") {
    const text =
      q.intent === "help"
        ? templates.help(index.meta)
        : q.intent === "thanks"
          ? templates.thanks()
          : templates.greeting(index.meta);
    return {
      intent: q.intent === "help" ? "help" : "greeting",
      found: false,
      text: say(text),
      citations: [],
      confidence: 1,
      related: [],
      suggestions: suggest(index, q.script),
    };
  }

  const { ranked, coverage, focus, unknownName, weight } = retrieve(index, q);
  const turnOf = (s: ScoredSentence) => index.passages.filter((p) => p.turn === s.passage.turn && kindOf(p).speaks);
  // The interviewer's question restates a turn's topic and never answers it: a reader's question that finds it
  // (怎么扩大对外开放 → 围绕扩大对外开放…还有哪些探索?) is answered by the answer's lead sentence, and by its
  // outline when the lead opens one (着力做三个方面工作:一是…).
  const asked = ranked[0];
  // …and a question that finds the page's headline of the answer (the question passage's last sentence, see
  // index-builder/split-passages.ts) gets the sentence of the answer that says what the headline sums up.
  const headline =
    !!asked &&
    kindOf(asked.passage).restates &&
    asked.sentence === asked.passage.sentences.length - 1 &&
    asked.sentence > 0;
  const lead =
    asked && kindOf(asked.passage).restates
      ? headline
        ? sayingMost(turnOf(asked), asked.passage.normalizedSentences[asked.sentence]!, weight)
        : { passage: turnOf(asked)[0]!, sentence: 0 }
      : undefined;
  const found: ScoredSentence | undefined = lead?.passage ? { ...lead, score: asked!.score } : asked;
  // The page's line (title, date, source) answers when it was published and what it is called; who the guest
  // is, the introduction says (本期邀请的是…张泽峰).
  const pageOnly =
    !!found && kindOf(found.passage).pageLine && !q.types.includes("when") && !/标题|题目/.test(normalize(question));
  const best = pageOnly
    ? (ranked.find(
        (r) =>
          !kindOf(r.passage).pageLine &&
          (r.score >= found.score * alsoAtLeast || (q.types.includes("who") && kindOf(r.passage).introducesGuest)),
      ) ?? found)
    : found;
  // A message that asks something (a kind from the registry) answers at a lower share of its words than one
  // that asks nothing: the latter may be small talk that names the interview (谢谢…以旧换新…).
  const asksSomething = q.types.some((t) => t !== "what");
  const onTopic = !!best && coverage >= (asksSomething ? minCoverageAsked : minCoverage);
  // 第三个是什么 after an outline: that point of the previous answer's turn, with what spells it out when the point
  // is a heading (三是创新举办"基金+项目"招商活动。→ its next sentence too).
  const numbered = q.ordinal && best && onTopic ? outlinePoints(turnOf(best), best)[q.ordinal - 1] : undefined;
  if (numbered) {
    const at: ScoredSentence = { passage: numbered.passage, sentence: numbered.sentence, score: best!.score };
    // A point that is its whole sentence (三是…活动。) is a heading: the next sentence says what it is.
    const said = afterColon(numbered.passage.sentences[numbered.sentence]!);
    const heading = said.length <= numbered.point.length + headingSentence / 2;
    const following = heading ? neighbourSentence(index, at, 1) : undefined;
    const text = wholeSentenceReply(at.passage, at.sentence).text + (following ? wholeSentence(following) : "");
    const cited = [...new Set([at.passage, following?.passage ?? at.passage])];
    return {
      intent: "answer",
      found: true,
      text: say(text),
      citations: cited.map((p) => cite(p, origin, q.script)),
      confidence: confidenceOf(coverage, focus),
      related: [],
      suggestions: suggest(index, q.script, { turn: best!.passage.turn, exclude: cited.map((p) => p.id), question }),
    };
  }
  // An outline question on a turn whose answer is an outline (一是…二是…) is answered by its points, as a list;
  // so is a question for a list (有啥活动, 做了哪些工作) whose best sentence announces one (…做了大量工作。首先…).
  const listable = best && onTopic && !unknownName && !q.more;
  const points = !listable
    ? []
    : q.outline
      ? outlinePoints(turnOf(best), best)
      : q.types.includes("list")
        ? announcedPoints(turnOf(best), best)
        : lead && q.types.some((t) => t === "how" || t === "what")
          ? outlineOpenedBy(turnOf(best), best, true)
          : [];
  if (best && points.length) {
    const list = points.map(({ point }) => say(point));
    // The sentence a reader's question found, when it opens the outline rather than being its first point
    // (圍繞擴消費，…以“優化供給”來創造需求。→ 一是…): said first, and cited first.
    const opener =
      lead && !points.some((p) => p.passage === best.passage && p.sentence === best.sentence) ? best : undefined;
    const cited = [...new Set([...(opener ? [opener.passage] : []), ...points.map((p) => p.passage)])].slice(0, 2);
    const said = points.map(({ point }) => point);
    return {
      intent: "answer",
      found: true,
      text: say(
        opener
          ? templates.outlineOpened(best.passage.speaker, wholeSentence(opener), said)
          : templates.outline(points[0]!.passage.speaker, said),
      ),
      citations: cited.map((p) => cite(p, origin, q.script)),
      confidence: confidenceOf(coverage, focus),
      related: [],
      list,
      suggestions: suggest(index, q.script, { turn: best.passage.turn, exclude: cited.map((p) => p.id), question }),
    };
  }
  // The page's date line answers when, never how much (张泽峰今年多大 is not answered by 2024-11-07).
  const figureFromDateLine = !!best && kindOf(best.passage).pageLine && q.asksFigure && !q.types.includes("when");
  // A year asked that the answering sentence's own year contradicts (去年前三季度 → 今年1至9月): another year's
  // figure is not the one asked.
  const thisYear = Number(index.meta.published.slice(0, 4));
  const askedYears = yearsIn(q.timeWords.join(" "), thisYear);
  const bestSaid = best?.passage.normalizedSentences[best.sentence] ?? "";
  // What is asked, as the registry reads it: read once, for the sentence and again for the reply.
  const demand = askedOf(q, index);
  // A sentence that names no year is of its passage's year, and an answer that names none speaks of the
  // speaker's present (河北省有80.45亿元的资金… is this year's, not 2023's).
  // (Read only when a year is asked: most questions name none.)
  const yearsSaid = (): number[] => {
    const ofSentence = yearsIn(bestSaid, thisYear);
    if (ofSentence.length || !best) return ofSentence;
    const ofPassage = yearsIn(best.passage.normalizedSentences.join(""), thisYear);
    return ofPassage.length ? ofPassage : kindOf(best.passage).speaks ? [thisYear] : [];
  };
  const said = askedYears.length ? yearsSaid() : [];
  const otherYear = said.length > 0 && !askedYears.some((y) => said.includes(y));
  // …and a month span asked (一季度 → 1至3月) that the sentence's own span contradicts (1至9月).
  const saidSpans = monthSpans(bestSaid);
  const otherSpan = q.periods.length > 0 && saidSpans.length > 0 && !q.periods.some((p) => saidSpans.includes(p));
  // The nation's figure asked (全国外贸增长多少): only a figure said of the nation answers, not the province's
  // beside 高于全国平均水平.
  const otherWhole = q.national && q.asksFigure && !!best && !/全国[^,，。;；]{0,8}\d/.test(bestSaid);
  // Figures asked of each of several things (出口和进口分别增长多少): a sentence with one figure (进出口增长12.9%)
  // gives none of them.
  const oneFigure = q.respectively && q.asksFigure && !!best && figuresStated(bestSaid) < 2;
  // What is asked (an amount, a share, a rank, a date, a number) must be shown by the sentence (worker/core/asks.ts).
  // A heading (三是创新举办"基金+项目"招商活动。) is spelled out by the sentence after it, as the reply quotes both:
  // together they show what is asked (基金+项目活动在哪里举办 → 在石家庄、张家口…).
  const spelledOut =
    best && isHeadingSentence(bestSaid) ? best.passage.normalizedSentences[best.sentence + 1] : undefined;
  const shownIn = bestSaid + (spelledOut ?? "");
  const unasked = !!best && (!showsAsked(demand, shownIn, best.passage) || eventElsewhere(q, best, bestSaid, index));
  // The topic is there but not what is asked (a date, a figure, a place it never names): say so, and show
  // what the interview does say on the topic as related, never as the answer's source.
  const refuse = (topical: boolean): Answer => {
    const related = topical && best ? [cite(best.passage, origin, q.script)] : [];
    return {
      intent: "no_answer",
      found: false,
      text: say(related.length ? templates.topicWithoutAnswer(index.meta) : templates.noAnswer(index.meta)),
      citations: [],
      confidence: 0,
      related,
      suggestions: suggest(index, q.script, { question }),
    };
  };
  if (
    !best ||
    unknownName ||
    unasked ||
    otherYear ||
    otherSpan ||
    otherWhole ||
    oneFigure ||
    figureFromDateLine ||
    !onTopic
  ) {
    // Related only when the passage is on the question's topic: what is asked for is in it (focus), or the
    // question was ruled out for naming one specific thing the passage's topic lacks (a place, a price), or
    // for asking a kind of figure its sentence does not give (an amount where it gives growth).
    return refuse(
      onTopic &&
        (focus >= minFocus || unknownName || unasked || otherYear || otherSpan || otherWhole || oneFigure) &&
        !kindOf(best.passage).pageLine,
    );
  }
  let chosen = best;
  let reply = kindOf(best.passage).pageLine
    ? { text: templates.published(index.meta) }
    : composeReply(best.passage, best.sentence, q, weight);
  if (q.more) {
    // "还有呢?"/"具体呢?": the rest of the sentence the first answer was trimmed from, else what follows a
    // heading (一是优化环境。→ its sentence), else the next sentence nearly as relevant, else "that is all".
    const whole = wholeSentenceReply(best.passage, best.sentence);
    const heading = best.passage.normalizedSentences[best.sentence]!.length <= headingSentence;
    const following = kindOf(best.passage).speaks && (heading || q.detail) && neighbourSentence(index, best, 1);
    const next = ranked.find((r) => r !== best && !kindOf(r.passage).restates && r.score >= best.score * moreAtLeast);
    if (following) {
      chosen = following;
      reply = wholeSentenceReply(chosen.passage, chosen.sentence);
    } else if (whole.text && whole.text !== reply.text) reply = whole;
    else if (next) {
      chosen = next;
      reply = composeReply(chosen.passage, chosen.sentence, q, weight);
    } else reply = { text: templates.nothingMore() };
  }
  // No reply is ever found and empty: an empty trim falls back to the whole sentence, then to "that is all".
  if (!reply.text.trim()) reply = wholeSentenceReply(chosen.passage, chosen.sentence);
  if (!reply.text.trim()) reply = { text: templates.nothingMore() };
  // A figure asked and a reply trimmed to clauses without it (跨境电商进出口额多少 → 支持跨境电商…发展): the
  // sentence had figures of other things, not the one asked.
  // (A reply stating a fact has its figure; only a trimmed one is read again, or one asked for the exact place:
  // 家电到底排第几 is not answered by 居全国前列.)
  if (
    !q.more &&
    ((q.asksFigure && !reply.fact) || q.exactRank) &&
    kindOf(best.passage).speaks &&
    !showsAsked(demand, normalize(reply.text), best.passage)
  )
    return refuse(true);
  // A figure asked and answered only with figures the asker typed (207项里有多少项已推广 → 成果207项): the
  // interview has the figure they started from, not the one they ask for.
  // A trimmed reply gives way to its whole sentence first: the clause with the asker's figure was kept, the
  // one with the figure asked cut.
  // …and so does a count asked that the reply gives only as the asker's own (1014个项目里外资的有几个 → 1014个).
  // (Typed as digits: an approximate 一千出头 asks the exact count, which 1014个 gives.)
  const echoes = (text: string) => {
    const [asked, said] = [withDigits(normalize(question)), withDigits(normalize(text))];
    return echoesAsker(asked, said) || countEchoes(asked, said);
  };
  // A count asked of a part (项目里外资的有几个) answered only by the whole's count (省外落地项目1014个).
  if (!q.more && q.partOf && countsOnly(normalize(wholeSentenceReply(chosen.passage, chosen.sentence).text), q.partOf))
    return refuse(true);
  if (!q.more && q.asksFigure && echoes(reply.text)) {
    const whole = wholeSentenceReply(chosen.passage, chosen.sentence);
    if (echoes(whole.text)) return refuse(true);
    reply = whole;
  }
  // Others asked besides the things the asker names (正定古城、冰雪崇礼、保定驴火，剩下的场景是哪些): a reply naming
  // only those tells them nothing they did not say.
  if (!q.more && q.others) {
    const typed = normalize(question);
    // (A list is two names or more: one quoted name, “河北净菜”, is the topic's.)
    const echoed = (names: string[]) => names.length > 1 && names.every((n) => typed.includes(n));
    if (namesListed(normalize(reply.text)).some(echoed)) return refuse(true);
  }
  // 外贸怎么做到一直两位数增长的: the measures before the figure say how.
  // (Not 外贸咋样: how a thing is, a state, is told by the figure itself.)
  const outcome = chosen;
  const means =
    !q.more && !q.asksFigure && !q.asksState && q.types.some((t) => t === "how" || t === "why")
      ? meansOf(index, chosen)
      : undefined;
  const completion = q.more ? undefined : (means ?? completing(q, chosen, ranked));
  // 为什么电动自行车能排全国第一: the interview states the rank, not why. A why-question about a rank or a
  // growth that the reply gives no reason for is refused, with the figure's passage as related.
  if (!q.more && reasonless(question, q, outcome, completion)) return refuse(true);
  // The measures lead, and the outcome they brought follows (…支持跨境电商发展。今年1至9月…增长12.9%).
  if (means) {
    chosen = means;
    reply = { text: wholeSentenceReply(means.passage, means.sentence).text + wholeSentence(outcome) };
  } else if (completion) reply = { ...reply, text: reply.text + wholeSentence(completion) };
  // A message that names only a topic (央企 对接) found in two places nearly as well: both, as a search would.
  const topicOnly = q.types.length === 1 && q.types[0] === "what" && !q.contextTokens.length && !q.more;
  const also = topicOnly
    ? ranked.find(
        (r) => r.passage !== chosen.passage && kindOf(r.passage).speaks && r.score >= chosen.score * alsoAtLeast,
      )
    : undefined;
  if (also && kindOf(chosen.passage).speaks) reply = { ...reply, text: reply.text + wholeSentence(also) };
  const confidence = confidenceOf(coverage, focus);
  if (confidence < lowConfidence && !q.more) reply = { ...reply, text: templates.hedge(reply.text) };
  const citations = citationsFor(
    chosen === ranked[0] ? ranked : [chosen, ...ranked.filter((r) => r !== chosen)],
    origin,
    q.script,
  );
  const { fact } = reply;
  return {
    intent: "answer",
    found: true,
    text: say(reply.text),
    citations,
    confidence,
    related: [],
    suggestions: suggest(index, q.script, { turn: chosen.passage.turn, exclude: citations.map((c) => c.id), question }),
    ...(fact && {
      fact: {
        value: say(fact.value),
        measure: say(fact.measure),
        period: say(fact.period),
        rank: say(fact.rank),
        asked: fact.rank && q.types.includes("rank") ? "rank" : "value",
      },
    }),
  };
}
