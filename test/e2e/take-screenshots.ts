// npm run screenshots: the README's pictures of the chat, taken in Chromium against `wrangler dev` with real
// answers. Not part of npm test. Legible Chinese needs a CJK font on the machine (Debian: fonts-noto-cjk).
import { execFileSync } from "node:child_process";
import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { startDevServer } from "../support/wrangler-dev.ts";
import { askQuestion, hostPage, launchBrowser, serveHostPage } from "./browser.ts";
import { haveConversation, ownerContext, startInsightsServer, waitForRows } from "./insights-conversation.ts";

const out = fileURLToPath(new URL("../../docs/screenshots/", import.meta.url));

function hasCjkFont(): boolean {
  try {
    return execFileSync("fc-list", [":lang=zh"], { encoding: "utf8" }).trim().length > 0;
  } catch {
    return false;
  }
}

async function shoot(
  browser: Browser,
  name: string,
  url: string,
  options: BrowserContextOptions,
  act: (page: Page) => Promise<void>,
) {
  const context = await browser.newContext({ locale: "zh-CN", ...options });
  const page = await context.newPage();
  await page.goto(url);
  await act(page);
  await page.waitForTimeout(300); // fonts and the last frame
  await page.screenshot({ path: `${out}${name}.png` });
  await context.close();
  console.log(`docs/screenshots/${name}.png`);
}

const answered = (page: Page, n = 0) => page.locator("interview-chat .msg.bot .text").nth(n).waitFor();

if (!hasCjkFont()) console.warn("No CJK font found (fc-list :lang=zh): Chinese will show as boxes.");
await mkdir(out, { recursive: true });
const server = await startDevServer({ timeoutMs: 180_000 });
const browser = await launchBrowser();
const site = await serveHostPage(hostPage(server.url));
try {
  await shoot(browser, "desktop-light", site.url, { viewport: { width: 1280, height: 800 } }, async (page) => {
    await page.locator("interview-chat .launcher").click();
    await askQuestion(page, "电动自行车以旧换新全国排第几");
    await answered(page);
  });
  // A phone with the on-screen keyboard up: ~460 of its 844 px are left for the page.
  const phone = { viewport: { width: 390, height: 460 }, isMobile: true, hasTouch: true, colorScheme: "dark" } as const;
  await shoot(browser, "mobile-dark", site.url, phone, async (page) => {
    await page.locator("interview-chat .launcher").click();
    await askQuestion(page, "“河北净菜”在北京的市场占有率有多高?");
    await answered(page);
  });
  await shoot(
    browser,
    "traditional",
    `${server.url}/`,
    { viewport: { width: 1024, height: 720 }, locale: "zh-TW" },
    async (page) => {
      await askQuestion(page, "消費品以舊換新一共投入了多少資金?", "你的問題");
      await answered(page);
    },
  );
  await shoot(browser, "list-answer", `${server.url}/`, { viewport: { width: 1024, height: 720 } }, async (page) => {
    const reply = page.waitForResponse((r) => r.url().endsWith("/api/ask"));
    await askQuestion(page, "河北推出了哪些特色优品?");
    const body = await (await reply).json();
    await answered(page);
    if (!body.list)
      console.warn("list-answer: the API returned no `list` for this question (yet): a plain answer is shown.");
  });
} finally {
  await site.close();
  await browser.close();
  await server.stop();
}

// /admin/insights after the scripted conversation of its e2e test, on a fresh local database.
const insights = await startInsightsServer();
const owner = await launchBrowser();
try {
  const questions = await haveConversation(owner, insights.server.url);
  await waitForRows(insights.server.url, insights.adminToken, questions);
  const context = await ownerContext(owner, insights.adminToken);
  const page = await context.newPage();
  await page.goto(`${insights.server.url}/admin/insights?days=7`);
  await page.screenshot({ path: `${out}admin-insights.png`, fullPage: true });
  await context.close();
  console.log("docs/screenshots/admin-insights.png");
} finally {
  await owner.close();
  await insights.server.stop();
}
