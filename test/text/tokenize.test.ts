// Runs in both suites: on Node (the builder's runtime) and in workerd (the worker's). The golden file
// was written on Node; the workerd run proves the index and the questions are tokenized alike.
import { describe, expect, it } from "vitest";
import interview from "../../content/interview.md?raw";
import { normalize } from "../../worker/text/normalize.ts";
import { TOKENIZER_VERSION, tokenize } from "../../worker/text/tokenize.ts";
import golden from "../fixtures/golden-tokens.json";
import { extraTexts } from "./golden-texts.ts";

describe("tokenize", () => {
  it("produces the golden tokens for the interview and edge cases", () => {
    expect(golden.version).toBe(TOKENIZER_VERSION);
    expect([interview, ...extraTexts].map((t) => tokenize(t))).toEqual(golden.tokens);
  });

  it("finds Traditional text from a Simplified question", () => {
    const text = new Set(tokenize("消費品以舊換新"));
    for (const t of tokenize("以旧换新")) expect(text.has(t)).toBe(true);
  });

  it("folds the variants a reader treats as one", () => {
    expect(normalize("凈菜佔有率傢具着力産業")).toBe(normalize("净菜占有率家具著力产业"));
    expect(normalize("ＡＢＣ１２３？")).toBe("abc123?");
  });

  it("keeps decimals whole and does not glue digits to Han text", () => {
    expect(tokenize("撥付16.39億元")).toEqual(["拨付", "16.39", "亿元"]);
    expect(tokenize("2023年")).toEqual(["2023", "年"]);
  });
});
