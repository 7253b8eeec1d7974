import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

export type Channel = "wechat" | "wecom" | "wecom-bot" | "dingtalk" | "feishu";

/**
 * Every refusal is logged with its reason and answered with a 4xx in the API's error shape, never a 5xx:
 * a 5xx would make the platform retry a request that can never succeed.
 */
export function refuse(
  c: Context,
  channel: Channel,
  status: ContentfulStatusCode,
  reason: string,
  detail?: Record<string, unknown>,
) {
  console.log(JSON.stringify({ level: "warn", channel, event: "refused", reason, status, ...detail }));
  return c.json({ error: { code: reason, message: `Refused: ${reason.replaceAll("_", " ")}.` } }, status);
}

const warned = new Set<string>();

/**
 * A setting that does not match the platform's console, logged once per isolate (not once per message) as an
 * error with the setting to change: the user only sees "该公众号暂时无法提供服务", the operator sees this.
 */
export function warnSetupOnce(channel: Channel, problem: string, fix: string): void {
  const key = `${channel}:${problem}`;
  if (warned.has(key)) return;
  warned.add(key);
  console.error(JSON.stringify({ level: "error", channel, event: "setup", problem, fix }));
}

/**
 * A channel without its settings stays closed rather than open unauthenticated. 404, not 503: nothing
 * that arrives may produce a 5xx, and to a caller an unconfigured channel is a door that is not there.
 * The caller learns nothing of the settings; the log names them.
 */
export function notConfigured(c: Context, channel: Channel, missing: string[]) {
  warnSetupOnce(channel, "not_configured", `set ${missing.join(", ")} (see .dev.vars.example and docs/)`);
  return c.json({ error: { code: "channel_not_configured", message: "This channel is not configured." } }, 404);
}
