import type { LoadedPassage } from "../search/load-index.ts";
import type { Fact } from "../search/passage.ts";
import { ANNOUNCES, afterColon, ENUMERATOR, POINT_SERIES, TIME_CLAUSE, TIME_OPENING } from "../text/discourse.ts";
import { normalize } from "../text/normalize.ts";
import { splitClauses } from "../text/sentences.ts";
import { factReply } from "./fact-reply.ts";
import { kindOf } from "./passage-kinds.ts";
import type { AnalysedQuestion } from "./question.ts";
import { templates } from "./templates.ts";

// A clause that opens like this has no subject of its own and belongs to the clause before it
// (…撥付16.39億元、居全國第4 / …使用5228萬元,居全國第1 / …18億美元、同比增長13.5%,高於全國2.1個百分點).
const CONTINUATION = /^(居|位列|位居|排|高於|低於|同比|且|已|並|實現|就是|確保|反映|贏得|能|從而|有效)/;
// A short enumerated sentence (三是創新舉辦“基金+項目”招商活動。) only names a topic: the next sentence says it.
const HEADING_CHARS = 24;
// An overview reply (a topic-only question) may run to two sentences of about this much in all.
const OVERVIEW_CHARS = 150;
// Sentences up to this long are quoted whole; longer ones are trimmed to the clauses that answer.
const WHOLE_SENTENCE = 60;

/** Whether a sentence is an outline's heading (三是創新舉辦“基金+項目”招商活動。), which its next sentence spells out. */
export function isHeadingSentence(sentence: string): boolean {
  // The point may follow the sentence's colon (着力做三个方面工作:一是加快开放平台建设。): it is the heading then.
  const point = afterColon(sentence);
  return ENUMERATOR.test(point) && point.length <= HEADING_CHARS;
}

const tidy = (text: string) =>
  text
    .replace(ENUMERATOR, "")
    .replace(/[,,;;、::]+$/, "")
    .replace(/([^。!?”])$/, "$1。");

/** The clauses of a sentence that answer the question, with the sentence's time frame kept in front. */
export function focusSentence(sentence: string, q: AnalysedQuestion): string {
  // How, why, what it brings and lists are told by the whole sentence (有何意义 needs its 就是为了… clause).
  const wholeWanted = q.types.some(
    (t) => t === "how" || t === "why" || t === "list" || t === "what" || t === "effect" || t === "where",
  );
  // …unless a follow-up leans on the conversation (那家电呢 wants its clause); a ramble's scene is no conversation,
  // and why or how is told whole even in one (那路演是为了啥 wants the purpose, not the cities).
  const conversation = q.contextTokens.some((t) => !q.sceneTokens.includes(t));
  // …and so are things asked by name (代表性的商品有哪些 after 几个县): the names may be clauses away.
  const explains = q.types.some((t) => t === "why" || t === "how" || t === "effect" || t === "members");
  if (sentence.length <= WHOLE_SENTENCE || (wholeWanted && (!conversation || explains))) return tidy(sentence);

  const groups: string[] = [];
  for (const clause of splitClauses(sentence)) {
    if (groups.length && CONTINUATION.test(clause)) groups[groups.length - 1] += clause;
    else groups.push(clause);
  }
  // This question's own words first, then the conversation's, then whether the clause has a figure:
  // "那家电呢?" after a question about cars must land on the 家电 clause.
  const scoreOf = (group: string) => {
    const text = normalize(group);
    const own = [...q.tokens, ...q.synonyms].filter((t) => text.includes(t)).reduce((s, t) => s + t.length, 0);
    const context = q.contextTokens.filter((t) => text.includes(t)).reduce((s, t) => s + t.length, 0);
    return own * 1000 + context * 10 + (/\d/.test(text) ? 1 : 0);
  };
  let best = 0;
  groups.forEach((g, i) => {
    if (scoreOf(g) > scoreOf(groups[best]!)) best = i;
  });
  const picked = [groups[best]!];
  // A clause that is only a time frame (去年，) is no reply alone: the clause after it says what happened then.
  const next = groups[best + 1];
  if (next && TIME_CLAUSE.test(normalize(groups[best]!).replace(/[,，、:：]$/, ""))) picked.push(next);
  if (/^其中/.test(groups[best]!) && best > 0) picked.unshift(groups[best - 1]!);
  const lead = groups[0]!;
  if (best > 0 && !picked.includes(lead) && TIME_OPENING.test(lead) && lead.length <= 14) picked.unshift(lead);
  return tidy(picked.join(""));
}

/** The reply for a sentence of a passage, in the interview's own script. */
export interface Reply {
  text: string;
  /** The quick fact the reply states, when it was answered from one. */
  fact?: Fact;
}

/** A sentence quoted whole, for "还有呢?" after an answer that was trimmed from it. */
/** A sentence as said, tidied, without the speaker's template: to go on after a reply that has it. */
export const wholeSentence = ({ passage, sentence }: { passage: LoadedPassage; sentence: number }) =>
  tidy(passage.sentences[sentence]!);

export function wholeSentenceReply(passage: LoadedPassage, sentence: number): Reply {
  const { quote } = kindOf(passage);
  return { text: quote ? quote(passage.speaker, tidy(passage.sentences[sentence]!)) : "" };
}

