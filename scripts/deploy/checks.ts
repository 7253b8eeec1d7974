// What production needs before `wrangler deploy`, one check per thing, each refusal with the command that
// fixes it. The checks that need the Cloudflare account (secrets already stored, D1 migrations applied)
// run through wrangler itself and are skipped, and said so, in a dry run.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { CHANNEL_SECRETS } from "./channel-secrets.ts";
import type { DeployConfig, RawConfig } from "./deploy-config.ts";
import { placeholdersOf } from "./deploy-config.ts";
import { ruleFor } from "./setting-rules.ts";
import type { Settings } from "./settings.ts";

export interface CheckResult {
  check: string;
  status: "ok" | "fail" | "skip";
  detail: string;
  /** The exact command that fixes a failure (or runs a skipped check). */
  fix?: string;
}

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CheckContext {
  root: string;
  env: string;
  dryRun: boolean;
  /** As given on the command line, for the fixing commands. */
  envFile: string;
  secretsFile?: string;
  /** Names present in the secrets file. */
  secretNames: Set<string>;
  settings: Settings;
  raw: RawConfig;
  deploy: DeployConfig;
  /** Runs wrangler against the committed wrangler.toml with --env. */
  wrangler: (args: string[]) => Promise<CommandResult>;
  git: (args: string[]) => Promise<CommandResult>;
}

const ENV_PREFIX = (env: string) => `${env.toUpperCase()}_`;

export function checkSettings(ctx: CheckContext): CheckResult[] {
  return ctx.deploy.placeholders.map(({ name, value, problem }) => {
    const rule = ruleFor(name);
    const example = rule?.example(ctx.env) ?? "<value>";
    if (!problem) return { check: name, status: "ok", detail: value ?? "" };
    return {
      check: name,
      status: "fail",
      detail: problem === "missing" ? `not set: ${rule?.what ?? "a deploy setting"}` : `${value}: ${problem}`,
      fix: `echo '${name}=${example}' >> ${ctx.envFile}   # your own value`,
    };
  });
}

/** Two rate limiters, or staging and production, sharing a namespace would share one counter. */
export function checkDistinctIds(ctx: CheckContext): CheckResult[] {
  const names = Object.keys(ctx.raw.env ?? {}).flatMap((env) =>
    placeholdersOf(ctx.raw, env).filter((name) => name.endsWith("_RATE_LIMIT_ID")),
  );
  const mine = ctx.deploy.placeholders.filter((p) => p.name.endsWith("_RATE_LIMIT_ID") && !p.problem);
  const results: CheckResult[] = [];
  for (const p of mine) {
    const twin = names.find((other) => other !== p.name && ctx.settings[other] === p.value);
    if (twin) {
      results.push({
        check: `${p.name} distinct`,
        status: "fail",
        detail: `${p.value} is also ${twin}: both would count in one namespace`,
        fix: `echo '${p.name}=<another integer>' >> ${ctx.envFile}`,
      });
    }
  }
  if (mine.length && !results.length) {
    results.push({ check: "rate-limit namespaces", status: "ok", detail: "one namespace per limiter and environment" });
  }
  return results;
}

export function checkChannels(ctx: CheckContext): CheckResult[] {
  const name = `${ENV_PREFIX(ctx.env)}CHANNELS`;
  const channels = (ctx.settings[name] ?? "")
    .split(",")
    .map((c) => c.trim())
    .filter(Boolean);
  if (!channels.length) {
    return [{ check: name, status: "ok", detail: "web chat and API only (no chat channel switched on)" }];
  }
  const results: CheckResult[] = [];
  for (const channel of channels) {
    const secrets = CHANNEL_SECRETS[channel];
    if (!secrets) {
      results.push({
        check: name,
        status: "fail",
        detail: `unknown channel "${channel}" (known: ${Object.keys(CHANNEL_SECRETS).join(", ")})`,
        fix: `edit ${name} in ${ctx.envFile}`,
      });
      continue;
    }
    results.push({ check: `channel ${channel}`, status: "ok", detail: `needs ${secrets.join(", ")}` });
  }
  return results;
}

function switchedOn(ctx: CheckContext): string[] {
  return (ctx.settings[`${ENV_PREFIX(ctx.env)}CHANNELS`] ?? "")
    .split(",")
    .map((c) => c.trim())
    .filter((c) => CHANNEL_SECRETS[c]);
}

/** Secrets go with the deploy from the secrets file, or are already stored (`wrangler secret put`). */
export async function checkSecrets(ctx: CheckContext): Promise<CheckResult[]> {
  const needed = switchedOn(ctx).flatMap((channel) =>
    (CHANNEL_SECRETS[channel] ?? []).map((secret) => ({ channel, secret })),
  );
  if (!needed.length) return [];
  const missing = needed.filter(({ secret }) => !ctx.secretNames.has(secret));
  const results: CheckResult[] = needed
    .filter(({ secret }) => ctx.secretNames.has(secret))
    .map(({ channel, secret }) => ({
      check: `secret ${secret}`,
      status: "ok",
      detail: `${channel}: in ${ctx.secretsFile}, uploaded with this deploy`,
    }));
  if (!missing.length) return results;
  const put = (secret: string) => `npx wrangler secret put ${secret} --env ${ctx.env}`;
  if (ctx.dryRun) {
    return results.concat(
      missing.map(({ channel, secret }) => ({
        check: `secret ${secret}`,
        status: "skip",
        detail: `${channel}: not in a secrets file; whether it is stored needs the account (dry run)`,
        fix: `npx wrangler secret list --env ${ctx.env}`,
      })),
    );
  }
  const listed = await ctx.wrangler(["secret", "list", "--format", "json"]);
  let stored = new Set<string>();
  if (listed.code === 0) {
    stored = new Set(
      (JSON.parse(listed.stdout.slice(listed.stdout.indexOf("["))) as { name: string }[]).map((s) => s.name),
    );
  } else if (!/not found/i.test(listed.stderr + listed.stdout)) {
    return results.concat({
      check: "stored secrets",
      status: "fail",
      detail: `wrangler secret list failed: ${lastLine(listed)}`,
      fix: "npx wrangler login",
    });
  }
  return results.concat(
    missing.map(({ channel, secret }) =>
      stored.has(secret)
        ? { check: `secret ${secret}`, status: "ok", detail: `${channel}: stored in the worker` }
        : { check: `secret ${secret}`, status: "fail", detail: `${channel} is switched on`, fix: put(secret) },
    ),
  );
}

