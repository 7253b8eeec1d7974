// The channel settings the tools read: the environment over .dev.vars, the same values `wrangler dev` gives
// the worker. Read from the working directory (the repository when run through npm scripts).
import { existsSync, readFileSync } from "node:fs";

export type Settings = Record<string, string | undefined>;

export function readSettings(file = ".dev.vars"): Settings {
  const vars: Record<string, string> = {};
  if (existsSync(file)) {
    for (const line of readFileSync(file, "utf8").split("\n")) {
      const m = /^\s*([A-Z0-9_]+)\s*=\s*"?(.*?)"?\s*$/.exec(line);
      if (m) vars[m[1]!] = m[2]!;
    }
  }
  return { ...vars, ...process.env };
}

export function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

/** The setting, or exit with a message naming it. */
export function need(settings: Settings, name: string): string {
  return settings[name] || fail(`${name} is not set (environment or .dev.vars)`);
}
