// The full-page chat at / (a static asset): the same component, under a strict Content-Security-Policy.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { launchBrowser, QUESTION } from "./browser.ts";

const devUrl = inject("devUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

it("serves / with a strict CSP that the chat runs under without violations", async () => {
  const res = await fetch(`${devUrl}/`);
  const csp = res.headers.get("content-security-policy") ?? "";
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain("unsafe-inline");

  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto(`${devUrl}/`);
  await page.getByRole("textbox", { name: "你的问题" }).fill(QUESTION);
  await page.keyboard.press("Enter");
  await page.locator("interview-chat .card").waitFor();
  expect(await page.locator("interview-chat .msg.bot .text").last().textContent()).toContain("80.45亿元");
  expect(await page.locator("interview-chat .panel").boundingBox()).toEqual({ x: 0, y: 0, width: 1280, height: 800 });
  expect(violations).toEqual([]);
  await context.close();
});

it("speaks Traditional to a zh-TW browser", async () => {
  const context = await browser.newContext({ locale: "zh-TW" });
  const page = await context.newPage();
  await page.goto(`${devUrl}/`);
  await page.getByRole("textbox", { name: "你的問題" }).waitFor();
  await page.locator("interview-chat .chip").first().waitFor();
  expect(await page.locator("interview-chat .chip").first().textContent()).toContain("資金");
  await context.close();
});

it("paints the header, welcome and starters from its HTML, before and without widget.js", async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: "zh-CN" });
  const page = await context.newPage();
  await page.goto(`${devUrl}/`);
  expect(await page.locator("main h1").textContent()).toBe("访谈问答");
  expect(await page.locator("main header p").textContent()).toBe("张泽峰访谈 · 新华网 · 2024-11-07 · 阅读原文");
  expect(await page.getByRole("link", { name: "阅读原文" }).getAttribute("href")).toBe("/source");
  expect(await page.locator("main .welcome").isVisible()).toBe(true);
  const starters = page.locator("main li a");
  expect(await starters.count()).toBe(3);
  expect(await starters.first().getAttribute("href")).toMatch(/^\/\?q=%/);
  await context.close();
});

it("has one h1 and a main landmark once the chat runs, the heading naming the chat", async () => {
  const context = await browser.newContext({ locale: "zh-CN" });
  const page = await context.newPage();
  await page.goto(`${devUrl}/`);
  await page.locator("interview-chat .chip").first().waitFor();
  expect(await page.getByRole("main").count()).toBe(1);
  expect(await page.getByRole("heading", { level: 1 }).allTextContents()).toEqual(["访谈问答"]);
  await context.close();
});
