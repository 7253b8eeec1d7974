// Chinese numerals for fact matching. Runs on Node and inside workerd (both configs include test/text/).
import { describe, expect, it } from "vitest";
import { numbersIn, parseChineseNumber, withDigits } from "../../worker/text/numbers.ts";

describe("parseChineseNumber", () => {
  it("reads Chinese numerals and passes digits through", () => {
    expect(parseChineseNumber("三十三")).toBe(33);
    expect(parseChineseNumber("十")).toBe(10);
    expect(parseChineseNumber("十二")).toBe(12);
    expect(parseChineseNumber("一百零七")).toBe(107);
    expect(parseChineseNumber("四千五百四十")).toBe(4540);
    expect(parseChineseNumber("4千5百")).toBe(4500);
    expect(parseChineseNumber("两")).toBe(2);
    expect(parseChineseNumber("三万五千")).toBe(35000);
    expect(parseChineseNumber("八十点四五")).toBe(80.45);
    expect(parseChineseNumber("5228")).toBe(5228);
    expect(parseChineseNumber("16.39")).toBe(16.39);
  });

  it("refuses what is not a number", () => {
    expect(parseChineseNumber("净菜")).toBeNull();
    expect(parseChineseNumber("")).toBeNull();
    expect(parseChineseNumber("万")).toBeNull();
  });
});

describe("withDigits", () => {
  it("writes numerals in number positions as digits", () => {
    expect(withDigits("排第四")).toBe("排第4");
    expect(withDigits("位列全国前十")).toBe("位列全国前10");
    expect(withDigits("两位数增长")).toBe("2位数增长");
    // A numeral after a determiner is no count: 哪一年 asks a year.
    expect(withDigits("哪一年")).toBe("哪一年");
    expect(withDigits("这一项")).toBe("这一项");
    expect(withDigits("百分之二十")).toBe("20%");
    expect(withDigits("三十三条步行街")).toBe("33条步行街");
    expect(withDigits("5000万元以上")).toBe("5000万元以上");
  });

  it("leaves words that only contain a numeral alone", () => {
    for (const word of ["一对一", "统一", "一批项目", "一是优化环境", "进一步"]) expect(withDigits(word)).toBe(word);
  });
});

describe("numbersIn", () => {
  it("lists the numbers of a text, numerals included", () => {
    expect(numbersIn("5000万元以上的省外落地项目一千零一十四个")).toEqual([5000, 1014]);
  });
});
