import { describe, expect, it } from "vitest";
import { textOn } from "../../worker/widget/dom.ts";
import { resolveLanguage, strings } from "../../worker/widget/strings.ts";

describe("resolveLanguage", () => {
  it("follows an explicit setting", () => {
    expect(resolveLanguage("zh-Hant", ["zh-CN"])).toBe("zh-Hant");
    expect(resolveLanguage("zh-Hans", ["zh-TW"])).toBe("zh-Hans");
  });

  it.each([
    [["zh-TW"], "zh-Hant"],
    [["zh-HK", "en"], "zh-Hant"],
    [["zh-Hant-MO"], "zh-Hant"],
    [["zh-CN"], "zh-Hans"],
    [["en-US", "zh-TW"], "zh-Hant"],
    [["en-US"], "zh-Hans"],
  ])("on auto, reads %j as %s", (browser, expected) => {
    expect(resolveLanguage("auto", browser)).toBe(expected);
    expect(resolveLanguage(null, browser)).toBe(expected);
  });
});

it("has every string in both scripts", () => {
  expect(Object.keys(strings["zh-Hant"]).sort()).toEqual(Object.keys(strings["zh-Hans"]).sort());
});

it("puts white text on dark accents and black on light ones", () => {
  expect(textOn("rgb(11, 87, 208)")).toBe("#fff");
  expect(textOn("rgb(255, 212, 0)")).toBe("#000");
});

it.each(["zh-Hans", "zh-Hant"] as const)("punctuates its %s words full-width, as Chinese text wants", (language) => {
  for (const [key, text] of Object.entries(strings[language])) {
    expect({ key, halfWidth: /[\u3400-\u9fff][,:;?!()]|[,:;?!(][\u3400-\u9fff]/.test(text) }).toEqual({
      key,
      halfWidth: false,
    });
  }
});
