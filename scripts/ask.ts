// npm run ask -- "问题" [--json] [--history "上一个问题"]…
// The terminal channel: the same answer() as the API, on the same bundled index, without a server.
import { parseArgs } from "node:util";
import { toApiAnswer } from "../worker/api/api-answer.ts";
import { answer } from "../worker/core/answer.ts";
import { interview } from "../worker/interview.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: "boolean" },
    history: { type: "string", multiple: true },
    origin: { type: "string", default: "http://127.0.0.1:8787" },
  },
});
const question = positionals.join(" ").trim();
if (!question) {
  console.error('usage: npm run ask -- "问题" [--json] [--history "上一个问题"]');
  process.exit(2);
}
const reply = answer(question, { index: interview, history: values.history ?? [], origin: values.origin });
if (values.json) {
  console.log(JSON.stringify(toApiAnswer(reply), null, 2));
} else {
  console.log(`\n${reply.text}\n`);
  reply.citations.forEach((c, i) =>
    console.log(`[${i + 1}] ${c.speaker} · ${c.section}\n    ${c.quote}\n    ${c.url}\n`),
  );
  if (reply.suggestions.length)
    console.log(`還可以問 / 还可以问:\n${reply.suggestions.map((s) => `  · ${s}`).join("\n")}\n`);
}
