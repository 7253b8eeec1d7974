import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ContentError, parseInterview } from "../../index-builder/parse-interview.ts";

const markdown = readFileSync(new URL("../../content/interview.md", import.meta.url), "utf8");
const seed = readFileSync(new URL("../fixtures/seed/000_611ecaf62806bbac.txt", import.meta.url), "utf8");

describe("parseInterview", () => {
  const interview = parseInterview(markdown);

  it("reads the metadata, four turns, three captions and the credits", () => {
    expect(interview.meta).toMatchObject({ published: "2024-11-07 16:06:24", source: "新華網", guest: "張澤峰" });
    expect(interview.meta.guestTitles).toEqual(["河北省商務廳黨組書記", "廳長"]);
    expect(interview.turns.map((t) => t.speaker)).toEqual(["張澤峰", "張澤峰", "張澤峰", "張澤峰"]);
    expect(interview.turns.map((t) => t.question.speaker)).toEqual(["新華網", "新華網", "新華網", "新華網"]);
    expect(interview.turns.flatMap((t) => t.captions)).toHaveLength(3);
    expect(interview.credits.map((c) => c.role)).toEqual([
      "策劃",
      "執行策劃",
      "統籌",
      "編導",
      "拍攝",
      "製作",
      "文字",
      "聯合出品",
      "責任編輯",
    ]);
  });

  it("keeps every paragraph of the capture verbatim, with 平台 restored and no chrome", () => {
    const paragraphs = [
      ...interview.intro,
      ...interview.turns.flatMap((t) => [t.question.text, t.headline, ...t.captions, ...t.paragraphs]),
    ];
    for (const p of paragraphs) expect(seed.replace(/&&/g, "平台")).toContain(p);
    const all = paragraphs.join("");
    expect(all).not.toContain("&&");
    expect(all.match(/平台/g)).toHaveLength(3);
    for (const chrome of ["分享至手機", "加載更多", "> 正文"]) expect(markdown).not.toContain(chrome);
  });

  it("refuses content it does not understand", () => {
    expect(() => parseInterview("no front matter")).toThrow(ContentError);
    expect(() => parseInterview(markdown.replace("# 導語", "# 序言"))).toThrow(/unknown section/);
    expect(() => parseInterview(markdown.replace("- 拍攝:", "- 拍攝 "))).toThrow(/credit/);
  });
});
