// What each kind of deploy setting must look like, keyed by the end of its name (PRODUCTION_HOST,
// STAGING_API_RATE_LIMIT_ID, …), with an example for the fixing command. Knowledge as data: a new
// placeholder in wrangler.toml needs a rule here, and deploy-config.test.ts checks that every one has.

export interface SettingRule {
  suffix: string;
  /** Shown in the refusal. */
  what: string;
  /** The value written in the fixing command; the owner replaces it with their own. */
  example: (env: string) => string;
  /** Why the value is refused, or undefined when it is fine. */
  problem: (value: string) => string | undefined;
}

const HOSTNAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export const SETTING_RULES: SettingRule[] = [
  {
    suffix: "_HOST",
    what: "the custom domain the worker is served on (a hostname in a zone of your Cloudflare account)",
    example: (env) => (env === "production" ? "chat.example.cn" : `${env}.chat.example.cn`),
    problem: (value) => {
      if (/^[a-z]+:\/\//i.test(value) || value.includes("/")) return "a bare hostname, without https:// or a path";
      if (!HOSTNAME.test(value)) return "not a hostname";
      // https://developers.cloudflare.com/workers/configuration/routing/custom-domains/ and docs/DEPLOY.md:
      // *.workers.dev is not reachable from mainland China, which is the point of a custom domain.
      if (/(^|\.)(workers|pages)\.dev$/.test(value))
        return "a workers.dev/pages.dev address, unreachable from mainland China";
      return undefined;
    },
  },
  {
    suffix: "_RATE_LIMIT_ID",
    what: "a rate-limit namespace id: a positive integer you choose, unique in your Cloudflare account",
    example: (env) => (env === "production" ? "1001" : "2001"),
    // https://developers.cloudflare.com/workers/runtime-apis/bindings/rate-limit/#configuration
    problem: (value) => (/^[1-9][0-9]{0,9}$/.test(value) ? undefined : "not a positive integer"),
  },
];

export function ruleFor(name: string): SettingRule | undefined {
  return SETTING_RULES.find((rule) => name.endsWith(rule.suffix));
}
