// /admin/insights in Chromium after a scripted conversation of mixed questions over three channels, on a
// fresh local D1 (insights-conversation.ts). `npm run screenshots` takes the README's picture of the same page.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { launchBrowser } from "./browser.ts";
import {
  haveConversation,
  type InsightsServer,
  ownerContext,
  startInsightsServer,
  waitForRows,
} from "./insights-conversation.ts";

let insights: InsightsServer;
let browser: Browser;

beforeAll(async () => {
  insights = await startInsightsServer();
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await insights?.server.stop();
});

it("shows the owner a mixed conversation: channels, the unanswered questions grouped, passages with votes", async () => {
  const { url } = insights.server;
  const questions = await haveConversation(browser, url);
  await waitForRows(url, insights.adminToken, questions);

  // Without the token the page is refused, and the browser would ask for it.
  const refused = await fetch(`${url}/admin/insights`);
  expect(refused.status).toBe(401);
  expect(refused.headers.get("www-authenticate")).toMatch(/^Basic/);

  const context = await ownerContext(browser, insights.adminToken);
  const page = await context.newPage();
  const res = await page.goto(`${url}/admin/insights?days=7`);
  expect(res?.status()).toBe(200);
  expect(await page.locator("svg.chart").count()).toBe(2);
  // One bar segment per channel on today's bar, each with its count in the tooltip.
  const segments = await page.locator("svg.chart rect title").allTextContents();
  expect(segments.map((t) => t.replace(/^\S+ /, "")).sort()).toEqual(["api: 8", "wechat: 3", "widget: 2"]);
  const text = (await page.locator("main").textContent()) ?? "";
  expect(text).toContain(`${questions}questions`);
  // "天津的外贸怎么样" asked twice with other punctuation: one row of the not-found table, counted twice.
  const tianjin = page.locator("tr", { hasText: "天津的外贸怎么样" });
  expect(await tianjin.count()).toBe(1);
  expect(await tianjin.locator("td.n").first().textContent()).toBe("2");
  expect(text).toContain("incomplete 1");
  await context.close();
}, 120_000);
