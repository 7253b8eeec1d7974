// A sentence ends at 。!?; (full-width or not) and takes a closing quote that follows with it.
const SENTENCE = /[^。!?;!?;]+(?:[。!?;!?;]+[”’」』)]*)?/gu;
// Clauses inside a sentence: the comma and the colon; the enumeration comma 、 binds tighter and is kept.
const CLAUSE = /[^,,::]+[,,::]?/gu;

export function splitSentences(text: string): string[] {
  return (text.match(SENTENCE) ?? []).map((s) => s.trim()).filter(Boolean);
}

/** A sentence's clauses; a quotation (“争当…排头兵，勇做…赶超者”) is never cut at its own commas. */
export function splitClauses(sentence: string): string[] {
  const clauses: string[] = [];
  let open = 0;
  for (const clause of sentence.match(CLAUSE) ?? []) {
    if (!clause.trim()) continue;
    if (open > 0) clauses[clauses.length - 1] += clause;
    else clauses.push(clause);
    open += (clause.match(/[“「『]/g)?.length ?? 0) - (clause.match(/[”」』]/g)?.length ?? 0);
  }
  return clauses;
}

/** A space typed between Chinese words: on a phone, where a comma would be. */
export const SPACE_BETWEEN_HAN = /(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu;
/** Where a question's clauses break: its punctuation (a space typed between Chinese words is read as a comma first). */
export const QUESTION_CLAUSES = /[,，。;；!！?？\n]+/;
