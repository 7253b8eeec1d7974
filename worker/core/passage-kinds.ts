// What each kind of passage is to the answer core, one registry entry per kind, as asks.ts is for what a
// question asks: how it ranks, how a reply quotes it, and what it can answer. The builder sets the kinds
// (index-builder/split-passages.ts); ranking (retrieve.ts), the registry of asks (asks.ts), composing
// (compose.ts) and the decision (answer.ts) read them here instead of naming kinds.
import type { LoadedPassage } from "../search/load-index.ts";
import type { PassageKind } from "../search/passage.ts";
import { templates } from "./templates.ts";

export interface PassageKindEntry {
  /**
   * Taken off every sentence of the kind when ranking, in tokens' worth. The interviewer's question restates
   * a topic and never answers it; a photo's caption names a scene in passing.
   */
  rankPenalty: number;
  /**
   * How a reply quotes a sentence of the kind (张泽峰介绍：…, 图片说明：…). None for the kinds whose replies are
   * composed from their fields: the credits (role and names) and the page's line (its date and title).
   */
  quote?: (speaker: string, text: string) => string;
  /** The speaker's own account: why and how are completed from it, outlines listed, 还有呢 goes on in it. */
  speaks: boolean;
  /** Restates a topic without answering it: a question that finds it is answered by the answer it got. */
  restates: boolean;
  /** Names the page's people and bodies (its credits, introduction and line): who-questions look here. */
  namesPeople: boolean;
  /** The page's own line (date, source, title): it says when the page came out, and nothing else. */
  pageLine: boolean;
  /** A credit line (策划：陈忠华 赵强利): a role and the names that filled it. */
  roleAndNames: boolean;
  /** Introduces the guest (本期邀请的是…张泽峰): who the guest is, when the page's line also matches. */
  introducesGuest: boolean;
}

/** The defaults each kind starts from: no rank penalty, no template, none of the roles the entry lists. */
const PLAIN: PassageKindEntry = {
  rankPenalty: 0,
  speaks: false,
  restates: false,
  namesPeople: false,
  pageLine: false,
  roleAndNames: false,
  introducesGuest: false,
};

export const PASSAGE_KINDS: Readonly<Record<PassageKind, PassageKindEntry>> = {
  answer: { ...PLAIN, quote: templates.answer, speaks: true },
  question: { ...PLAIN, rankPenalty: 2.5, quote: templates.question, restates: true },
  intro: { ...PLAIN, quote: templates.intro, namesPeople: true, introducesGuest: true },
  caption: { ...PLAIN, rankPenalty: 1, quote: templates.caption },
  credit: { ...PLAIN, namesPeople: true, roleAndNames: true },
  meta: { ...PLAIN, namesPeople: true, pageLine: true },
};

/** The entry of a passage's kind. */
export const kindOf = (passage: Pick<LoadedPassage, "kind">): PassageKindEntry => PASSAGE_KINDS[passage.kind];
