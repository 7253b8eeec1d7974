// Builds worker/generated/index.json from content/interview.md. Run by `npm run build`, by wrangler's
// [build] step (so `wrangler dev` and `wrangler deploy` always ship a fresh index) and before the tests.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { tokenize } from "../worker/text/tokenize.ts";
import { buildIndex } from "./build-index.ts";
import { extractFacts } from "./extract-facts.ts";
import { parseInterview } from "./parse-interview.ts";
import { parseSampleQuestions, placeSampleQuestions } from "./sample-questions.ts";
import { splitPassages } from "./split-passages.ts";

const content = (file: string) => readFileSync(fileURLToPath(new URL(`../content/${file}`, import.meta.url)), "utf8");
const outDir = fileURLToPath(new URL("../worker/generated/", import.meta.url));

const interview = parseInterview(content("interview.md"));
const passages = splitPassages(interview);
const facts = extractFacts(interview.meta, passages);
const data = { ...buildIndex(interview.meta, passages), facts };
const samples = placeSampleQuestions(data, parseSampleQuestions(content("sample-questions.md")));
const json = JSON.stringify({ ...data, samples });
mkdirSync(outDir, { recursive: true });
writeFileSync(`${outDir}index.json`, json);

const terms = new Set(passages.flatMap((p) => tokenize(p.text)));
const kinds = Object.entries(Object.groupBy(passages, (p) => p.kind)).map(([k, ps]) => `${ps!.length} ${k}`);
console.log(
  `index: ${passages.length} passages, ${facts.length} facts, ${samples.length} sample questions (${kinds.join(", ")}), ${terms.size} terms, ` +
    `${json.length.toLocaleString("en")} bytes (${gzipSync(json).length.toLocaleString("en")} gzip) → worker/generated/index.json`,
);
