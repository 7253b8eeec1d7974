// npm run deploy -- --env staging|production [--dry-run | --check] [--env-file .env] [--secrets-file .secrets.production]
// Checks what the environment needs (docs/DEPLOY.md), refuses with the fixing command for each missing
// thing, then runs `wrangler deploy` on a config generated from wrangler.toml and the settings. Any other
// argument goes on to wrangler (e.g. --message "…"). --check runs every check, the account's too, and stops.
import { existsSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import {
  type CheckContext,
  checkChannels,
  checkContent,
  checkDistinctIds,
  checkMigrations,
  checkSecrets,
  checkSettings,
} from "./deploy/checks.ts";
import { environmentsOf, fillDeployConfig, readWranglerToml } from "./deploy/deploy-config.ts";
import { formatChecks } from "./deploy/print-checks.ts";
import { runCommand, runWrangler } from "./deploy/run-command.ts";
import { readNames, readSettings } from "./deploy/settings.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const { values, tokens } = parseArgs({
  options: {
    env: { type: "string", short: "e" },
    "dry-run": { type: "boolean", default: false },
    check: { type: "boolean", default: false },
    "env-file": { type: "string", default: ".env" },
    "secrets-file": { type: "string" },
  },
  strict: false,
  tokens: true,
});
const known = new Set(["env", "dry-run", "check", "env-file", "secrets-file"]);
const passThrough = tokens.flatMap((t) =>
  t.kind === "option" && !known.has(t.name)
    ? [t.rawName, ...(t.value ? [t.value] : [])]
    : t.kind === "positional"
      ? [t.value]
      : [],
);

const raw = readWranglerToml(join(root, "wrangler.toml"));
const env = typeof values.env === "string" ? values.env : "";
if (!environmentsOf(raw).includes(env)) {
  console.error(
    `Name an environment of wrangler.toml: npm run deploy -- --env ${environmentsOf(raw).join("|")} [--dry-run]`,
  );
  process.exit(2);
}
const dryRun = values["dry-run"] === true;
const envFile = String(values["env-file"]);
// The secrets file is optional: secrets may instead be stored once with `wrangler secret put`.
const defaultSecrets = `.secrets.${env}`;
const secretsFile =
  typeof values["secrets-file"] === "string"
    ? values["secrets-file"]
    : existsSync(join(root, defaultSecrets))
      ? defaultSecrets
      : undefined;
if (secretsFile && !existsSync(join(root, secretsFile))) {
  console.error(`No such secrets file: ${secretsFile}`);
  process.exit(2);
}

const settings = readSettings(join(root, envFile));
const deploy = fillDeployConfig(raw, env, settings);
const ctx: CheckContext = {
  root,
  env,
  dryRun,
  envFile,
  secretsFile,
  secretNames: secretsFile ? readNames(join(root, secretsFile)) : new Set(),
  settings,
  raw,
  deploy,
  wrangler: (args) => runWrangler([...args, "--env", env], { cwd: root }),
  git: (args) => runCommand("git", args, { cwd: root }),
};

console.log(`Deploy checks for ${env}${dryRun ? " (dry run)" : ""}:`);
const results = [
  ...checkSettings(ctx),
  ...checkDistinctIds(ctx),
  ...(await checkContent(ctx)),
  ...checkChannels(ctx),
  ...(await checkSecrets(ctx)),
  ...(await checkMigrations(ctx)),
];
console.log(formatChecks(results));
const failed = results.filter((r) => r.status === "fail");
if (failed.length) {
  console.error(
    `\nRefused: ${failed.length} thing(s) missing for ${env}. Run the fix under each ✗, then deploy again.`,
  );
  process.exit(1);
}
if (values.check === true) {
  console.log(`\nAll checks passed for ${env}; nothing deployed (--check).`);
  process.exit(0);
}

// Beside wrangler.toml so that its relative paths (main, assets, migrations_dir, [build]) mean the same.
const generated = join(root, `.wrangler.${env}.generated.json`);
writeFileSync(generated, `${JSON.stringify(deploy.config, null, 2)}\n`);
try {
  const args = ["deploy", "--config", generated, "--env", env, ...(dryRun ? ["--dry-run"] : [])];
  if (secretsFile) args.push("--secrets-file", join(root, secretsFile));
  console.log(`\nwrangler ${args.join(" ").replace(root, "")} ${passThrough.join(" ")}`);
  const result = await runWrangler([...args, ...passThrough], { cwd: root, inherit: true });
  process.exitCode = result.code;
} finally {
  rmSync(generated, { force: true });
}
