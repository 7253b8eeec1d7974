// npm run facts -- 外资    (facts for a query, best first)
// npm run facts            (every fact)
// The quick facts in the terminal, in-process like npm run ask: the same ranking as GET /api/facts.
import { parseArgs } from "node:util";
import { rankFacts, toApiFact } from "../worker/facts/index.ts";
import { interview } from "../worker/interview.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { json: { type: "boolean" }, origin: { type: "string", default: "http://127.0.0.1:8787" } },
});
const query = positionals.join(" ").trim();
const facts = rankFacts(interview.facts, query).map(({ fact }) => toApiFact(fact, values.origin));

// Terminal columns: a CJK character (and a full-width sign) takes two.
const width = (s: string) =>
  [...s].reduce(
    (w, c) =>
      w +
      (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(c)
        ? 2
        : 1),
    0,
  );
const cut = (s: string, max: number) => {
  let out = "";
  for (const c of s) {
    if (width(out + c) > max - 1) return `${out}…`;
    out += c;
  }
  return out;
};
const pad = (s: string, w: number) => s + " ".repeat(Math.max(0, w - width(s)));

if (values.json) {
  console.log(JSON.stringify({ facts }, null, 2));
} else if (!facts.length) {
  console.log(`No fact matches "${query}".`);
} else {
  const columns: [string, number, (f: (typeof facts)[number]) => string][] = [
    ["value", 24, (f) => f.value],
    ["measure", 34, (f) => f.measure],
    ["period", 16, (f) => f.period],
    ["rank", 26, (f) => f.rank],
    ["passage", 10, (f) => f.passage],
  ];
  const line = (cells: string[]) =>
    cells
      .map((c, i) => pad(cut(c, columns[i]![1]), columns[i]![1]))
      .join("  ")
      .trimEnd();
  console.log(line(columns.map(([name]) => name)));
  console.log(line(columns.map(([, w]) => "-".repeat(w - 1))));
  for (const f of facts) console.log(line(columns.map(([, , get]) => get(f))));
  console.log(
    `\n${facts.length} fact${facts.length === 1 ? "" : "s"}${query ? ` for "${query}"` : ""}; sources at ${values.origin}/source#<passage>`,
  );
}
