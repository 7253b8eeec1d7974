// Every figure, ranked statement and named list of the interview as a structured fact, read from the text
// by rules (clauses, number+unit patterns, the words around them), never from a table of known figures:
// test/index-builder/extract-facts.test.ts checks that every figure of content/interview.md lands in one.
import type { Fact, InterviewMeta, Passage } from "../worker/search/passage.ts";
import { ENUMERATOR, TIME_CLAUSE, TIME_LEAD } from "../worker/text/discourse.ts";
import { splitClauses } from "../worker/text/sentences.ts";

// A figure: a number and its unit. Longer units first (億美元 before 億, 個百分點 before 個).
const UNITS = ["億美元", "億元", "萬元", "億", "萬", "個百分點", "%", "個月", "個", "條", "家", "項", "大"];
const FIGURE = new RegExp(`(約)?(\\d+(?:\\.\\d+)?)(${UNITS.join("|")})`, "g");
// Counted things name what they count after the unit (33條省級商業步行街); amounts name it before (撥付16.39億元).
const COUNTER = /^(個|條|家|項|大)$/;
// A figure that only qualifies what follows (5000萬元以上的省外落地項目) is part of that measure, not a fact.
const QUALIFIER = /^(以上|以下|以內|左右)/;

// A segment that places the figure before it among others (居全國第4, 高於全國2.1個百分點, 連續9個月…).
const RANK = /居全國|居於|位列|位居|排名|排在|高於|低於|領先|連續\d|前列/;
// Openers of a clause with no subject of its own: the subject is in the clause before.
const SUBJECTLESS = /^(其中|同比|能|已|並|且|而且|從而|就|也|還|相對)/;
// Words around a measure that are not what is measured: connectors, the speaker's "we", the province itself,
// and the verbs that only say the figure was reached (撥付16.39億元 measures 汽車報廢更新).
const LEADING =
  /^(其中|而且|並且|並|且|也|還|能|已經|已|累計|形成|實現|完成|河北省|河北|全省|我省|我們|今年|目前|當前)+/;
const TRAILING = /(撥付|使用|達到|達|為|是|有|約|共|共計|累計|已)+$/;
// A counted measure ends before a joined item or the verb of the clause (…知名民企負責人進行對接洽談).
const COUNTED_END = /和|及|與|進行|開展|簽署|實施|建設|,|,/;

