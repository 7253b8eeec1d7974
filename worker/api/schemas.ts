// The API's requests and replies as valibot schemas: the routes validate with them, the widget takes its types
// from them, and GET /openapi.json is generated from them. Valibot only, no server code, so the widget can import
// the types. Each failed rule's message is "code: text"; worker/api/validate.ts turns it into the API's error.
import * as v from "valibot";
import { FEEDBACK_REASONS } from "./feedback-reasons.ts";

export const MAX_QUESTION_CHARS = 500;
export const MAX_HISTORY = 10;
export const MAX_ANSWER_CHARS = 2000;

/** The codes of the API's one error shape, { "error": { "code", "message" } }. */
export const ERROR_CODES = [
  "bad_request",
  "invalid_json",
  "unsupported_media_type",
  "missing_question",
  "invalid_question",
  "question_too_long",
  "invalid_history",
  "payload_too_large",
  "too_deeply_nested",
  "rate_limited",
  "not_found",
  "method_not_allowed",
  "internal_error",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

const fail = (code: ErrorCode, text: string) => `${code}: ${text}`;
// Characters as a reader counts them (code points), not UTF-16 units: 500 Han characters are 500.
const chars = (s: string) => [...s].length;
const passageId = /^[\w.-]{1,64}$/;

/** A question: a string, trimmed, not empty, at most MAX_QUESTION_CHARS characters. */
const question = (field: string) =>
  v.pipe(
    v.string((issue) =>
      issue.input === undefined || issue.input === null
        ? fail("missing_question", `Field "${field}" is required.`)
        : fail("invalid_question", `Field "${field}" must be a string.`),
    ),
    v.description(`The question, ${MAX_QUESTION_CHARS} characters at most.`),
    // JSON Schema's maxLength counts code points, as chars() does; for the OpenAPI document only.
    v.metadata({ maxLength: MAX_QUESTION_CHARS }),
    v.trim(),
    v.nonEmpty(fail("missing_question", `Field "${field}" must not be empty.`)),
    v.check(
      (q) => chars(q) <= MAX_QUESTION_CHARS,
      fail("question_too_long", `Field "${field}" is limited to ${MAX_QUESTION_CHARS} characters.`),
    ),
  );

/**
 * The message of an object schema: valibot reports a missing required key with the object's own message, so
 * a missing field is told apart from a body that is no object at all (valibot's object() takes an array too).
 */
const objectMessage =
  (notObject: string, missing: ErrorCode) =>
  (issue: v.BaseIssue<unknown>): string => {
    const item = issue.path?.[0];
    if (!item || Array.isArray(item.input)) return notObject;
    return fail(missing, `Field "${String(item.key)}" is required.`);
  };

const historyItem = fail(
  "invalid_history",
  `Each history item must be {"question": string} of at most ${MAX_QUESTION_CHARS} characters.`,
);
const earlierQuestion = v.pipe(
  v.string(historyItem),
  v.metadata({ maxLength: MAX_QUESTION_CHARS }),
  v.check((q) => chars(q) <= MAX_QUESTION_CHARS, historyItem),
);

/**
 * Who asks: "widget" for the web chat (the insights count it as its own channel); anything else, or nothing,
 * is the API.
 */
const client = v.optional(
  v.pipe(
    v.string(fail("bad_request", 'Field "client" must be a string.')),
    v.maxLength(64, fail("bad_request", 'Field "client" is limited to 64 characters.')),
    v.description('"widget" when the web chat asks: the insights count it as its own channel.'),
  ),
);

/** POST /api/ask. */
export const AskBody = v.object(
  {
    question: question("question"),
    client,
    history: v.optional(
      v.pipe(
        v.array(
          // {"question": "…"}, or the bare string older clients send.
          v.union(
            [
              v.pipe(
                v.object({ question: earlierQuestion }, historyItem),
                v.transform((t) => t.question),
              ),
              earlierQuestion,
            ],
            historyItem,
          ),
          fail(
            "invalid_history",
            `Field "history" must be an array of at most ${MAX_HISTORY} {"question": string} items.`,
          ),
        ),
        v.maxLength(
          MAX_HISTORY,
          fail(
            "invalid_history",
            `Field "history" must be an array of at most ${MAX_HISTORY} {"question": string} items.`,
          ),
        ),
        v.description("Earlier questions of the conversation, oldest first: follow-ups are read against them."),
      ),
      [],
    ),
  },
  objectMessage(fail("bad_request", 'The body must be a JSON object: {"question": "…"}.'), "missing_question"),
);
export type AskBody = v.InferInput<typeof AskBody>;

/** GET /api/ask?q=… */
export const AskQuery = v.object(
  { q: question("question"), client },
  objectMessage(fail("bad_request", "The query must have q."), "missing_question"),
);

const Citation = v.object({
  id: v.string(),
  quote: v.pipe(v.string(), v.description("The passage, in the asker's script.")),
  speaker: v.string(),
  section: v.string(),
  url: v.pipe(v.string(), v.description("The passage on /source.")),
  lang: v.pipe(v.picklist(["zh-Hans", "zh-Hant"]), v.description("BCP 47 tag of quote, speaker and section.")),
  original: v.pipe(
    v.object({ quote: v.string(), speaker: v.string(), section: v.string() }),
    v.description("The same, verbatim as in the interview (Traditional)."),
  ),
});
export type Citation = v.InferOutput<typeof Citation>;

const AnswerFact = v.object({
  value: v.string(),
  measure: v.string(),
  period: v.string(),
  rank: v.string(),
  asked: v.pipe(
    v.picklist(["rank", "value"]),
    v.description("What the question asked of the fact (排第几 asks its rank): a card leads with that."),
  ),
});

/** The reply of /api/ask. */
export const AskReply = v.object({
  id: v.optional(
    v.pipe(
      v.string(),
      v.description('The answer\'s id (always given by /api/ask): send it back as "answerId" with a vote.'),
    ),
  ),
  answer: v.pipe(v.string(), v.description("The reply, in the asker's script; a hedge when confidence < 0.6.")),
  found: v.pipe(v.boolean(), v.description("false: the interview does not say.")),
  intent: v.picklist(["answer", "no_answer", "greeting", "help"]),
  citations: v.array(Citation),
  confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  related: v.pipe(v.array(Citation), v.description("Passages on the topic that do not answer it.")),
  list: v.optional(v.pipe(v.array(v.string()), v.description("The points of an outline answer, in order."))),
  suggestions: v.pipe(v.array(v.string()), v.description("Follow-up questions.")),
  fact: v.optional(v.pipe(AnswerFact, v.description("The quick fact a figure answer states."))),
});
export type AskReply = v.InferOutput<typeof AskReply>;

const feedbackQuestion = fail(
  "bad_request",
  `Field "question" must be a non-empty string of at most ${MAX_QUESTION_CHARS} characters.`,
);
const feedbackAnswer = fail(
  "bad_request",
  `Field "answer" must be a string of at most ${MAX_ANSWER_CHARS} characters.`,
);
const feedbackCitation = fail("bad_request", 'Field "citation" must be a passage id.');
const feedbackAnswerId = fail("bad_request", 'Field "answerId" must be the "id" of an /api/ask answer.');

/** POST /api/feedback. */
export const FeedbackBody = v.pipe(
  v.object(
    {
      question: v.pipe(
        v.string(feedbackQuestion),
        v.trim(),
        v.nonEmpty(feedbackQuestion),
        v.check((q) => chars(q) <= MAX_QUESTION_CHARS, feedbackQuestion),
        v.description(`The question, ${MAX_QUESTION_CHARS} characters at most.`),
      ),
      vote: v.picklist(["up", "down"], fail("bad_request", 'Field "vote" must be "up" or "down".')),
      answer: v.optional(
        v.pipe(
          v.string(feedbackAnswer),
          v.check((a) => chars(a) <= MAX_ANSWER_CHARS, feedbackAnswer),
        ),
      ),
      citation: v.optional(
        v.pipe(
          v.string(feedbackCitation),
          v.regex(passageId, feedbackCitation),
          v.description("The passage the answer cited first."),
        ),
      ),
      answerId: v.optional(
        v.pipe(
          v.string(feedbackAnswerId),
          v.regex(passageId, feedbackAnswerId),
          v.description('The "id" of the /api/ask answer.'),
        ),
      ),
      reason: v.optional(
        v.pipe(
          v.picklist(
            FEEDBACK_REASONS,
            fail("bad_request", `Field "reason" must be one of ${FEEDBACK_REASONS.map((r) => `"${r}"`).join(", ")}.`),
          ),
          v.description('Why a 👎 (with "vote": "down" only).'),
        ),
      ),
    },
    objectMessage(
      fail("bad_request", 'The body must be a JSON object: {"question": "…", "vote": "up" | "down"}.'),
      "bad_request",
    ),
  ),
  v.check(
    (f) => f.reason === undefined || f.vote === "down",
    fail("bad_request", 'Field "reason" goes with "vote": "down" only.'),
  ),
);
export type Feedback = v.InferInput<typeof FeedbackBody>;

/** GET /api/facts?q=… */
export const FactsQuery = v.object({
  q: v.optional(
    v.pipe(
      // Of a repeated q, the first counts.
      v.union([
        v.string(),
        v.pipe(
          v.array(v.string()),
          v.transform((qs) => qs[0] ?? ""),
        ),
      ]),
      v.check(
        (q) => chars(q) <= MAX_QUESTION_CHARS,
        fail("question_too_long", `q is limited to ${MAX_QUESTION_CHARS} characters.`),
      ),
      v.description("Rank the facts for this query; without it, every fact in page order."),
    ),
    "",
  ),
});

const ApiFact = v.object({
  id: v.string(),
  value: v.pipe(v.string(), v.description('As written: "16.39億元", "41.8%".')),
  number: v.nullable(v.number()),
  unit: v.string(),
  measure: v.string(),
  period: v.string(),
  rank: v.string(),
  quote: v.string(),
  passage: v.string(),
  url: v.string(),
});

/** The reply of /api/facts. */
export const FactsReply = v.object({ facts: v.array(ApiFact) });
export type FactsReply = v.InferOutput<typeof FactsReply>;

/** Every 4xx and 5xx of the API. */
export const ApiError = v.object({ error: v.object({ code: v.picklist(ERROR_CODES), message: v.string() }) });
