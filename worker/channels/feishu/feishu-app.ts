// Feishu/Lark app bot (飞书 自建应用 机器人), event subscription by HTTP (将事件发送至开发者服务器):
// verify (X-Lark-Signature, or the Verification Token) → decrypt → url_verification challenge, or
// im.message.receive_v1 → acknowledge at once → answer() and the reply API in ctx.waitUntil.
// Feishu resends an event it did not see acknowledged in time (3 s), so the answer never delays the 200.
import { type Context, Hono } from "hono";
import type { Env } from "../../env.ts";
import type { WaitUntil } from "../../insights/index.ts";
import { askChat } from "../common/ask-chat.ts";
import { callbackBodyLimit } from "../common/callback-body-limit.ts";
import { MAX_QUESTION_CHARS } from "../common/handle-message.ts";
import { admitOnce } from "../common/replay.ts";
import { stripIllegalXmlChars } from "../common/xml.ts";
import { isRecord, type ReceivedMessage, readReceivedMessage, str } from "./event.ts";
import { DEFAULT_FEISHU_API, type FeishuApiOptions, replyText } from "./feishu-api.ts";
import { toFeishuText } from "./reply.ts";
import { type FeishuEnv, verifyFeishu } from "./verify-feishu.ts";

type FeishuContext = Context<FeishuEnv>;

/** Feishu retries an unacknowledged event after 15 s, 5 min, 1 h and 6 h: its event_id is kept longer. */
const EVENT_ID_KEEP_MS = 8 * 60 * 60 * 1000;

async function answerAndReply(
  env: Env,
  m: ReceivedMessage,
  api: FeishuApiOptions,
  origin: string,
  ctx: WaitUntil,
): Promise<void> {
  try {
    const clean = (t: string) => stripIllegalXmlChars(t).slice(0, MAX_QUESTION_CHARS).trim();
    const input =
      m.input.kind === "text"
        ? m.input.text.trim()
          ? { kind: "text" as const, text: clean(m.input.text) }
          : { kind: "help" as const }
        : m.input;
    const answer = await askChat(env, input, {
      // Follow-ups belong to the conversation (a p2p chat, or a group where the bot was @-mentioned).
      chat: `feishu:${m.appId}:${m.chatId}`,
      key: `event:${m.eventId}`,
      sender: `feishu:${m.openId}`,
      origin,
      channel: "feishu",
      messageId: m.messageId,
      ctx,
    });
    // Already answered (the event id is also kept by ReplayGuard, so this is only a safety net).
    if (!answer) return;
    await replyText(api, m.messageId, toFeishuText(answer, m.chatType === "group" ? m.openId : undefined), m.eventId);
    console.log(JSON.stringify({ level: "info", channel: "feishu", event: "replied", intent: answer.intent }));
  } catch (e) {
    // After the 200 nothing can reach the platform: the log is the only place a failure shows.
    console.error(
      JSON.stringify({ level: "error", channel: "feishu", event: "reply_failed", message: (e as Error).message }),
    );
  }
}

/** The URL check's challenge, or: parse → acknowledge → answer() → format and reply, after the 200. */
async function receiveEvent(c: FeishuContext) {
  const event = c.get("message");
  if (event.type === "url_verification") return c.json({ challenge: str(event.challenge) });
  const header = isRecord(event.header) ? event.header : {};
  if (header.event_type !== "im.message.receive_v1") return c.json({});

  const message = readReceivedMessage(event);
  if (!message) return c.json({});
  const seen = await admitOnce(c.env, "feishu", message.eventId, message.eventId, EVENT_ID_KEEP_MS);
  // A resent event: acknowledged again, answered once.
  if (seen.seen !== "new") return c.json({});
  const api = {
    base: c.env.FEISHU_API_BASE || DEFAULT_FEISHU_API,
    appId: c.env.FEISHU_APP_ID!,
    appSecret: c.env.FEISHU_APP_SECRET!,
  };
  c.executionCtx.waitUntil(answerAndReply(c.env, message, api, new URL(c.req.url).origin, c.executionCtx));
  return c.json({});
}

export const feishuApp = new Hono<{ Bindings: Env }>().post(
  "/",
  callbackBodyLimit("feishu"),
  verifyFeishu,
  receiveEvent,
);
