// npm run deploy -- --check: the checks that ask the account, through the real wrangler, against a local
// stand-in for Cloudflare's API (test/support/fake-cloudflare-api.ts; the real one is out of reach here).
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { type FakeAccount, type FakeCloudflareApi, startFakeCloudflareApi } from "../../support/fake-cloudflare-api.ts";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const migrations = readdirSync(`${root}worker/insights/migrations`).filter((f) => f.endsWith(".sql"));
const WORKER = "interview-assistant-production";
const DB = "interview-insights-production";
const WECHAT = ["WECHAT_TOKEN", "WECHAT_APPID", "WECHAT_ENCODING_AES_KEY"];

let api: FakeCloudflareApi | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

async function check(account: FakeAccount, extra: string[] = []) {
  api = await startFakeCloudflareApi(account);
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(PRODUCTION|STAGING)_|^CLOUDFLARE_/.test(key)),
  );
  const args = ["tsx", "scripts/deploy.ts", "--env", "production", "--check", "--env-file", ".env.example", ...extra];
  return new Promise<{ code: number | null; out: string }>((resolve) => {
    const child = spawn("npx", args, {
      cwd: root,
      env: {
        ...env,
        CLOUDFLARE_API_BASE_URL: api?.baseUrl,
        CLOUDFLARE_API_TOKEN: "fake-token",
        CLOUDFLARE_ACCOUNT_ID: "0123456789abcdef0123456789abcdef",
        CI: "true",
        NO_COLOR: "1",
        WRANGLER_SEND_METRICS: "false",
      },
    });
    let out = "";
    child.stdout.on("data", (c) => {
      out += c;
    });
    child.stderr.on("data", (c) => {
      out += c;
    });
    child.on("close", (code) => resolve({ code, out }));
  });
}

const ready: FakeAccount = {
  databases: { [DB]: { uuid: "6f1c0b52-8c1e-4a7e-9d35-2d8f1a9e0c11", applied: migrations } },
  secrets: { [WORKER]: WECHAT },
};

describe("npm run deploy -- --check against the account", () => {
  it("passes when the secrets are stored and every migration is applied, and deploys nothing", async () => {
    const { code, out } = await check(ready);
    expect(out, out).toContain("All checks passed for production; nothing deployed (--check).");
    expect(code).toBe(0);
    expect(out).toMatch(/✓ secret WECHAT_ENCODING_AES_KEY +wechat: stored in the worker/);
    expect(out).toMatch(/✓ D1 DB migrations +all applied/);
    expect(api?.requests.some((r) => r.includes(`/workers/scripts/${WORKER}/secrets`))).toBe(true);
    expect(api?.requests.filter((r) => r.startsWith("PUT"))).toEqual([]);
  }, 90_000);

  it("refuses an unapplied migration with the command that applies it", async () => {
    const { code, out } = await check({
      ...ready,
      databases: { [DB]: { uuid: "6f1c0b52-8c1e-4a7e-9d35-2d8f1a9e0c11", applied: migrations.slice(1) } },
    });
    expect(code).toBe(1);
    expect(out).toContain(`✗ D1 DB migrations`);
    expect(out).toContain(`not applied: ${migrations[0]}`);
    expect(out).toContain("fix: npx wrangler d1 migrations apply DB --env production --remote");
  }, 90_000);

  it("refuses a database that does not exist with the command that creates it", async () => {
    const { code, out } = await check({ ...ready, databases: {} });
    expect(code).toBe(1);
    expect(out).toContain(`fix: npx wrangler d1 create ${DB}`);
  }, 90_000);

  it("refuses a missing secret, and counts the secrets file for a worker never deployed", async () => {
    const missing = await check({ ...ready, secrets: { [WORKER]: ["WECHAT_TOKEN", "WECHAT_APPID"] } });
    expect(missing.code).toBe(1);
    expect(missing.out).toContain("fix: npx wrangler secret put WECHAT_ENCODING_AES_KEY --env production");
    const firstDeploy = await check({ ...ready, secrets: {} }, ["--secrets-file", ".dev.vars.example"]);
    expect(firstDeploy.out, firstDeploy.out).toMatch(/✓ secret WECHAT_TOKEN +wechat: in \.dev\.vars\.example/);
    expect(firstDeploy.code).toBe(0);
  }, 120_000);
});
