export { messageAnswerId, newAnswerId } from "./answer-id.ts";
export { type AnswerRow, type InsightsChannel, toAnswerRow } from "./answer-row.ts";
export { type FeedbackReason, insightsDb, recordAnswer, recordFeedback, type WaitUntil } from "./record.ts";
export { waitUntilOf } from "./wait-until.ts";
