// Why a reader gave an answer 👎: the choices the widget offers and /api/feedback accepts. Kept apart from
// feedback.ts so the widget imports these words without the server's code.
export const FEEDBACK_REASONS = ["wrong", "incomplete", "not_found", "other"] as const;
export type FeedbackReason = (typeof FEEDBACK_REASONS)[number];
