// Figure questions answered from the extracted facts: value, unit, time frame and rank in one sentence.
import { describe, expect, it } from "vitest";
import { answer } from "../../../worker/core/answer.ts";
import { factReply } from "../../../worker/core/fact-reply.ts";
import { analyseQuestion } from "../../../worker/core/question.ts";
import { interview } from "../../../worker/interview.ts";

const passage = (id: string) => interview.byId.get(id)!;
const reply = (id: string, question: string, history: string[] = []) =>
  factReply(passage(id), [0], analyseQuestion(question, history))?.text ?? null;

describe("factReply", () => {
  it("states the fact of the sentence the question names, with time frame and rank", () => {
    expect(reply("a1-2", "汽车报废更新拨付了多少")).toBe("截至10月22日，河北省汽車報廢更新撥付16.39億元,居全國第4。");
    expect(reply("a1-2", "家电以旧换新排第几")).toBe("截至10月22日，家電以舊換新使用11.28億元,居全國前列。");
  });

  it("picks among facts of one sentence by what they measure", () => {
    expect(reply("a4-1b", "自贸区进出口额增长多少")).toContain("35.2%");
    expect(reply("a4-1b", "自贸区实际使用外资增长多少")).toContain("148.6%");
    expect(reply("a4-3b", "对外直接投资额是多少")).toBe("2023年，河北省對外直接投資額18億美元。");
    expect(reply("a4-3b", "对外投资增速比全国高多少")).toContain("高於全國2.1個百分點");
  });

  it("follows the conversation in a follow-up", () => {
    expect(reply("a1-2", "那电动自行车呢", ["汽车报废更新拨付了多少钱"])).toContain("5228萬元,居全國第1");
  });

  it("keeps a subject-less figure with the clause it leans on", () => {
    expect(reply("a1-1b", "争取中央资金多少")).toContain(
      "80.45億元的資金用於消費品以舊換新,其中爭取中央資金72.41億元,位列全國前十",
    );
  });

  it("leaves questions that ask no figure, and sentences without a matching fact, to the usual reply", () => {
    expect(reply("a1-2", "汽车报废更新是怎么做的")).toBeNull();
    expect(reply("a1-3", "二十届三中全会有多少")).toBeNull();
  });

  it("answers through the core in the asker's script", () => {
    expect(answer("汽车报废更新拨付了多少", { index: interview }).text).toBe(
      "张泽峰介绍：截至10月22日，河北省汽车报废更新拨付16.39亿元，居全国第4。",
    );
    expect(answer("汽車報廢更新撥付了多少", { index: interview }).text).toBe(
      "張澤峰介紹：截至10月22日，河北省汽車報廢更新撥付16.39億元，居全國第4。",
    );
  });
});
