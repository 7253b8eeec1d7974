// Worker tests, inside workerd through @cloudflare/vitest-plugin: SELF.fetch on the real routes.
import { readFileSync } from "node:fs";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { parse } from "smol-toml";
import { defineConfig } from "vitest/config";

const root = new URL("..", import.meta.url).pathname;
// The insights schema, read here on Node and applied inside workerd by test/worker/apply-migrations.ts.
const migrations = await readD1Migrations(`${root}worker/insights/migrations`);

// The rate limits exactly as wrangler.toml configures them, as CONFIGURED_<name> bindings: the rate-limit test
// checks the documented limit against them, since the suites themselves run with limits no suite reaches.
type RateLimitConfig = { name: string; namespace_id: string; simple: { limit: number; period: number } };
const { ratelimits = [] } = parse(readFileSync(`${root}wrangler.toml`, "utf8")) as { ratelimits?: RateLimitConfig[] };
const configured = Object.fromEntries(
  ratelimits.map(({ name, namespace_id, simple }) => [
    `CONFIGURED_${name}`,
    { namespace_id: `${namespace_id}0`, simple },
  ]),
);

export default defineConfig({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: `${root}wrangler.toml` },
      // Channel settings of the tests: public sample values of wechat-vectors.json (Tencent's own samples),
      // so that the vectors' ciphertexts open through the real routes.
      miniflare: {
        bindings: {
          WECHAT_TOKEN: "spamtest",
          WECHAT_APPID: "wx2c2769f8efd9abc2",
          WECHAT_ENCODING_AES_KEY: "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG",
          WECOM_TOKEN: "QDG6eK",
          WECOM_CORP_ID: "wx5823bf96d3bd56c7",
          WECOM_ENCODING_AES_KEY: "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C",
          WECOM_BOT_TOKEN: "123456",
          WECOM_BOT_ENCODING_AES_KEY: "kWxPEV2UEDyxWpmPdKC3F4dgPDmOvfKX1HGnEUDS1aR",
          ADMIN_TOKEN: "test-admin-token-0123456789",
          TEST_MIGRATIONS: migrations,
          // The secret of DingTalk's own signing sample (test/worker/dingtalk/dingtalk-vectors.json).
          DINGTALK_APP_SECRET: "this is secret",
          // Feishu: the app id, token and Encrypt Key of the platform's documented examples ("test key" decrypts
          // its published sample). The API base is a closed local port: nothing leaves 127.0.0.1, and the Feishu
          // tests point it at the fake API that globalSetup starts (test/support/fake-feishu.ts).
          FEISHU_APP_ID: "cli_9f5343c580712544",
          FEISHU_APP_SECRET: "fake-app-secret-for-tests",
          FEISHU_VERIFICATION_TOKEN: "rvaYgkND1GOiu5MM0E1rncYC6PLtF7JV",
          FEISHU_ENCRYPT_KEY: "test key",
          FEISHU_API_BASE: "http://127.0.0.1:9",
        },
        // A second, empty database: the migrations test applies the schema to it from nothing.
        d1Databases: ["EMPTY_DB"],
        // The suites send thousands of requests without CF-Connecting-IP (one bucket): the real bindings get
        // limits no suite reaches. TIGHT_RATE_LIMITER (limit 3) stands in for either in the rate-limit tests.
        ratelimits: {
          API_RATE_LIMITER: { namespace_id: "7001", simple: { limit: 1_000_000, period: 60 } },
          CHAT_RATE_LIMITER: { namespace_id: "7002", simple: { limit: 1_000_000, period: 60 } },
          TIGHT_RATE_LIMITER: { namespace_id: "7999", simple: { limit: 3, period: 60 } },
          ...configured,
        },
      },
    }),
  ],
  test: {
    name: "worker",
    root,
    include: ["test/worker/**/*.test.ts", "test/text/**/*.test.ts"],
    setupFiles: ["test/worker/apply-migrations.ts"],
    globalSetup: ["test/support/fake-feishu-setup.ts"],
    // One JSON line per request (worker/observability): thousands in the fuzz tests. Tests that check it spy on it.
    onConsoleLog: (log) => !log.includes('"event":"request"'),
  },
});
