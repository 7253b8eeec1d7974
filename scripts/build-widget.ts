// npm run build (after the index): bundles the widget (worker/widget/) into worker/generated/assets/widget.js, writes the
// full-page chat (index.html) and its headers beside it, and fails when widget.js outgrows its gzip budget.

import { copyFile, mkdir, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

export const BUDGET_GZIP_BYTES = 15 * 1024;

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const widget = (file: string) => here(`../worker/widget/${file}`);
const outDir = here("../worker/generated/assets/");

const result = await build({
  entryPoints: [widget("index.ts")],
  bundle: true,
  minify: true,
  format: "iife",
  // Evergreen browsers of the last ~3 years: adoptedStyleSheets is the newest API the widget needs.
  target: ["chrome100", "firefox102", "safari16.4"],
  legalComments: "none",
  write: false,
});
const code = result.outputFiles[0]!.contents;

await mkdir(outDir, { recursive: true });
await writeFile(`${outDir}widget.js`, code);
await copyFile(widget("index.html"), `${outDir}index.html`);
await copyFile(widget("_headers"), `${outDir}_headers`);

const gzip = gzipSync(code, { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(`widget.js: ${kb(code.length)} raw, ${kb(gzip)} gzip (budget ${kb(BUDGET_GZIP_BYTES)})`);
if (gzip > BUDGET_GZIP_BYTES) {
  console.error("widget.js is over its gzip budget.");
  process.exit(1);
}
