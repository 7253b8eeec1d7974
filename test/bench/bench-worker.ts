// A worker for measuring the answer core inside workerd. Workers' clocks do not advance while code runs
// (a Spectre mitigation), so it cannot time itself: it runs a stage n times per request and the runner
// times the request from outside, subtracting the same request with n=0.
import { search } from "@orama/orama";
import { answer } from "../../worker/core/answer.ts";
import { analyseQuestion } from "../../worker/core/question.ts";
import { retrieve } from "../../worker/core/retrieve.ts";
import { interview } from "../../worker/interview.ts";

const stages = {
  // (With the index, as answer() calls it: without one it skips the lexicon's readings, a path no request takes.)
  analyse: (q: string, history: string[]) => analyseQuestion(q, history, interview),
  search: (q: string) => search(interview.db, { term: q, properties: ["text"], limit: 20, threshold: 1 }),
  retrieve: (q: string, history: string[]) => retrieve(interview, analyseQuestion(q, history, interview)),
  answer: (q: string, history: string[]) => answer(q, { index: interview, history }),
};

export default {
  fetch(request: Request) {
    const url = new URL(request.url);
    if (url.pathname === "/health") return new Response("ok");
    const stage = stages[url.searchParams.get("stage") as keyof typeof stages];
    if (!stage) return new Response("unknown stage", { status: 400 });
    const q = url.searchParams.get("q") ?? "";
    const history = url.searchParams.getAll("h");
    const n = Number(url.searchParams.get("n") ?? 1);
    let sink = 0;
    for (let i = 0; i < n; i++) sink += stage(q, history) ? 1 : 0;
    return Response.json({ n, sink });
  },
} satisfies ExportedHandler;
