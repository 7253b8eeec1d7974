// Colloquial and Cantonese question words read as standard Mandarin. Runs on Node and inside workerd (both configs include test/text/).
import { describe, expect, it } from "vitest";
import { fromColloquial } from "../../worker/text/colloquial.ts";
import { normalize } from "../../worker/text/normalize.ts";

const read = (text: string) => fromColloquial(normalize(text));

describe("fromColloquial", () => {
  it("reads written Cantonese function words as Mandarin", () => {
    expect(read("點解淨菜可以減少廚餘")).toBe("为什么净菜可以减少厨余");
    expect(read("市佔率係幾多")).toBe("市占率是多少");
    expect(read("用咗幾多錢")).toBe("用了多少钱");
    expect(read("責任編輯係邊個")).toBe("责任编辑是谁");
    expect(read("有冇同外國公司合作")).toBe("有没有同外国公司合作");
    // 間 counts firms as 家 does.
    expect(read("幾多間央企")).toBe("多少家央企");
    // 邊 before 幾 asks which ones; 一齊 is together; 㗎 alone tells the message is Cantonese.
    expect(read("邊幾個城市一齊辦㗎")).toBe("哪几个城市一起办㗎");
  });

  it("leaves Mandarin alone, 系 in its words included", () => {
    expect(read("商务系统的关系体系")).toBe("商务系统的关系体系");
    // With a Cantonese telltale, 系统 and 关系 still keep their 系.
    expect(read("商務系統係咪有關係")).toBe("商务系统是不是有关系");
    expect(read("你好呢")).toBe("你好呢");
  });

  it("reads 几点 as when it asks the hour, not after a comparison or before what is counted", () => {
    expect(read("访谈几点发布的")).toBe("访谈什么时候发布的");
    expect(read("比全国高几点")).toBe("比全国高几点");
    expect(read("提了几点建议")).toBe("提了几点建议");
  });

  it("reads 邊一年 as 哪一年 in a Cantonese message", () => {
    expect(read("佢係邊一年開始做嘅")).toBe("他是哪一年开始做的");
  });

  it("reads 邊啲 as 哪些 (which ones), before 啲 is read as 些", () => {
    expect(read("主打嘅優品有邊啲")).toBe("主打的优品有哪些");
  });

  it("reads 几时 and 啥时候 as when, in Mandarin too", () => {
    expect(read("這篇訪問幾時刊出")).toBe("这篇访问什么时候刊出");
    expect(read("到啥时候截止")).toBe("到什么时候截止");
  });

  it("reads 截止(到) before a time as 到 (as of), and leaves the deadline 截止日期 alone", () => {
    expect(read("截止到目前签了几个项目")).toBe("到目前签了几个项目");
    expect(read("截止9月底增长多少")).toBe("到9月底增长多少");
    expect(read("报名截止日期")).toBe("报名截止日期");
  });

  it("reads Cantonese 相 as a photo and 影 as taking it (啲相係邊個影嘅), not 相關 or 互相", () => {
    expect(read("啲相係邊個影嘅")).toBe("些照片是谁拍的");
    expect(read("邊個影相")).toBe("谁拍照");
    expect(read("啲相關數據喺邊度")).toBe("些相关数据在哪里");
    expect(read("呢個電影嘅導演係邊個")).toBe("这个电影的导演是谁");
  });
});
