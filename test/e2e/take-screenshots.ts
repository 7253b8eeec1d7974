// npm run screenshots: redraws the README's two pictures (docs/screenshots/) with the widget on a host page,
// a desktop in light mode and a phone in dark mode. Not a test: `npm test` never writes a committed file.
// Install CJK fonts first (Debian: fonts-noto-cjk), or the Chinese text is drawn as boxes.
import { mkdir } from "node:fs/promises";
import type { BrowserContextOptions } from "playwright-core";
import { startDevServer } from "../support/wrangler-dev.ts";
import { askQuestion, hostPage, launchBrowser, QUESTION, serveHostPage } from "./browser.ts";

const out = new URL("../../docs/screenshots/", import.meta.url).pathname;
const shots: Record<string, BrowserContextOptions> = {
  "desktop-light.png": { viewport: { width: 1280, height: 800 } },
  "mobile-dark.png": { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, colorScheme: "dark" },
};

const server = await startDevServer({ timeoutMs: 180_000 });
const site = await serveHostPage(hostPage(server.url));
const browser = await launchBrowser();
try {
  await mkdir(out, { recursive: true });
  for (const [file, options] of Object.entries(shots)) {
    const context = await browser.newContext({ locale: "zh-CN", ...options });
    const page = await context.newPage();
    await page.goto(site.url);
    await page.locator("interview-chat .launcher").click();
    await askQuestion(page, QUESTION);
    await page.locator("interview-chat .card").first().waitFor();
    await page.screenshot({ path: `${out}${file}` });
    console.log(`docs/screenshots/${file}`);
    await context.close();
  }
} finally {
  await browser.close();
  await site.close();
  await server.stop();
}
