// The engine knows Chinese, not one interview: a second, different interview in content/'s format builds
// and answers with no code change (as `CONTENT=test/fixtures/other-interview/interview.md npm run build` does).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildIndex } from "../../index-builder/build-index.ts";
import { buildLexicon } from "../../index-builder/lexicon/build-lexicon.ts";
import { readGlossary } from "../../index-builder/lexicon/read-glossary.ts";
import { parseInterview } from "../../index-builder/parse-interview.ts";
import { splitPassages } from "../../index-builder/split-passages.ts";
import { answer } from "../../worker/core/answer.ts";
import { loadIndex } from "../../worker/search/load-index.ts";

const read = (file: string) => readFileSync(new URL(`../fixtures/other-interview/${file}`, import.meta.url), "utf8");
const interview = parseInterview(read("interview.md"));
const passages = splitPassages(interview);
const index = loadIndex(
  JSON.parse(
    JSON.stringify({
      ...buildIndex(interview.meta, passages),
      lexicon: buildLexicon(passages.map((p) => p.text).join("\n"), readGlossary(read("glossary.md"))),
    }),
  ),
);
const ask = (q: string, history: string[] = []) => answer(q, { index, history });

describe("a second interview", () => {
  it("answers its figures, in either script, citing its passages", () => {
    const lines = ask("去年新开通了多少条公交线路");
    expect(lines).toMatchObject({ found: true });
    expect(lines.text).toContain("42");
    expect(ask("電子圍欄停放點有幾個").text).toContain("3600");
  });

  it("reads its glossary, English and approximate numbers", () => {
    expect(ask("electric buses 占比多少").text).toContain("90%");
    expect(ask("乱停放投訴下降了多少").text).toContain("41%");
    expect(ask("电动巴士占比能超过九成吗").text).toContain("90%");
  });

  it("abstains on what it does not cover, and knows nothing of the other interview", () => {
    for (const q of ["地铁票价多少钱", "以旧换新资金一共多少", "天津的公交线路有多少条"])
      expect(ask(q).found, q).toBe(false);
  });

  it("greets with its own guest", () => {
    expect(ask("你好").text).toContain("李明远");
  });
});
