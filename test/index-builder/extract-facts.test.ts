// Coverage of the fact extractor: every figure written in content/interview.md is in exactly one fact
// (its value, rank or measure), inside a fact's time frame, or on the commented list of figures that are not facts.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../index-builder/extract-facts.ts";
import { parseInterview } from "../../index-builder/parse-interview.ts";
import { splitPassages } from "../../index-builder/split-passages.ts";
import { splitSentences } from "../../worker/text/sentences.ts";

const markdown = readFileSync(fileURLToPath(new URL("../../content/interview.md", import.meta.url)), "utf8");
const interview = parseInterview(markdown);
const facts = extractFacts(interview.meta, splitPassages(interview));

// Digits, and Chinese numerals where they count or rank (第四, 前十, 三個方面, 兩位數, 百強).
const FIGURE =
  /\d+(?:\.\d+)?|(?:第|前)[一二三四五六七八九十]+|[一二三四五六七八九十百兩]+(?=個|條|家|項|年|屆|中全會|方面|大|強|位數)/g;

// Figures that are not facts, each with the words around it as written and why.
const NOT_FACTS: [string, string][] = [
  ["16:06:24", "the page's clock time of publication: the date is the fact"],
  ["二十屆三中全會", "the name of a party plenum"],
  ["第三,", "list ordinal (首先, 其次, 第三 …)"],
  ["第四,", "list ordinal"],
  ["第五,", "list ordinal"],
  ["一方面,", "list ordinal (一方面 … 另一方面)"],
  ["第一問", "the page's turn headings"],
  ["第二問", "turn heading"],
  ["第三問", "turn heading"],
  ["第四問", "turn heading"],
  ["第三方審計", "a third-party audit, not a figure"],
  ["從四方面發力", "the outline of the answer in its headline, not a figure"],
  ["從三方面着手", "the outline of the answer in its headline"],
  ["三個方面工作", "the outline of the answer"],
  ["三年行動計劃", "the name of a plan"],
  ["出口百強、進口20強", "names of groups of firms, not figures"],
  ["2024年河北省商務工作會議", "a photo caption naming an event"],
];

interface Occurrence {
  figure: string;
  line: string;
  at: number;
}

function occurrences(): Occurrence[] {
  return markdown
    .split("\n")
    .flatMap((line) => [...line.matchAll(FIGURE)].map((m) => ({ figure: m[0], line, at: m.index })));
}

const covers = (text: string, line: string, o: Occurrence) => {
  for (let i = line.indexOf(text); i >= 0; i = line.indexOf(text, i + 1)) {
    if (i <= o.at && o.at + o.figure.length <= i + text.length) return true;
  }
  return false;
};
// A digit figure is found in a field only as a whole number (10 is not in 100個).
const hasFigure = (field: string, figure: string) =>
  /\d/.test(figure)
    ? new RegExp(`(?<![\\d.])${figure.replace(".", "\\.")}(?![\\d.])`).test(field)
    : field.includes(figure);

function accountFor(o: Occurrence): string {
  const excluded = NOT_FACTS.find(([text]) => covers(text, o.line, o));
  if (excluded) return "not a fact";
  const sentence = splitSentences(o.line).find((s) => covers(s, o.line, o)) ?? o.line;
  const here = facts.filter((f) => f.quote === sentence || (f.kind === "page" && o.line.includes(f.value)));
  if (here.some((f) => f.period && covers(f.period, o.line, o))) return "time frame";
  const holders = here.filter((f) => [f.value, f.rank, f.measure].some((field) => hasFigure(field, o.figure)));
  return holders.length === 1 ? holders[0]!.id : `${holders.length} facts`;
}

describe("extractFacts", () => {
  it("puts every figure of the interview in exactly one fact, a time frame or the not-a-fact list", () => {
    const unaccounted = occurrences()
      .map((o) => ({ o, where: accountFor(o) }))
      .filter(({ where }) => /facts$/.test(where))
      .map(({ o, where }) => `${o.figure} (${where}) in ${o.line.slice(Math.max(0, o.at - 12), o.at + 12)}`);
    expect(unaccounted).toEqual([]);
  });

  it("uses every not-a-fact entry (a stale entry would hide a new figure)", () => {
    for (const [text] of NOT_FACTS) expect(markdown, text).toContain(text);
  });

  it("reads value, unit, measure, time frame and rank from the sentence", () => {
    expect(facts.find((f) => f.value === "16.39億元")).toMatchObject({
      number: 16.39,
      unit: "億元",
      measure: "汽車報廢更新",
      period: "截至10月22日",
      rank: "居全國第4",
      passage: "a1-2",
      speaker: "張澤峰",
      statement: "河北省汽車報廢更新撥付16.39億元,居全國第4",
    });
    expect(facts.find((f) => f.value === "72.41億元")).toMatchObject({ measure: "爭取中央資金", rank: "位列全國前十" });
    expect(facts.find((f) => f.value === "13.5%")).toMatchObject({ period: "2023年", rank: "高於全國2.1個百分點" });
    expect(facts.find((f) => f.value === "425個")).toMatchObject({
      unit: "個",
      measure: "鄉鎮商貿中心",
      period: "今年",
    });
    expect(facts.find((f) => f.value === "1014個")?.measure).toContain("5000萬元以上");
    expect(facts.find((f) => f.value === "148.6%")).toMatchObject({ period: "今年1至8月" });
  });

  it("keeps named lists and the page's own details", () => {
    const list = (measure: string) => facts.find((f) => f.kind === "list" && f.measure === measure)?.items;
    expect(list("國家")).toEqual(["奧地利", "美國", "法國", "德國"]);
    expect(list("知名跨國公司")).toEqual(["法國威立雅", "德國贏創"]);
    expect(list("重點産業")).toContain("低空經濟");
    expect(list("系列優品")).toEqual(["高陽家紡", "白溝箱包", "香河傢具"]);
    const page = (measure: string) => facts.find((f) => f.kind === "page" && f.measure === measure)?.value;
    expect(page("發布日期")).toBe("2024-11-07");
    expect(page("受訪嘉賓")).toBe("張澤峰");
    expect(page("拍攝")).toBe("王立鵬、毛鶴然");
    expect(page("責任編輯")).toBe("袁麗娜");
  });

  it("gives every fact a unique id and a quote from its passage", () => {
    const passages = new Map(splitPassages(interview).map((p) => [p.id, p]));
    expect(new Set(facts.map((f) => f.id)).size).toBe(facts.length);
    for (const f of facts) expect(passages.get(f.passage)?.text, f.id).toContain(f.quote);
  });
});
