import { parse as parseYaml } from "yaml";
import type { InterviewMeta } from "../worker/search/passage.ts";

export interface Turn {
  /** 1-based. */
  n: number;
  question: { speaker: string; text: string };
  speaker: string;
  headline: string;
  captions: string[];
  paragraphs: string[];
}

export interface Credit {
  role: string;
  names: string[];
}

export interface Interview {
  meta: InterviewMeta;
  intro: string[];
  turns: Turn[];
  credits: Credit[];
}

export class ContentError extends Error {}

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n/;
// The colon is the full-width ":" of the page; NFKC-equal ASCII ":" is accepted too.
const SPEAKER_LINE = /^(.+?)[::](.+)$/;

/** Parses content/interview.md (format in content/README.md) and fails loudly on anything it does not know. */
export function parseInterview(markdown: string): Interview {
  const text = markdown.replace(/\r\n?/g, "\n");
  const front = FRONT_MATTER.exec(text);
  if (!front) throw new ContentError("interview.md: missing front matter");
  const meta = parseYaml(front[1]!) as InterviewMeta;
  for (const key of ["title", "published", "source", "guest"] as const) {
    if (!meta[key]) throw new ContentError(`interview.md: front matter lacks ${key}`);
  }
  meta.published = String(meta.published);

  const interview: Interview = { meta, intro: [], turns: [], credits: [] };
  let part: "intro" | "turn" | "credits" | null = null;
  let turn: Turn | null = null;

  text
    .slice(front[0].length)
    .split("\n")
    .forEach((raw, i) => {
      const line = raw.trim();
      const where = `interview.md line ${i + 1 + front[0].split("\n").length - 1}`;
      if (!line) return;
      if (line.startsWith("# ")) {
        const title = line.slice(2).trim();
        if (title === "導語") part = "intro";
        else if (title === "製作") part = "credits";
        else if (/^第.問$/.test(title)) {
          part = "turn";
          turn = {
            n: interview.turns.length + 1,
            question: { speaker: "", text: "" },
            speaker: "",
            headline: "",
            captions: [],
            paragraphs: [],
          };
          interview.turns.push(turn);
        } else throw new ContentError(`${where}: unknown section "${title}"`);
        return;
      }
      if (part === "intro") interview.intro.push(line);
      else if (part === "credits") {
        const m = /^- (.+?)[::](.+)$/.exec(line);
        if (!m) throw new ContentError(`${where}: a credit is "- 角色:名字"`);
        interview.credits.push({ role: m[1]!.trim(), names: m[2]!.trim().split(/\s+/) });
      } else if (part === "turn" && turn) {
        const t: Turn = turn;
        if (line.startsWith("> ")) {
          const m = SPEAKER_LINE.exec(line.slice(2));
          if (!m) throw new ContentError(`${where}: a question is "> 說話人:問題"`);
          t.question = { speaker: m[1]!, text: m[2]! };
        } else if (line.startsWith("## ")) {
          const m = SPEAKER_LINE.exec(line.slice(3));
          if (!m) throw new ContentError(`${where}: an answer headline is "## 說話人:標題"`);
          t.speaker = m[1]!;
          t.headline = m[2]!;
        } else if (line.startsWith("![") && line.endsWith("]")) t.captions.push(line.slice(2, -1));
        else t.paragraphs.push(line);
      } else throw new ContentError(`${where}: text outside any section`);
    });

  for (const t of interview.turns) {
    if (!t.question.text || !t.headline || !t.paragraphs.length)
      throw new ContentError(`interview.md: turn ${t.n} is incomplete`);
  }
  return interview;
}
