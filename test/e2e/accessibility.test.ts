// axe-core (WCAG 2.x A/AA rules) on /, on /source in both scripts and on the open widget with an answer:
// no violations. axe is injected through the DevTools protocol, which the pages' CSP does not govern.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { askQuestion, type HostSite, hostPage, launchBrowser, QUESTION, serveHostPage } from "./browser.ts";

const devUrl = inject("devUrl");
const AXE = await readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
let browser: Browser;
let site: HostSite;

beforeAll(async () => {
  browser = await launchBrowser();
  site = await serveHostPage(hostPage(devUrl));
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Each violated rule with the elements that break it (axe reaches into open shadow roots). */
async function violations(page: Page) {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    // The part of axe-core's API used here (axe.run's result: https://github.com/dequelabs/axe-core/blob/develop/doc/API.md).
    type AxeResult = { violations: { id: string; nodes: { target: string[] }[] }[] };
    const { axe } = window as unknown as { axe: { run(ctx: Document, o: object): Promise<AxeResult> } };
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({ rule: v.id, nodes: v.nodes.map((n) => n.target.join(" ")) }));
  });
}

describe.each(["light", "dark"] as const)("axe-core, %s", (colorScheme) => {
  it("/ with an answer: no violations", async () => {
    const context = await browser.newContext({ colorScheme, locale: "zh-CN" });
    const page = await context.newPage();
    await page.goto(`${devUrl}/`);
    expect(await violations(page)).toEqual([]);
    await askQuestion(page, QUESTION);
    await page.locator("interview-chat .msg.bot .text").waitFor();
    expect(await violations(page)).toEqual([]);
    await context.close();
  });

  it.each(["zh-Hans", "zh-Hant"])("/source?lang=%s: no violations", async (lang) => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(`${devUrl}/source?lang=${lang}#a1-2`);
    expect(await violations(page)).toEqual([]);
    await context.close();
  });

  it("the open widget on a host page, with an answer and the 👎 reasons: no violations", async () => {
    const context = await browser.newContext({ colorScheme, locale: "zh-CN" });
    const page = await context.newPage();
    await page.goto(site.url);
    await page.locator("interview-chat .launcher").click();
    expect(await violations(page)).toEqual([]);
    await askQuestion(page, "电动自行车以旧换新全国排第几");
    await page.locator("interview-chat .msg.bot .text").waitFor();
    await page.getByRole("button", { name: "没有帮助" }).click();
    expect(await violations(page)).toEqual([]);
    await context.close();
  });
});
