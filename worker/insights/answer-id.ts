/** The id of an answer given over the API: returned as `id`, sent back with a vote as `answerId`. */
export function newAnswerId(): string {
  return crypto.randomUUID();
}

/**
 * The id of an answer to a bot message: the same for every retry of that message (each platform retries
 * with the same message id), so that retries make one row. The platform's message id names the message,
 * not the user; an event without one gets a fresh id.
 */
export function messageAnswerId(channel: string, messageId: string | undefined): string {
  return messageId ? `${channel}:${messageId}`.slice(0, 100) : newAnswerId();
}
