/** What the builder parses out of content/interview.md. */
export interface InterviewMeta {
  title: string;
  /** As on the page: "2024-11-07 16:06:24". */
  published: string;
  source: string;
  channel: string;
  column: string;
  interviewer: string;
  guest: string;
  guestTitles: string[];
}

export type PassageKind = "meta" | "intro" | "question" | "answer" | "caption" | "credit";

/** The unit that is retrieved and cited: a paragraph, or part of a long one split on sentence boundaries. */
export interface Passage {
  /** Stable while the content is unchanged: the anchor of /source#<id>. */
  id: string;
  kind: PassageKind;
  /** 1-based question/answer turn, 0 outside the turns. */
  turn: number;
  speaker: string;
  /** The turn's headline, or the part of the page (導語, 製作, 頁面信息). */
  section: string;
  text: string;
  sentences: string[];
}

/** What the builder writes and the worker imports. */
export interface IndexData {
  tokenizer: string;
  meta: InterviewMeta;
  passages: Passage[];
  /** Orama's save() output: documents and inverted index, but not the tokenizer. */
  orama: unknown;
}
