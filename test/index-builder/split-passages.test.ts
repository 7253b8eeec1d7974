import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseInterview } from "../../index-builder/parse-interview.ts";
import { defaultSplitOptions, splitPassages } from "../../index-builder/split-passages.ts";

const interview = parseInterview(readFileSync(new URL("../../content/interview.md", import.meta.url), "utf8"));
const passages = splitPassages(interview);

describe("splitPassages", () => {
  it("gives every passage a unique, URL-safe id", () => {
    const ids = passages.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
  });

  it("keeps ids stable for the same content", () => {
    expect(splitPassages(interview).map((p) => p.id)).toEqual(passages.map((p) => p.id));
    expect(passages.find((p) => p.text.includes("5228萬元"))?.id).toBe("a1-2");
  });

  it("splits long paragraphs on sentence boundaries and loses no text", () => {
    interview.turns.forEach((turn) => {
      turn.paragraphs.forEach((paragraph, i) => {
        const parts = passages.filter(
          (p) => p.turn === turn.n && p.kind === "answer" && new RegExp(`^a${turn.n}-${i + 1}[a-z]?$`).test(p.id),
        );
        expect(parts.map((p) => p.text).join("")).toBe(paragraph);
        if (parts.length > 1)
          for (const p of parts)
            expect(p.sentences.length === 1 || p.text.length <= defaultSplitOptions.maxChars).toBe(true);
      });
    });
  });

  it("makes passages of the intro, questions, captions, credits and page metadata", () => {
    const kinds = new Set(passages.map((p) => p.kind));
    expect([...kinds].sort()).toEqual(["answer", "caption", "credit", "intro", "meta", "question"]);
    expect(passages.find((p) => p.kind === "credit" && p.text.startsWith("拍攝"))?.text).toBe("拍攝:王立鵬 毛鶴然");
  });
});
