import type { SampleQuestion, SearchIndex } from "../search/load-index.ts";
import { normalize } from "../text/normalize.ts";
import { inScript, type Script } from "../text/script.ts";

export interface SuggestOptions {
  /** The turn the answer came from: suggestions stay near it. */
  turn?: number;
  /** Passages already cited: no suggestion should lead back to them. */
  exclude?: string[];
  question?: string;
  count?: number;
}

/**
 * Follow-up questions the interview can answer: the curated sample questions of content/, each proven
 * answerable by the builder. Same turn first, then the turns after it, so a conversation moves on.
 */
export function suggest(index: SearchIndex, script: Script, options: SuggestOptions = {}): string[] {
  const { turn = 0, exclude = [], question = "", count = 3 } = options;
  const asked = normalize(question);
  const turns = Math.max(1, ...index.samples.map((s) => s.turn));
  const distance = (s: SampleQuestion) => (turn ? (s.turn - turn + turns) % turns : 0);
  const picked: SampleQuestion[] = [];
  const candidates = index.samples
    .filter((s) => !exclude.includes(s.passage) && s.normalized !== asked)
    .sort((a, b) => distance(a) - distance(b));
  // One per passage, and at most two from any turn, so the three point in different directions.
  for (const s of candidates) {
    if (picked.length >= count) break;
    if (picked.some((p) => p.passage === s.passage)) continue;
    if (picked.filter((p) => p.turn === s.turn).length >= (turn ? 2 : 1)) continue;
    picked.push(s);
  }
  for (const s of candidates) if (picked.length < count && !picked.includes(s)) picked.push(s);
  return picked.map((s) => sampleIn(s, script));
}

// A sample question in each script, converted once per isolate: every reply carries three.
const converted = new WeakMap<SampleQuestion, Map<Script, string>>();
function sampleIn(sample: SampleQuestion, script: Script): string {
  let forms = converted.get(sample);
  if (!forms) converted.set(sample, (forms = new Map()));
  let text = forms.get(script);
  if (text === undefined) forms.set(script, (text = inScript(sample.question, script)));
  return text;
}
