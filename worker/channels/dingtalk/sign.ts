// DingTalk's robot callback signature (企业内部机器人 接收消息, open.dingtalk.com/document/orgapp/receive-message):
// headers `timestamp` (milliseconds) and `sign` = base64(HMAC-SHA256(key = appSecret, timestamp + "\n" + appSecret)).
// The same algorithm signs outgoing webhooks (加签, open.dingtalk.com/document/robots/customize-robot-security-settings).
import { encodeBase64 } from "../common/base64.ts";
import { safeEqual } from "../common/signature.ts";

/** DingTalk refuses a timestamp more than one hour from its own clock; so do we (same document). */
export const DINGTALK_MAX_SKEW_MS = 60 * 60 * 1000;

const encoder = new TextEncoder();

export async function signDingTalk(timestamp: string, appSecret: string): Promise<string> {
  const key = await crypto.subtle.importKey(
    "raw",
    encoder.encode(appSecret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const mac = await crypto.subtle.sign("HMAC", key, encoder.encode(`${timestamp}\n${appSecret}`));
  return encodeBase64(new Uint8Array(mac));
}

export function isFreshMs(timestamp: string, nowMs = Date.now()): boolean {
  if (!/^\d{1,15}$/.test(timestamp)) return false;
  return Math.abs(nowMs - Number(timestamp)) <= DINGTALK_MAX_SKEW_MS;
}

export async function verifyDingTalkSign(timestamp: string, sign: string, appSecret: string): Promise<boolean> {
  return safeEqual(await signDingTalk(timestamp, appSecret), sign);
}
