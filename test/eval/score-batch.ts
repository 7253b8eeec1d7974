// npm run score-batch -- test/fixtures/batches/batch-1.jsonl [--quiet]
// Scores a question batch in-process (the same answer() the worker runs, on the built index) by the
// rules of test/eval/score.ts, per reader style: the quick loop for first-sight scores (docs/QUALITY.md).
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { toApiAnswer } from "../../worker/api/api-answer.ts";
import { answer } from "../../worker/core/answer.ts";
import { interview } from "../../worker/interview.ts";
import { type EvalQuestion, scoreOne, summarise } from "./score.ts";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { quiet: { type: "boolean" } } });
// Calibration over all files: how often a found answer is right, by its confidence.
const buckets = new Map<string, { right: number; all: number }>();
const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
for (const file of positionals) {
  const questions: (EvalQuestion & { style?: string })[] = readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line));
  const verdicts = questions.map((q) => {
    const reply = toApiAnswer(answer(q.q, { index: interview, history: q.history ?? [] }));
    const verdict = scoreOne(q, reply);
    if (reply.found && !q.greeting) {
      const bucket = reply.confidence >= 0.8 ? "≥0.8" : reply.confidence >= 0.6 ? "0.6–0.8" : "<0.6";
      const b = buckets.get(bucket) ?? { right: 0, all: 0 };
      b.all++;
      if (verdict.correct) b.right++;
      buckets.set(bucket, b);
    }
    if (verdict.why.length && !values.quiet)
      console.log(`MISS ${q.id} ${q.q}\n  → ${reply.answer} [${reply.confidence}]\n  ✗ ${verdict.why.join("; ")}`);
    return { q, verdict };
  });
  const styles = [...new Set(questions.map((q) => q.style ?? "all"))];
  const perStyle = styles.map((style) => {
    const mine = verdicts.filter((v) => (v.q.style ?? "all") === style);
    return `${style} ${mine.filter((v) => v.verdict.correct).length}/${mine.length}`;
  });
  const s = summarise(
    questions,
    verdicts.map((v) => v.verdict),
  );
  console.log(
    `${file}: accuracy ${pct(s.accuracy)} (${verdicts.filter((v) => v.verdict.correct).length}/${s.total}), citation@1 ${pct(s.citationAt1)}, abstention ${pct(s.abstention)}, script ${pct(s.scriptMatch)}\n  ${perStyle.join(" · ")}`,
  );
}
console.log(
  `calibration (found answers right, by confidence): ${[...buckets]
    .map(([k, b]) => `${k}: ${b.right}/${b.all}`)
    .join(" · ")}`,
);
