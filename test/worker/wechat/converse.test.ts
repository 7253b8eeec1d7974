import { describe, expect, it } from "vitest";
import { converse, pickFollowUp, STATE_TTL_MS } from "../../../worker/channels/state/converse.ts";
import { answer } from "../../../worker/core/answer.ts";
import { interview } from "../../../worker/interview.ts";

const options = { index: interview, origin: "https://o", now: 10 * STATE_TTL_MS };
const sample = interview.samples[0]!.question;

describe("pickFollowUp", () => {
  it("reads 1, ２, 回复 3 and 回覆 1 as the named follow-up", () => {
    const s = ["a", "b", "c"];
    expect(pickFollowUp("1", s)).toBe("a");
    expect(pickFollowUp(" ２ ", s)).toBe("b");
    expect(pickFollowUp("回复 3", s)).toBe("c");
    expect(pickFollowUp("回覆1", s)).toBe("a");
    expect(pickFollowUp("4", s)).toBeUndefined();
    expect(pickFollowUp("12", s)).toBeUndefined();
    expect(pickFollowUp("1", [])).toBeUndefined();
  });
});

describe("converse", () => {
  it("keeps the question and its follow-ups, and passes earlier questions as history", () => {
    const first = converse({ kind: "text", text: sample }, { turns: [], suggestions: [] }, options);
    expect(first.reply).toEqual(answer(sample, { index: interview, origin: "https://o" }));
    expect(first.state.turns).toEqual([{ at: options.now, question: sample }]);
    expect(first.state.suggestions).toEqual(first.reply.suggestions);
    const second = converse({ kind: "text", text: "1" }, first.state, { ...options, now: options.now + 1000 });
    const named = first.reply.suggestions[0]!;
    expect(second.reply).toEqual(answer(named, { index: interview, history: [sample], origin: "https://o" }));
    expect(second.state.turns.map((t) => t.question)).toEqual([sample, named]);
  });
  it("forgets turns older than 30 minutes", () => {
    const old = { turns: [{ at: options.now - STATE_TTL_MS - 1, question: "旧问题" }], suggestions: [] };
    const next = converse({ kind: "text", text: sample }, old, options);
    expect(next.state.turns.map((t) => t.question)).toEqual([sample]);
  });
  it("welcomes, helps and asks to type, with sample questions to pick by number", () => {
    for (const input of [
      { kind: "subscribe" } as const,
      { kind: "help" } as const,
      { kind: "voice", recognition: " " } as const,
    ]) {
      const { reply, state } = converse(input, { turns: [], suggestions: [] }, options);
      expect(reply.suggestions.length).toBe(3);
      expect(state.suggestions).toEqual(reply.suggestions);
      expect(state.turns).toEqual([]);
    }
  });
});
