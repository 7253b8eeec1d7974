// npm run eval [-- --file path.jsonl] [--url http://host]
// Starts the worker under wrangler dev (workerd), asks every question of the set (by default the dev set's copy
// in test/fixtures/) over HTTP as a client would, scores the replies by the rules in score.ts, prints each
// miss, and exits 1 below target.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { startDevServer } from "../support/wrangler-dev.ts";
import { type ApiAnswer, type EvalQuestion, scoreOne, summarise, targets } from "./score.ts";

const { values } = parseArgs({
  options: {
    file: {
      type: "string",
      default: fileURLToPath(new URL("../fixtures/dev-questions.jsonl", import.meta.url)),
    },
    url: { type: "string" },
  },
});

const questions: EvalQuestion[] = readFileSync(values.file!, "utf8")
  .split("\n")
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line));

const server = values.url ? { url: values.url, stop: async () => {} } : await startDevServer();
try {
  const verdicts = [];
  for (const q of questions) {
    const res = await fetch(`${server.url}/api/ask`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ question: q.q, history: (q.history ?? []).map((question) => ({ question })) }),
    });
    if (!res.ok) throw new Error(`${q.id}: HTTP ${res.status} ${await res.text()}`);
    const reply = (await res.json()) as ApiAnswer;
    const verdict = scoreOne(q, reply);
    if (verdict.why.length) console.log(`MISS ${q.id} ${q.q}\n  → ${reply.answer}\n  ✗ ${verdict.why.join("; ")}`);
    verdicts.push(verdict);
  }
  const summary = summarise(questions, verdicts);
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const rows: [string, number, number][] = [
    ["answer accuracy", summary.accuracy, targets.accuracy],
    ["citation@1", summary.citationAt1, targets.citationAt1],
    ["abstention", summary.abstention, targets.abstention],
    ["script match", summary.scriptMatch, targets.scriptMatch],
  ];
  console.log(`\n${questions.length} questions from ${values.file} against ${server.url} (wrangler dev, workerd)`);
  for (const [name, value, target] of rows)
    console.log(
      `${value >= target ? "ok  " : "FAIL"} ${name.padEnd(16)} ${pct(value).padStart(6)}  (target ≥ ${pct(target)})`,
    );
  process.exitCode = rows.every(([, value, target]) => value >= target) ? 0 : 1;
} finally {
  await server.stop();
}
