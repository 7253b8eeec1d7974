import { describe, expect, it } from "vitest";
import { EMOTICON_REPLY, IMAGE_REPLY, NOTHING_PENDING, outOfRange } from "../../../worker/channels/state/chat-texts.ts";
import { converse, pickFollowUp, STATE_TTL_MS } from "../../../worker/channels/state/converse.ts";
import { isOnlyEmoticons } from "../../../worker/channels/state/emoticons.ts";
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

describe("messages that are no question", () => {
  const empty = { turns: [], suggestions: [] };
  it("answers a bare number with nothing pending with the starter menu, not a search", () => {
    for (const text of ["1", "2", "３", "回复 3"]) {
      const { reply, state } = converse({ kind: "text", text }, empty, options);
      expect(reply.text).toBe(NOTHING_PENDING);
      expect(reply.citations).toEqual([]);
      expect(reply.suggestions).toEqual(answer("你好", { index: interview, origin: "https://o" }).suggestions);
      expect(state.suggestions).toEqual(reply.suggestions);
      expect(state.turns).toEqual([]);
    }
  });
  it("after 30 minutes the follow-ups have expired too", () => {
    const first = converse({ kind: "text", text: sample }, empty, options);
    const later = { ...options, now: options.now + STATE_TTL_MS + 1 };
    // ChatState drops the follow-ups of an expired chat before calling converse (chat-state.ts).
    const { reply } = converse({ kind: "text", text: "1" }, { ...first.state, suggestions: [] }, later);
    expect(reply.text).toBe(NOTHING_PENDING);
  });
  it("keeps the pending follow-ups when the number is past them", () => {
    const first = converse({ kind: "text", text: sample }, empty, options);
    const { reply, state } = converse({ kind: "text", text: "7" }, first.state, options);
    expect(reply.text).toBe(outOfRange(first.state.suggestions.length));
    expect(state.suggestions).toEqual(first.state.suggestions);
    expect(reply.suggestions).toEqual(first.state.suggestions);
  });
  it("answers emoticons and emoji with a friendly word, and an image with a short reply", () => {
    for (const text of ["/::)", "[微笑]", "😀", "👍🏻", "[Smile][Smile]", "/::)/:rose ！", "👩‍👩‍👧"]) {
      expect(converse({ kind: "text", text }, empty, options).reply.text, text).toBe(EMOTICON_REPLY);
    }
    expect(converse({ kind: "image" }, empty, options).reply.text).toBe(IMAGE_REPLY);
  });
});

describe("isOnlyEmoticons", () => {
  it("needs an emoticon and nothing but punctuation beside it", () => {
    for (const text of ["/::)", "/:rose", "/::'(", "[捂脸]", "🇨🇳", "1️⃣ 😀"])
      expect(isOnlyEmoticons(text), text).toBe(text !== "1️⃣ 😀");
    for (const text of ["", "?", "1", "你好", "[微笑] 净菜占有率多少", "电动自行车😀排第几", "https://a.b/c", "[1]"])
      expect(isOnlyEmoticons(text), text).toBe(false);
  });
});
