// The welcome built into widget.js and / is the core's greeting, in both scripts, with answerable starters.
import { expect, it } from "vitest";
import { makePageData } from "../../scripts/make-page-data.ts";
import { interview } from "../../worker/interview.ts";

it("names the interview and greets with starters in Simplified and in Traditional", () => {
  const data = makePageData(interview);
  expect(data.about).toEqual({
    "zh-Hans": "张泽峰访谈 · 新华网 · 2024-11-07",
    "zh-Hant": "張澤峰訪談 · 新華網 · 2024-11-07",
  });
  expect(data.welcome["zh-Hans"].text).toContain("张泽峰");
  expect(data.welcome["zh-Hant"].text).toContain("張澤峰");
  expect(data.welcome["zh-Hans"].suggestions).toHaveLength(3);
  expect(data.welcome["zh-Hant"].suggestions.join("")).toContain("資金");
});
