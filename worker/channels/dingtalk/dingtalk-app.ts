// DingTalk enterprise-internal robot (钉钉 企业内部应用机器人), HTTP mode: verify timestamp + sign → parse →
// answer() through the conversation's ChatState → markdown reply in the HTTP response.
// Protocol: open.dingtalk.com/document/orgapp/receive-message (docs/DINGTALK.md).
import { type Context, Hono } from "hono";
import type { Env } from "../../env.ts";
import { waitUntilOf } from "../../insights/index.ts";
import { askChat } from "../common/ask-chat.ts";
import { callbackBodyLimit } from "../common/callback-body-limit.ts";
import { MAX_QUESTION_CHARS } from "../common/handle-message.ts";
import { refuse } from "../common/refuse.ts";
import { admitOnce, isReplay } from "../common/replay.ts";
import { stripIllegalXmlChars } from "../common/xml.ts";
import { type DingTalkMessage, str, toDingTalkInput } from "./message.ts";
import { toDingTalkReply } from "./reply.ts";
import { DINGTALK_MAX_SKEW_MS } from "./sign.ts";
import { type DingTalkEnv, verifyDingTalk } from "./verify-dingtalk.ts";

type DingTalkContext = Context<DingTalkEnv>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** parse → answer() → format; verifyDingTalk has checked the sign. */
async function receiveMessage(c: DingTalkContext) {
  let msg: DingTalkMessage;
  try {
    const parsed: unknown = JSON.parse(c.get("message"));
    if (!isRecord(parsed)) return refuse(c, "dingtalk", 400, "bad_json");
    msg = parsed as DingTalkMessage;
  } catch {
    return refuse(c, "dingtalk", 400, "bad_json");
  }
  const msgId = str(msg.msgId);
  const conversation = str(msg.conversationId);
  const sender = str(msg.senderStaffId) || str(msg.senderId);
  if (!msgId || !conversation || !sender) return refuse(c, "dingtalk", 400, "missing_fields");

  // The sign covers the timestamp only, not the body: a captured pair would carry any message for an hour.
  // A timestamp is admitted with one msgId; the same timestamp with another message is refused.
  const seen = await admitOnce(c.env, "dingtalk", c.get("timestamp"), msgId, 2 * DINGTALK_MAX_SKEW_MS);
  if (seen.seen === "conflict") return refuse(c, "dingtalk", 409, "replayed_signature");
  if (isReplay(seen)) {
    console.log(JSON.stringify({ level: "warn", channel: "dingtalk", event: "replayed" }));
    return c.body(null, 200);
  }

  const input = toDingTalkInput(msg);
  const clean = (t: string) =>
    stripIllegalXmlChars(t)
      .slice(0, MAX_QUESTION_CHARS)
      // In a group DingTalk removes the robot's @name from the text; a pasted one is dropped too.
      .replace(/^\s*@\S+\s+/, "")
      .trim();
  const question =
    input.kind === "text"
      ? { kind: "text" as const, text: clean(input.text) }
      : input.kind === "voice"
        ? { kind: "voice" as const, recognition: clean(input.recognition) }
        : input;
  const reply = await askChat(c.env, question.kind === "text" && !question.text ? { kind: "help" } : question, {
    // Follow-ups belong to the conversation: in a group, "1" picks from the last reply there.
    chat: `dingtalk:${str(msg.robotCode)}:${conversation}`,
    key: `msg:${msgId}`,
    sender: `dingtalk:${sender}`,
    origin: new URL(c.req.url).origin,
    channel: "dingtalk",
    messageId: msgId,
    ctx: waitUntilOf(c),
  });
  if (!reply) return c.body(null, 200);
  const group = str(msg.conversationType) === "2";
  const staffId = str(msg.senderStaffId);
  return c.json(toDingTalkReply(reply, group && staffId ? staffId : undefined));
}

export const dingtalkApp = new Hono<{ Bindings: Env }>().post(
  "/",
  callbackBodyLimit("dingtalk"),
  verifyDingTalk,
  receiveMessage,
);
