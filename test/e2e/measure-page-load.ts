// npm run bench:page: first contentful paint of / and the time until its starter questions show, in Chromium
// with the DevTools protocol's network throttling (400 ms RTT, 400 kbps both ways, cache off), against
// `wrangler dev`. Writes the "## Page load" section of docs/BENCHMARKS.md. A benchmark: it asserts nothing.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import { startDevServer } from "../support/wrangler-dev.ts";
import { launchBrowser } from "./browser.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const RUNS = 7;
const RTT_MS = 400;
const BYTES_PER_S = 400_000 / 8;

// Runs in the page before anything else: the first animation frame in which a starter question is drawn,
// either a pre-rendered link of / (before widget.js) or a chip in the widget's shadow root.
// A string, not a function's source: tsx wraps named arrow functions in __name(), which the page lacks.
const WATCH_STARTERS = `(() => {
  const shown = (el) => !!el && el.getBoundingClientRect().height > 0;
  const check = () => {
    const chat = document.querySelector("interview-chat");
    const chip = chat?.shadowRoot?.querySelector(".chip");
    const pre = chat && !chat.shadowRoot ? chat.querySelector("li a") : null;
    if (window.__starters === undefined && (shown(chip) || shown(pre))) window.__starters = performance.now();
    if (window.__widget === undefined && shown(chip)) window.__widget = performance.now();
    if (window.__widget === undefined) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})()`;

interface Sample {
  fcp: number;
  starters: number;
  widget: number;
}

async function measure(browser: Browser, url: string): Promise<Sample> {
  const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: RTT_MS,
    downloadThroughput: BYTES_PER_S,
    uploadThroughput: BYTES_PER_S,
  });
  await page.addInitScript(WATCH_STARTERS);
  await page.goto(url, { waitUntil: "load" });
  // Set by WATCH_STARTERS in the page.
  type Marks = { __starters?: number; __widget?: number };
  await page.waitForFunction(() => (window as Marks).__widget !== undefined, null, { timeout: 60_000 });
  const sample = await page.evaluate(() => ({
    fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Number.NaN,
    starters: (window as Marks).__starters as number,
    widget: (window as Marks).__widget as number,
  }));
  await context.close();
  return sample;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${Math.round(x)} ms`;

// `-- --url http://127.0.0.1:<port>` measures a server already running (an older checkout, for a before/after)
// and only prints.
const urlFlag = process.argv.indexOf("--url");
if (urlFlag > 0) {
  const browser = await launchBrowser();
  try {
    const samples: Sample[] = [];
    for (let i = 0; i < RUNS; i++) samples.push(await measure(browser, `${process.argv[urlFlag + 1]}/`));
    const pick = (k: keyof Sample) => ms(median(samples.map((x) => x[k])));
    console.log(`fcp ${pick("fcp")}, starters ${pick("starters")}, chat ready ${pick("widget")} (median of ${RUNS})`);
  } finally {
    await browser.close();
  }
  process.exit(0);
}

const server = await startDevServer({ timeoutMs: 180_000 });
const browser = await launchBrowser();
try {
  const rows: [string, Sample[]][] = [];
  for (const [name, url] of [["`/` (full-page chat)", `${server.url}/`]] as const) {
    const samples: Sample[] = [];
    for (let i = 0; i < RUNS; i++) samples.push(await measure(browser, url));
    rows.push([name, samples]);
  }
  const table = rows
    .map(([name, s]) => {
      const pick = (k: keyof Sample) => ms(median(s.map((x) => x[k])));
      return `| ${name} | ${pick("fcp")} | ${pick("starters")} | ${pick("widget")} |`;
    })
    .join("\n");
  for (const [name, s] of rows)
    console.log(name, s.map((x) => `fcp ${ms(x.fcp)} starters ${ms(x.starters)} widget ${ms(x.widget)}`).join("; "));
  const section = `## Page load

Written by \`npm run bench:page\` (test/e2e/measure-page-load.ts) on ${new Date().toISOString().slice(0, 10)}: Chromium with DevTools
network throttling (${RTT_MS} ms added per request, ${(BYTES_PER_S * 8) / 1000} kbps down and up, cache off), against
\`wrangler dev\` on loopback; the median of ${RUNS} fresh page loads. *Starters* is the first frame in which a starter
question is drawn (a frame can start a few ms before the paint it produces, hence starters ≤ FCP); *chat ready*
the first frame with the widget's own chips (widget.js fetched and run).

| page | first contentful paint | starters visible | chat ready |
| --- | --- | --- | --- |
${table}

\`/\` carries its header, welcome and starter questions as HTML (written by the build from the core's greeting), so
they paint with the page; widget.js (${(gzipSync(readFileSync(join(root, "worker/generated/assets/widget.js")), { level: 9 }).length / 1024).toFixed(1)} KB gzip, as \`wrangler dev\` and Cloudflare send it) then takes
over: one more round trip plus its bytes at 400 kbps.
Before (commit b5d3794, the welcome and starters fetched by a second request after widget.js ran; measured
the same way on 2026-11-28 with \`npm run bench:page -- --url <its wrangler dev>\`): first contentful paint 1068 ms,
starters 1421 ms.
`;
  const file = join(root, "docs/BENCHMARKS.md");
  const doc = readFileSync(file, "utf8");
  const at = doc.indexOf("\n## Page load");
  const next = at < 0 ? -1 : doc.indexOf("\n## ", at + 1);
  const updated =
    at < 0 ? `${doc.trimEnd()}\n\n${section}` : `${doc.slice(0, at)}\n${section}${next < 0 ? "" : doc.slice(next)}`;
  writeFileSync(file, updated);
  console.log("wrote the Page load section of docs/BENCHMARKS.md");
} finally {
  await browser.close();
  await server.stop();
}
