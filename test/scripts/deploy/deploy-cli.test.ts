// npm run deploy as an owner runs it: the real script, the real wrangler, `wrangler deploy --dry-run` only.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const scratch = `${root}test/artifacts/deploy/`;
const example = readFileSync(`${root}.env.example`, "utf8");

function deploy(args: string[]) {
  // The machine's own deploy settings must not leak into the test.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(PRODUCTION|STAGING)_|^CLOUDFLARE_/.test(key)),
  );
  const run = spawnSync("npx", ["tsx", "scripts/deploy.ts", ...args], {
    cwd: root,
    env: { ...env, NO_COLOR: "1", CI: "true", WRANGLER_SEND_METRICS: "false" },
    encoding: "utf8",
    timeout: 120_000,
  });
  return { code: run.status, out: `${run.stdout}${run.stderr}` };
}

function envFileWithout(name: string): string {
  mkdirSync(scratch, { recursive: true });
  const file = `test/artifacts/deploy/without-${name}.env`;
  writeFileSync(`${root}${file}`, example.replace(new RegExp(`^${name}=.*$`, "m"), ""));
  return file;
}

describe("npm run deploy", () => {
  it("passes a dry run with the example's settings and secrets, and runs wrangler deploy --dry-run", () => {
    const { code, out } = deploy([
      "--env",
      "production",
      "--dry-run",
      "--env-file",
      ".env.example",
      "--secrets-file",
      ".dev.vars.example",
    ]);
    expect(out, out).toContain("--dry-run: exiting now");
    expect(code).toBe(0);
    expect(out).not.toContain("✗");
    expect(out).toMatch(/✓ secret WECHAT_ENCODING_AES_KEY/);
    expect(out).toMatch(/env\.DB \(interview-insights-production\)/);
    expect(existsSync(`${root}.wrangler.production.generated.json`)).toBe(false);
  }, 120_000); // wrangler builds and bundles the worker for the dry run.

  it.each(["PRODUCTION_HOST", "PRODUCTION_API_RATE_LIMIT_ID", "PRODUCTION_CHAT_RATE_LIMIT_ID"])(
    "refuses without %s, naming the command that sets it",
    (name) => {
      const file = envFileWithout(name);
      const { code, out } = deploy(["--env", "production", "--dry-run", "--env-file", file]);
      expect(code).toBe(1);
      expect(out).toMatch(new RegExp(`✗ ${name} +not set`));
      expect(out).toContain(`fix: echo '${name}=`);
      expect(out).toContain(`>> ${file}`);
      expect(out).toContain("Refused");
      expect(out).not.toContain("wrangler deploy --config");
    },
  );

  it("refuses a workers.dev host", () => {
    mkdirSync(scratch, { recursive: true });
    const file = "test/artifacts/deploy/workers-dev.env";
    writeFileSync(`${root}${file}`, `${example}\nPRODUCTION_HOST=interview.acme.workers.dev\n`);
    const { code, out } = deploy(["--env", "production", "--dry-run", "--env-file", file]);
    expect(code).toBe(1);
    expect(out).toMatch(/✗ PRODUCTION_HOST +interview\.acme\.workers\.dev: .*mainland China/);
  });

  it("asks for an environment", () => {
    const { code, out } = deploy(["--dry-run"]);
    expect(code).toBe(2);
    expect(out).toContain("npm run deploy -- --env staging|production");
  });
});
