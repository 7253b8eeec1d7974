import type { Env } from "../../env.ts";
import type { ReplayVerdict } from "../state/replay-guard.ts";
import type { Channel } from "./refuse.ts";

/**
 * A platform retries an unanswered message within seconds (WeChat: three tries in 15 s; the first try may
 * still be running): a repeat this young gets the stored reply. Older, it is a replay and gets nothing.
 */
export const RETRY_WINDOW_MS = 15_000;

// Ids spread over a few objects so that one busy channel does not queue on a single Durable Object.
const SHARDS = 16;

function shardOf(id: string): number {
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) >>> 0;
  return h % SHARDS;
}

/** The object that keeps `id` of `channel`. */
export function replayGuardFor(env: Env, channel: Channel, id: string) {
  return env.REPLAY_GUARD.get(env.REPLAY_GUARD.idFromName(`${channel}:${shardOf(id)}`));
}

/** Records `id` (with the message it carried) for `keepMs`, and says whether it was seen before. */
export async function admitOnce(
  env: Env,
  channel: Channel,
  id: string,
  message: string,
  keepMs: number,
): Promise<ReplayVerdict> {
  return replayGuardFor(env, channel, id).admit(`${channel}:${id}`, message, keepMs);
}

/** A verdict the caller must not answer: a replay older than a retry, or a reused signature. */
export function isReplay(v: ReplayVerdict): boolean {
  return v.seen === "conflict" || (v.seen === "repeat" && v.ageMs > RETRY_WINDOW_MS);
}
