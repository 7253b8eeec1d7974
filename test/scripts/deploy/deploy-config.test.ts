import { rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { unstable_readConfig } from "wrangler";
import {
  environmentsOf,
  fillDeployConfig,
  placeholdersOf,
  readWranglerToml,
} from "../../../scripts/deploy/deploy-config.ts";
import { ruleFor } from "../../../scripts/deploy/setting-rules.ts";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const raw = readWranglerToml(`${root}wrangler.toml`);
const bindingNames = (section: Record<string, unknown>) => ({
  d1: ((section.d1_databases ?? []) as { binding: string }[]).map((b) => b.binding),
  durable: (((section.durable_objects as { bindings?: { name: string }[] })?.bindings ?? []) as { name: string }[]).map(
    (b) => b.name,
  ),
  ratelimits: ((section.ratelimits ?? []) as { name: string }[]).map((b) => b.name),
  vars: Object.keys((section.vars ?? {}) as object),
});

describe("wrangler.toml environments", () => {
  it("has staging and production", () => {
    expect(environmentsOf(raw)).toEqual(expect.arrayContaining(["staging", "production"]));
  });

  // Bindings and vars are not inherited by an environment: one added at the top level must be added to each.
  it.each(environmentsOf(raw))("%s repeats every binding and var of the top level", (env) => {
    const top = bindingNames(raw);
    const mine = bindingNames(raw.env?.[env] ?? {});
    for (const kind of ["durable", "ratelimits", "vars"] as const) expect(mine[kind].sort()).toEqual(top[kind].sort());
    expect(mine.d1).toEqual(expect.arrayContaining(top.d1));
  });

  it.each(environmentsOf(raw))("%s has a rule for each of its settings", (env) => {
    const names = placeholdersOf(raw, env);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      expect(name.startsWith(`${env.toUpperCase()}_`), name).toBe(true);
      expect(ruleFor(name), name).toBeDefined();
    }
  });

  it("serves production only on its custom domain", () => {
    const settings = {
      PRODUCTION_HOST: "qa.news.test",
      PRODUCTION_API_RATE_LIMIT_ID: "11",
      PRODUCTION_CHAT_RATE_LIMIT_ID: "12",
    };
    const { config, placeholders } = fillDeployConfig(raw, "production", settings);
    expect(placeholders.every((p) => !p.problem)).toBe(true);
    expect(Object.keys(config.env ?? {})).toEqual(["production"]);
    const production = config.env?.production as Record<string, unknown>;
    expect(production.workers_dev).toBe(false);
    expect(production.routes).toEqual([{ pattern: "qa.news.test", custom_domain: true }]);
    expect((production.ratelimits as { namespace_id: string }[]).map((r) => r.namespace_id)).toEqual(["11", "12"]);
    expect(JSON.stringify(config)).not.toContain("${");
  });

  // The generated file is what `wrangler deploy --config` reads: wrangler itself must see the custom domain,
  // the namespaces and the database of production, and the paths of wrangler.toml.
  it("is read by wrangler as production on its custom domain", () => {
    const settings = {
      PRODUCTION_HOST: "qa.news.test",
      PRODUCTION_API_RATE_LIMIT_ID: "11",
      PRODUCTION_CHAT_RATE_LIMIT_ID: "12",
    };
    const file = `${root}.wrangler.config-test.generated.json`;
    writeFileSync(file, JSON.stringify(fillDeployConfig(raw, "production", settings).config));
    try {
      const config = unstable_readConfig({ config: file, env: "production" });
      expect(config.name).toBe("interview-assistant-production");
      expect(config.workers_dev).toBe(false);
      expect(config.routes).toEqual([{ pattern: "qa.news.test", custom_domain: true }]);
      expect(config.ratelimits.map((r: { namespace_id: string }) => r.namespace_id)).toEqual(["11", "12"]);
      expect(config.d1_databases[0]).toMatchObject({ binding: "DB", database_name: "interview-insights-production" });
      expect(config.main).toBe(`${root}worker/index.ts`);
    } finally {
      rmSync(file, { force: true });
    }
  }, 30_000);

  it("names each missing or malformed setting", () => {
    const { placeholders } = fillDeployConfig(raw, "production", {
      PRODUCTION_HOST: "https://qa.news.test/",
      PRODUCTION_API_RATE_LIMIT_ID: "-3",
    });
    const problems = Object.fromEntries(placeholders.map((p) => [p.name, p.problem]));
    expect(problems.PRODUCTION_HOST).toMatch(/without https/);
    expect(problems.PRODUCTION_API_RATE_LIMIT_ID).toMatch(/positive integer/);
    expect(problems.PRODUCTION_CHAT_RATE_LIMIT_ID).toBe("missing");
  });

  it.each([
    ["interview.workers.dev", /mainland China/],
    ["assistant.acme.workers.dev", /mainland China/],
    ["chat", /not a hostname/],
    ["chat.example.cn", undefined],
    ["问答.example.cn", /not a hostname/],
  ])("host %s", (host, problem) => {
    const result = ruleFor("PRODUCTION_HOST")?.problem(host);
    if (problem) expect(result).toMatch(problem);
    else expect(result).toBeUndefined();
  });
});
