// npm run bench: the numbers of docs/BENCHMARKS.md, measured side by side in one run.
// A benchmark, not a test: it asserts nothing and prints where each budget stands.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import type { EvalQuestion } from "../eval/score.ts";
import { startDevServer } from "../support/wrangler-dev.ts";
import { type EngineResult, measureEngines } from "./engines.ts";
import { renderLatencyChart } from "./latency-chart.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const devSet = fileURLToPath(new URL("../fixtures/dev-questions.jsonl", import.meta.url));
const questions: EvalQuestion[] = readFileSync(devSet, "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => JSON.parse(l));
const npx = (args: string[]) =>
  execFileSync("npx", args, {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, WRANGLER_SEND_METRICS: "false", NO_COLOR: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const log = (line: string) => console.log(line);

// 1. The answer core inside workerd, stage by stage, in one fresh isolate. answer() goes first, twice over the
// set: the first pass meets each question's code paths for the first time, and V8 re-optimises as new ones
// appear (a cost an isolate pays once, while it is young); the second pass is the warm isolate that serves
// traffic, which the budget is about. Both are reported. Then the parts of answer(), in the isolate it warmed.
// (Measured side by side, 2026-11-29: first passes 100.9 and 105.8 µs, the passes after them 87–90 µs.)
const ITERATIONS = 400;
const PASSES = [
  ["answer (first pass)", "answer"],
  ["answer", "answer"],
  ["analyse", "analyse"],
  ["search", "search"],
  ["retrieve", "retrieve"],
] as const;
const STAGES = PASSES.map(([name]) => name);
async function measureWorkerd() {
  const server = await startDevServer({ config: "test/bench/wrangler.bench.toml" });
  try {
    const timed = async (stage: string, q: { q: string; history?: string[] }, n: number) => {
      const url = new URL(`${server.url}/run`);
      url.searchParams.set("stage", stage);
      url.searchParams.set("q", q.q);
      url.searchParams.set("n", String(n));
      for (const h of q.history ?? []) url.searchParams.append("h", h);
      const t = performance.now();
      await (await fetch(url)).arrayBuffer();
      return performance.now() - t;
    };
    const result: Record<string, number[]> = {};
    for (const [name, stage] of PASSES) {
      const perQuestion: number[] = [];
      for (const q of questions) {
        await timed(stage, q, 50);
        const base = median([await timed(stage, q, 0), await timed(stage, q, 0), await timed(stage, q, 0)]);
        const full = median([
          await timed(stage, q, ITERATIONS),
          await timed(stage, q, ITERATIONS),
          await timed(stage, q, ITERATIONS),
        ]);
        perQuestion.push(((full - base) / ITERATIONS) * 1000);
      }
      result[name] = perQuestion;
      log(
        `workerd ${name.padEnd(19)} p50 ${median(perQuestion).toFixed(1)} µs  p99 ${percentile(perQuestion, 0.99).toFixed(1)} µs`,
      );
    }
    return result;
  } finally {
    await server.stop();
  }
}

// 2. Start-up: wrangler's own startup profile of the bundled worker, five times (it is noisy: ±5 ms).
function measureStartup() {
  const runs = [0, 1, 2, 3, 4].map(() => {
    const out = npx(["wrangler", "check", "startup", "--outfile", join(tmpdir(), "interview-startup.cpuprofile")]);
    return Number(/Active:\s*([\d.]+)\s*ms/.exec(out)?.[1] ?? NaN);
  });
  log(`startup active CPU ${runs.join(", ")} ms`);
  return runs;
}

// 3. Bundle: what `wrangler deploy` would upload, and the widget.
function measureBundle() {
  const out = mkdtempSync(join(tmpdir(), "interview-dry-"));
  npx(["wrangler", "deploy", "--dry-run", "--outdir", out]);
  const file = readdirSync(out).find((f) => f.endsWith(".js"))!;
  const worker = readFileSync(join(out, file));
  const widget = readFileSync(join(root, "worker/generated/assets/widget.js"));
  const index = readFileSync(join(root, "worker/generated/index.json"));
  const sizes = {
    worker: [worker.length, gzipSync(worker).length],
    index: [index.length, gzipSync(index).length],
    widget: [widget.length, gzipSync(widget).length],
  };
  log(`bundle worker ${kb(sizes.worker[0]!)} (${kb(sizes.worker[1]!)} gzip), widget ${kb(sizes.widget[1]!)} gzip`);
  return sizes;
}

// 4. HTTP on loopback, the real worker under wrangler dev, the same load for each route.
/**
 * The same worker without its [[ratelimits]] bindings (the limiter fails open without one): under wrangler
 * dev the binding is a simulator running on the same two cores, which production does not have.
 */
function configWithoutRateLimits(): string {
  const file = join(root, "test/bench/.wrangler-no-ratelimits.toml");
  const toml = readFileSync(join(root, "wrangler.toml"), "utf8")
    .replace(/\[\[ratelimits\]\][^[]*/g, "")
    .replace(/\[build\]\n(?:\w+ = .*\n)*/, "")
    .replace('main = "worker/index.ts"', 'main = "../../worker/index.ts"')
    .replace('directory = "worker/generated/assets"', 'directory = "../../worker/generated/assets"');
  writeFileSync(file, toml);
  return file;
}

async function measureHttp(options: { withoutRateLimits?: boolean } = {}) {
  const config = options.withoutRateLimits ? configWithoutRateLimits() : undefined;
  const server = await startDevServer(config ? { config } : {});
  const workerdRss = () => {
    // workerd is wrangler dev's grandchild: sum the RSS of every workerd process.
    let rss = 0;
    for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
      try {
        if (readFileSync(`/proc/${pid}/comm`, "utf8").trim() === "workerd")
          rss += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) * 1024;
      } catch {}
    }
    return rss;
  };
  try {
    const routes = {
      "/health": "/health",
      "/api/ask": `/api/ask?q=${encodeURIComponent("电动自行车以旧换新全国排名第几")}`,
      "/api/facts": `/api/facts?q=${encodeURIComponent("外资")}`,
    };
    const rssBefore = workerdRss();
    // Routes take turns, ROUNDS times 5 s each, so a noisy moment on this shared machine is spread over all
    // of them instead of landing on one: the ratio to /health is what the budget is about.
    const ROUNDS = 4;
    const runs: Record<string, { rps: number[]; p99: number[]; non2xx: number }> = {};
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, path] of Object.entries(routes)) {
        // The API is rate-limited per client address (CF-Connecting-IP, passed through by wrangler dev): each
        // request comes from its own address, on every route alike, so the limiter is measured, not hit.
        let n = round << 20;
        const r = await autocannon({
          url: server.url + path,
          connections: 10,
          duration: 5,
          requests: [
            {
              setupRequest: (req) => ({
                ...req,
                headers: { ...req.headers, "cf-connecting-ip": `10.${(++n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` },
              }),
            },
          ],
        });
        runs[name] ??= { rps: [], p99: [], non2xx: 0 };
        const run = runs[name];
        run.rps.push(r.requests.average);
        run.p99.push(r.latency.p99);
        run.non2xx += r.non2xx + r.errors;
      }
    }
    const results: Record<string, { rps: number; p99: number; non2xx: number }> = {};
    for (const [name, run] of Object.entries(runs)) {
      results[name] = {
        rps: run.rps.reduce((a, b) => a + b, 0) / run.rps.length,
        p99: median(run.p99),
        non2xx: run.non2xx,
      };
      log(
        `http ${name.padEnd(11)} ${results[name]!.rps.toFixed(0)} req/s (rounds: ${run.rps.map((x) => x.toFixed(0)).join(", ")})  p99 ${results[name]!.p99} ms  non-2xx ${run.non2xx}`,
      );
    }
    return { results, rssBefore, rssAfter: workerdRss() };
  } finally {
    await server.stop();
    if (config) rmSync(config);
  }
}

