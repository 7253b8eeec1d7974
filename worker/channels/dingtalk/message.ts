// The robot's callback body (open.dingtalk.com/document/orgapp/receive-message, 消息类型 text, richText,
// picture, audio, video, file). Signed by the platform but still only JSON: fields are read as strings or not at all.
import type { Inbound } from "../state/converse.ts";

export interface DingTalkMessage {
  msgId?: unknown;
  msgtype?: unknown;
  /** "1" single chat, "2" group. */
  conversationType?: unknown;
  conversationId?: unknown;
  senderStaffId?: unknown;
  senderId?: unknown;
  robotCode?: unknown;
  chatbotUserId?: unknown;
  text?: { content?: unknown };
  content?: { recognition?: unknown; richText?: unknown };
}

export const str = (v: unknown): string => (typeof v === "string" ? v : "");

/** What the message asks: a question (text, rich text's text parts, a voice transcript), an image, or help. */
export function toDingTalkInput(msg: DingTalkMessage): Inbound {
  switch (msg.msgtype) {
    case "text":
      return { kind: "text", text: str(msg.text?.content) };
    case "richText": {
      const parts = Array.isArray(msg.content?.richText) ? (msg.content.richText as unknown[]) : [];
      const text = parts
        .map((p) => (typeof p === "object" && p !== null ? str((p as { text?: unknown }).text) : ""))
        .join("");
      return text.trim() ? { kind: "text", text } : { kind: "image" };
    }
    case "audio":
      return { kind: "voice", recognition: str(msg.content?.recognition) };
    case "picture":
      return { kind: "image" };
    default:
      return { kind: "help" };
  }
}
