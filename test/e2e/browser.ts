// Shared by the e2e files: Chromium (see browser-path.ts), a host page served from another origin, and shadow-root helpers.
import { createServer, type Server } from "node:http";
import { type Browser, chromium, type Page } from "playwright-core";
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