function version(cmd: string[]) {
  try {
    return npx(cmd).trim().split("\n").pop()!;
  } catch {
    return "unknown";
  }
}

npx(["tsx", "index-builder/build.ts"]);
npx(["tsx", "scripts/build-widget.ts"]);
const engines: EngineResult[] = await measureEngines(questions);
for (const e of engines)
  log(
    `node ${e.name.padEnd(28)} accuracy ${(e.accuracy * 100).toFixed(1)}%  p50 ${e.p50.toFixed(1)} µs  p99 ${e.p99.toFixed(1)} µs`,
  );
const workerd = await measureWorkerd();
const startup = measureStartup();
const bundle = measureBundle();
const http = await measureHttp();
const httpNoLimits = await measureHttp({ withoutRateLimits: true });

const w = (stage: string) => ({ p50: median(workerd[stage]!), p99: percentile(workerd[stage]!, 0.99) });
const ok = (pass: boolean) => (pass ? "met" : "**missed**");
const ratio = (name: string, run = http) => run.results[name]!.rps / run.results["/health"]!.rps;
const startupMs = median(startup);
const answerCost = w("answer");
const firstPass = w("answer (first pass)");
const previous = existsSync(join(root, "docs/BENCHMARKS.md"))
  ? readFileSync(join(root, "docs/BENCHMARKS.md"), "utf8")
  : "";
