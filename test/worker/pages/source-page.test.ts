// /source in the reader's script: ?lang from the chat's links, else Accept-Language, else the Traditional original.
import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { sourceScript } from "../../../worker/pages/source-page.ts";

const page = async (path: string, headers: Record<string, string> = {}) => {
  const res = await SELF.fetch(`http://assistant.test${path}`, { headers });
  expect(res.status).toBe(200);
  return { text: await res.text(), vary: res.headers.get("vary") ?? "" };
};

describe("GET /source", () => {
  it("is the Traditional original by default, with a way back to the chat and to Simplified", async () => {
    const { text, vary } = await page("/source");
    expect(text).toContain('<html lang="zh-Hant">');
    expect(text).toContain("5228萬元");
    expect(text).toContain('<a href="/">← 回到訪談問答</a>');
    expect(text).toContain('href="?lang=zh-Hans"');
    expect(vary).toMatch(/accept-language/i);
  });

  it("is Simplified for ?lang=zh-Hans, anchors unchanged, and says the original is Traditional", async () => {
    const { text } = await page("/source?lang=zh-Hans");
    expect(text).toContain('<html lang="zh-Hans">');
    expect(text).toContain('id="a1-2"');
    expect(text).toContain("电动自行车以旧换新使用5228万元");
    expect(text).not.toContain("5228萬元");
    expect(text).toContain("原文为繁体");
    expect(text).toContain('href="?lang=zh-Hant"');
  });

  it("follows Accept-Language when no ?lang is given, and ?lang over it", async () => {
    expect((await page("/source", { "accept-language": "zh-CN,zh;q=0.9" })).text).toContain("5228万元");
    expect((await page("/source", { "accept-language": "zh-TW" })).text).toContain("5228萬元");
    expect((await page("/source?lang=zh-Hant", { "accept-language": "zh-CN" })).text).toContain("5228萬元");
  });
});

describe("sourceScript", () => {
  it.each([
    ["zh-Hans", undefined, "hans"],
    ["zh-Hant", "zh-CN", "hant"],
    [undefined, "en-US,zh-HK;q=0.5", "hant"],
    [undefined, "en-US,zh;q=0.5", "hans"],
    [undefined, "en-US", "hant"],
    ["<script>", "zh-Hans-CN", "hans"],
    [undefined, undefined, "hant"],
  ])("reads ?lang=%s, Accept-Language %s as %s", (lang, accept, expected) => {
    expect(sourceScript(lang, accept)).toBe(expected);
  });
});
