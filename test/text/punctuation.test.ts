import { describe, expect, it } from "vitest";
import { fullWidthPunctuation } from "../../worker/text/punctuation.ts";

describe("fullWidthPunctuation", () => {
  it("makes marks beside Chinese full-width and leaves numbers and Latin text alone", () => {
    expect(fullWidthPunctuation("张泽峰介绍:截至10月22日,河北(2024年)?")).toBe(
      "张泽峰介绍：截至10月22日，河北（2024年）？",
    );
    expect(fullWidthPunctuation("16.39 10:30 1,000 a, b")).toBe("16.39 10:30 1,000 a, b");
  });
});