const kept = previous.includes("\n## Load") ? previous.slice(previous.indexOf("\n## Load")) : "";

writeFileSync(
  join(root, "docs/bench-latency.svg"),
  renderLatencyChart([
    ...engines.map((e) => ({ name: `${e.name} (Node)`, p50: e.p50, p99: e.p99 })),
    { name: "ours (workerd)", ...answerCost },
  ]),
);
writeFileSync(
  join(root, "docs/BENCHMARKS.md"),
  `# Benchmarks

Written by \`npm run bench\` (test/bench/run-bench.ts) on ${new Date().toISOString().slice(0, 10)}. Everything below was measured in
one run on one machine: ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version},
wrangler ${version(["wrangler", "--version"])} (${version(["workerd", "--version"])}). The machine is shared and noisy: compare
rows of one table, not runs.

## Budgets

| budget | measured | |
| --- | --- | --- |
| \`answer()\` p50 ≤ 100 µs in workerd | ${answerCost.p50.toFixed(1)} µs in a warm isolate (${firstPass.p50.toFixed(1)} µs on its first pass over the set, §1) | ${ok(answerCost.p50 <= 100)} |
| \`answer()\` p99 ≤ 500 µs in workerd | ${answerCost.p99.toFixed(1)} µs | ${ok(answerCost.p99 <= 500)} |
| start-up ≤ 30 ms, index included | ${startupMs.toFixed(1)} ms active CPU (median of ${startup.join(", ")}) | ${ok(startupMs <= 30)} |
| worker bundle ≤ 400 KB gzip | ${kb(bundle.worker[1]!)} | ${ok(bundle.worker[1]! <= 400 * 1024)} |
| widget ≤ 15 KB gzip | ${kb(bundle.widget[1]!)} | ${ok(bundle.widget[1]! <= 15 * 1024)} |
| \`/api/ask\` ≥ 80% of \`/health\` req/s | ${(ratio("/api/ask") * 100).toFixed(0)}% with the local rate-limit simulator, ${(ratio("/api/ask", httpNoLimits) * 100).toFixed(0)}% without it (§4) | ${ok(ratio("/api/ask") >= 0.8)} / ${ok(ratio("/api/ask", httpNoLimits) >= 0.8)} |

## 1. The answer core inside workerd

The benchmark worker (test/bench/bench-worker.ts) runs a stage ${ITERATIONS} times per request; the request with
n=0 is subtracted. One figure per dev-set question (its mean cost), then p50/p99 over the ${questions.length} questions.
Each question is run 50 times untimed before it is timed. All stages run in one fresh isolate, answer() first and
twice over the set: its first pass meets each question's code paths for the first time, and V8 re-optimises as
new ones appear, a cost a young isolate pays once; the second pass is the warm isolate that serves traffic, which
the budget is about. The parts of answer() are timed after, in the isolate it warmed.

| stage | p50 | p99 |
| --- | --- | --- |
${STAGES.map((s) => `| ${s} | ${w(s).p50.toFixed(1)} µs | ${w(s).p99.toFixed(1)} µs |`).join("\n")}

\`analyse\` is analyseQuestion() with the index, as answer() calls it; \`search\` a bare Orama search of the question;
\`retrieve\` analyse + Orama + sentence ranking; \`answer\` everything, composition and suggestions included.

## 2. Start-up

\`wrangler check startup\`, active CPU of the module evaluation (the index is parsed, loaded into Orama and
its postings restored at module scope): ${startup.map((s) => `${s} ms`).join(", ")}.

Where it goes (six \`wrangler check startup\` profiles aggregated, on 2026-11-28): evaluating the bundle
≈ 14 ms (compiling hono, Orama and our code, and JSON.parse of the index string ≈ 4 ms), \`loadIndex\` ≈ 3–6 ms
(Orama's \`load()\` ≈ 2 ms), garbage collection ≈ 4 ms. Done: the builder ships normalized sentences and
postings (loadIndex 11.6 → 5.8 ms), \`keep_names = false\` (esbuild's \`__name\` wrappers, ≈ 3 ms), hono's
LinearRouter. The runs spread ±5 ms on this shared machine, around the 30 ms budget. Next, if it stays over:
import the index as a Text module (wrangler \`rules\`) so its 220 KB are not scanned as a JavaScript string,
and keep Orama's document store out of the saved index (the passages already carry the text).

## 3. Bundle

| | raw | gzip |
| --- | --- | --- |
| worker (\`wrangler deploy --dry-run\`) | ${kb(bundle.worker[0]!)} | ${kb(bundle.worker[1]!)} |
| of which the index (index.json) | ${kb(bundle.index[0]!)} | ${kb(bundle.index[1]!)} |
| widget.js | ${kb(bundle.widget[0]!)} | ${kb(bundle.widget[1]!)} |

## 4. HTTP on loopback (wrangler dev, autocannon, 10 connections; the routes take turns, 4 rounds × 5 s each)

| route | req/s (mean of rounds) | p99 (median of rounds) | non-2xx | vs /health |
| --- | --- | --- | --- | --- |
${Object.entries(http.results)
  .map(
    ([name, r]) => `| ${name} | ${r.rps.toFixed(0)} | ${r.p99} ms | ${r.non2xx} | ${(ratio(name) * 100).toFixed(0)}% |`,
  )
  .join("\n")}

The same, with the worker's \`[[ratelimits]]\` bindings left out of the config (the limiter fails open): under
\`wrangler dev\` every \`/api/*\` request calls a rate-limit simulator that runs on the same two cores; on
Cloudflare the binding is part of the platform.

| route | req/s (mean of rounds) | p99 (median of rounds) | non-2xx | vs /health |
| --- | --- | --- | --- | --- |
${Object.entries(httpNoLimits.results)
  .map(
    ([name, r]) =>
      `| ${name} | ${r.rps.toFixed(0)} | ${r.p99} ms | ${r.non2xx} | ${(ratio(name, httpNoLimits) * 100).toFixed(0)}% |`,
  )
  .join("\n")}

workerd RSS: ${(http.rssBefore / 2 ** 20).toFixed(0)} MiB before, ${(http.rssAfter / 2 ** 20).toFixed(0)} MiB after the runs with the limiter (it grows
per request under wrangler dev, whatever the route: see Load below).

## 5. Baselines: same questions, same scoring, same process (Node)

Each engine answers with what it retrieves; accuracy is the eval's answer accuracy (facts present, or a
correct abstention / greeting). Baselines reply with their best passage, as a naive retriever would.

| engine | accuracy | p50 | p99 |
| --- | --- | --- | --- |
${engines.map((e) => `| ${e.name} | ${(e.accuracy * 100).toFixed(1)}% | ${e.p50.toFixed(1)} µs | ${e.p99.toFixed(1)} µs |`).join("\n")}

![Latency per engine](bench-latency.svg)
${kept}`,
);
// The tables are written plainly; Biome (which npm test runs) lays them out, so the file stays lint-clean.
execFileSync(join(root, "node_modules/.bin/biome"), ["format", "--write", join(root, "docs/BENCHMARKS.md")], {
  stdio: "ignore",
});
log("wrote docs/BENCHMARKS.md and docs/bench-latency.svg");
