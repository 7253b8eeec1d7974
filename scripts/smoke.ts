// npm run smoke -- <baseUrl> [--wechat-token T] [--allowed-origin O] [--refused-origin O] [--json]
// A post-deploy check anyone can run against any base URL (docs/DEPLOY.md § Smoke check). Prints a table
// and exits 1 when a row fails. The token may come from SMOKE_WECHAT_TOKEN instead of the command line.
import { parseArgs } from "node:util";
import { formatTable } from "./smoke/format-table.ts";
import { runSmoke } from "./smoke/smoke-checks.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    "wechat-token": { type: "string" },
    "allowed-origin": { type: "string" },
    "refused-origin": { type: "string" },
    timeout: { type: "string", default: "10000" },
    json: { type: "boolean", default: false },
  },
});

const base = positionals[0];
if (!base || !URL.canParse(base) || !/^https?:$/.test(new URL(base).protocol)) {
  console.error(
    "Usage: npm run smoke -- https://chat.example.cn [--wechat-token …] [--allowed-origin …] [--refused-origin …]",
  );
  process.exit(2);
}

const rows = await runSmoke({
  base: new URL(base).origin,
  wechatToken: values["wechat-token"] ?? process.env.SMOKE_WECHAT_TOKEN,
  allowedOrigin: values["allowed-origin"],
  refusedOrigin: values["refused-origin"],
  timeoutMs: Number(values.timeout),
});
const failed = rows.filter((r) => r.status === "fail").length;
if (values.json) console.log(JSON.stringify({ base, failed, rows }, null, 2));
else console.log(`${formatTable(rows)}\n\n${failed ? `${failed} failed` : "all passed"} (${base})`);
process.exitCode = failed ? 1 : 0;
