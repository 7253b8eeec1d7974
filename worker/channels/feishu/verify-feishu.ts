import { createMiddleware } from "hono/factory";
import type { Env } from "../../env.ts";
import { isFresh } from "../common/freshness.ts";
import { notConfigured, refuse, warnSetupOnce } from "../common/refuse.ts";
import { safeEqual } from "../common/signature.ts";
import type { Verified } from "../common/verified.ts";
import { isRecord, str } from "./event.ts";
import { decryptFeishu, FeishuCryptError, verifyFeishuSignature } from "./event-crypt.ts";

/** The event, as JSON: its token (and signature, when an Encrypt Key is set) checked, decrypted if it came sealed. */
export type FeishuEnv = Verified<Record<string, unknown>>;

function missingSettings(env: Env): string[] {
  return (["FEISHU_APP_ID", "FEISHU_APP_SECRET", "FEISHU_VERIFICATION_TOKEN"] as const).filter((k) => !env[k]);
}

/**
 * X-Lark-Signature over the raw body when the Encrypt Key is set, then decryption, then the Verification
 * Token inside the event: Feishu's token travels in the JSON, so the event is parsed here to be verified.
 */
export const verifyFeishu = createMiddleware<FeishuEnv>(async (c, next) => {
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
  } else {
    const header = isRecord(event.header) ? event.header : {};
    // Schema 2.0 carries the Verification Token in its header; unsigned events have only that to prove them.
    if (!safeEqual(str(header.token), token)) return refuse(c, "feishu", 401, "bad_token");
    if (encryptKey && !signed) return refuse(c, "feishu", 401, "missing_signature");
  }
  c.set("message", event);
  await next();
});
