// Feishu/Lark app bot (飞书 自建应用 机器人), event subscription by HTTP (将事件发送至开发者服务器):
// verify (X-Lark-Signature, or the Verification Token) → decrypt → url_verification challenge, or
// im.message.receive_v1 → acknowledge at once → answer() and the reply API in ctx.waitUntil.
// Feishu resends an event it did not see acknowledged in time (3 s), so the answer never delays the 200.
import { type Context, Hono } from "hono";
import type { Env } from "../../env.ts";
import type { WaitUntil } from "../../insights/index.ts";
import { askChat } from "../common/ask-chat.ts";
import { callbackBodyLimit } from "../common/callback-body-limit.ts";
import { isFresh } from "../common/freshness.ts";
import { MAX_QUESTION_CHARS } from "../common/handle-message.ts";
import { notConfigured, refuse, warnSetupOnce } from "../common/refuse.ts";
import { admitOnce } from "../common/replay.ts";
import { safeEqual } from "../common/signature.ts";
import { stripIllegalXmlChars } from "../common/xml.ts";
import { isRecord, type ReceivedMessage, readReceivedMessage, str } from "./event.ts";
import { decryptFeishu, FeishuCryptError, verifyFeishuSignature } from "./event-crypt.ts";
import { DEFAULT_FEISHU_API, type FeishuApiOptions, replyText } from "./feishu-api.ts";
import { toFeishuText } from "./reply.ts";

type FeishuContext = Context<{ Bindings: Env }>;

/** Feishu retries an unacknowledged event after 15 s, 5 min, 1 h and 6 h: its event_id is kept longer. */
const EVENT_ID_KEEP_MS = 8 * 60 * 60 * 1000;

function missingSettings(env: Env): string[] {
  return (["FEISHU_APP_ID", "FEISHU_APP_SECRET", "FEISHU_VERIFICATION_TOKEN"] as const).filter((k) => !env[k]);
}

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

async function receiveEvent(c: FeishuContext) {
  const missing = missingSettings(c.env);
  if (missing.length) return notConfigured(c, "feishu", missing);
  const token = c.env.FEISHU_VERIFICATION_TOKEN!;
  const encryptKey = c.env.FEISHU_ENCRYPT_KEY;

  const raw = await c.req.text();
  let outer: unknown;
  try {
    outer = JSON.parse(raw);
  } catch {
    return refuse(c, "feishu", 400, "bad_json");
  }
  if (!isRecord(outer)) return refuse(c, "feishu", 400, "bad_json");

  // Signed pushes: the signature covers the raw body, so it is checked before anything is decrypted.
  const signature = c.req.header("x-lark-signature");
  let signed = false;
  if (encryptKey && signature !== undefined) {
    const timestamp = c.req.header("x-lark-request-timestamp") ?? "";
    const nonce = c.req.header("x-lark-request-nonce") ?? "";
    if (!isFresh(timestamp)) return refuse(c, "feishu", 403, "stale_timestamp");
    if (!(await verifyFeishuSignature({ timestamp, nonce, signature }, encryptKey, raw)))
      return refuse(c, "feishu", 401, "bad_signature");
    signed = true;
  }

  let event: Record<string, unknown> = outer;
  if (typeof outer.encrypt === "string") {
    if (!encryptKey) {
      warnSetupOnce(
        "feishu",
        "encrypted_without_key",
        "Events arrive encrypted but FEISHU_ENCRYPT_KEY is not set: put the console's Encrypt Key (事件与回调 → 加密策略) in the worker's secrets.",
      );
      return refuse(c, "feishu", 400, "encrypt_key_not_configured");
    }
    try {
      const inner: unknown = JSON.parse(await decryptFeishu(encryptKey, outer.encrypt));
      if (!isRecord(inner)) return refuse(c, "feishu", 400, "bad_json");
      event = inner;
    } catch (e) {
      if (e instanceof FeishuCryptError) return refuse(c, "feishu", 400, e.message);
      if (e instanceof SyntaxError) return refuse(c, "feishu", 400, "bad_json");
      throw e;
    }
  } else if (encryptKey) {
    warnSetupOnce(
      "feishu",
      "plain_with_key",
      "FEISHU_ENCRYPT_KEY is set but events arrive unencrypted: set the same Encrypt Key in the console, or remove the secret.",
    );
  }

  // The URL check (请求网址校验) is not signed: its token proves it, and the challenge goes back within 1 s.
  if (event.type === "url_verification") {
    if (!safeEqual(str(event.token), token)) return refuse(c, "feishu", 401, "bad_token");
    return c.json({ challenge: str(event.challenge) });
  }
  const header = isRecord(event.header) ? event.header : {};
  // Schema 2.0 carries the Verification Token in its header; unsigned events have only that to prove them.
  if (!safeEqual(str(header.token), token)) return refuse(c, "feishu", 401, "bad_token");
  if (encryptKey && !signed) return refuse(c, "feishu", 401, "missing_signature");
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

export const feishuApp = new Hono<{ Bindings: Env }>().post("/", callbackBodyLimit("feishu"), receiveEvent);
