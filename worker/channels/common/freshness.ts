/** Requests older or newer than this are refused: a captured signed URL stops working after five minutes. */
export const MAX_SKEW_SECONDS = 300;

export function isFresh(timestamp: string, nowMs = Date.now()): boolean {
  if (!/^\d{1,12}$/.test(timestamp)) return false;
  return Math.abs(nowMs / 1000 - Number(timestamp)) <= MAX_SKEW_SECONDS;
}
