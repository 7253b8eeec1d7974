// The event bodies the worker reads (open.feishu.cn: 事件订阅 url_verification, 2.0 schema header, 接收消息
// im.message.receive_v1). Signed or encrypted by the platform, but still only JSON: strings or nothing.
import type { Inbound } from "../state/converse.ts";

export const str = (v: unknown): string => (typeof v === "string" ? v : "");
export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

export interface ReceivedMessage {
  eventId: string;
  appId: string;
  messageId: string;
  chatId: string;
  chatType: string;
  openId: string;
  input: Inbound;
}

// "@_user_1" stands for a mention in the text; "@_all" for @everyone.
const MENTION = /@_(?:user_\d+|all)/g;

// Rich text (post) is either {title, content: [[{tag, text}]]} or that per language ({zh_cn: {…}}).
function postText(content: unknown): string {
  if (Array.isArray(content)) return content.map(postText).join("");
  if (!isRecord(content)) return "";
  if (content.tag === "text") return str(content.text);
  if (content.tag !== undefined) return "";
  return Object.values(content).map(postText).join(" ");
}

function inputOf(type: string, content: unknown): Inbound {
  switch (type) {
    case "text":
      return { kind: "text", text: str(isRecord(content) ? content.text : "").replace(MENTION, " ") };
    case "post": {
      const text = postText(isRecord(content) ? (content.content ?? content) : content).replace(MENTION, " ");
      return text.trim() ? { kind: "text", text } : { kind: "image" };
    }
    case "image":
    case "sticker":
      return { kind: "image" };
    default:
      return { kind: "help" };
  }
}

/** The fields of an im.message.receive_v1 event we use, or undefined when any is missing or not a user's. */
export function readReceivedMessage(event: Record<string, unknown>): ReceivedMessage | undefined {
  const header = isRecord(event.header) ? event.header : {};
  const body = isRecord(event.event) ? event.event : {};
  const sender = isRecord(body.sender) ? body.sender : {};
  const senderId = isRecord(sender.sender_id) ? sender.sender_id : {};
  const message = isRecord(body.message) ? body.message : {};
  // Only people: another app's message answered by us could start two bots talking to each other.
  if (str(sender.sender_type) !== "user") return undefined;
  let content: unknown;
  try {
    content = JSON.parse(str(message.content));
  } catch {
    content = undefined;
  }
  const r = {
    eventId: str(header.event_id),
    appId: str(header.app_id),
    messageId: str(message.message_id),
    chatId: str(message.chat_id),
    chatType: str(message.chat_type),
    openId: str(senderId.open_id),
    input: inputOf(str(message.message_type), content),
  };
  // The message id goes into the reply API's path: only the platform's own form is accepted.
  if (!r.eventId || !/^om_[\w-]{1,120}$/.test(r.messageId) || !r.chatId || !r.openId) return undefined;
  return r;
}
