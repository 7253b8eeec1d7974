import { describe, expect, it } from "vitest";
import { formatReplyText, MAX_REPLY_BYTES, sourceLine } from "../../../worker/channels/common/reply-text.ts";
import { toWeChatReply } from "../../../worker/channels/common/reply-xml.ts";
import { parseFlatXml } from "../../../worker/channels/common/xml.ts";
import { type Answer, answer } from "../../../worker/core/answer.ts";
import { interview } from "../../../worker/interview.ts";
import { detectScript, toSimplified } from "../../../worker/text/script.ts";

const bytes = (s: string) => new TextEncoder().encode(s).length;
const citation = {
  id: "p12",
  quote: "…",
  speaker: "张泽锋",
  section: "第三问",
  url: "https://bot.example/source#p12",
  lang: "zh-Hans" as const,
  original: { quote: "…", speaker: "張澤鋒", section: "第三問" },
};
const base: Answer = {
  intent: "answer",
  found: true,
  text: "答案正文。",
  citations: [citation],
  confidence: 1,
  related: [],
  suggestions: ["问题一？", "问题二？", "问题三？"],
};

describe("formatReplyText", () => {
  it("puts the answer, one source line, then numbered follow-ups", () => {
    expect(formatReplyText(base)).toBe(
      "答案正文。\n\n来源：第三问 https://bot.example/source#p12\n\n回复 1：问题一？\n回复 2：问题二？\n回复 3：问题三？",
    );
  });
  it("writes its labels in the script of the answer", () => {
    expect(formatReplyText({ ...base, text: "資金用於消費品以舊換新。" })).toBe(
      "資金用於消費品以舊換新。\n\n來源：第三问 https://bot.example/source#p12\n\n回覆 1：问题一？\n回覆 2：问题二？\n回覆 3：问题三？",
    );
  });
  it("leaves out what is not there", () => {
    expect(formatReplyText({ ...base, citations: [], suggestions: [] })).toBe("答案正文。");
  });
  it("drops follow-ups, then shortens the answer, to stay under the limit, never cutting a character or the link", () => {
    for (const unit of ["中", "a", "😀", "👩‍👩‍👧"]) {
      for (const n of [100, 600, 700, 2000, 5000]) {
        const a = { ...base, text: unit.repeat(n) };
        const text = formatReplyText(a);
        expect(bytes(text)).toBeLessThanOrEqual(MAX_REPLY_BYTES);
        expect(text).toContain("来源：第三问 https://bot.example/source#p12");
        const body = text.split("\n\n")[0]!;
        expect(body.replace(/…$/, "").replaceAll(unit, "")).toBe("");
        expect(text.includes("\uFFFD")).toBe(false);
      }
    }
  });
  it("keeps the follow-ups that fit", () => {
    const a = { ...base, text: "中".repeat(630) };
    const text = formatReplyText(a);
    expect(bytes(text)).toBeLessThanOrEqual(MAX_REPLY_BYTES);
    expect(text).toContain("回复 1：");
    expect(text).not.toContain("回复 3：");
  });
});

describe("toWeChatReply", () => {
  it("swaps To and From and escapes what CDATA cannot hold", () => {
    const xml = toWeChatReply(
      { ...base, text: "a]]>b\u0002" },
      { ToUserName: "gh_1", FromUserName: "oUser" },
      1_700_000_000_000,
    );
    const f = parseFlatXml(xml);
    expect(f).toMatchObject({ ToUserName: "oUser", FromUserName: "gh_1", CreateTime: "1700000000", MsgType: "text" });
    expect(f.Content!.startsWith("a]]>b\n\n来源")).toBe(true);
  });
});

describe("source line in the asker's script", () => {
  it("names the section in Simplified for a Simplified question, in Traditional for a Traditional one", () => {
    const origin = "https://o";
    // The sample questions are written in the interview's Traditional script.
    const hans = answer(toSimplified(interview.samples[0]!.question), { index: interview, origin });
    const hant = answer(interview.samples[0]!.question, { index: interview, origin });
    expect(hans.found && hant.found).toBe(true);
    const hansLine = sourceLine(hans)!;
    expect(hansLine).toMatch(/^来源：/);
    expect(hansLine).toContain(toSimplified(hans.citations[0]!.original.section));
    expect(detectScript(hansLine.split(" ")[0]!)).toBe("hans");
    expect(sourceLine(hant)).toMatch(/^來源：/);
  });
});
