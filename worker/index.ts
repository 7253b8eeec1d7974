import { app } from "./app.ts";
import type { Env } from "./env.ts";
import { scheduled } from "./insights/scheduled.ts";

// Durable Object classes must be exported from the main module (wrangler.toml [[durable_objects.bindings]]).
export { ChatState } from "./channels/state/chat-state.ts";
export { ReplayGuard } from "./channels/state/replay-guard.ts";

export default { fetch: app.fetch, scheduled } satisfies ExportedHandler<Env>;
