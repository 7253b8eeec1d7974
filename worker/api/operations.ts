// The API's operations as data: what scripts/build-openapi.ts writes to /openapi.json. The routes validate with
// the same schemas; test/worker/api/openapi.test.ts fails when a route and this list disagree.
import type * as v from "valibot";
import { AskBody, AskQuery, AskReply, FactsQuery, FactsReply, FeedbackBody } from "./schemas.ts";

export interface Operation {
  method: "get" | "post";
  path: string;
  tag: string;
  summary: string;
  /** An object schema: each key is one query parameter. */
  query?: v.ObjectSchema<v.ObjectEntries, v.ErrorMessage<v.ObjectIssue> | undefined>;
  body?: v.GenericSchema;
  reply: { status: 200 | 204; description: string; schema?: v.GenericSchema };
  /** Error statuses, each answered in the ApiError shape. */
  errors: number[];
}

export const OPERATIONS: Operation[] = [
  {
    method: "get",
    path: "/api/ask",
    tag: "ask",
    summary: "Ask a question in the query string.",
    query: AskQuery,
    reply: { status: 200, description: "The answer, with its citations.", schema: AskReply },
    errors: [400, 405, 429],
  },
  {
    method: "post",
    path: "/api/ask",
    tag: "ask",
    summary: "Ask a question, with the conversation's earlier questions.",
    body: AskBody,
    reply: { status: 200, description: "The answer, with its citations.", schema: AskReply },
    errors: [400, 405, 413, 415, 429],
  },
  {
    method: "post",
    path: "/api/feedback",
    tag: "feedback",
    summary: "A thumbs up or down on an answer; a 👎 may say why.",
    body: FeedbackBody,
    reply: { status: 204, description: "Kept, as one log line." },
    errors: [400, 405, 413, 415, 429],
  },
  {
    method: "get",
    path: "/api/facts",
    tag: "facts",
    summary: "The interview's figures and lists, ranked for a query.",
    query: FactsQuery,
    reply: { status: 200, description: "The facts, best first.", schema: FactsReply },
    errors: [400, 405, 429],
  },
];
