import type { Passage } from "../worker/search/passage.ts";
import { splitSentences } from "../worker/text/sentences.ts";
import type { Interview } from "./parse-interview.ts";

export interface SplitOptions {
  /** Paragraphs longer than this (characters) are cut on sentence boundaries into passages about this long. */
  maxChars: number;
}

/** 140 characters is about four lines of a phone's chat bubble: long enough for a figure and its context. */
export const defaultSplitOptions: SplitOptions = { maxChars: 140 };

/** Groups whole sentences, in order, into runs no longer than maxChars (a longer sentence stands alone). */
function pack(sentences: string[], maxChars: number): string[][] {
  const groups: string[][] = [];
  let current: string[] = [];
  let length = 0;
  for (const s of sentences) {
    if (current.length && length + s.length > maxChars) {
      groups.push(current);
      current = [];
      length = 0;
    }
    current.push(s);
    length += s.length;
  }
  if (current.length) groups.push(current);
  return groups;
}

/** Turns the parsed interview into passages with stable ids (see content/README.md for the parts). */
export function splitPassages(interview: Interview, options: SplitOptions = defaultSplitOptions): Passage[] {
  const passages: Passage[] = [];
  const add = (p: Omit<Passage, "sentences">, sentences = splitSentences(p.text)) => passages.push({ ...p, sentences });
  const { meta } = interview;

  add(
    {
      id: "page",
      kind: "meta",
      turn: 0,
      speaker: meta.source,
      section: "頁面信息",
      text: `${meta.title} ${meta.published} 來源:${meta.source}`,
    },
    [meta.title, `${meta.published} 來源:${meta.source}`],
  );
  interview.intro.forEach((text, i) =>
    add({ id: `intro-${i + 1}`, kind: "intro", turn: 0, speaker: meta.source, section: "導語", text }),
  );

  let photo = 0;
  for (const turn of interview.turns) {
    const section = turn.headline;
    // The page's headline of the answer (以新供给创造新需求，推进消费扩容升级) says what the turn is about, as the
    // question does: it is ranked with the question, and a reader's question that finds it gets the answer's lead.
    add(
      {
        id: `q${turn.n}`,
        kind: "question",
        turn: turn.n,
        speaker: turn.question.speaker,
        section,
        text: turn.question.text,
      },
      [...splitSentences(turn.question.text), ...(section ? [`${section}。`] : [])],
    );
    for (const caption of turn.captions) {
      add({ id: `photo-${++photo}`, kind: "caption", turn: turn.n, speaker: "圖片說明", section, text: caption }, [
        caption,
      ]);
    }
    turn.paragraphs.forEach((paragraph, i) => {
      const groups = pack(splitSentences(paragraph), options.maxChars);
      groups.forEach((sentences, j) => {
        const suffix = groups.length > 1 ? String.fromCharCode(97 + j) : "";
        add(
          {
            id: `a${turn.n}-${i + 1}${suffix}`,
            kind: "answer",
            turn: turn.n,
            speaker: turn.speaker,
            section,
            text: sentences.join(""),
          },
          sentences,
        );
      });
    });
  }
  interview.credits.forEach((credit, i) => {
    const text = `${credit.role}:${credit.names.join(" ")}`;
    add({ id: `credit-${i + 1}`, kind: "credit", turn: 0, speaker: meta.source, section: "製作", text }, [text]);
  });
  return passages;
}
