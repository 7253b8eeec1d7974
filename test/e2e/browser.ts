// Shared by the e2e files: Chromium (see browser-path.ts), a host page served from another origin, and shadow-root helpers.
import { createServer, type Server } from "node:http";
import { type Browser, type BrowserContextOptions, chromium, type Page } from "playwright-core";
import { findChromium } from "./browser-path.ts";

export async function launchBrowser(): Promise<Browser> {
  const { executablePath, args } = await findChromium();
  return chromium.launch({
    executablePath,
    args: [
      ...args,
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** A page at `url` in a fresh context of `browser`: desktop size, a zh-CN reader, unless `options` say otherwise. */
export async function openPageIn(browser: Browser, url: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "zh-CN", ...options });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

export interface HostSite {
  url: string;
  close: () => Promise<void>;
}

/** Serves `html` at / from 127.0.0.1 on a free port: a third-party site embedding widget.js. */
export async function serveHostPage(html: string): Promise<HostSite> {
  const server: Server = createServer((req, res) => {
    if (req.url !== "/") return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export function hostPage(devUrl: string, { css = "", attrs = "" } = {}): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Host</title><style>${css}</style></head>
<body><main><h1>Zhang Zefeng interview, annotated</h1><p>A third-party page that embeds the chat with one line.</p></main>
<script src="${devUrl}/widget.js" ${attrs} async></script></body></html>`;
}

/** The class of the focused element inside the widget's shadow root ("" when focus is elsewhere). */
export function focusedInWidget(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.querySelector("interview-chat")?.shadowRoot?.activeElement;
    return active ? `${active.tagName.toLowerCase()}.${active.className}` : "";
  });
}

export const QUESTION = "消费品以旧换新一共投入了多少资金?";

/** Asks through the textbox, as a reader would. */
export async function askQuestion(page: Page, question: string, name = "你的问题") {
  const input = page.getByRole("textbox", { name });
  await input.fill(question);
  await input.press("Enter");
}

/** Text the widget's live region announces, as a screen reader would hear it after an answer. */
export function announced(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      document.querySelector("interview-chat")?.shadowRoot?.querySelector('[aria-live="polite"]')?.textContent ?? "",
  );
}

/** WCAG contrast ratio of two rgb() colours. */
export function contrast(a: string, b: string): number {
  const luminance = (rgb: string) => {
    const [r = 0, g = 0, bl = 0] = (rgb.match(/[\d.]+/g) ?? []).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
