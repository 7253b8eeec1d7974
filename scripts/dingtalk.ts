// npm run dingtalk -- "问题" [--group] [--conversation cidX] [--user staffId] [--url http://127.0.0.1:8787]
// Plays DingTalk against a running worker (`npm run dev`): posts a robot callback signed like the platform
// (headers timestamp + sign, scripts/platform-bots.ts), prints the markdown reply. DINGTALK_APP_SECRET comes
// from the environment or .dev.vars, the same value the worker reads.
import { parseArgs } from "node:util";
import { fail, need, readSettings } from "./dev-settings.ts";
import { dingtalkSign } from "./platform-bots.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    group: { type: "boolean" },
    conversation: { type: "string", default: "cidSimulatedConversation" },
    user: { type: "string", default: "staff_cli_user" },
    url: { type: "string", default: "http://127.0.0.1:8787" },
  },
});

const question = positionals.join(" ").trim();
if (!question) fail('usage: npm run dingtalk -- "问题" [--group] [--conversation ID] [--user ID] [--url URL]');
const secret = need(readSettings(), "DINGTALK_APP_SECRET");

const timestamp = String(Date.now());
const body = {
  msgId: `msgCli${Date.now()}`,
  msgtype: "text",
  text: { content: values.group ? ` ${question}` : question },
  conversationId: values.conversation,
  conversationType: values.group ? "2" : "1",
  senderStaffId: values.user,
  senderId: `$:LWCP_v1:$${values.user}`,
  senderNick: "CLI",
  isInAtList: true,
  robotCode: "cli",
};
const res = await fetch(`${values.url}/dingtalk`, {
  method: "POST",
  headers: { "content-type": "application/json; charset=utf-8", timestamp, sign: dingtalkSign(timestamp, secret) },
  body: JSON.stringify(body),
}).catch((e: Error) => fail(`cannot reach ${values.url}: ${e.message} (is \`npm run dev\` running?)`));
const text = await res.text();
if (res.status !== 200) fail(`HTTP ${res.status}: ${text}`);
const reply = JSON.parse(text) as {
  msgtype: string;
  markdown?: { title: string; text: string };
  at?: { atUserIds: string[] };
};
console.log(`\n${reply.markdown?.text ?? text}\n`);
console.error(
  `(DingTalk ${reply.msgtype}, title "${reply.markdown?.title}", @ ${reply.at?.atUserIds.join(",") || "nobody"})`,
);
