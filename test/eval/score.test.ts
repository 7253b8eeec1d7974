import { describe, expect, it } from "vitest";
import { scoreOne } from "./score.ts";

const reply = (answer: string, found = true, quote = "") => ({
  answer,
  found,
  intent: found ? "answer" : "no_answer",
  citations: quote ? [{ id: "x", quote }] : [],
  suggestions: [],
});

describe("scoreOne", () => {
  it("compares facts and citations across scripts", () => {
    const v = scoreOne(
      { id: "t", q: "净菜占有率", facts: [["41.8"]], cite: "佔有率" },
      reply("占有率41.8%", true, "市場佔有率已達到41.8%"),
    );
    expect(v).toMatchObject({ correct: true, cited: true, scriptMatch: true });
  });

  it("fails a missing fact, a wrong citation, a wrong script and an invented answer", () => {
    expect(scoreOne({ id: "t", q: "净菜占有率", facts: [["41.8"]] }, reply("占有率很高")).correct).toBe(false);
    expect(scoreOne({ id: "t", q: "净菜", cite: "北京好菜" }, reply("x", true, "毛菜")).cited).toBe(false);
    expect(scoreOne({ id: "t", q: "净菜占有率" }, reply("佔有率41.8%")).scriptMatch).toBe(false);
    expect(scoreOne({ id: "t", q: "机场", abstain: true }, reply("有3个机场")).correct).toBe(false);
  });
});
