// GET /openapi.json under wrangler dev: the document the build wrote, served by Workers Static Assets, valid
// OpenAPI 3.1 by @seriousme/openapi-schema-validator, and readable from any origin.
import { Validator } from "@seriousme/openapi-schema-validator";
import { expect, inject, it } from "vitest";

const devUrl = inject("devUrl");

it("serves a valid OpenAPI 3.1 document of the JSON API", async () => {
  const res = await fetch(`${devUrl}/openapi.json`, { headers: { origin: "https://docs.example" } });
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toContain("application/json");
  expect(res.headers.get("access-control-allow-origin")).toBe("*");
  const doc = await res.json();
  const validator = new Validator();
  const result = await validator.validate(doc);
  expect(result.errors).toBeUndefined();
  expect(result.valid).toBe(true);
  expect(validator.version).toBe("3.1");
  expect(Object.keys(doc.paths).sort()).toEqual(["/api/ask", "/api/facts", "/api/feedback"]);
});
