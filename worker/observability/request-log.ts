import type { MiddlewareHandler } from "hono";
import type { AnswerIntent } from "../core/answer.ts";
import type { Env } from "../env.ts";

declare module "hono" {
  interface ContextVariableMap {
    /** Set by hono's requestId middleware. */
    requestId: string;
    /** Set by routes that answer a question, for the request log. */
    intent: AnswerIntent;
    found: boolean;
    question: string;
    /** Date.now() when the request arrived: the start of an answer's latency in the insights. */
    receivedAt: number;
  }
}

/** One line per request, as Workers Logs and `wrangler tail` index it. */
export interface RequestLogLine {
  level: "info" | "warn" | "error";
  event: "request";
  id: string;
  method: string;
  route: string;
  status: number;
  ms: number;
  intent?: AnswerIntent;
  found?: boolean;
  question?: string;
}

const MAX_ROUTE_CHARS = 200;

/**
 * The log line of a finished request. Only the path is kept: query strings carry signatures and questions,
 * and headers and bodies are never read here, so no secret can reach the log. The question text is added
 * only when LOG_QUESTIONS is "true".
 */
export function toRequestLogLine(
  fields: Omit<RequestLogLine, "level" | "event" | "question">,
  question: string | undefined,
  logQuestions: boolean,
): RequestLogLine {
  const level = fields.status >= 500 ? "error" : fields.status >= 400 ? "warn" : "info";
  return {
    level,
    event: "request",
    ...fields,
    route: fields.route.slice(0, MAX_ROUTE_CHARS),
    ...(logQuestions && question !== undefined && { question }),
  };
}

/**
 * Logs every request as one JSON line. Mount after hono's requestId(). The latency is wall time as the
 * Workers runtime reports it: its clock advances on I/O, not during pure computation.
 */
export const requestLog: MiddlewareHandler<{ Bindings: Env }> = async (c, next) => {
  const started = Date.now();
  c.set("receivedAt", started);
  await next();
  const line = toRequestLogLine(
    {
      id: c.get("requestId") ?? "",
      method: c.req.method,
      route: c.req.path,
      status: c.res.status,
      ms: Date.now() - started,
      intent: c.get("intent"),
      found: c.get("found"),
    },
    c.get("question"),
    c.env?.LOG_QUESTIONS === "true",
  );
  // The console method sets the level Workers Logs shows and filters on.
  console[line.level](JSON.stringify(line));
};
