import { bodyLimit } from "hono/body-limit";
import { type Channel, refuse } from "./refuse.ts";

/** Callback bodies are a few KB; anything above this is refused unread. */
export const MAX_CALLBACK_BYTES = 64 * 1024;

/**
 * hono/body-limit for a platform callback: a Content-Length over the limit is refused before reading, and a
 * body without one (chunked) is cut off as soon as it passes the limit. Refused as the channel refuses.
 */
export const callbackBodyLimit = (channel: Channel) =>
  bodyLimit({ maxSize: MAX_CALLBACK_BYTES, onError: (c) => refuse(c, channel, 413, "body_too_large") });
