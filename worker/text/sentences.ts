// A sentence ends at 。!?; (full-width or not) and takes a closing quote that follows with it.
const SENTENCE = /[^。!?;!?;]+(?:[。!?;!?;]+[”’」』)]*)?/gu;
// Clauses inside a sentence: the comma and the colon; the enumeration comma 、 binds tighter and is kept.
const CLAUSE = /[^,,::]+[,,::]?/gu;

export function splitSentences(text: string): string[] {
  return (text.match(SENTENCE) ?? []).map((s) => s.trim()).filter(Boolean);
}

export function splitClauses(sentence: string): string[] {
  return (sentence.match(CLAUSE) ?? []).filter((c) => c.trim());
}
