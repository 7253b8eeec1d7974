import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

export type Channel = "wechat" | "wecom" | "wecom-bot";

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

/**
 * A channel without its settings stays closed rather than open unauthenticated. 404, not 503: nothing
 * that arrives may produce a 5xx, and to a caller an unconfigured channel is a door that is not there.
 */
export function notConfigured(c: Context, channel: Channel, missing: string[]) {
  console.log(JSON.stringify({ level: "warn", channel, event: "not_configured", missing }));
  return c.json(
    {
      error: {
        code: "channel_not_configured",
        message: `The ${channel} channel is not configured: set ${missing.join(", ")} (see .dev.vars.example).`,
      },
    },
    404,
  );
}