/** wrangler's [build] rebuilds the index from content/ on every deploy; deploy what is committed. */
export async function checkContent(ctx: CheckContext): Promise<CheckResult[]> {
  const build = (ctx.raw.build as { command?: string } | undefined)?.command ?? "";
  const results: CheckResult[] = [
    build.includes("npm run build")
      ? { check: "index rebuilt on deploy", status: "ok", detail: `[build] command = "${build}"` }
      : {
          check: "index rebuilt on deploy",
          status: "fail",
          detail: "wrangler.toml's [build] does not run npm run build",
          fix: 'add command = "npm run build" under [build] in wrangler.toml',
        },
  ];
  const status = await ctx.git(["status", "--porcelain", "--", "content", "index-builder"]);
  if (status.code !== 0) {
    results.push({ check: "content committed", status: "skip", detail: `not a git work tree: ${lastLine(status)}` });
  } else if (status.stdout.trim()) {
    // Porcelain lines are "XY path": two status letters (either may be a space), a space, the path.
    const files = status.stdout
      .trimEnd()
      .split("\n")
      .map((line) => line.slice(3));
    results.push({
      check: "content committed",
      status: "fail",
      detail: `uncommitted: ${files.join(", ")}; the index would not be the committed content's`,
      fix: 'git add content index-builder && git commit -m "Content: …"   # or: git stash push -- content index-builder',
    });
  } else {
    const head = await ctx.git(["rev-parse", "--short", "HEAD"]);
    results.push({ check: "content committed", status: "ok", detail: `index built from ${head.stdout.trim()}` });
  }
  return results;
}

interface D1Binding {
  binding: string;
  database_name?: string;
  migrations_dir?: string;
}

export async function checkMigrations(ctx: CheckContext): Promise<CheckResult[]> {
  const section = ctx.deploy.config.env?.[ctx.env] ?? {};
  const databases = (section.d1_databases as D1Binding[] | undefined) ?? [];
  const results: CheckResult[] = [];
  for (const db of databases) {
    const check = `D1 ${db.binding} migrations`;
    const dir = db.migrations_dir ?? "migrations";
    const files = existsSync(join(ctx.root, dir))
      ? readdirSync(join(ctx.root, dir)).filter((f) => f.endsWith(".sql"))
      : [];
    const apply = `npx wrangler d1 migrations apply ${db.binding} --env ${ctx.env} --remote`;
    if (!files.length) {
      results.push({
        check,
        status: "fail",
        detail: `no .sql migrations in ${dir}`,
        fix: "git pull   # the migrations folder comes with the code",
      });
      continue;
    }
    if (ctx.dryRun) {
      results.push({
        check,
        status: "skip",
        detail: `${files.length} in ${dir}; whether ${db.database_name} has them needs the account (dry run)`,
        fix: `npx wrangler d1 migrations list ${db.binding} --env ${ctx.env} --remote`,
      });
      continue;
    }
    const listed = await ctx.wrangler(["d1", "migrations", "list", db.binding, "--remote"]);
    results.push(migrationsResult(check, listed, { apply, create: `npx wrangler d1 create ${db.database_name}` }));
  }
  return results;
}

/** Reads `wrangler d1 migrations list --remote` (its messages: wrangler's src/d1/migrations/list.ts). */
export function migrationsResult(
  check: string,
  listed: CommandResult,
  fixes: { apply: string; create: string },
): CheckResult {
  const out = listed.stdout + listed.stderr;
  if (listed.code === 0 && out.includes("No migrations to apply")) {
    return { check, status: "ok", detail: "all applied" };
  }
  if (listed.code === 0 && out.includes("Migrations to be applied")) {
    const pending = [...out.matchAll(/\b(\d{4}_[\w-]+\.sql)\b/g)].map((m) => m[1]);
    return { check, status: "fail", detail: `not applied: ${pending.join(", ") || "some"}`, fix: fixes.apply };
  }
  if (/Couldn't find a D1 DB/i.test(out)) {
    return { check, status: "fail", detail: "the database does not exist", fix: fixes.create };
  }
  return { check, status: "fail", detail: `wrangler failed: ${lastLine(listed)}`, fix: "npx wrangler login" };
}

function lastLine(result: CommandResult): string {
  const lines = (result.stderr || result.stdout).trim().split("\n").filter(Boolean);
  return lines.at(-1) ?? `exit code ${result.code}`;
}
