import type { CheckResult } from "./checks.ts";

const MARK = { ok: "✓", fail: "✗", skip: "–" } as const;

/** One line per check; under a failure the command that fixes it, under a skip the one that checks it. */
export function formatChecks(results: CheckResult[]): string {
  const width = Math.max(...results.map((r) => r.check.length));
  return results
    .map((r) => {
      const line = `${MARK[r.status]} ${r.check.padEnd(width)}  ${r.detail}`;
      if (!r.fix || r.status === "ok") return line;
      return `${line}\n  ${" ".repeat(width)}  ${r.status === "fail" ? "fix" : "check"}: ${r.fix}`;
    })
    .join("\n");
}
