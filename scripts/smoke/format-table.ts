import type { Row } from "./smoke-checks.ts";

const MARK = { ok: "✓", fail: "✗", warn: "!", skip: "–" } as const;

export function formatTable(rows: Row[]): string {
  const width = Math.max(5, ...rows.map((r) => r.check.length));
  const line = (a: string, b: string, c: string) => `${a.padEnd(2)} ${b.padEnd(width)}  ${c}`;
  return [
    line("", "check", "result"),
    line("", "-".repeat(width), "------"),
    ...rows.map((r) => line(MARK[r.status], r.check, r.detail)),
  ].join("\n");
}
