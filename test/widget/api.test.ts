import { describe, expect, it } from "vitest";
import { retryAfterSeconds } from "../../worker/widget/api.ts";
import { fill } from "../../worker/widget/strings.ts";

describe("retryAfterSeconds", () => {
  const now = Date.parse("2026-11-28T12:00:00Z");
  it.each([
    ["30", 30],
    [" 7 ", 7],
    ["0", 1],
    ["Sat, 28 Nov 2026 12:00:42 GMT", 42],
    ["Sat, 28 Nov 2026 11:00:00 GMT", 1],
    ["soon", 60],
    [null, 60],
  ])("reads %j as %i s", (header, seconds) => {
    expect(retryAfterSeconds(header, now)).toBe(seconds);
  });
});

it("fills named slots and leaves unknown ones visible", () => {
  expect(fill("请 {n} 秒后再试，{x}", { n: 3 })).toBe("请 3 秒后再试，{x}");
});