export function composeReply(
  passage: LoadedPassage,
  sentence: number,
  q: AnalysedQuestion,
  weight?: (t: string) => number,
): Reply {
  const text = passage.sentences[sentence]!;
  const { quote, roleAndNames } = kindOf(passage);
  if (roleAndNames) {
    const [role = "", names = ""] = text.split(/[::]/);
    return { text: templates.credit(role, names.trim().split(/\s+/)) };
  }
  if (!quote) return { text: "" };
  const next = passage.sentences[sentence + 1];
  const isHeading = isHeadingSentence(text);
  // A short sentence is quoted whole (its subject and its other figures are context); a long one is cut
  // down to the fact that answers, stated with its time frame and rank. Either way the fact goes along.
  const fact = factReply(passage, isHeading && next ? [sentence, sentence + 1] : [sentence], q, weight);
  // Why, how and what it shows are said by the sentence around the figure (反映出企业实力持续壮大), unless the
  // question asks the figure itself (多少).
  const explains = !q.asksFigure && q.types.some((t) => t === "why" || t === "how" || t === "effect");
  if (fact && !explains && (text.length > WHOLE_SENTENCE || isHeading))
    return { text: quote(passage.speaker, fact.text), fact: fact.fact };
  let body = isHeading && next ? tidy(text) + focusSentence(next, q) : focusSentence(text, q);
  // "净菜啥情况": a question that names only a topic gets the passage's account of it, the next sentence
  // too when it is about the same thing and the two stay short.
  const overview = q.types.length === 1 && q.types[0] === "what" && !q.contextTokens.length && !isHeading;
  if (
    overview &&
    next &&
    body.length + next.length <= OVERVIEW_CHARS &&
    q.tokens.some((t) => normalize(next).includes(t))
  )
    body += tidy(next);
  return { text: quote(passage.speaker, body), ...(fact && { fact: fact.fact }) };
}

export interface OutlinePoint {
  point: string;
  passage: LoadedPassage;
  sentence: number;
}

type Near = { passage: LoadedPassage; sentence: number };

/**
 * The outlines of a turn, in both numberings (一是…二是… and 首先，…其次，…第五，…), one run per outline of at
 * least two points; a point opens its sentence or follows its colon (着力做三个方面工作:一是…). With `near`,
 * where that sentence sits in the turn's order (-1 when it is not in the turn), and each point's place.
 */
function outlineRuns(passages: LoadedPassage[], near?: Near) {
  const runs: (OutlinePoint & { series: string })[][] = [];
  let at = -1;
  let order = 0;
  const orderOf = new Map<OutlinePoint, number>();
  for (const passage of passages)
    for (const [index, sentence] of passage.sentences.entries()) {
      if (near && near.passage === passage && near.sentence === index) at = order;
      for (const part of sentence.split(/[:：]/)) {
        const kind = POINT_SERIES.find(({ opener }) => opener.test(part));
        if (!kind) continue;
        const opening = part
          .replace(kind.opener, "")
          .split(/[,，,;；。]/)[0]!
          .trim();
        if (!opening) continue;
        const point = { point: opening, passage, sentence: index, series: kind.series };
        orderOf.set(point, order);
        const run = runs.at(-1);
        if (run && run[0]!.series === kind.series && !kind.first.test(part)) run.push(point);
        else runs.push([point]);
      }
      order++;
    }
  return { lists: runs.filter((run) => run.length >= 2), orderOf, at };
}

const plain = (run: OutlinePoint[] | undefined): OutlinePoint[] =>
  (run ?? []).map(({ point, passage, sentence }) => ({ point, passage, sentence }));

/**
 * The points of one of the speaker's outlines in a turn, each point's opening clause, in order, or [] when it
 * has fewer than two. A turn may hold two outlines (the trade-in measures 首先…第五, then 一是…三是 of supply):
 * `near` picks the one holding that sentence, or the one it announces (…做了大量工作。→ 首先…); without it, the
 * first 一是 outline, else the first.
 */
export function outlinePoints(passages: LoadedPassage[], near?: Near): OutlinePoint[] {
  const { lists, orderOf, at } = outlineRuns(passages, near);
  const holds = (run: OutlinePoint[]) => run.some((p) => orderOf.get(p) === at);
  const announced = (run: OutlinePoint[]) => orderOf.get(run[0]!) === at + 1;
  return plain(
    (at >= 0 && lists.find((run) => holds(run) || announced(run))) ||
      lists.find((run) => run[0]!.series === "is") ||
      lists[0],
  );
}

/**
 * The outline a sentence opens: the one whose first point is the sentence after it, or (`orHolds`) the sentence
 * itself (着力做三个方面工作:一是…). [] when none.
 */
export function outlineOpenedBy(passages: LoadedPassage[], near: Near, orHolds = false): OutlinePoint[] {
  const { lists, orderOf, at } = outlineRuns(passages, near);
  if (at < 0) return [];
  const first = (run: OutlinePoint[]) => orderOf.get(run[0]!);
  return plain(lists.find((run) => first(run) === at + 1 || (orHolds && first(run) === at)));
}

/** The outline a sentence announces (…全省商务系统做了大量工作。→ 首先…其次…), or [] when none follows it. */
export function announcedPoints(passages: LoadedPassage[], near: Near): OutlinePoint[] {
  if (!ANNOUNCES.test(near.passage.normalizedSentences[near.sentence] ?? "")) return [];
  return outlineOpenedBy(passages, near);
}
