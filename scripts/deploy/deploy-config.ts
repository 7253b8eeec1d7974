// The config of one deploy: wrangler.toml with its target environment's "${NAME}" placeholders filled from
// the settings. Wrangler has no interpolation of its own and no flag for a rate-limit namespace id, so
// the account-specific values are filled in here, into a file that lives only for the deploy.
import { readFileSync } from "node:fs";
import { parse } from "smol-toml";
import { ruleFor } from "./setting-rules.ts";
import type { Settings } from "./settings.ts";

export type RawConfig = Record<string, unknown> & { env?: Record<string, Record<string, unknown>> };

export interface Placeholder {
  name: string;
  value?: string;
  /** Why the value is refused (or that it is missing). */
  problem?: string;
}

export interface DeployConfig {
  /** The whole config, with only the target environment left under `env`, its placeholders filled. */
  config: RawConfig;
  placeholders: Placeholder[];
}

const PLACEHOLDER = /\$\{([A-Z][A-Z0-9_]*)\}/g;

export function readWranglerToml(file: string): RawConfig {
  return parse(readFileSync(file, "utf8")) as RawConfig;
}

export function environmentsOf(config: RawConfig): string[] {
  return Object.keys(config.env ?? {});
}

export function fillDeployConfig(raw: RawConfig, env: string, settings: Settings): DeployConfig {
  const section = raw.env?.[env];
  if (!section) throw new Error(`wrangler.toml has no [env.${env}]`);
  const placeholders = new Map<string, Placeholder>();
  const fill = (value: unknown): unknown => {
    if (typeof value === "string") {
      return value.replace(PLACEHOLDER, (whole, name: string) => {
        const setting = settings[name];
        const rule = ruleFor(name);
        const problem = setting === undefined ? "missing" : rule?.problem(setting);
        placeholders.set(name, { name, value: setting, problem });
        return setting ?? whole;
      });
    }
    if (Array.isArray(value)) return value.map(fill);
    if (value && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v)]));
    }
    return value;
  };
  const filled = fill(section) as Record<string, unknown>;
  return { config: { ...raw, env: { [env]: filled } }, placeholders: [...placeholders.values()] };
}

/** Placeholder names of every environment, to tell apart a value two environments must not share. */
export function placeholdersOf(raw: RawConfig, env: string): string[] {
  return [...JSON.stringify(raw.env?.[env] ?? {}).matchAll(PLACEHOLDER)].map((m) => m[1] ?? "");
}
