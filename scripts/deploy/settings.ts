// Deploy settings: account-specific values (custom domain, rate-limit namespace ids, channels switched on)
// that are never committed. Read from a dotenv file (.env by default, the file wrangler itself loads for
// CLOUDFLARE_ACCOUNT_ID and CLOUDFLARE_API_TOKEN), with the process environment taking precedence, as
// wrangler does (https://developers.cloudflare.com/workers/wrangler/system-environment-variables/).
import { existsSync, readFileSync } from "node:fs";
import { parseEnv } from "node:util";

export type Settings = Record<string, string>;

export function readSettings(envFile: string, environment: NodeJS.ProcessEnv = process.env): Settings {
  const fromFile = existsSync(envFile) ? parseEnv(readFileSync(envFile, "utf8")) : {};
  const settings: Settings = {};
  // An empty value counts as unset, also when it would override the file (FOO= in a CI job).
  for (const source of [fromFile, environment]) {
    for (const [key, value] of Object.entries(source)) {
      if (typeof value === "string" && value.trim() !== "") settings[key] = value.trim();
    }
  }
  return settings;
}

/** Names of a dotenv file (for the secrets file: its values are never read here, only which are there). */
export function readNames(file: string): Set<string> {
  if (!existsSync(file)) return new Set();
  const values = parseEnv(readFileSync(file, "utf8"));
  return new Set(Object.keys(values).filter((key) => values[key]?.trim()));
}
