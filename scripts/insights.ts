// npm run insights [-- --days 30] [--remote] [--env production] [--json]
// The tables of /admin/insights in the terminal, read with `wrangler d1 execute` from the local D1 database
// (what `npm run dev` wrote) or, with --remote, from the deployed one (needs `wrangler login`).
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseArgs, promisify } from "node:util";
import { INSIGHTS_QUERIES, type InsightsQuery, type InsightsRows } from "../worker/insights/queries.ts";
import { summarizeInsights } from "../worker/insights/summarize.ts";
import { interview } from "../worker/interview.ts";

const { values } = parseArgs({
  options: {
    days: { type: "string", default: "30" },
    remote: { type: "boolean", default: false },
    env: { type: "string" },
    json: { type: "boolean", default: false },
    "persist-to": { type: "string" },
  },
});

const days = Number(values.days);
if (!Number.isInteger(days) || days < 1 || days > 366) {
  console.error("--days must be a whole number from 1 to 366");
  process.exit(2);
}
const DAY_MS = 24 * 60 * 60 * 1000;
const now = Date.now();
const since = Date.parse(new Date(now - (days - 1) * DAY_MS).toISOString().slice(0, 10));

// One `wrangler d1 execute` for every query (it prints one result per statement): ?1 is a number we computed.
const names = Object.keys(INSIGHTS_QUERIES) as InsightsQuery[];
const sql = names.map((n) => INSIGHTS_QUERIES[n].replaceAll("?1", String(since))).join(";\n");
const args = ["wrangler", "d1", "execute", "DB", values.remote ? "--remote" : "--local", "--json", "--command", sql];
if (values.env) args.push("--env", values.env);
if (values["persist-to"]) args.push("--persist-to", values["persist-to"]);
let stdout: string;
try {
  ({ stdout } = await promisify(execFile)("npx", args, {
    cwd: fileURLToPath(new URL("..", import.meta.url)),
    env: { ...process.env, WRANGLER_SEND_METRICS: "false", CI: "true", NO_COLOR: "1" },
    maxBuffer: 64 * 1024 * 1024,
  }));
} catch (e) {
  const err = e as { stdout?: string; stderr?: string; message: string };
  console.error(
    `wrangler d1 execute failed (did \`npm run db:migrate\` run?):\n${err.stderr || err.stdout || err.message}`,
  );
  process.exit(1);
}
const results = JSON.parse(stdout) as { results: unknown[] }[];
const rows = Object.fromEntries(names.map((n, i) => [n, results[i]?.results ?? []])) as unknown as InsightsRows;
const passages = new Map(interview.passages.map((p) => [p.id, p]));
const insights = summarizeInsights(rows, { since, now }, (id) => {
  const p = passages.get(id);
  return p && { section: p.section, quote: p.text };
});

if (values.json) {
  console.log(JSON.stringify(insights, null, 2));
  process.exit(0);
}

// Terminal columns: CJK and full-width characters take two.
const width = (s: string) =>
  [...s].reduce(
    (n, c) =>
      n +
      (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(c)
        ? 2
        : 1),
    0,
  );
const clip = (s: string, max: number) => {
  let out = "";
  for (const c of s) {
    if (width(out + c) > max - 1) return `${out}…`;
    out += c;
  }
  return out;
};
function printTable(title: string, head: string[], body: (string | number)[][], maxWidth = 40) {
  console.log(`\n${title}`);
  if (!body.length) return console.log("  (none)");
  const cells = [head, ...body.map((r) => r.map((c) => clip(String(c), maxWidth)))];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => width(r[i] ?? ""))));
  for (const [n, r] of cells.entries()) {
    console.log(`  ${r.map((c, i) => c + " ".repeat(widths[i]! - width(c))).join("  ")}`);
    if (n === 0) console.log(`  ${widths.map((w) => "─".repeat(w)).join("  ")}`);
  }
}

const pct = (v: number | null) => (v === null ? "–" : `${Math.round(v * 100)}%`);
const t = insights.totals;
console.log(
  `Insights ${insights.from.slice(0, 10)} – ${insights.to.slice(0, 10)} (${values.remote ? "remote" : "local"}): ` +
    `${t.questions} questions, ${pct(t.foundRate)} found, 👍 ${t.up} 👎 ${t.down}, ${t.messages} messages`,
);
printTable(
  "Questions per day",
  ["day", ...insights.channels, "found", "confidence"],
  insights.daily
    .filter((d) => d.questions)
    .map((d) => [d.day, ...insights.channels.map((c) => d.byChannel[c] ?? 0), pct(d.foundRate), pct(d.confidence)]),
);
printTable(
  "Not found, unsure or voted down (by normalized text)",
  ["question", "times", "not found", "unsure", "👎", "nearest"],
  insights.unanswered.map((g) => [g.question, g.count, g.notFound, g.lowConfidence, g.votedDown, g.nearest ?? "–"]),
);
printTable(
  "Passages cited most",
  ["passage", "cited", "👍", "👎", "text"],
  insights.passages.map((p) => [p.passage, p.cited, p.up, p.down, p.quote ?? ""]),
  30,
);
const reasons = Object.entries(insights.downReasons);
if (reasons.length) console.log(`\nReasons of 👎: ${reasons.map(([r, n]) => `${r} ${n}`).join(", ")}`);
