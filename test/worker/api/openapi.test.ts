// /openapi.json (built from worker/api/operations.ts, served as an asset: test/e2e/openapi.test.ts) documents
// exactly the API's routes.
import { describe, expect, it } from "vitest";
import { OPERATIONS } from "../../../worker/api/operations.ts";
import { app } from "../../../worker/app.ts";

describe("the documented operations", () => {
  it("are every /api route of the app, and no route that is not there", () => {
    const routes = app.routes
      .filter((r) => r.path.startsWith("/api/") && r.method !== "ALL")
      .map((r) => `${r.method.toLowerCase()} ${r.path}`);
    expect([...new Set(routes)].sort()).toEqual(OPERATIONS.map((op) => `${op.method} ${op.path}`).sort());
  });
});
