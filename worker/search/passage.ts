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
  /** What the interview is about, in a few words: the greeting names them. Optional. */
  topics?: string[];
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

/**
 * One figure, ranked statement, named list or page detail of the interview, extracted by the builder
 * (index-builder/extract-facts.ts). `number` is the figure as written and `unit` carries its scale:
 * 16.39億元 is {number: 16.39, unit: "億元"}, never 1639000000 — no float rounding, and the API shows what
 * the page says. Lists and page details have no number.
 */
export interface Fact {
  /** `<passage>.<n>`: stable while the content is unchanged. */
  id: string;
  kind: "figure" | "list" | "page";
  /** As written: "16.39億元", "41.8%", "33條"; a list's items joined by 、; a page detail's text. */
  value: string;
  number: number | null;
  /** 億元, 萬元, 億美元, %, 個, 條, 家, 項 …; "" for lists and page details. */
  unit: string;
  /** What the figure measures: "汽車報廢更新", "省級商業步行街"; a list's category; a page detail's name. */
  measure: string;
  /** The sentence's time frame: "截至10月22日", "今年1至8月", "2023年"; "" when it gives none. */
  period: string;
  /** "居全國第4", "位列全國前十", "高於全國2.1個百分點"; "" when none. */
  rank: string;
  speaker: string;
  passage: string;
  /** The sentence it was read from, as written. */
  quote: string;
  /** The clauses that state it, as written, ranks included and a leading time frame left out. */
  statement: string;
  /** A list's items. */
  items?: string[];
}

/** What the builder writes and the worker imports. */
export interface IndexData {
  tokenizer: string;
  meta: InterviewMeta;
  passages: Passage[];
  /** Added by index-builder/build.ts after buildIndex(); an index without them has no quick facts. */
  facts?: Fact[];
  /** Orama's save() output: documents and inverted index, but not the tokenizer. */
  orama: unknown;
  /**
   * Each passage's sentences normalize()d, and the postings lists over them (worker/search/postings.ts):
   * made by the builder so a new isolate neither folds nor tokenizes the interview.
   */
  sentences: { normalized: string[][]; postings: [string, number[]][] };
}
