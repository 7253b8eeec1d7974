declare module "*?raw" {
  const text: string;
  export default text;
}

// Test-only bindings (test/vitest.worker.config.ts); the worker's own are worker/env.ts's Env.
declare namespace Cloudflare {
  interface Env {
    /** The insights database (wrangler.toml [[d1_databases]]). */
    DB: D1Database;
    /** The insights migrations, read on Node by readD1Migrations. */
    TEST_MIGRATIONS: import("cloudflare:test").D1Migration[];
    /** An empty database: the migrations test applies the schema to it from nothing. */
    EMPTY_DB: D1Database;
  }
}
