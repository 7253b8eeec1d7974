import type { FeedbackReason } from "../api/feedback-reasons.ts";
import type { Failure, Reply } from "./api.ts";
import type { Language } from "./strings.ts";

export interface Turn {
  question: string;
  reply?: Reply;
  failure?: Failure;
  /** After a 429: when asking again is allowed (ms since the epoch, from Retry-After). */
  retryAt?: number;
  vote?: "up" | "down";
  reason?: FeedbackReason;
}

export interface Session {
  turns: Turn[];
  /** The script the reader switched to (简/繁), over the page's setting. */
  language?: Language;
  /** Where the log was scrolled to, restored after a reload. */
  scroll?: number;
}

// Kept per tab (sessionStorage) and per API, so two widgets on one page for two interviews do not mix.
const key = (base: string) => `interview-chat:${base}`;

export function loadSession(base: string): Session {
  try {
    const saved = JSON.parse(sessionStorage.getItem(key(base)) ?? "null");
    if (saved && Array.isArray(saved.turns)) {
      // A question still waiting when the page went away has no answer coming: offer a retry.
      for (const turn of saved.turns) if (!turn.reply && !turn.failure) turn.failure = "offline";
      return saved;
    }
  } catch {}
  return { turns: [] };
}

export function saveSession(base: string, session: Session) {
  try {
    sessionStorage.setItem(key(base), JSON.stringify(session));
  } catch {
    // Storage full or disabled (some private modes): the conversation lives until the page closes.
  }
}
