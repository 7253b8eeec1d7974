import { answer } from "../worker/core/answer.ts";
import { loadIndex, type SampleQuestion } from "../worker/search/load-index.ts";
import type { IndexData } from "../worker/search/passage.ts";

/** The "- question" lines of content/sample-questions.md. */
export function parseSampleQuestions(markdown: string): string[] {
  return markdown
    .split(/\r?\n/)
    .filter((line) => line.startsWith("- "))
    .map((line) => line.slice(2).trim());
}

/**
 * Answers each sample question with the index just built and records the passage it leads to, so the
 * worker can suggest questions near an answer. Throws if the interview does not answer one.
 */
export function placeSampleQuestions(data: IndexData, questions: string[]): SampleQuestion[] {
  const index = loadIndex(data);
  return questions.map((question) => {
    const reply = answer(question, { index });
    const passage = index.byId.get(reply.citations[0]?.id ?? "");
    if (!reply.found || !passage) throw new Error(`sample question is not answered by the interview: ${question}`);
    return { question, passage: passage.id, turn: passage.turn };
  });
}
