// The widget's own words, in the two scripts it speaks. Answers come from the API already in the asker's script.

export type Language = "zh-Hans" | "zh-Hant";

const hans = {
  title: "访谈问答",
  open: "打开访谈问答",
  close: "关闭",
  clear: "清空对话",
  log: "对话记录",
  you: "你说:",
  bot: "助手说:",
  placeholder: "输入问题,Enter 发送,Shift+Enter 换行",
  input: "你的问题",
  send: "发送",
  answering: "正在回答…",
  sources: "出处",
  suggestions: "可以这样问",
  copy: "复制回答",
  copied: "已复制",
  copyFailed: "复制失败",
  up: "有帮助",
  down: "没有帮助",
  thanks: "谢谢反馈",
  retry: "重试",
  offline: "连不上服务器,请检查网络后重试。",
  rateLimited: "提问太频繁了,请稍等一会儿再试。",
  tooLong: "问题太长了,请缩短到 500 字以内。",
  badRequest: "这个问题发送失败了,请换个说法再试。",
  server: "服务暂时出了问题,请稍后重试。",
  greet: "你好",
};

export type Strings = typeof hans;

const hant: Strings = {
  title: "訪談問答",
  open: "打開訪談問答",
  close: "關閉",
  clear: "清空對話",
  log: "對話記錄",
  you: "你說:",
  bot: "助手說:",
  placeholder: "輸入問題,Enter 發送,Shift+Enter 換行",
  input: "你的問題",
  send: "發送",
  answering: "正在回答…",
  sources: "出處",
  suggestions: "可以這樣問",
  copy: "複製回答",
  copied: "已複製",
  copyFailed: "複製失敗",
  up: "有幫助",
  down: "沒有幫助",
  thanks: "謝謝回饋",
  retry: "重試",
  offline: "連不上伺服器,請檢查網路後重試。",
  rateLimited: "提問太頻繁了,請稍等一會兒再試。",
  tooLong: "問題太長了,請縮短到 500 字以內。",
  badRequest: "這個問題發送失敗了,請換個說法再試。",
  server: "服務暫時出了問題,請稍後重試。",
  // 你好 has no Traditional-only character, so the API would greet in Simplified; 幫助 is unmistakably Traditional.
  greet: "幫助",
};

export const strings: Record<Language, Strings> = { "zh-Hans": hans, "zh-Hant": hant };

/** zh-Hans or zh-Hant from a setting; "auto" (or nothing) follows the browser: Taiwan, Hong Kong, Macau and zh-Hant read Traditional. */
export function resolveLanguage(setting: string | null | undefined, browser: readonly string[]): Language {
  const pick = (tag: string): Language | undefined => {
    const t = tag.toLowerCase();
    if (/^zh-(hant|tw|hk|mo)\b/.test(t)) return "zh-Hant";
    if (t.startsWith("zh")) return "zh-Hans";
    return undefined;
  };
  if (setting && setting !== "auto") return pick(setting) ?? "zh-Hans";
  for (const tag of browser) {
    const lang = pick(tag);
    if (lang) return lang;
  }
  return "zh-Hans";
}
