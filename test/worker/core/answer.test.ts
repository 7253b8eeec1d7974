// The answer core on the bundled index, inside workerd. Questions are our own wording, not the eval set's.
import { describe, expect, it } from "vitest";
import { answer } from "../../../worker/core/answer.ts";
import { analyseQuestion } from "../../../worker/core/question.ts";
import { interview } from "../../../worker/interview.ts";
import { translateEnglish } from "../../../worker/text/lexicon.ts";

const ask = (q: string, history: string[] = []) => answer(q, { index: interview, history, origin: "https://a.test" });

describe("answer", () => {
  it("states a figure with its unit and time frame, trimmed to the clause that answers", () => {
    const a = ask("家电以旧换新资金用了多少");
    expect(a.text).toContain("11.28亿元");
    expect(a.text).toContain("截至10月22日");
    expect(a.text).not.toContain("5228");
  });

  it("answers a rank question with the rank", () => {
    expect(ask("汽车报废更新在全国排第几").text).toContain("第4");
  });

  it("answers who took part in making the page", () => {
    expect(ask("谁是责任编辑").text).toContain("袁丽娜");
    expect(ask("照片是谁拍的").text).toContain("王立鹏");
  });

  it("answers when the page was published", () => {
    expect(ask("这篇访谈是哪天发布的").text).toContain("2024-11-07");
  });

  it("abstains on questions the interview does not cover, and invents no figure", () => {
    for (const q of ["今天天气怎么样", "石家庄的人口有多少", "张泽峰今年多大"]) {
      const a = ask(q);
      expect(a, q).toMatchObject({ found: false, intent: "no_answer", citations: [] });
      expect(a.text).not.toMatch(/\d/);
    }
  });

  it("treats greetings, thanks and help as small talk", () => {
    expect(ask("您好!").intent).toBe("greeting");
    expect(ask("谢谢").intent).toBe("greeting");
    expect(ask("你能做什么?").intent).toBe("help");
    expect(ask("你能做什么?").citations).toEqual([]);
  });

  it("knows small talk around its phrases: particles, forms of address, the guest by name, reactions", () => {
    for (const q of [
      "你好啊",
      "早上好呀😊",
      "张厅长好",
      "大家好",
      "好吧",
      "不错不错",
      "谢谢张厅长的介绍",
      "再见啦",
      "👍",
      "收到 说得很明白",
    ])
      expect(ask(q), q).toMatchObject({ intent: "greeting", found: false, citations: [] });
    for (const q of ["你是机器人吗", "你叫什么名字", "在吗？想问个问题", "你好，我想了解一下"])
      expect(ask(q).intent, q).toBe("help");
    // A greeting before a question does not hide the question.
    expect(ask("张厅长您好，以旧换新资金多少").text).toContain("80.45");
  });

  it("reads a pronoun alone (那它用了多少钱) as naming nothing: the previous question's topic holds", () => {
    expect(ask("那它用了多少钱", ["河北电动自行车以旧换新排全国第几"]).text).toContain("5228万元");
  });

  it("follows up on the previous question", () => {
    const a = ask("那电动自行车呢", ["家电以旧换新花了多少钱"]);
    expect(a.text).toContain("5228");
    expect(a.citations[0]?.id).toBe("a1-2");
  });

  it("answers 还有呢 with the rest of a trimmed sentence, or says there is no more", () => {
    const rest = ask("还有呢?", ["家电以旧换新资金用了多少"]);
    expect(rest.found).toBe(true);
    for (const figure of ["16.39", "11.28", "5228"]) expect(rest.text).toContain(figure);
    const none = ask("还有吗", ["谁负责拍摄"]);
    expect(none.text).toContain("就是上面这些");
    expect(none.citations[0]?.id).toBe("credit-5");
  });

  it("replies and quotes in the asker's script, with the original kept", () => {
    const hans = ask("净菜能减少多少厨余垃圾");
    const hant = ask("凈菜能減少多少廚余垃圾");
    expect(hans.text).toContain("减少");
    expect(hant.text).toContain("減少");
    expect(hans.citations[0]?.original.quote).toBe(hant.citations[0]?.quote);
    expect(hant.citations[0]?.quote).toContain("廚余垃圾");
    expect(hans.citations[0]?.quote).toContain("厨余垃圾");
    expect(hans.citations[0]?.lang).toBe("zh-Hans");
  });

  it("suggests follow-ups that are not the question just asked", () => {
    const a = ask("河北推出了哪些特色优品?");
    expect(a.suggestions.length).toBe(3);
    expect(a.suggestions).not.toContain("河北推出了哪些特色优品?");
  });

  it("hedges what it cannot rule out: a near miss sharing the topic's words is not stated as fact", () => {
    // 河北省长是谁: 省长 is an unknown word after no 多少; the core cannot tell it from phrasing, but says so.
    const a = ask("河北省长是谁");
    if (a.found) {
      expect(a.confidence).toBeLessThan(0.6);
      expect(a.text).toContain("不确定");
    }
  });

  it("never says found with an empty answer, whatever the intent or follow-up", () => {
    const asked = [
      "你好",
      "谢谢",
      "你能做什么",
      "这篇访谈是哪天发布的",
      "谁负责拍摄",
      "净菜占有率多少",
      "今天天气怎么样",
    ];
    for (const first of asked)
      for (const [q, history] of [
        [first, []],
        ["还有呢", [first]],
        ["具体呢", [first]],
        ["它呢", [first]],
      ] as const) {
        const a = ask(q, [...history]);
        if (a.found) expect(a.text.trim(), `${history.join(" / ")} → ${q}`).not.toBe("");
        expect(a.confidence).toBeGreaterThanOrEqual(0);
        expect(a.confidence).toBeLessThanOrEqual(1);
      }
  });

  it("names the topic's passage as related when the interview has the topic but not what is asked", () => {
    const a = ask("净菜多少钱一斤");
    expect(a).toMatchObject({ found: false, citations: [] });
    expect(a.related[0]?.quote).toContain("净菜");
    expect(ask("今天天气怎么样").related).toEqual([]);
  });

  it("reads reader vocabulary through the language tables: typos, English, regional words, approximate numbers", () => {
    expect(ask("以旧换心资金一共多少").text).toContain("80.45");
    // A homophone fix never breaks a pair the interview has: 央企来了 is not 央起来了.
    expect(ask("央企来了几家").text).toContain("60家");
    expect(ask("Hebei outbound investment 多少").text).toContain("18亿美元");
    expect(ask("汰舊換新的中央資金爭取到多少").text).toContain("72.41");
    expect(ask("以旧换新资金是不是八十多亿").text).toContain("80.45");
    expect(ask("天津的以旧换新补贴多少").found).toBe(false);
    // Taiwan words CC-CEDICT marks (Tw): 徒步區 "car-free zone" is the interview's 步行街.
    expect(ask("省級商業行人徒步區有幾條?").text).toContain("33");
  });

  it("reads an abbreviation as the one phrase of the interview it can shorten", () => {
    expect(ask("综保区").text).toContain("综合保税区");
    expect(ask("经开区").text).toContain("经济开发区");
    // Where the question's pairs are the interview's, nothing is expanded (外贸企业 is not 外贸流通企业).
    expect(ask("河北怎样帮助外贸企业开拓市场").text).not.toContain("流通");
  });

  it("reads English through CC-CEDICT: a word only found inside a gloss, words in a row as one compound", () => {
    // 品牌 is glossed "brand name": brand alone is read as 品牌 for want of any gloss that is just "brand".
    expect(translateEnglish("brand", interview.lexicon)).toContain("品牌");
    // Translated words in a row are written together, so that 新能源 is matched as the interview writes it.
    expect(translateEnglish("new energy", interview.lexicon).trim()).toBe("新能源");
    // A gloss's common name (…also known as the Canton Fair), numbers inside a gloss (百强 "top 100"), and a
    // character the interview writes when nothing else is glossed so (hydrogen → 氢, of 氢能).
    expect(translateEnglish("canton fair", interview.lexicon).trim()).toBe("广交会");
    expect(translateEnglish("export top 100", interview.lexicon).trim()).toBe("出口百强");
    expect(translateEnglish("hydrogen energy", interview.lexicon)).toContain("氢能");
    // …never before a common word: money is 钱, brand is 品牌 (not 金, 牌).
    expect(translateEnglish("money brand", interview.lexicon).trim()).toBe("钱品牌");
  });

  it("refuses, with the topic's passage as related, when the sentence lacks the kind of figure asked", () => {
    // The interview gives the free-trade zone's foreign investment as growth, never as an amount.
    const amount = ask("自贸区实际使用外资金额多少");
    expect(amount).toMatchObject({ found: false, citations: [] });
    expect(amount.related[0]?.quote).toContain("148.6%");
    expect(ask("自贸区实际使用外资增长多少").text).toContain("148.6%");
    // A rank asked of a figure given without one.
    expect(ask("河北净菜在北京排第几").found).toBe(false);
    // A count in a measure word: 家 wants a count of enterprises, 人 of people; 个 counts anything named after it.
    expect(ask("河北有多少家外贸企业").found).toBe(false);
    expect(ask("廊坊经洽会有多少人参加").found).toBe(false);
    expect(ask("县级物流配送中心建设了几处").text).toContain("36");
    // A rate per unit is not a total, asked with 每, 单 or a subsidy's 标准.
    expect(ask("汽车以旧换新每辆补多少钱").found).toBe(false);
    expect(ask("家电换新单台能补多少").found).toBe(false);
    expect(ask("电动自行车换新补助标准").found).toBe(false);
    expect(ask("我想换台洗衣机 能补贴多少").found).toBe(false);
  });

  it("answers how the speaker explained something with what he said, not an action to find", () => {
    const said = ask("厅长如何阐述商务工作和老百姓息息相关");
    expect(said.found).toBe(true);
    expect(said.text).toContain("守护烟火");
  });

  it("reads a count in any measure word as a count of what the question names", () => {
    // 第几名 asks a rank, not a count of people.
    expect(ask("电动自行车以旧换新全国排第几名").text).toContain("第1");
    // 件 and 座 count what the sentence counts with 个, named before or after the figure.
    expect(ask("上半年省外来的投资案子落地了几件").text).toContain("1014");
    expect(ask("县里的物流配送中心盖起来几座").text).toContain("36");
  });

  it("keeps a word of the question that a homophone fix would cut across two of the interview's words", () => {
    // 全国位次: 国位 reads like the 国威 of 法国威立雅, a pair no one types as a word.
    expect(ask("汽车报废更新在全国位次如何").text).toContain("第4");
  });

  it("reads 靠什么 and 啥意思 as asking how", () => {
    const means = ask("厅长那句守护烟火是啥意思");
    expect(means.found).toBe(true);
    expect(means.text).toContain("惠利民生");
    expect(analyseQuestion("河北净菜进北京市场靠什么", [], interview).types).toContain("how");
  });

  it("reads a reader's gloss in brackets as the word it glosses", () => {
    // 電動機車 is the Taiwan word; the bracket gives the interview's.
    expect(ask("電動機車(電動自行車)換新補助多少").text).toContain("5228");
    expect(ask("省里推的商店街(步行街)有几条").text).toContain("33");
  });

  it("reads a question that names no topic of its own as a follow-up of the one before", () => {
    expect(ask("比全国高吗？高了多少？", ["河北去年对外投资多少"]).text).toContain("2.1个百分点");
  });

  it("refuses a why about a claim the interview never makes: a negative or a comparison", () => {
    expect(ask("为什么河北汽车报废补贴不如别的省")).toMatchObject({ found: false, citations: [] });
    expect(ask("为啥河北电动自行车补贴比家电少").found).toBe(false);
    // A claim the interview states is answered by what it says.
    expect(ask("为什么净菜能减少厨余垃圾").text).toContain("20%");
  });

  it("refuses a deputy or a former holder of a post, whom the interview never names", () => {
    expect(ask("商务厅的常务副厅长叫什么").found).toBe(false);
    expect(ask("商务厅厅长是谁").text).toContain("张泽峰");
  });

  it("refuses a figure asked when the reply could only repeat the figure the asker typed", () => {
    const part = ask("自贸区那207项创新成果里 有多少项推广到全国了");
    expect(part).toMatchObject({ found: false, citations: [] });
    expect(part.related[0]?.quote).toContain("207");
    // A part of a whole the interview does give is still answered: the reply's figure is new.
    expect(ask("80.45亿里中央资金有多少").text).toContain("72.41");
  });

  it("reads numbers and periods as a reader says them", () => {
    // 11亿多 is 11 to 12 (a unit), 八十多亿 80 to 90 (a ten), 4千5百多亿 4500 to 4600 (a hundred).
    expect(ask("4千5百多亿是啥的投资").text).toContain("4540");
    expect(ask("家电换新用了11亿多吗").text).toContain("11.28");
    // The first two quarters are the first half-year, as the interview says it.
    expect(ask("前两个季度落地的省外项目有多少").text).toContain("1014");
    // Taiwan's 年增率 is year-on-year growth.
    expect(ask("對外直接投資年增率是多少").text).toContain("13.5");
  });

  it("reads why-framing as framing and light verbs as no action to look for", () => {
    // 目的 and 关系 frame the question; 如何做到 asks how it came about, not for a 做到 the interview must name.
    expect(ask("开展明察暗访的目的是什么").confidence).toBeGreaterThanOrEqual(0.6);
    expect(ask("商务工作和双循环什么关系").confidence).toBeGreaterThanOrEqual(0.6);
    expect(ask("河北是如何做到外贸连续九个月两位数增长的").found).toBe(true);
    expect(ask("以旧换新补贴怎么领取").found).toBe(false);
    // 怎样理解 asks for an explanation; 哪两位 picks people out and gives no figure to look for.
    expect(ask("怎样理解以新供给创造新需求").found).toBe(true);
    expect(ask("请问本次访谈的文字记者是哪两位?").text).toContain("袁丽娜");
    // What something brings is told by its whole sentence, the purpose clause with it.
    expect(ask("以旧换新对老百姓有何意义").text).toContain("享受实惠");
  });

  it("reads formal framing as framing: 分别, 幅度, 排位, 原因是什么", () => {
    const both = ask("請問河北省推動的縣級物流配送中心和鄉鎮商貿中心分別有多少個?");
    expect(both.text).toContain("36");
    expect(both.text).toContain("425");
    expect(ask("请问2023年河北省对外直接投资额同比增长幅度是多少?").text).toContain("13.5");
    // A when-question's verb must be told of: the page's date is not a birth year.
    expect(ask("张泽峰是哪年出生的").found).toBe(false);
    // A time the interview never speaks of (之前, 以前) rules the question out like a year it never gives.
    expect(ask("张泽峰之前在哪个部门工作").found).toBe(false);
  });

  it("reads yes-no doubling, pointing back and typed acronyms as framing or names", () => {
    // 够不够 asks yes or no; 在这上面 points back at the topic; 刊出 is published.
    expect(ask("以旧换新钱够不够 一共多少").text).toContain("80.45");
    expect(ask("听说河北搞了家电以旧换新，到现在为止河北在这上面用了多少钱").text).toContain("11.28");
    expect(ask("這次訪談是什麼時候刊出的?").text).toContain("2024");
    // An everyday English word the tables cannot read weighs as phrasing; an acronym in capitals is a name.
    expect(ask("scenic 消费场景有多少个").text).toContain("28");
    expect(ask("河北 GDP 多少").found).toBe(false);
  });

  it("tells a noun before 多少 (what is asked) from a verb (how it is asked), by jieba's parts of speech", () => {
    // 销量 is a noun the interview never uses: sales are not what it reports for new-energy vehicles.
    expect(ask("河北今年新能源汽车销量多少").found).toBe(false);
    // 用了 is a verb; 一共 stays a frame word, not 一 + 共用.
    expect(ask("河北电动自行车以旧换新一共用了多少钱").text).toContain("5228");
  });

  it("takes a follow-up's own word as what it asks, the conversation only as where", () => {
    expect(ask("外资呢", ["自贸区制度创新成果有多少"]).text).toContain("148.6");
    // A follow-up with an ask of its own keeps the topic, not the earlier ask (占有率).
    expect(ask("那它是谁打造的", ["河北净菜在北京占有率多少"]).text).toContain("省委");
  });

  it("answers an outline question with the speaker's points as a list, in order", () => {
    const a = ask("河北从哪几个方面扩大对外开放");
    expect(a.found).toBe(true);
    expect(a.list).toEqual(["加快开放平台建设", "加速外贸扩容提质", "加强对外投资合作"]);
    for (const point of a.list ?? []) expect(a.text).toContain(point);
    expect(ask("優化供給有哪幾個方面").list).toEqual(["優化環境", "優化商品", "優化服務"]);
    expect(ask("净菜占有率多少").list).toBeUndefined();
    // A list question whose sentence announces a list (…做了大量工作。首先…第五…) gets that list, not the
    // turn's other outline (一是…三是).
    const measures = ask("以旧换新有啥活动").list ?? [];
    expect(measures).toHaveLength(5);
    expect(measures[1]).toContain("依托媒体");
    expect(ask("第三个是什么", ["以旧换新有啥活动"]).text).toContain("万人业务大培训");
    // 都有哪些 after a noun asks for those things, not for the speaker's points.
    expect(ask("省里推出的优品都有哪些").list).toBeUndefined();
  });

  it("answers a question that finds the interviewer's question with the answer it got, never the question", () => {
    const why = ask("为什么说商务工作与老百姓息息相关");
    expect(why.citations[0]?.id).toMatch(/^a/);
    expect(why.text).toContain("守护烟火");
    // The lead that opens an outline answers a how-question with the outline.
    expect(ask("河北怎么扩大对外开放").list).toEqual(["加快开放平台建设", "加速外贸扩容提质", "加强对外投资合作"]);
  });

  it("answers 第N个 after an outline with that point, and what spells out a point that is only a heading", () => {
    const third = ask("第三个是什么", ["河北从哪几个方面扩大对外开放"]);
    expect(third.found).toBe(true);
    expect(third.text).toContain("加强对外投资合作");
    expect(third.text).toContain("国际产能合作");
    expect(ask("第2點呢", ["優化供給有哪幾個方面"]).text).toContain("優化商品");
    // A first point that ends a sentence after a colon is a heading too.
    expect(ask("第一个具体说说", ["对外开放从哪几个方面做"]).text).toContain("自贸试验区");
  });
  it("completes a why-answer with its turn's reason when the answering sentence gives none", () => {
    const a = ask("为啥河北净菜能打进北京");
    expect(a.found).toBe(true);
    // The claim sentence, then a sentence that says why (为深入推进… / 通过…).
    expect(a.text).toMatch(/为深入推进|通过/);
  });

  it("does not answer a figure question with a clause of its sentence that has no figure", () => {
    const a = ask("跨境电商的出口额有多少");
    expect(a.found).toBe(false);
    expect(a.text).not.toMatch(/\d/);
  });

  it("answers for a place the interview names only where it names it", () => {
    // 保定 is in the interview (保定驴火), not in the passage counting the province's streets.
    expect(ask("保定有几条省级商业步行街").found).toBe(false);
    expect(ask("秦皇岛办过基金加项目路演吗").found).toBe(true);
  });

  it("takes a figure the question states as its starting point, not as the answer", () => {
    expect(ask("八十多亿以旧换新资金里中央资金有多少").text).toContain("72.41");
  });

  it("reads round amounts and counts of points as the interview's figures", () => {
    expect(ask("四千五百亿的计划总投资对应多少个项目").text).toContain("1014");
    expect(ask("对外投资比全国高出几个点").text).toContain("2.1");
  });

  it("keeps a common word the IME offered, and reads a measure word ending the asked run as the kind of figure", () => {
    expect(ask("上半年省外落地项目计划总投资规模是多少").text).toContain("4540");
  });
  it("never replies with a time frame alone, and reads 一辆车 as per vehicle", () => {
    expect(ask("净菜品牌去年是谁一起推的").text).not.toMatch(/^[^：:]*[：:]去年。$/);
    expect(ask("报废一辆旧汽车能补多少").found).toBe(false);
  });

  it("does not let a lone verb (来了多少家) match inside another word (来源)", () => {
    expect(ask("经洽会央企来了多少家").text).toContain("60家");
  });
  it("does not give another year's figure for the year asked, and reads years said digit by digit", () => {
    const a = ask("前年1到9月河北外贸增长多少");
    expect(a.found).toBe(false);
    expect(a.related.length).toBe(1);
    expect(ask("二零二一年河北对外直接投资多少").found).toBe(false);
    expect(ask("二零二三年河北对外直接投资多少").text).toContain("18亿美元");
  });
  it("answers a question on a turn's headline with the sentence it sums up and the outline that follows", () => {
    const a = ask("河北是如何以新供给来创造新需求的");
    expect(a.found).toBe(true);
    expect(a.text).toContain("优化供给");
    expect(a.list).toHaveLength(3);
    expect(a.citations[0]?.quote).toContain("优化供给");
  });
  it("answers 为什么说 with what shows it: a figure or an outcome after the claim", () => {
    const a = ask("凭什么说河北外贸搞得不错");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/12\.9%/);
  });
  it("reads Taiwan's spoken percent, rate words and title questions", () => {
    expect(ask("外貿進出口成長了幾趴").text).toContain("12.9%");
    expect(ask("對外直接投資年增率").text).toContain("13.5%");
    expect(ask("受訪的廳長職務是什麼").text).toContain("黨組書記");
  });
  it("reads everyday phrasings: 怎么回事, tenths, 最好 as a rank, a verb after 多少, no place from two words' ends", () => {
    expect(ask("干部当一日导购员是怎么回事").found).toBe(true);
    expect(ask("河北净菜在北京市场占了四成多吗").text).toContain("41.8%");
    expect(ask("电动自行车以旧换新河北是不是全国最好的").text).toContain("第1");
    expect(ask("乡镇商贸中心有多少在建").text).toContain("425");
    expect(ask("家电以旧换新河北排第几").found).toBe(true);
  });
  it("does not answer a comparison with a level alone", () => {
    const a = ask("净菜在北京的占有率比全国高出多少");
    expect(a.found).toBe(false);
    expect(a.related[0]?.quote).toContain("41.8%");
    expect(ask("外贸进出口增速比全国高吗").text).toContain("高于全国");
  });
  it("refuses a when-question whose event the interview tells without a date, and an amount named by 额", () => {
    const zone = ask("自贸区哪一年成立挂牌");
    expect(zone.found).toBe(false);
    expect(zone.related.length).toBe(1);
    expect(ask("这篇访谈是哪一天发布的").text).toContain("2024-11-07");
    const contract = ask("对外承包工程的营业额多少");
    expect(contract.found).toBe(false);
    expect(ask("对外直接投资额多少").text).toContain("18亿美元");
  });
  it("reads a ramble's asking clause without its function words, time words or an object it leaves out", () => {
    const a = ask("我家住在农村，平时买东西很不方便，听说省里在建乡镇商贸中心，我就想知道这些一共建了多少个");
    expect(a.found).toBe(true);
    expect(a.text).toContain("425");
    expect(ask("我朋友开网店，他说省里支持跨境电商，这样的话这块有啥新政策吗").text).toContain("跨境电商");
  });
  it("answers a comparison with the change the sentence measures it by", () => {
    expect(ask("净菜跟毛菜比起来能少多少垃圾").text).toContain("20%");
  });
  it("reads an approximate percentage as the interview's percentages in its span", () => {
    expect(ask("自贸区的外资涨了百分之一百多吧").text).toContain("148.6%");
    expect(ask("净菜在北京市场份额百分之四十几").text).toContain("41.8%");
  });
  it("refuses a why-question about a rank the interview gives no reason for, and reads a final 为何 as what", () => {
    const a = ask("电动自行车换新为什么能拿全国第一");
    expect(a.found).toBe(false);
    expect(a.related[0]?.quote).toContain("第1");
    expect(ask("为什么要开展第三方审计").found).toBe(true);
    expect(ask("请问家电以旧换新的使用金额为何？").text).toContain("11.28");
  });
  it("reads spaces in a long phone message as clause breaks, and two short clauses as a topic and a question", () => {
    expect(ask("我在保定开小超市 平时进货挺麻烦 听说省里在建乡镇商贸中心 想问问一共建多少个").text).toContain("425");
    expect(ask("河北企业去国外承包工程，是怎么帮到当地人的").text).toContain("小而美");
  });
  it("reads a keyword query's measure before its period, and the count word of a later 多少", () => {
    expect(ask("进出口总额 1到9月").found).toBe(false);
    expect(ask("换了几十万辆车吧 到底多少辆").found).toBe(false);
  });
  it("keeps a list question's sentence whole after a ramble's scene, and reads 哪几 as which, not how many", () => {
    const a = ask("我老伴每天去菜市场，总说河北来的净菜好，我想问问这个品牌是哪几个部门一起推的");
    expect(a.text).toContain("农业农村厅");
    expect(ask("路演在哪几个城市办的").citations[0]?.quote).toContain("石家庄");
  });
  it("reads clauses that lead into a question as the question, not as a scene: only the asker's own story is", () => {
    expect(ask("请问河北省领导赴法国与威立雅对接以后，双方具体签了什么合同，合同金额是多少").found).toBe(false);
  });
  it("reads a word ending in 额 as an amount asked, typed alone or before 多少", () => {
    expect(ask("净菜 交易额").found).toBe(false);
    expect(ask("对外直接投资额").text).toContain("18亿美元");
    expect(ask("净菜市场份额").text).toContain("41.8%");
  });
  it("reads months said without a year as this year's, and an aim as the speaker's statement of intent", () => {
    expect(ask("头三个季度对外直接投资多少美元").found).toBe(false);
    expect(ask("一到九月外贸涨了多少").text).toContain("12.9%");
    expect(ask("商务系统往后的目标是啥").text).toContain("排头兵");
    expect(ask("厅长怎么描述商务工作今后的定位").found).toBe(true);
  });
  it("reads 那块 as pointing back, as 这块 is", () => {
    expect(ask("那家电那块排第几", ["汽车报废更新用了多少钱"]).text).toContain("前列");
  });
  it("answers both asks of a question that asks two things, without saying one twice", () => {
    const two = ask("汽车报废更新拨付了多少钱，家电用了多少");
    expect(two.text).toContain("16.39");
    expect(two.text).toContain("11.28");
    expect(two.text.match(/张泽峰介绍/g)).toHaveLength(1);
    const credits = ask("访谈的照片是谁拍的，责任编辑又是谁");
    expect(credits.text).toContain("袁丽娜");
    expect(credits.text).toContain("王立鹏");
    const once = ask("想问一下，全省有多少个县域特色产业，主推了哪些优品");
    expect(once.text.match(/107/g)).toHaveLength(1);
  });
  it("answers a count of things with names listed, never an amount", () => {
    expect(ask("去了几个国家招商").text).toContain("奥地利");
    expect(ask("和威立雅对接后投资多少").found).toBe(false);
  });
  it("refuses another year or quarter than the sentence's: its own, its passage's, or the speaker's present", () => {
    expect(ask("2023年以旧换新一共安排了多少钱").found).toBe(false);
    expect(ask("一季度外贸涨了多少").found).toBe(false);
    expect(ask("三年前净菜在北京占有率多少").found).toBe(false);
    expect(ask("前三季度外贸涨了多少").text).toContain("12.9%");
    expect(ask("今年首三季外貿進出口升咗幾多").text).toContain("12.9%");
    expect(ask("去年对外直接投资多少").text).toContain("18亿美元");
  });
  it("demands what a points, procedure, unit or magnitude question asks", () => {
    expect(ask("外贸增速比全国平均高出几个百分点").found).toBe(false);
    expect(ask("对外直接投资增速比全国高几个百分点").text).toContain("2.1个百分点");
    expect(ask("怎么才能成为一日导购员").found).toBe(false);
    expect(ask("净菜一年卖到北京多少吨").found).toBe(false);
    expect(ask("家电换新卖了多少万台").found).toBe(false);
    expect(ask("省外落地项目计划总投资多少").text).toContain("4540");
  });
  it("is sure of a figure asked with a verb before 多少 (投入了多少资金)", () => {
    expect(ask("消费品以旧换新一共投入了多少资金").confidence).toBeGreaterThanOrEqual(0.8);
  });
  it("refuses a person's life the interview never tells, and says who the guest is from the introduction", () => {
    for (const q of ["张泽峰是哪里人", "厅长多大了", "张泽峰年龄", "厅长是什么学历"]) expect(ask(q).found).toBe(false);
    expect(ask("张泽峰是谁").text).toContain("党组书记");
  });
  it("answers where with a place the interview names, and refuses where it names none", () => {
    expect(ask("基金加项目路演在哪办的").text).toContain("石家庄");
    expect(ask("金种子项目是在哪签的").text).toContain("廊坊");
    expect(ask("访谈在哪里录的").found).toBe(false);
    expect(ask("以旧换新补贴怎么领").found).toBe(false);
  });
  it("answers who by a name or a body, and refuses a person by role the interview never names", () => {
    expect(ask("哪位省领导带队去的奥地利").found).toBe(false);
    expect(ask("带队出国的领导叫什么名字").found).toBe(false);
    expect(ask("责任编辑是谁").text).toContain("袁丽娜");
    expect(ask("净菜品牌是谁打造的").text).toContain("省委");
  });
  it("keeps a quotation whole, a why follow-up's sentence whole, and reads 职衔, 为了啥 and 签约额", () => {
    const slogan = ask("商务系统的口号");
    expect(slogan.text).toContain("排头兵");
    expect(slogan.text).toContain("赶超者");
    const why = ask("那路演是为了啥", ["基金加项目的路演在哪些城市办过"]);
    expect(why.text).toContain("资金要素保障平台");
    expect(ask("受访者的职衔是什么").text).toContain("党组书记");
    expect(ask("经洽会签约额").found).toBe(false);
  });
  it("reads a number of points after a comparison as percentage points, approximately", () => {
    expect(ask("对外投资增速比全国高出大概两个点").text).toContain("2.1个百分点");
  });
  it("reads a hyphenated English compound no table knows word by word", () => {
    expect(translateEnglish(" editor-in-charge ", interview.lexicon)).toContain("责任编辑");
    expect(translateEnglish(" trade-in ", interview.lexicon)).toContain("以旧换新");
  });
  it("reads 确切/准确 as how precisely a figure is asked, not what it is of", () => {
    expect(ask("县域特色产业准确是多少个").text).toContain("107");
  });
  it("reads a time word before 多少 as when, not what is counted", () => {
    expect(ask("河北净菜在北京的市场占有率现在有多少").text).toContain("41.8%");
    expect(ask("步行街目前有几条").text).toContain("33");
  });
  it("says what post the guest holds from the introduction, not the page's line", () => {
    expect(ask("本期访谈的嘉宾担任何种职务").text).toContain("党组书记");
  });
  it("refuses an end or a deadline told by an as-of date, and a why about a choice the interview gives no reason for", () => {
    expect(ask("以旧换新活动哪天结束").found).toBe(false);
    expect(ask("经洽会是哪几天开的").found).toBe(false);
    expect(ask("为什么偏偏选奥地利去招商").found).toBe(false);
    expect(ask("截至哪天家电以旧换新用了11.28亿").text).toContain("10月22日");
  });
  it("does not take the object of a how-question for a thing asked for (送到老百姓家门口)", () => {
    expect(ask("怎么把以旧换新的优惠送到老百姓家门口的").text).toContain("大篷车");
  });
  it("does not count where the asker's words meet (河北|商务 → 北商) as content the passage lacks", () => {
    for (const q of ["河北商务厅为啥要从供给这头下手扩大消费", "河北商务厅凭啥从供给方面来扩大消费"]) {
      const a = ask(q);
      expect(a.found, q).toBe(true);
      expect(a.text).toContain("供给侧结构性改革");
    }
  });
  it("weighs a keyword search's word the interview lacks in full: it names what is searched for", () => {
    expect(ask("外贸 顺差").found).toBe(false);
    expect(ask("外贸 增速").text).toContain("12.9%");
  });
  it("reads a year after 比 as what a change is measured against, not as the year asked", () => {
    expect(ask("河北外贸比去年增长多少").text).toContain("12.9%");
    expect(ask("2023年河北对外直接投资比前年增长了多少").text).toContain("13.5%");
  });
  it("does not answer a share of a whole (占全国的百分之几) with a rate of growth", () => {
    expect(ask("河北外贸占全国的百分之几").found).toBe(false);
    expect(ask("净菜在北京的市场份额").text).toContain("41.8%");
  });
  it("reads a typo by the interview's words as they are said there, not by a character's rare reading", () => {
    // 亿出 is no typo of 射出 (折射出): 射 is read yi only in old titles.
    expect(ask("家电以旧换新用了十一个亿出头吧，准确是多少").text).toContain("11.28亿元");
    expect(ask("以旧换心资金一共多少").text).toContain("80.45");
  });
  it("reads 每 before any measure word of CC-CEDICT as a rate per unit, which a total does not give", () => {
    expect(ask("电动自行车以旧换新每部车补多少钱").found).toBe(false);
    expect(ask("家电以旧换新每样家电补多少钱").found).toBe(false);
  });
  it("reads where to apply and what papers to bring as a procedure, which the interview never gives", () => {
    expect(ask("家电以旧换新补贴到哪里申请").found).toBe(false);
    expect(ask("以旧换新补贴要准备什么材料").found).toBe(false);
  });
  it("demands a number or an address for a phone or a website asked, and not for whether a hotline exists", () => {
    expect(ask("省商务厅办公室电话多少").found).toBe(false);
    expect(ask("家电以旧换新咨询电话是啥").found).toBe(false);
    expect(ask("以旧换新有没有热线").found).toBe(true);
    // A call made is no number asked for.
    expect(ask("儿子打电话说家电以旧换新能补贴，到底用了多少钱").text).toContain("11.28亿元");
  });
  it("reads which shop or city as where, which a place the asker typed does not answer", () => {
    expect(ask("河北净菜在北京哪家商场有卖").found).toBe(false);
    expect(ask("基金加项目的路演放在哪几个城市").text).toContain("张家口");
    expect(ask("去年对外直接投资主要投向了哪些国家").found).toBe(false);
    expect(ask("省领导出去招商跑了哪几个国家").text).toContain("奥地利");
  });
  it("checks what is asked against a heading and the sentence that spells it out", () => {
    expect(ask("基金+项目那个活动是在哪里搞的").text).toContain("秦皇岛");
  });
  it("reads one item bought or traded in as a rate per unit", () => {
    expect(ask("家电以旧换新换一部手机补贴多少钱").found).toBe(false);
    expect(ask("以旧换新买个洗衣机能补多少").found).toBe(false);
  });
  it("reads how to look up a payment as a procedure", () => {
    expect(ask("咋查我家电以旧换新的补贴发了没").found).toBe(false);
  });
  it("reads 全年 as the whole year, which a figure for nine months does not answer", () => {
    expect(ask("今年全年河北外贸进出口能增长多少").found).toBe(false);
    expect(ask("今年1到9月河北外贸进出口增长多少").text).toContain("12.9%");
  });
  it("reads the nation as what is asked about, which the province's figure does not answer", () => {
    expect(ask("全国前三季度外贸进出口增速是多少").found).toBe(false);
    expect(ask("全国平均增速是多少", ["河北外贸增长多少"]).found).toBe(false);
    expect(ask("河北外贸增速比全国高吗").found).toBe(true);
    expect(ask("河北家电以旧换新在全国排第几").text).toContain("前列");
  });
  it("reads a noun before 怎么样 as the thing whose state is asked", () => {
    expect(ask("廊坊空气怎么样").found).toBe(false);
    expect(ask("河北净菜在北京卖得怎么样").found).toBe(true);
  });
  it("tells how an outcome came about by the body of the outline point it closes", () => {
    const reply = ask("河北外贸是靠什么办法一直保持两位数增长的");
    expect(reply.text).toContain("一企一策");
    expect(reply.text).toContain("12.9%");
    expect(reply.citations[0]!.quote).toContain("一企一策");
    // How the trade is doing is its figure, not the measures; a figure after an example is told no how.
    expect(ask("河北外贸进出口表现如何").text).not.toContain("一企一策");
    expect(ask("自贸区外资怎么做到增长148.6%的").text).not.toContain("提质增效");
  });
  it("reads a run of measure words (资金总额) as the kind of figure asked, not as a thing the interview lacks", () => {
    expect(ask("以旧换新的资金总额是多少").text).toContain("80.45亿元");
  });
  it("reads 截止日期 as a deadline, unless the question is about figures", () => {
    expect(ask("家电补贴截止日期是哪天").found).toBe(false);
    expect(ask("家电补贴的 deadline 是什么时候").found).toBe(false);
    expect(ask("家电以旧换新用了多少钱 截止到哪天").text).toContain("10月22日");
  });
  it("leaves the asker's aside (我就纳闷了) in a ramble's scene when the asking clause takes in the ones before", () => {
    const q = "听邻居说北京人都爱买河北的净菜,我就不明白了,这净菜比普通的菜到底好在哪";
    expect(ask(q).text).toContain("20%");
  });
  it("reads a percentage the asker states as no share asked", () => {
    expect(ask("自贸区实际使用外资涨了一百四十多个百分点 那实际用了多少亿").found).toBe(false);
    expect(ask("对外投资增速高出全国几个百分点").text).toContain("2.1个百分点");
  });
  it("reads a follow-up whose only words are neither the interview's nor the dictionary's by the previous question", () => {
    expect(ask("咋能涨这么多", ["河北外贸今年咋样"]).text).toContain("12.9%");
  });
  it("reads why one place was picked (为什么商务厅选法国去招商) as a choice, which only a reason answers", () => {
    expect(ask("为什么商务厅选法国去招商").found).toBe(false);
    expect(ask("为啥要跑去德国招商").found).toBe(false);
  });
  it("demands firms spoken of when firms are asked by name", () => {
    expect(ask("新能源汽车产业招商 具体谈成了哪几家 company").found).toBe(false);
    expect(ask("康养产业招商都是哪些公司").found).toBe(false);
    expect(ask("净菜品牌背后是哪家公司").found).toBe(false);
    expect(ask("法国那家公司叫什么").text).toContain("威立雅");
  });
  it("reads a place named in passing with a noun the interview never uses as a question about the place", () => {
    expect(ask("张家口 房价").found).toBe(false);
    expect(ask("张家口搞过什么活动").text).toContain("基金+项目");
  });
  it("ranks a figure first for how a thing is doing", () => {
    expect(ask("净菜进北京以后卖得怎么样").text).toContain("41.8%");
  });
  it("reads what one can get (能补多少, 可以领几多) as a rate per unit, not the programme's total", () => {
    expect(ask("洗衣机以旧换新能补多少钱").found).toBe(false);
    expect(ask("家电以旧换新可以补贴几多钱").found).toBe(false);
    expect(ask("家电以旧换新补了多少钱").text).toContain("11.28亿元");
  });
  it("reads 哪几位 as who, whom only names answer, and keeps the measure word after 哪几", () => {
    expect(ask("带队出国招商的省领导是哪几位").found).toBe(false);
    expect(ask("拍摄是哪几位").text).toContain("毛鹤然");
  });
  it("answers a how and a which asked in one message, each", () => {
    const reply = ask("净菜怎么进的北京市场 靠哪几个部门");
    expect(reply.text).toContain("省交通运输厅");
  });
  it("reads a request for advice, which only a sentence commending things answers", () => {
    expect(ask("冰雪崇礼那边有啥好玩的").found).toBe(false);
    expect(ask("想买点河北特产 有啥推荐的").text).toContain("高阳家纺");
  });
  it("reads X比Y好在哪 as a comparison with Y, not as where", () => {
    expect(ask("那净菜比普通菜好在哪里").text).toContain("20%");
    expect(ask("为啥呢?这净菜和一般的菜比究竟好在哪?", ["河北净菜在北京市场卖得好吗"]).text).toContain("20%");
  });
  it("reads a ramble by its last clause that asks, when the clause after it asks nothing the registry knows", () => {
    const q = "我在廊坊住了几十年,年年都听说经洽会。今年的经洽会是几月几号开的,我们这些老百姓能不能进去看看?";
    expect(analyseQuestion(q, [], interview).types).toContain("when");
    expect(ask(q).found).toBe(false);
  });
  it("reads 排多少名 as a rank asked, not a count of people", () => {
    expect(ask("电动自行车以旧换新用的钱在全国排多少名").text).toContain("第1");
  });
  it("reads two words the interview lacks, joined into a noun compound, as a metric it never gives", () => {
    expect(ask("前三季度消费品零售总额增速是多少").found).toBe(false);
    expect(ask("到现在为止家电以旧换新用了多少钱").text).toContain("11.28亿元");
  });
  it("reads a magnitude after 多少 (多少亿) as part of the number asked, not as the thing asked about", () => {
    expect(analyseQuestion("河北消费品零售总额多少亿", [], interview).focus.run).toContain("零售");
    expect(ask("以旧换新中央资金有多少个亿").text).toContain("72.41亿元");
  });
  it("demands names in a row for things asked by 哪些 and a noun, not for what was done", () => {
    expect(ask("家电以旧换新排名靠前的是哪些省份").found).toBe(false);
    expect(ask("净菜是哪几个部门一起打造的").text).toContain("省交通运输厅");
    expect(ask("请问此次访谈由哪些单位联合出品").text).toContain("新华社河北分社");
  });
  it("reads a follow-up of light verbs only (咋做到的, 采取了啥措施) as asking how the previous topic came about", () => {
    expect(ask("咋做到的 采取了啥措施", ["河北外贸增长了多少"]).text).toContain("一企一策");
    expect(ask("是怎么实现的", ["河北外贸增长了多少"]).text).toContain("一企一策");
  });
  it("reads 没说, 不放在, 而不是 in a why-question as a claim the interview must itself make", () => {
    expect(ask("为什么只公布了家电的金额 没说排名").found).toBe(false);
    expect(ask("为什么要推动河北净菜进入北京市场").found).toBe(true);
  });
  it("reads 按什么标准, 根据什么原则 as a basis asked for, which the interview must name as such", () => {
    expect(analyseQuestion("补贴是按什么标准发的", [], interview).askedNoun).toBe("标准");
    expect(ask("以旧换新补贴是根据什么原则发放的").found).toBe(false);
  });
  it("demands a city for 哪个城市, which a country named does not give (CC-CEDICT tells cities from countries)", () => {
    expect(interview.lexicon.cities).toContain("石家庄");
    expect(interview.lexicon.cities).not.toContain("法国");
    expect(ask("威立雅的项目最后落地在哪个城市").found).toBe(false);
    expect(ask("基金+项目路演在哪些 city 办过").text).toContain("张家口");
  });
  it("refuses a follow-up whose passage has left the conversation's topic, unless it names a new one", () => {
    expect(ask("那它在全国排第几", ["河北自贸区今年1至8月实际使用外资增长多少"]).found).toBe(false);
    expect(ask("那它在全国排第几", ["电动自行车以旧换新用了多少钱"]).text).toContain("第1");
    expect(ask("外资呢", ["自贸区的制度创新成果有多少项"]).text).toContain("148.6%");
  });
  it("finds a word of the page's own line (访谈) in its credit lines, which are the page's too", () => {
    expect(ask("这个访谈是谁负责拍摄的").text).toContain("王立鹏");
  });
  it("reads a message's second ask as about its first part's topic, and a light verb as no topic word", () => {
    const reply = ask("它是怎么做到的 都有哪些部门参与", ["河北净菜在北京卖得咋样"]);
    expect(reply.text).toContain("省交通运输厅");
    expect(reply.text).not.toContain("招商");
    expect(ask("代表性的商品有哪些", ["河北有几个县的特色产业被拿出来推"]).text).toContain("高阳家纺");
  });
  it("answers both asks of one message when the last is colloquial (幾時刊出), hedging the merged reply once", () => {
    const reply = ask("請問這篇訪談是哪個節目?幾時刊出的?");
    expect(reply.text).toContain("在線訪談");
    expect(reply.text).toContain("2024");
    expect(reply.citations.map((c) => c.id)).toContain("intro-1");
    expect(reply.text.match(/不確定/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });
  it("reads Cantonese 邊個 before a noun as which (邊個節目), and a which in a follow-up as an ask of its own", () => {
    expect(ask("係邊個節目?", ["呢篇訪談係幾時刊出㗎?"]).text).toContain("在線訪談");
    expect(ask("呢個訪談係邊個負責拍攝㗎?").text).toContain("王立鵬");
  });
  it("reads any 没 or 不 before a word in a why-question as a negative claim, but not 不断 or 不仅", () => {
    expect(ask("为什么电动自行车以旧换新没拿到更多资金").found).toBe(false);
    expect(ask("为什么河北外贸增速能不断高于全国").text).toContain("一企一策");
  });
  it("reads 一到十月 as the span 1至10月, which the interview's 1至9月 does not answer", () => {
    expect(analyseQuestion("一到十月外贸增长多少", [], interview).periods).toContain("1至10月");
    expect(ask("一到十月河北外贸增长多少").found).toBe(false);
    expect(ask("一到九月河北外贸增长多少").text).toContain("12.9%");
  });
  it("refuses a yes-or-no question naming two things the interview never mentions, not one", () => {
    expect(ask("以旧换新补贴手机和电脑也能用吗").found).toBe(false);
    expect(ask("以旧换新有热线可以打吗").found).toBe(true);
  });
  it("refuses a yes-or-no question whose predicate the interview never uses, not one ending on an ask or a number", () => {
    expect(analyseQuestion("保定这礼拜会下雨不", [], interview).predicates).toEqual(["下雨"]);
    expect(analyseQuestion("保定这礼拜下雨不🌧 要带伞吗", [], interview).predicates).toContain("下雨");
    expect(analyseQuestion("真有这回事吗", [], interview).predicates).toEqual([]);
    expect(ask("保定这礼拜下雨不🌧 要带伞吗").found).toBe(false);
    expect(ask("保定这礼拜会下雨不").found).toBe(false);
    expect(ask("签约项目一百个左右吗").text).toContain("100个");
  });
  it("reads an amount after 多少 (多少销售额) as the thing asked, which the trade-in's funds do not give", () => {
    expect(analyseQuestion("家电以旧换新带动了多少销售额", [], interview).focus.run).toContain("销售");
    expect(ask("家电以旧换新带动了多少销售额").found).toBe(false);
  });
  it("finds a claim of better (比毛菜强) stated by setting the two side by side, and keeps the thing compared as a topic", () => {
    expect(ask("净菜为什么比毛菜强").text).toContain("20%");
    expect(ask("为什么河北净菜比普通菜便宜").found).toBe(false);
    const reply = ask("它为啥比毛菜好 具体好在哪", ["河北净菜是啥"]);
    expect(reply.text).toContain("20%");
    expect(reply.text).not.toContain("高阳家纺");
  });
  it("reads a place's abbreviation with 商, 资 or 胞 (台商, 港资) as a place the interview never names", () => {
    expect(interview.lexicon.placeSet.has("台商")).toBe(true);
    // 美 is 美国's too, which the interview names.
    expect(interview.lexicon.placeSet.has("美资")).toBe(false);
    expect(ask("台商在河北自贸区投资能享受什么优惠政策").found).toBe(false);
  });
  it("reads 好几家 as several, no count asked", () => {
    expect(analyseQuestion("邻居好几家都换了冰箱 以旧换新的钱中央给了多少", [], interview).countWord).toBeUndefined();
  });
  it("reads which is better (哪个牌子的好, A好还是B好) as advice asked", () => {
    expect(ask("换电动车是买雅迪的好还是爱玛的好").found).toBe(false);
  });
  it("reads 投资多少 and 花了多少 as an amount of money asked, which counts do not give", () => {
    expect(ask("物流配送中心投资多少").found).toBe(false);
    expect(ask("省外落地项目计划投资多少").text).toContain("4540亿元");
  });
  it("cuts a measure word off the thing asked even when a year comes first (2023年…投资规模)", () => {
    expect(ask("2023年河北省对外直接投资规模是多少").text).toContain("18亿美元");
  });
  it("reads a place's Han alias from the glossary (雄安) as the place named, with a noun the interview never uses", () => {
    expect(interview.lexicon.namedPlaces).toContain("雄安");
    expect(ask("雄安 房价").found).toBe(false);
  });
  it("reads Cantonese 而家 (now) and 去到 (reach) as their Mandarin words", () => {
    expect(ask("河北淨菜喺北京嘅市佔率而家去到幾多?").text).toContain("41.8%");
  });
  it("reads two numerals in a row before a place value (二三十家) as the interview's figures in that span", () => {
    expect(ask("对接的外企有二三十家吧 具体几家").text).toContain("24家");
  });
  it("reads a firm or a brand CC-CEDICT names (京东, 海尔) as a name the interview never mentions, unless it is where the asker heard something", () => {
    expect(interview.lexicon.firmSet.has("淘宝")).toBe(true);
    // 美的 (Midea) ends on a particle: in 小而美的 it is a word and its 的.
    expect(interview.lexicon.firmSet.has("美的")).toBe(false);
    expect(ask("以旧换新的钱能在淘宝上花吗").found).toBe(false);
    expect(ask("海尔冰箱以旧换新能补多少").found).toBe(false);
    expect(ask("在抖音上刷到河北净菜很火 在北京占多少").text).toContain("41.8%");
  });
  it("weighs a noun the interview never uses in full in a keyword search (河北 物价 2024): the searcher chose it", () => {
    expect(ask("河北 物价 2024").found).toBe(false);
    expect(ask("石家庄 人口 2024").found).toBe(false);
    expect(ask("净菜 北京 占有率").text).toContain("41.8%");
  });
  it("reads the word before a measure cut off the end (零售总额 → 零售) as what it measures, not a verb of asking", () => {
    expect(analyseQuestion("今年河北社会消费品零售总额", [], interview).focus.verbBeforeAsk).toBe(false);
    expect(ask("今年河北社会消费品零售总额").found).toBe(false);
  });
  it("answers a street or an address asked (哪条路, 地址) only by a street and its number, not by a town's name", () => {
    expect(analyseQuestion("冰雪崇礼那个滑雪场在哪条路上", [], interview).addressAsked).toBe(true);
    expect(ask("冰雪崇礼那个滑雪场在哪条路上").found).toBe(false);
    expect(analyseQuestion("经洽会在哪个城市办的", [], interview).addressAsked).toBe(false);
  });
  it("reads a run after 多少 ending on a noun (多少外国游客) as the thing asked, its head the noun", () => {
    expect(analyseQuestion("今年自贸区吸引了多少外国游客", [], interview).focus.run).toContain("游客");
    expect(ask("今年自贸区吸引了多少外国游客").found).toBe(false);
  });
  it("weighs an English word no table reads (inflation) in full, and reads an agent noun as its verb (exporters → 出口)", () => {
    expect(ask("河北 inflation 多少").found).toBe(false);
    expect(ask("河北 top exporters 有哪些政策支持").confidence).toBeGreaterThanOrEqual(0.8);
  });
  it("reads 比全国平均高多少 as a difference in points asked, which 明显高于全国平均水平 does not give", () => {
    expect(analyseQuestion("外贸增速比全国平均快多少", [], interview).types).toContain("points");
    expect(ask("外贸增速比全国平均快多少").found).toBe(false);
  });
  it("reads a metric made with 额, 量 or 率 of a word the interview never uses (成交额) as a figure it never gives", () => {
    expect(analyseQuestion("香河家具城一年成交额能到多少", [], interview).metricWords).toContain("成交");
    expect(ask("香河家具城一年成交额能到多少").found).toBe(false);
  });
  it("ranks a sentence stating a whole with its parts (…其中…) first for a total asked (加起来一共多少钱)", () => {
    expect(analyseQuestion("以旧换新补贴加起来一共多少钱", [], interview).types).toContain("total");
    expect(ask("以旧换新补贴加起来一共多少钱").text).toContain("80.45亿元");
  });
  it("reads what an old thing is worth in a trade (能折多少钱) as one asker's share, a rate per unit", () => {
    expect(analyseQuestion("旧电动车能折多少钱", [], interview).types).toContain("perUnit");
    expect(ask("旧电动车能折多少钱").found).toBe(false);
  });
  it("reads an English phrase that glosses a word of asking (official website → 官网) as that ask, and a whether-contact needs a channel told of", () => {
    expect(interview.lexicon.english["official website"]).toBe("官网");
    expect(ask("冀货出海 有 official website 吗").found).toBe(false);
  });
  it("answers the exact place asked (到底排第几, 具体排名第几位) only by 第N, in a quick fact's reply too", () => {
    expect(analyseQuestion("家电以旧换新在全国到底排第几名", [], interview).exactRank).toBe(true);
    expect(ask("家电以旧换新在全国到底排第几名").found).toBe(false);
    expect(ask("家电以旧换新在全国排第几").text).toContain("前列");
    expect(ask("电动自行车以旧换新到底排第几").text).toContain("第1");
  });
  it("reads a month span before typos: 今年一到九月 is 1至9月, not 今年以到 after the interview's 今年以来", () => {
    expect(analyseQuestion("今年一到九月外贸涨了多少", [], interview).tokens).toContain("至");
    expect(ask("今年一到九月外贸涨了多少").text).toContain("12.9%");
  });
  it("reads a follow-up's own period or word of asking (那去年, 百分之几) as no new topic: the conversation's stays", () => {
    expect(analyseQuestion("去年增长了百分之几", ["外贸涨了多少"], interview).askingWords).toContain("百分之");
    expect(analyseQuestion("占比多少", ["外贸涨了多少"], interview).askingWords).not.toContain("占比");
    expect(ask("那去年涨了多少", ["自贸区外资今年涨了多少"]).found).toBe(false);
    expect(ask("外资呢", ["自贸区的制度创新成果有多少项"]).text).toContain("148.6%");
  });
  it("demands the kind the question's head names (…对应的金额是多少), not the kinds of what modifies it", () => {
    expect(analyseQuestion("该增幅对应的外资金额是多少", [], interview).head).toBe("外资金额是多少");
    expect(ask("自贸区148.6%的增幅背后的实际使用外资金额是多少").found).toBe(false);
    expect(ask("外贸进出口12.9%增速对应的进出口总额有多少").found).toBe(false);
    expect(ask("电动自行车以旧换新全国第一的资金规模是多少").text).toContain("5228");
  });
  it("answers a list of names asked (名单) only by names in a row, not by a count of the things", () => {
    expect(analyseQuestion("省级商业步行街 名单", [], interview).nameList).toBe(true);
    expect(ask("省级商业步行街 名单").found).toBe(false);
    expect(ask("去了哪些国家 名单").text).toContain("奥地利");
  });
  it("reads a requirement asked (要符合什么条件) as a noun asked for, which the interview must speak of", () => {
    expect(analyseQuestion("电动自行车以旧换新要符合什么条件", [], interview).askedNoun).toBe("条件");
    expect(ask("电动自行车以旧换新要符合什么条件").found).toBe(false);
  });
  it("reads the span of the clause that asks (一到九月涨了…，那全年能涨多少 asks the whole year), and 一整年 as 全年", () => {
    expect(analyseQuestion("一到九月外贸涨了百分之十二多 那今年全年能涨多少", [], interview).periods).toEqual([
      "1至12月",
    ]);
    expect(analyseQuestion("外贸今年一整年能涨多少", [], interview).periods).toEqual(["1至12月"]);
    expect(ask("一到九月外贸涨了百分之十二多 那今年全年能涨多少").found).toBe(false);
  });
  it("reads a question ending in 规模 (scale) as asking its figure, which a sentence without one does not give", () => {
    expect(analyseQuestion("跨境电商 规模", [], interview).asksFigure).toBe(true);
    expect(ask("跨境电商 规模").found).toBe(false);
  });
  it("refuses others asked (除了…其他还有哪些) when the reply names only what the asker named", () => {
    expect(ask("除了正定古城、冰雪崇礼、保定驴火，其他典型场景还有哪些").found).toBe(false);
    expect(ask("除了高阳家纺还有哪些优品").text).toContain("白沟箱包");
  });
  it("refuses a count asked of a part (1014个项目里几个是外资) when the reply counts only the whole the asker typed", () => {
    expect(ask("1014个省外落地项目里有几个是外资项目").found).toBe(false);
    expect(ask("省外落地项目一千出头吧 具体多少个").text).toContain("1014");
  });
  it("answers for a firm the interview names (its glossary's Firms) only from a passage that names it", () => {
    expect(interview.lexicon.firmsNamed).toContain("赢创");
    expect(analyseQuestion("Evonik 投资额多少", [], interview).namedFirms).toEqual(["赢创"]);
    expect(ask("Evonik 投资额多少").found).toBe(false);
    expect(ask("威立雅的项目计划总投资多少").found).toBe(false);
    expect(ask("跟哪些跨国公司对接了").text).toContain("赢创");
  });
  it("refuses a count asked of a part (成果中有多少项已推广) when the reply counts only the whole (成果207项)", () => {
    expect(analyseQuestion("制度创新成果中有多少项已经复制推广", [], interview).partOf).toEqual({
      head: "成果",
      measure: "项",
    });
    expect(analyseQuestion("县级物流配送中心有几个", [], interview).partOf).toBeUndefined();
    expect(ask("制度创新成果中有多少项已经复制推广").found).toBe(false);
    expect(ask("制度创新成果当中有几项是贸易便利化方面的").found).toBe(false);
    expect(ask("县级物流配送中心有几个").text).toContain("36个");
    // (The whole named well after its count: 28个商旅文体健展多业态融合服务消费典型场景.)
    expect(ask("那些典型场景里面冰雪类的有几个").found).toBe(false);
  });
  it("reads the glossary's English for the interview's terms (growth → 增长, sign → 签署协议), before CC-CEDICT's commoner words", () => {
    expect(analyseQuestion("对外直接投资 growth 多少", [], interview).tokens).toContain("增长");
    expect(ask("对外直接投资 growth 多少").text).toContain("13.5%");
    // (MNC and one-on-one, the glossary's English for 跨国公司 and 一对一: an acronym no table had read.)
    expect(ask("跟哪些 MNC 做了 one-on-one 对接").text).toContain("威立雅");
  });
  it("never reads the verb before 哪 as a typo (以旧换新去哪申请: 去 stays, no 新区)", () => {
    expect(analyseQuestion("电动车以旧换新去哪申请", [], interview).tokens).not.toContain("新区");
    expect(ask("电动车以旧换新去哪申请").found).toBe(false);
  });
  it("reads a space after 多少 before an English word (是多少 growth多少) as the start of a second ask", () => {
    const both = ask("2023年outbound investment是多少 growth多少").text;
    expect(both).toContain("18亿美元");
    expect(both).toContain("13.5%");
  });
  it("answers figures asked of each of several things (分别增长多少) only by a sentence with more than one", () => {
    expect(ask("外贸今年1至9月出口和进口分别增长多少").found).toBe(false);
    const both = ask("自贸区外资和进出口额分别增长多少").text;
    expect(both).toContain("148.6%");
    expect(both).toContain("35.2%");
  });
  it("reads 他/她 after a question (Cantonese 佢 as 他) as standing for what it was about, as 它 is", () => {
    expect(ask("他投了多少钱", ["赢创在河北有项目吗"]).found).toBe(false);
    expect(analyseQuestion("他投了多少钱", ["赢创在河北有项目吗"], interview).contextTokens).toContain("赢创");
    // (其他 is no pronoun.)
    expect(analyseQuestion("全国其他省份的外贸增长了多少", ["赢创在河北有项目吗"], interview).contextTokens).toEqual(
      [],
    );
  });
  it("reads a count named by its measure and 数 (辆数, 条数) as a count asked in that measure, not 两位数 or 双位数", () => {
    expect(analyseQuestion("汽车报废更新 辆数", [], interview).countWord).toBe("辆");
    expect(ask("汽车报废更新 辆数").found).toBe(false);
    expect(ask("省级商业步行街 条数").text).toContain("33条");
    expect(analyseQuestion("外贸连续几个月保持两位数增长", [], interview).countWord).toBeUndefined();
    expect(analyseQuestion("外贸是不是连续几个月都双位数", [], interview).countWord).toBeUndefined();
  });
  it("answers how long (多久, 多长时间) only by a span of time (连续9个月), not a period named or another figure", () => {
    expect(ask("以旧换新补贴审核要多长时间").found).toBe(false);
    expect(ask("在自贸区办个外资企业执照要多久").found).toBe(false);
    expect(ask("外贸两位数增长持续多长时间了").text).toContain("9个月");
    // (前几天 says when: no duration asked.)
    expect(analyseQuestion("前几天说的外贸增长多少", [], interview).types).not.toContain("duration");
  });
  it("reads a follow-up that points at a thing of its own (那个…, 这项…) as about that thing, the conversation's words weighing less", () => {
    expect(analyseQuestion("那个基金加项目是做什么的", ["招商引资有哪些新做法"], interview).pointedAt).toContain(
      "基金",
    );
    expect(ask("那个基金加项目是做什么的", ["招商引资有哪些新做法"]).text).toContain("基金+项目");
    expect(analyseQuestion("那为啥涨这么多", ["外贸增长多少"], interview).pointedAt).toEqual([]);
  });
  it("reads as of when (截至10月22日, 到目前为止) as a time, not as what the figure asked is of", () => {
    expect(ask("家电以旧换新截至10月22日用了多少钱").text).toContain("11.28亿元");
    expect(ask("家电以旧换新到目前为止用了多少经费").text).toContain("11.28亿元");
  });
  it("reads 说明了啥 as what a fact shows, and answers it with the outcome even when a why is asked beside it", () => {
    expect(ask("对外投资增长高于全国 说明了啥").text).toContain("企业实力持续壮大");
    expect(ask("对外直接投资增长比全国快，说明了什么？为何会这样").text).toContain("企业实力持续壮大");
  });
  it("reads a measure ending what 多少 names (多少补助金额) as the kind of figure, not a thing the interview must name", () => {
    expect(ask("家电以旧换新一共花掉多少补助金额").text).toContain("11.28亿元");
  });
  it("reads a word for funds (拨款, 款项, 经费) ending what is asked as the kind of figure, as 资金 is", () => {
    expect(ask("汽车报废更新拨款有多少").text).toContain("16.39亿元");
  });
});
