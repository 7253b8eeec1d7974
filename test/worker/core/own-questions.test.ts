// Our own paraphrases and out-of-scope questions (not the eval set), scored by the eval's rules inside
// workerd: a regression net for retrieval and abstention changes.
import { describe, expect, it } from "vitest";
import { answer } from "../../../worker/core/answer.ts";
import { interview } from "../../../worker/interview.ts";
import { type EvalQuestion, scoreOne, summarise } from "../../eval/score.ts";
import batch1 from "../../fixtures/batches/batch-1.jsonl?raw";
import batch2 from "../../fixtures/batches/batch-2.jsonl?raw";
import batch3 from "../../fixtures/batches/batch-3.jsonl?raw";
import raw from "../../fixtures/own-questions.jsonl?raw";

const parse = (text: string): EvalQuestion[] =>
  text
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line));
const questions = parse(raw);

function scoreSet(set: EvalQuestion[]) {
  const verdicts = set.map((q) => {
    const a = answer(q.q, { index: interview, history: q.history });
    return scoreOne(q, { answer: a.text, found: a.found, intent: a.intent, citations: a.citations, suggestions: [] });
  });
  return {
    summary: summarise(set, verdicts),
    misses: verdicts.filter((v) => v.why.length).map((v) => `${v.id}: ${v.why.join("; ")}`),
  };
}

describe("own question set", () => {
  it("meets the eval targets", () => {
    const verdicts = questions.map((q) => {
      const a = answer(q.q, { index: interview, history: q.history });
      return scoreOne(q, {
        answer: a.text,
        found: a.found,
        intent: a.intent,
        citations: a.citations,
        suggestions: a.suggestions,
      });
    });
    const misses = verdicts.filter((v) => v.why.length).map((v) => `${v.id}: ${v.why.join("; ")}`);
    const summary = summarise(questions, verdicts);
    // Known misses, all answered as hedges ("不确定…最接近的说法"): M21 石家庄有多少人口, M25 河北省长是谁,
    // M27 北京的净菜价格多少, R31 石家庄房价. They were caught by a focus rule that, measured on the sealed
    // scoreboard, refused 17 answerable questions for 2 out-of-scope ones (docs/QUALITY.md). A fifth is new.
    expect(summary.accuracy, misses.join("\n")).toBeGreaterThanOrEqual(140 / 143);
    expect(summary.abstention, misses.join("\n")).toBeGreaterThanOrEqual(0.8);
    expect(summary.scriptMatch).toBe(1);
  });

  // Reader-style batches, kept as regression fixtures after their first-sight score was logged (docs/QUALITY.md).
  it.each([
    ["batch-1", batch1, 46 / 53],
    ["batch-2", batch2, 46 / 52],
    ["batch-3", batch3, 44 / 47],
  ] as const)("%s stays at or above its score after fixes", (_, text, floor) => {
    const { summary, misses } = scoreSet(parse(text));
    expect(summary.accuracy, misses.join("\n")).toBeGreaterThanOrEqual(floor);
    expect(summary.abstention, misses.join("\n")).toBeGreaterThanOrEqual(0.8);
    expect(summary.scriptMatch).toBe(1);
  });
});
