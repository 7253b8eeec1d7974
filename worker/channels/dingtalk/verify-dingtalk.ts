import { createMiddleware } from "hono/factory";
import { notConfigured, refuse } from "../common/refuse.ts";
import type { Verified } from "../common/verified.ts";
import { isFreshMs, verifyDingTalkSign } from "./sign.ts";

/** The robot's callback: its JSON body as `message`, and the signed `timestamp` the replay check admits once. */
export type DingTalkEnv = Verified<string, { timestamp: string }>;

/**
 * Headers `timestamp` (within an hour) and `sign` (HMAC of the timestamp with the AppSecret, sign.ts). The sign
 * covers the timestamp only, not the body: the route admits each timestamp with one message (replay.ts).
 */
export const verifyDingTalk = createMiddleware<DingTalkEnv>(async (c, next) => {
  const secret = c.env.DINGTALK_APP_SECRET;
  if (!secret) return notConfigured(c, "dingtalk", ["DINGTALK_APP_SECRET"]);
  const timestamp = c.req.header("timestamp");
  const sign = c.req.header("sign");
  if (!timestamp || !sign) return refuse(c, "dingtalk", 401, "missing_signature");
  if (!isFreshMs(timestamp)) return refuse(c, "dingtalk", 403, "stale_timestamp");
  if (!(await verifyDingTalkSign(timestamp, sign, secret))) return refuse(c, "dingtalk", 401, "bad_signature");
  c.set("message", await c.req.text());
  c.set("timestamp", timestamp);
  await next();
});
