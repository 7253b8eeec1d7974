// Setup file of the workerd tests: the insights schema on the DB binding, as `wrangler d1 migrations apply`
// would. Setup files run outside per-test storage and may run more than once; applyD1Migrations skips what is applied.
import { applyD1Migrations, env } from "cloudflare:test";

await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
