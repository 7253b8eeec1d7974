declare module "*?raw" {
  const text: string;
  export default text;
}

// The vitest pool runs the tests with nodejs_compat, which gives workerd a `process.env` filled from the
// runner's environment (FUZZ_SEED); the worker itself never reads it.
declare const process: { env: Record<string, string | undefined> };

// Test-only bindings of test/vitest.worker.config.ts, beside the worker's own (worker-configuration.d.ts).
declare namespace Cloudflare {
  interface Env {
    /** The insights migrations, read on Node by readD1Migrations. */
    TEST_MIGRATIONS: import("cloudflare:test").D1Migration[];
    /** An empty database: the migrations test applies the schema to it from nothing. */
    EMPTY_DB: D1Database;
  }
}
