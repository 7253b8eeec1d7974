import type { LoadedPassage, SearchIndex } from "../search/load-index.ts";
import { inScript, type Script } from "../text/script.ts";
import { composeReply, wholeSentenceReply } from "./compose.ts";
import { type AnalysedQuestion, analyseQuestion } from "./question.ts";
import { retrieve, type ScoredSentence } from "./retrieve.ts";
import { suggest } from "./suggest.ts";
import { templates } from "./templates.ts";

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
}

export interface Answer {
  intent: AnswerIntent;
  found: boolean;
  text: string;
  citations: Citation[];
  /**
   * How sure the core is that `text` answers the question, 0–1. Below `LOW_CONFIDENCE` (worker/core/tuning.ts)
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

/**
 * Below this share of the question's (idf-weighted) content found in the best passage, the interview
 * does not answer it. Out-of-scope questions share at most a place name with the interview
 * (河北有几座港口: 河北 only), answerable ones most of their words; 0.5 sits between (npm run eval).
 */
export const MIN_COVERAGE = 0.5;
/**
 * At least half of what the question asks for last must be in the passage (see Retrieval.focus),
 * unless nearly all the rest is: a trailing verb the interview words otherwise (投入, 参加) is no reason
 * to give up on a passage that has everything else.
 */
export const MIN_FOCUS = 0.5;
export const FOCUS_WAIVED_AT = 0.75;
// "还有呢?" moves on to a sentence scoring at least this share of the best one.
const MORE_AT_LEAST = 0.6;
// A second passage is cited only when it scores nearly as well as the first.
const SECOND_CITATION = 0.8;

function cite(passage: LoadedPassage, origin: string, script: Script): Citation {
  return {
    id: passage.id,
    quote: inScript(passage.text, script),
    speaker: inScript(passage.speaker, script),
    section: inScript(passage.section, script),
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
  if (second && second.score >= best.score * SECOND_CITATION) passages.push(second.passage);
  return passages.map((p) => cite(p, origin, script));
}

/** The one answer core: every channel (API, WeChat, WeCom, CLI) calls this and only formats its result. */
export function answer(question: string, context: AnswerContext): Answer {
  const { index, history = [], origin = "" } = context;
  const q: AnalysedQuestion = analyseQuestion(question, history, index);
  const say = (text: string) => inScript(text, q.script);

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

  const { ranked, coverage, focus, unknownName, noDate, weight } = retrieve(index, q);
  const best = ranked[0];
  if (!best || unknownName || noDate || coverage < MIN_COVERAGE || (focus < MIN_FOCUS && coverage < FOCUS_WAIVED_AT)) {
    return {
      intent: "no_answer",
      found: false,
      text: say(templates.noAnswer(index.meta)),
      citations: [],
      confidence: 0,
      related: [],
      suggestions: suggest(index, q.script, { question }),
    };
  }
  let chosen = best;
  let reply =
    best.passage.kind === "meta"
      ? { text: templates.published(index.meta) }
      : composeReply(best.passage, best.sentence, q, weight);
  if (q.more) {
    // "还有呢?": the rest of the sentence the first answer was trimmed from, else the next best sentence.
    const whole = wholeSentenceReply(best.passage, best.sentence);
    if (whole.text && whole.text !== reply.text) reply = whole;
    else {
      // Only a sentence nearly as relevant counts as more of the same; otherwise the interview has said it all.
      const next = ranked.find(
        (r) => r !== best && r.passage.kind !== "question" && r.score >= best.score * MORE_AT_LEAST,
      );
      if (next) {
        chosen = next;
        reply = composeReply(chosen.passage, chosen.sentence, q, weight);
      } else reply = { text: templates.nothingMore() };
    }
  }
  const citations = citationsFor(
    chosen === best ? ranked : [chosen, ...ranked.filter((r) => r !== chosen)],
    origin,
    q.script,
  );
  const { fact } = reply;
  return {
    intent: "answer",
    found: true,
    text: say(reply.text),
    citations,
    confidence: 1,
    related: [],
    suggestions: suggest(index, q.script, { turn: chosen.passage.turn, exclude: citations.map((c) => c.id), question }),
    ...(fact && {
      fact: { value: say(fact.value), measure: say(fact.measure), period: say(fact.period), rank: say(fact.rank) },
    }),
  };
}
