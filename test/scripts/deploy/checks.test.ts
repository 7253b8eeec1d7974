import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CHANNEL_SECRETS } from "../../../scripts/deploy/channel-secrets.ts";
import {
  type CheckContext,
  type CommandResult,
  checkChannels,
  checkContent,
  checkDistinctIds,
  checkMigrations,
  checkSecrets,
  checkSettings,
  migrationsResult,
} from "../../../scripts/deploy/checks.ts";
import { fillDeployConfig, readWranglerToml } from "../../../scripts/deploy/deploy-config.ts";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const raw = readWranglerToml(`${root}wrangler.toml`);
const done = (stdout = "", code = 0, stderr = ""): CommandResult => ({ code, stdout, stderr });
const good = {
  PRODUCTION_HOST: "qa.news.test",
  PRODUCTION_API_RATE_LIMIT_ID: "11",
  PRODUCTION_CHAT_RATE_LIMIT_ID: "12",
};

function context(overrides: Partial<CheckContext> & { settings?: Record<string, string> } = {}): CheckContext {
  const settings = overrides.settings ?? good;
  return {
    root,
    env: "production",
    dryRun: false,
    envFile: ".env",
    secretNames: new Set(),
    raw,
    deploy: fillDeployConfig(raw, "production", settings),
    wrangler: async () => done("[]"),
    git: async () => done(""),
    ...overrides,
    settings,
  };
}

describe("deploy checks", () => {
  // The deploy's list must name the worker's own settings (worker/env.ts), documented in .dev.vars.example.
  it.each(Object.entries(CHANNEL_SECRETS))("knows the secrets of %s by the worker's names", (_channel, secrets) => {
    const env = readFileSync(`${root}worker/env.ts`, "utf8");
    const example = readFileSync(`${root}.dev.vars.example`, "utf8");
    for (const secret of secrets) {
      expect(env, secret).toMatch(new RegExp(`\\b${secret}\\?:`));
      expect(example, secret).toMatch(new RegExp(`^${secret}=`, "m"));
    }
  });

  it("gives the command that sets a missing setting", () => {
    const results = checkSettings(context({ settings: { ...good, PRODUCTION_HOST: "" } }));
    const host = results.find((r) => r.check === "PRODUCTION_HOST");
    expect(host?.status).toBe("fail");
    expect(host?.fix).toBe("echo 'PRODUCTION_HOST=chat.example.cn' >> .env   # your own value");
  });

  it("refuses one namespace for two limiters or two environments", () => {
    const same = checkDistinctIds(context({ settings: { ...good, PRODUCTION_CHAT_RATE_LIMIT_ID: "11" } }));
    expect(same.some((r) => r.status === "fail" && r.detail.includes("PRODUCTION_API_RATE_LIMIT_ID"))).toBe(true);
    const shared = checkDistinctIds(context({ settings: { ...good, STAGING_API_RATE_LIMIT_ID: "12" } }));
    expect(shared.find((r) => r.status === "fail")?.detail).toContain("STAGING_API_RATE_LIMIT_ID");
    expect(checkDistinctIds(context()).every((r) => r.status === "ok")).toBe(true);
  });

  it("refuses an unknown channel", () => {
    const results = checkChannels(context({ settings: { ...good, PRODUCTION_CHANNELS: "wechat,telegram" } }));
    expect(results.map((r) => r.status)).toEqual(["ok", "fail"]);
  });

  it("wants each secret of a switched-on channel stored or in the secrets file", async () => {
    const ctx = context({
      settings: { ...good, PRODUCTION_CHANNELS: "wechat" },
      secretsFile: ".secrets.production",
      secretNames: new Set(["WECHAT_TOKEN"]),
      wrangler: async (args) => {
        expect(args).toEqual(["secret", "list", "--format", "json"]);
        return done(JSON.stringify([{ name: "WECHAT_APPID", type: "secret_text" }]));
      },
    });
    const results = await checkSecrets(ctx);
    expect(Object.fromEntries(results.map((r) => [r.check, r.status]))).toEqual({
      "secret WECHAT_TOKEN": "ok",
      "secret WECHAT_APPID": "ok",
      "secret WECHAT_ENCODING_AES_KEY": "fail",
    });
    expect(results.at(-1)?.fix).toBe("npx wrangler secret put WECHAT_ENCODING_AES_KEY --env production");
  });

  it("counts no stored secret for a worker never deployed, and leaves the account alone in a dry run", async () => {
    const firstDeploy = context({
      settings: { ...good, PRODUCTION_CHANNELS: "wecom-bot" },
      wrangler: async () => done("", 1, 'Worker "interview-assistant-production" (env: production) not found.'),
    });
    expect((await checkSecrets(firstDeploy)).map((r) => r.status)).toEqual(["fail", "fail"]);
    const dry = context({
      dryRun: true,
      settings: { ...good, PRODUCTION_CHANNELS: "wecom-bot" },
      wrangler: async () => {
        throw new Error("a dry run must not ask the account");
      },
    });
    expect((await checkSecrets(dry)).map((r) => r.status)).toEqual(["skip", "skip"]);
  });

  it("refuses uncommitted content: the index is built from the work tree", async () => {
    const dirty = context({
      git: async (args) => (args[0] === "status" ? done(" M content/interview.md\n") : done("abc1234\n")),
    });
    const result = (await checkContent(dirty)).find((r) => r.check === "content committed");
    expect(result?.status).toBe("fail");
    expect(result?.detail).toContain("content/interview.md");
    expect(result?.fix).toMatch(/^git add content index-builder && git commit/);
    const clean = context({ git: async (args) => (args[0] === "status" ? done("") : done("abc1234\n")) });
    expect((await checkContent(clean)).every((r) => r.status === "ok")).toBe(true);
  });

  it("reads wrangler d1 migrations list", () => {
    const fixes = { apply: "APPLY", create: "CREATE" };
    expect(migrationsResult("m", done("✅ No migrations to apply!\n"), fixes).status).toBe("ok");
    const pending = migrationsResult(
      "m",
      done("Migrations to be applied:\n┌──────────────────┐\n│ 0001_answers.sql │\n└──────────────────┘\n"),
      fixes,
    );
    expect(pending).toMatchObject({ status: "fail", detail: "not applied: 0001_answers.sql", fix: "APPLY" });
    const missing = done("", 1, "✘ [ERROR] Couldn't find a D1 DB named 'interview-insights-production'");
    expect(migrationsResult("m", missing, fixes)).toMatchObject({ status: "fail", fix: "CREATE" });
    expect(migrationsResult("m", done("", 1, "Not logged in."), fixes).fix).toBe("npx wrangler login");
  });

  it("asks wrangler about the remote database, except in a dry run", async () => {
    const calls: string[][] = [];
    const ctx = context({
      wrangler: async (args) => {
        calls.push(args);
        return done("Migrations to be applied:\n│ 0001_answers.sql │\n");
      },
    });
    const [result] = await checkMigrations(ctx);
    expect(calls).toEqual([["d1", "migrations", "list", "DB", "--remote"]]);
    expect(result?.fix).toBe("npx wrangler d1 migrations apply DB --env production --remote");
    const [dry] = await checkMigrations({ ...ctx, dryRun: true });
    expect(dry?.status).toBe("skip");
    expect(calls.length).toBe(1);
  });
});
