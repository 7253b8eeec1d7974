// The OpenAPI document: valid OpenAPI 3.1 by the specification's own JSON schema, and true of what the code
// replies: real answers, facts and errors validate against the schemas it gives.
import { Validator } from "@seriousme/openapi-schema-validator";
import { Ajv2020 } from "ajv/dist/2020.js";
import { beforeAll, describe, expect, it } from "vitest";
import { buildOpenApi } from "../../scripts/openapi.ts";
import { toApiAnswer } from "../../worker/api/api-answer.ts";
import { answer } from "../../worker/core/answer.ts";
import { rankFacts, toApiFact } from "../../worker/facts/index.ts";
import { interview } from "../../worker/interview.ts";

type Json = Record<string, unknown>;
const validator = new Validator();
let result: { valid: boolean; errors?: unknown };
// The document with its $refs (#/components/…) resolved, as the validator reads it.
let resolved: Json;
const at = (...keys: string[]) => keys.reduce<unknown>((o, k) => (o as Json)[k], resolved) as Json;
const replySchema = (path: string, method: string, status: string) =>
  at("paths", path, method, "responses", status, "content", "application/json", "schema");

const ajv = new Ajv2020({ strict: false, allErrors: true });
const check = (schema: Json, value: unknown) => {
  const validate = ajv.compile(schema);
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
};

beforeAll(async () => {
  result = await validator.validate(buildOpenApi());
  resolved = validator.resolveRefs() as Json;
});

describe("openapi.json", () => {
  it("is valid OpenAPI 3.1", () => {
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it.each([
    ["a figure question", "消费品以旧换新一共投入了多少资金?"],
    ["a Traditional question", "外資企業有多少家"],
    ["a question the interview does not answer", "火星上有水吗"],
    ["a greeting", "你好"],
  ])("describes the /api/ask reply to %s", (_, q) => {
    const reply = toApiAnswer(answer(q, { index: interview, origin: "https://x.example" }));
    expect(check(replySchema("/api/ask", "post", "200"), JSON.parse(JSON.stringify(reply)))).toEqual([]);
    expect(check(replySchema("/api/ask", "get", "200"), reply)).toEqual([]);
  });

  it("describes the /api/facts reply and the error shape", () => {
    const facts = { facts: rankFacts(interview.facts, "外资").map(({ fact }) => toApiFact(fact, "https://x.example")) };
    expect(facts.facts.length).toBeGreaterThan(0);
    expect(check(replySchema("/api/facts", "get", "200"), facts)).toEqual([]);
    const error = { error: { code: "question_too_long", message: "…" } };
    expect(check(replySchema("/api/ask", "post", "400"), error)).toEqual([]);
    expect(check(replySchema("/api/ask", "post", "400"), { error: { code: "oops", message: "…" } })).not.toEqual([]);
  });

  it("documents the request bodies the API takes and refuses", () => {
    const body = at("paths", "/api/ask", "post", "requestBody", "content", "application/json", "schema");
    expect(check(body, { question: "外资呢", history: [{ question: "汽车报废更新" }, "家电"] })).toEqual([]);
    expect(check(body, { question: 42 })).not.toEqual([]);
    expect(check(body, { question: "问".repeat(501) })).not.toEqual([]);
    expect(check(body, { question: "q", history: Array(11).fill("q") })).not.toEqual([]);
    const feedback = at("paths", "/api/feedback", "post", "requestBody", "content", "application/json", "schema");
    expect(check(feedback, { question: "q", vote: "down", reason: "incomplete" })).toEqual([]);
    expect(check(feedback, { question: "q", vote: "meh" })).not.toEqual([]);
  });
});
