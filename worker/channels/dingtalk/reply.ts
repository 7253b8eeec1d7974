import type { Answer } from "../../core/answer.ts";
import { replyLabels } from "../common/reply-text.ts";

/** Undocumented for robot replies; webhook markdown is commonly kept under 5000 characters. Stay well below. */
const MAX_TEXT_CHARS = 1800;

// DingTalk's markdown subset reads * _ # > [ ] ` < as markup: interview text and questions are shown as
// written, so their markup characters become the full-width forms a Chinese text reads the same.
const MARKUP = /[*_#>[\]`<\\]/g;
const FULL_WIDTH: Record<string, string> = {
  "*": "＊",
  _: "＿",
  "#": "＃",
  ">": "＞",
  "[": "［",
  "]": "］",
  "`": "｀",
  "<": "＜",
  "\\": "＼",
};
const plain = (text: string) => text.replace(MARKUP, (ch) => FULL_WIDTH[ch] ?? ch);

export interface DingTalkReply {
  msgtype: "markdown";
  markdown: { title: string; text: string };
  at: { atUserIds: string[]; isAtAll: false };
}

/**
 * The robot's reply in the HTTP response (消息类型 markdown, open.dingtalk.com/document/orgapp/receive-message):
 * the answer, the source as a link, the numbered follow-ups. In a group the asker is @-mentioned: the userid
 * must be both in `at.atUserIds` and written as "@userid" in the text for DingTalk to render the mention.
 */
export function toDingTalkReply(a: Answer, mention?: string): DingTalkReply {
  const labels = replyLabels(a);
  const body = a.text.length > MAX_TEXT_CHARS ? `${a.text.slice(0, MAX_TEXT_CHARS)}…` : a.text;
  const c = a.citations[0];
  const parts = [
    mention ? `@${mention} ${plain(body)}` : plain(body),
    c ? `[${labels.source}：${plain(c.section)}](${c.url})` : undefined,
    ...a.suggestions.slice(0, 3).map((q, i) => `${labels.reply} ${i + 1}：${plain(q)}`),
  ].filter((p): p is string => !!p);
  return {
    msgtype: "markdown",
    // The title is what the notification and the chat list show.
    markdown: { title: [...a.text].slice(0, 24).join(""), text: parts.join("\n\n") },
    at: { atUserIds: mention ? [mention] : [], isAtAll: false },
  };
}
