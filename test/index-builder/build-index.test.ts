import { readFileSync } from "node:fs";
import { create, insertMultiple, load, save, search } from "@orama/orama";
import { describe, expect, it } from "vitest";
import { buildIndex } from "../../index-builder/build-index.ts";
import { buildLexicon } from "../../index-builder/lexicon/build-lexicon.ts";
import { readGlossary } from "../../index-builder/lexicon/read-glossary.ts";
import { parseInterview } from "../../index-builder/parse-interview.ts";
import { parseSampleQuestions, placeSampleQuestions } from "../../index-builder/sample-questions.ts";
import { buildScriptTable, renderScriptTable } from "../../index-builder/script-table-source.ts";
import { splitPassages } from "../../index-builder/split-passages.ts";
import { IndexVersionError, loadIndex } from "../../worker/search/load-index.ts";

const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");
const interview = parseInterview(read("../../content/interview.md"));
const passages = splitPassages(interview);
const data = {
  ...buildIndex(interview.meta, passages),
  lexicon: buildLexicon(passages.map((p) => p.text).join("\n"), readGlossary(read("../../content/glossary.md"))),
};

describe("readGlossary", () => {
  it("reads terms with aliases, and the places and firms of their sections, which may have none", () => {
    const entries = readGlossary(
      ["- 淨菜: 乾淨菜, clean vegetables", "## Places", "- 保定", "## Firms", "- 贏創: Evonik"].join("\n"),
    );
    expect(entries).toEqual([
      { term: "净菜", aliases: ["干净菜", "clean vegetables"] },
      { term: "保定", aliases: [], place: true },
      { term: "赢创", aliases: ["evonik"], firm: true },
    ]);
  });
});

describe("buildIndex / loadIndex", () => {
  it("round-trips through JSON and finds Traditional text from Simplified keywords", () => {
    const index = loadIndex(JSON.parse(JSON.stringify(data)));
    const { hits } = search(index.db, { term: "以旧换新" }) as { hits: { id: string }[] };
    expect(hits.length).toBeGreaterThan(0);
    expect(index.byId.get(hits[0]!.id)!.text).toContain("以舊換新");
  });

  it("refuses an index saved with another tokenizer", () => {
    expect(() => loadIndex({ ...data, tokenizer: "orama-default" })).toThrow(IndexVersionError);
  });

  it("would find nothing with Orama's default tokenizer (why the tokenizer is ours)", () => {
    const db = create({ schema: { text: "string" } as const });
    insertMultiple(
      db,
      data.passages.map((p) => ({ text: p.text })),
    );
    const restored = create({ schema: { text: "string" } as const });
    load(restored, save(db));
    expect((search(restored, { term: "以舊換新" }) as { count: number }).count).toBe(0);
  });

  it("answers every sample question from the interview", () => {
    const samples = placeSampleQuestions(data, parseSampleQuestions(read("../../content/sample-questions.md")));
    expect(samples.length).toBeGreaterThanOrEqual(10);
    expect(new Set(samples.map((s) => s.turn)).size).toBeGreaterThanOrEqual(4);
  });

  it("ships a script table generated from the current opencc-js", async () => {
    expect(read("../../worker/text/script-table.ts")).toBe(renderScriptTable(await buildScriptTable()));
  });
});
