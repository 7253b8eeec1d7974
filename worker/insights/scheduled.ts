import type { Env } from "../env.ts";
import { deleteExpired, retentionDays } from "./retention.ts";

/** The Cron Trigger (wrangler.toml [triggers]): the daily retention sweep. */
export const scheduled: ExportedHandlerScheduledHandler<Env> = async (controller, env, ctx) => {
  if (!env.DB) return;
  const days = retentionDays(env.INSIGHTS_RETENTION_DAYS);
  ctx.waitUntil(
    deleteExpired(env.DB, days, controller.scheduledTime).then((deleted) =>
      console.log(JSON.stringify({ level: "info", event: "insights_retention", days, deleted })),
    ),
  );
};
