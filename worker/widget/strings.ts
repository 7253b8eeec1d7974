// The widget's own words, in the two scripts it speaks, with full-width punctuation as Chinese text wants
// (：，？). Answers come from the API already in the asker's script.

export type Language = "zh-Hans" | "zh-Hant";

const hans = {
  title: "访谈问答",
  launch: "问访谈",
  open: "打开访谈问答（Ctrl+K）",
  close: "关闭",
  expand: "展开到整页",
  shrink: "还原为小窗",
  clear: "清空对话",
  cleared: "对话已清空。",
  undo: "撤销",
  readOriginal: "阅读原文",
  switchScript: "切换为繁体中文",
  scriptLabel: "繁",
  log: "对话记录",
  you: "你问：",
  bot: "回答：",
  placeholder: "输入问题，Enter 发送，Shift+Enter 换行",
  placeholderTouch: "输入你的问题",
  input: "你的问题",
  counter: "已输入 {n} 字，上限 {max} 字",
  send: "发送",
  answering: "正在回答…",
  sources: "出处",
  related: "相关段落（不是这个问题的答案）",
  lowConfidence: "不太确定",
  showOriginal: "看原文",
  showConverted: "看简体",
  showQuote: "看引文",
  suggestions: "可以这样问",
  copy: "复制回答和出处",
  copied: "已复制",
  copyFailed: "复制失败",
  share: "复制分享链接",
  shared: "已复制分享链接",
  up: "有帮助",
  down: "没有帮助",
  why: "哪里不好？",
  wrong: "答错了",
  incomplete: "不完整",
  not_found: "没找到答案",
  other: "其他",
  thanks: "谢谢反馈",
  retry: "重试",
  source: "出处：",
  offline: "连不上服务器，请检查网络后重试。",
  rateLimited: "提问太频繁了，请稍等一会儿再试。",
  wait: "提问太频繁了，请 {n} 秒后再试。",
  tooLong: "问题太长了，请缩短到 {max} 字以内。",
  badRequest: "这个问题发送失败了，请换个说法再试。",
  server: "服务暂时出了问题，请稍后重试。",
};

export type Strings = typeof hans;

const hant: Strings = {
  title: "訪談問答",
  launch: "問訪談",
  open: "打開訪談問答（Ctrl+K）",
  close: "關閉",
  expand: "展開到整頁",
  shrink: "還原為小窗",
  clear: "清空對話",
  cleared: "對話已清空。",
  undo: "復原",
  readOriginal: "閱讀原文",
  switchScript: "切換為簡體中文",
  scriptLabel: "简",
  log: "對話記錄",
  you: "你問：",
  bot: "回答：",
  placeholder: "輸入問題，Enter 發送，Shift+Enter 換行",
  placeholderTouch: "輸入你的問題",
  input: "你的問題",
  counter: "已輸入 {n} 字，上限 {max} 字",
  send: "發送",
  answering: "正在回答…",
  sources: "出處",
  related: "相關段落（不是這個問題的答案）",
  lowConfidence: "不太確定",
  showOriginal: "看原文",
  showConverted: "看轉換後",
  showQuote: "看引文",
  suggestions: "可以這樣問",
  copy: "複製回答和出處",
  copied: "已複製",
  copyFailed: "複製失敗",
  share: "複製分享連結",
  shared: "已複製分享連結",
  up: "有幫助",
  down: "沒有幫助",
  why: "哪裏不好？",
  wrong: "答錯了",
  incomplete: "不完整",
  not_found: "沒找到答案",
  other: "其他",
  thanks: "謝謝回饋",
  retry: "重試",
  source: "出處：",
  offline: "連不上伺服器，請檢查網路後重試。",
  rateLimited: "提問太頻繁了，請稍等一會兒再試。",
  wait: "提問太頻繁了，請 {n} 秒後再試。",
  tooLong: "問題太長了，請縮短到 {max} 字以內。",
  badRequest: "這個問題發送失敗了，請換個說法再試。",
  server: "服務暫時出了問題，請稍後重試。",
};

export const strings: Record<Language, Strings> = { "zh-Hans": hans, "zh-Hant": hant };

/** Fills `{name}` slots: fill("请 {n} 秒后再试", {n: 3}). */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (slot, name: string) => String(values[name] ?? slot));
}

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
