// Shared by the e2e files: a Chromium (find-chromium.ts), a host page served from another origin, shadow-root
// helpers, and the README screenshots.
import { mkdir } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { type Browser, chromium, type Page } from "playwright-core";
import { findChromium } from "./find-chromium.ts";

export async function launchBrowser(): Promise<Browser> {
  const { executablePath, args } = await findChromium();
  return chromium.launch({ executablePath, args });
}

// `npm run screenshots` sets SCREENSHOTS=1; `npm test` leaves the committed pictures alone.
const screenshots = new URL("../../docs/screenshots/", import.meta.url).pathname;

/** Saves the page as docs/screenshots/<name> when SCREENSHOTS=1, otherwise does nothing. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  if (process.env.SCREENSHOTS !== "1") return;
  await mkdir(screenshots, { recursive: true });
  await page.screenshot({ path: `${screenshots}${name}` });
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
<body><h1>Zhang Zefeng interview, annotated</h1><p>A third-party page that embeds the chat with one line.</p>
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