const trimPunct = (s: string) => s.replace(/^[,,、;;::\s]+|[,,、;;::。\s]+$/g, "");
const unquote = (s: string) => s.replace(/[“”"「」]/g, "");

function cleanMeasure(text: string): string {
  let m = trimPunct(text).replace(ENUMERATOR, "");
  for (let before = ""; before !== m; ) {
    before = m;
    m = m.replace(LEADING, "").replace(TRAILING, "");
  }
  return trimPunct(m);
}

interface Draft extends Omit<Fact, "id" | "speaker" | "passage" | "quote"> {}

/** The period of a sentence: a clause that is only a time frame, or one opening the first clause. */
function periodOf(clauses: string[]): { period: string; clause: number } {
  for (const [i, c] of clauses.entries()) {
    if (TIME_CLAUSE.test(trimPunct(c))) return { period: trimPunct(c), clause: i };
  }
  const lead = TIME_LEAD.exec(trimPunct(clauses[0] ?? ""));
  return { period: lead?.[0] ?? "", clause: -1 };
}

/** The clause a subject-less clause leans on, walking back over it and any time-frame clause between. */
function subjectStart(clauses: string[], i: number, periodClause: number): number {
  let start = i;
  while (start > 0 && SUBJECTLESS.test(clauses[start]!)) {
    start--;
    if (start === periodClause && start > 0) start--;
  }
  return start;
}

/** Figure facts of one sentence. */
function figuresOf(sentence: string): Draft[] {
  const clauses = splitClauses(sentence).map(trimPunct);
  const { period, clause: periodClause } = periodOf(clauses);
  const drafts: (Draft & { ranks: string[] })[] = [];
  // The fact a following 居全國第4 / 高於全國… belongs to, while nothing else came between.
  let chain: (Draft & { ranks: string[] }) | null = null;
  clauses.forEach((clause, ci) => {
    if (ci === periodClause) return;
    const segments = clause.split("、").flatMap((s) => s.split(/和(?=\d)/));
    segments.forEach((segment, si) => {
      if (chain && RANK.test(segment)) {
        chain.ranks.push(segment);
        return;
      }
      const m = [...segment.matchAll(FIGURE)].find((f) => !QUALIFIER.test(segment.slice(f.index + f[0].length)));
      if (!m) {
        chain = null;
        return;
      }
      const [, about = "", digits = "", unit = ""] = m;
      const before = segment.slice(0, m.index);
      const after = segment.slice(m.index + m[0].length);
      let measure: string;
      let statement: string;
      if (COUNTER.test(unit) && /^\p{Script=Han}/u.test(after) && !after.startsWith("的")) {
        measure = unquote(after.split(COUNTED_END)[0]!);
        // One of a list of counted things (33條…、50個…和425個…): the whole clause says it.
        statement = clause;
      } else {
        const noun = /^的([^,,、;;。]+)/.exec(after)?.[1];
        measure = cleanMeasure(before) + (noun ?? "");
        // 對外直接投資額18億美元、同比增長13.5%: the growth of the amount before it.
        if (/^同比/.test(segment) && si > 0 && drafts.length) measure = drafts.at(-1)!.measure + measure;
        // A figure joined by 、 shares the clause's subject (…省外落地項目1014個、計劃總投資4540億元): the
        // statement runs from the clause's start, and from the clause it leans on when it has no subject.
        const within = clause.slice(0, clause.indexOf(segment) + segment.length);
        const start = subjectStart(clauses, ci, periodClause);
        statement = [...clauses.slice(start, ci), within].join(",");
      }
      chain = {
        kind: "figure",
        value: `${about}${digits}${unit}`,
        number: Number(digits),
        unit,
        measure: trimPunct(measure),
        period,
        rank: "",
        statement: trimPunct(statement).replace(ENUMERATOR, ""),
        ranks: [],
      };
      drafts.push(chain);
    });
  });
  return drafts.map(({ ranks, ...d }) => ({
    ...d,
    rank: ranks.map((r) => r.replace(/^(已|且|並)/, "")).join(","),
    statement: [d.statement, ...ranks].join(","),
  }));
}

// A named list: items joined by 、 (or quoted one after another) and closed by 等/為代表的 and what they are.
const LIST = /((?:“[^”]+”){2,}|[^,,。;;:、]+(?:、[^,,。;;:、]+)+)(等|為代表的)([^,,。;;:]*)/g;
// The first item starts after the verb or preposition that introduces the list (赴奧地利、美國…).
const LIST_INTRO = /.*(?:赴|在|圍繞|與|聚焦|對|支持|通過|推出以|以|包括|打造)/;
const CATEGORY_END = /開展|進行|通力|發展|參與|,|,/;

function listsOf(sentence: string): Draft[] {
  const drafts: Draft[] = [];
  for (const m of sentence.matchAll(LIST)) {
    const [, run = "", , tail = ""] = m;
    const items = (run.startsWith("“") ? run.match(/“[^”]+”/g)! : run.split("、")).map((item, i) =>
      unquote(i === 0 ? item.replace(LIST_INTRO, "") : item),
    );
    const category = tail.split(CATEGORY_END)[0]!.replace(/^\d+(?:個|大|家|條|項)?/, "");
    drafts.push({
      kind: "list",
      value: items.join("、"),
      number: null,
      unit: "",
      measure: category,
      period: "",
      rank: "",
      statement: trimPunct(m[0]),
      items,
    });
  }
  return drafts;
}

/** The page's own details: when it was published, its title and source, the guest, and the credits. */
function pageFacts(meta: InterviewMeta, passages: Passage[]): Fact[] {
  const page = passages.find((p) => p.kind === "meta");
  const guestPassage = passages.find((p) => p.kind === "intro" && p.text.includes(meta.guest)) ?? page;
  const facts: Fact[] = [];
  const add = (passage: Passage | undefined, measure: string, value: string, quote = passage?.text ?? "") => {
    if (!passage || !value) return;
    const n = facts.filter((f) => f.passage === passage.id).length + 1;
    facts.push({
      id: `${passage.id}.${n}`,
      kind: "page",
      value,
      number: null,
      unit: "",
      measure,
      period: "",
      rank: "",
      speaker: passage.speaker,
      passage: passage.id,
      quote,
      statement: `${measure}:${value}`,
    });
  };
  add(page, "發布日期", meta.published.split(" ")[0]!);
  add(page, "標題", meta.title);
  add(page, "來源", meta.source);
  add(page, "頻道", meta.channel);
  add(page, "欄目", meta.column);
  add(guestPassage, "受訪嘉賓", meta.guest);
  add(guestPassage, "受訪嘉賓職務", meta.guestTitles.join("、"));
  for (const p of passages.filter((p) => p.kind === "credit")) {
    const [role = "", names = ""] = p.text.split(/[::]/);
    add(p, role, names.trim().split(/\s+/).join("、"));
  }
  return facts;
}

// Captions name events (2024年…工作會議現場) and questions are the interviewer's: facts come from what is said.
const SPOKEN = new Set<Passage["kind"]>(["answer", "intro"]);

/** Every fact of the interview, in the order of the page. */
export function extractFacts(meta: InterviewMeta, passages: Passage[]): Fact[] {
  const facts = pageFacts(meta, passages);
  for (const p of passages.filter((p) => SPOKEN.has(p.kind))) {
    let n = 0;
    for (const sentence of p.sentences) {
      for (const d of [...figuresOf(sentence), ...listsOf(sentence)]) {
        facts.push({ id: `${p.id}.${++n}`, ...d, speaker: p.speaker, passage: p.id, quote: sentence });
      }
    }
  }
  return facts;
}
