// npm run build (after the index): bundles the widget (worker/widget/) into worker/generated/assets/widget.js,
// writes the full-page chat (index.html) and its headers beside it, and fails when widget.js outgrows its gzip
// budget.
// The welcome and starter questions go into both, so neither needs a request before it shows them.

import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { interview } from "../worker/interview.ts";
import { PAGE_STYLE } from "../worker/widget/page-style.ts";
import { makePageData } from "./make-page-data.ts";

export const BUDGET_GZIP_BYTES = 15 * 1024;

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const widget = (file: string) => here(`../worker/widget/${file}`);
const outDir = here("../worker/generated/assets/");
const pageData = makePageData(interview);

const result = await build({
  entryPoints: [widget("index.ts")],
  bundle: true,
  minify: true,
  format: "iife",
  // Evergreen browsers of the last ~3 years: adoptedStyleSheets is the newest API the widget needs.
  target: ["chrome100", "firefox102", "safari16.4"],
  legalComments: "none",
  define: { __PAGE_DATA__: JSON.stringify(pageData) },
  write: false,
});
const code = result.outputFiles[0]!.contents;

await mkdir(outDir, { recursive: true });
await writeFile(`${outDir}widget.js`, code);
const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
const welcome = pageData.welcome["zh-Hans"];
const slots: Record<string, string> = {
  TITLE: escapeHtml(`访谈问答 · ${pageData.about["zh-Hans"]}`),
  STYLE: `<style>${PAGE_STYLE}</style>`,
  ABOUT: escapeHtml(pageData.about["zh-Hans"]),
  WELCOME: escapeHtml(welcome.text),
  STARTERS: welcome.suggestions
    .map((q) => `<li><a href="/?q=${encodeURIComponent(q)}">${escapeHtml(q)}</a></li>`)
    .join(""),
};
const page = (await readFile(widget("index.html"), "utf8")).replace(/\{\{(\w+)\}\}/g, (_, name) => slots[name]!);
await writeFile(`${outDir}index.html`, page);
// CSP Level 2 hash of the inline <style>'s exact text.
const styleHash = `'sha256-${createHash("sha256").update(PAGE_STYLE).digest("base64")}'`;
const headers = (await readFile(widget("_headers"), "utf8")).replaceAll("{{PAGE_STYLE_HASH}}", styleHash);
await writeFile(`${outDir}_headers`, headers);

const gzip = gzipSync(code, { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(`widget.js: ${kb(code.length)} raw, ${kb(gzip)} gzip (budget ${kb(BUDGET_GZIP_BYTES)})`);
if (gzip > BUDGET_GZIP_BYTES) {
  console.error("widget.js is over its gzip budget.");
  process.exit(1);
}
