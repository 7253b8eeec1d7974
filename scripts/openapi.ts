// The OpenAPI 3.1 document of the JSON API, generated from its valibot schemas (worker/api/schemas.ts) and its
// operations (worker/api/operations.ts) with @valibot/to-json-schema. Built in Node, served as a static asset.
import { type ConversionConfig, toJsonSchema } from "@valibot/to-json-schema";
import type * as v from "valibot";
import { OPERATIONS } from "../worker/api/operations.ts";
import { ApiError } from "../worker/api/schemas.ts";

const STATUS_TEXT: Record<number, string> = {
  400: "A field broke its rule, or the JSON does not parse: error.code says which.",
  405: "The route does not take this method; Allow lists those it takes.",
  413: "The body is over the route's limit.",
  415: "The body is not JSON (Content-Type: application/json).",
  429: "Over the rate limit; Retry-After says when to come back.",
};

// Requests are documented as sent (before trim and the history transform), replies as received. The checks
// JSON Schema cannot say (code-point counts) are in v.metadata beside them; everything else is ignored quietly.
const asSent: ConversionConfig = { target: "draft-2020-12", typeMode: "input", errorMode: "ignore" };
const asReceived: ConversionConfig = { target: "draft-2020-12", typeMode: "output", errorMode: "ignore" };

function schemaOf(schema: v.GenericSchema, config: ConversionConfig) {
  // OpenAPI 3.1's dialect is JSON Schema 2020-12: the $schema line is implied.
  const { $schema: _, ...json } = toJsonSchema(schema, config) as Record<string, unknown>;
  return json;
}

const json = (schema: Record<string, unknown>) => ({ "application/json": { schema } });

export function buildOpenApi() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) {
    const parameters = Object.entries(op.query?.entries ?? {}).map(([name, schema]) => ({
      name,
      in: "query",
      required: schema.type !== "optional",
      schema: schemaOf(schema, asSent),
    }));
    const responses: Record<string, unknown> = {
      [op.reply.status]: {
        description: op.reply.description,
        ...(op.reply.schema && { content: json(schemaOf(op.reply.schema, asReceived)) }),
      },
    };
    for (const status of op.errors) {
      responses[status] = {
        description: STATUS_TEXT[status] ?? "Error.",
        content: json({ $ref: "#/components/schemas/ApiError" }),
      };
    }
    paths[op.path] ??= {};
    paths[op.path]![op.method] = {
      tags: [op.tag],
      summary: op.summary,
      operationId: `${op.method}${op.path.replace(/\/api\/(\w)/, (_, c: string) => c.toUpperCase())}`,
      ...(parameters.length > 0 && { parameters }),
      ...(op.body && { requestBody: { required: true, content: json(schemaOf(op.body, asSent)) } }),
      responses,
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Interview assistant API",
      version: "1",
      description:
        "Cited, templated answers about the 2024-11-07 Xinhua interview with Zhang Zefeng. Every error is " +
        "{ error: { code, message } }. Replies are in the asker's script (Simplified or Traditional).",
    },
    servers: [{ url: "/" }],
    paths,
    components: { schemas: { ApiError: schemaOf(ApiError, asReceived) } },
  };
}
