// Every word of a reply that does not come from the interview comes from here. Written in Traditional
// like the interview; inScript() turns the whole reply into Simplified for Simplified askers.
import type { InterviewMeta } from "../search/passage.ts";

const numbered = (points: string[]) => points.map((p, i) => `${"一二三四五六七八九十"[i] ?? i + 1}是${p}`).join("；");

const byKind = {
  answer: (speaker: string, text: string) => `${speaker}介紹：${text}`,
  question: (speaker: string, text: string) => `${speaker}在提問中提到：${text}`,
  intro: (_: string, text: string) => `訪談導語介紹：${text}`,
  caption: (_: string, text: string) => `圖片說明：${text}`,
};

export const templates = {
  ...byKind,
  /** A figure as one sentence: the time frame first unless the statement already carries it. */
  fact: (period: string, statement: string) =>
    `${period && !statement.includes(period) ? `${period}，` : ""}${statement}。`,
  credit: (role: string, names: string[]) => `訪談頁面的製作名單中，${role}是${names.join("、")}。`,
  published: (meta: InterviewMeta) => {
    const [date = "", time = ""] = meta.published.split(" ");
    const [y, m, d] = date.split("-").map(Number);
    return `這篇訪談由${meta.source}於${y}年${m}月${d}日${time ? ` ${time.slice(0, 5)} ` : ""}發布（${date}），標題是《${meta.title}》。`;
  },
  noAnswer: (meta: InterviewMeta) =>
    `抱歉，這篇訪談沒有談到這個問題，我不能憑空回答。我只回答${meta.source}對${meta.guestTitles.at(-1) ?? ""}${meta.guest}的這次訪談，可以試試下面的問題。`,
  greeting: (meta: InterviewMeta) =>
    `您好！我可以回答關於${meta.source}訪談${meta.guestTitles.join("、")}${meta.guest}的問題${meta.topics?.length ? `，比如${meta.topics.join("、")}` : ""}。每個回答都引自訪談原文，並附上出處。`,
  thanks: () => "不客氣！還想了解訪談的哪些內容，可以繼續問我。",
  /** An outline answer: the speaker's points, numbered as the speaker numbered them. */
  outline: (speaker: string, points: string[]) => `${speaker}談了${points.length}個方面：${numbered(points)}。`,
  /** The same, after the sentence that opens the outline (圍繞擴消費，…推動發展。). */
  outlineOpened: (speaker: string, opening: string, points: string[]) =>
    `${speaker}介紹：${opening}具體有${points.length}個方面：${numbered(points)}。`,
  /** The topic is in the interview, what is asked is not: the related passage is shown beside this. */
  topicWithoutAnswer: (meta: InterviewMeta) =>
    `訪談談到了相關的內容，但沒有給出您問的這一點，我不能憑空回答。下面是${meta.guest}在訪談中相關的說法，供參考。`,
  /** A low-confidence answer says so before it speaks. */
  hedge: (text: string) => `不確定這是否正是您要問的，訪談中最接近的說法是——${text}`,
  nothingMore: () => "關於這個問題，訪談裏談到的就是上面這些了。可以換個問題，或者看看下面的建議。",
  help: (meta: InterviewMeta) =>
    `我是這篇訪談的問答助手：${meta.title}（${meta.source}，${meta.published.split(" ")[0]}）。可以問數字、排名、名單、做法，也可以追問“那……呢？”。回答都摘自訪談原文並標明出處；訪談沒有談到的，我會直說。`,
};
