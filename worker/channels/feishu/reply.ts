import type { Answer } from "../../core/answer.ts";
import { formatReplyText } from "../common/reply-text.ts";

/**
 * The text of a Feishu reply: the same chat text as WeChat's (answer, source line with its link, numbered
 * follow-ups). In a group the asker is @-mentioned with the text message's <at> tag (发送消息内容, text).
 */
export function toFeishuText(a: Answer, mentionOpenId?: string): string {
  const text = formatReplyText(a);
  return mentionOpenId && /^ou_[\w-]+$/.test(mentionOpenId) ? `<at user_id="${mentionOpenId}"></at> ${text}` : text;
}
