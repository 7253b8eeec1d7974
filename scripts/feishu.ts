// npm run feishu -- "问题" [--group] [--chat oc_X] [--user ou_X] [--url http://127.0.0.1:8787]
// npm run feishu -- --challenge   (the console's URL verification)
// Plays Feishu against a running worker (`npm run dev`): posts an im.message.receive_v1 event encrypted and
// signed like the platform (scripts/platform-bots.ts), then waits for the worker's reply on a local fake of
// Feishu's API (test/support/fake-feishu.ts) listening at FEISHU_API_BASE, which must be a 127.0.0.1 address
// in .dev.vars (see .dev.vars.example), and prints it.
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { startFakeFeishuAt } from "../test/support/fake-feishu.ts";
import { fail, need, readSettings } from "./dev-settings.ts";
import { feishuEncrypt, feishuMessagePush } from "./platform-bots.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    group: { type: "boolean" },
    challenge: { type: "boolean" },
    chat: { type: "string", default: "oc_cli_simulated_chat" },
    user: { type: "string", default: "ou_cli_simulated_user" },
    url: { type: "string", default: "http://127.0.0.1:8787" },
  },
});

const s = readSettings();
const token = need(s, "FEISHU_VERIFICATION_TOKEN");
const encryptKey = s.FEISHU_ENCRYPT_KEY;
const post = (body: string, headers: Record<string, string> = { "content-type": "application/json" }) =>
  fetch(`${values.url}/feishu`, { method: "POST", headers, body }).catch((e: Error) =>
    fail(`cannot reach ${values.url}: ${e.message} (is \`npm run dev\` running?)`),
  );

if (values.challenge) {
  const challenge = randomUUID();
  const plain = JSON.stringify({ challenge, token, type: "url_verification" });
  const res = await post(encryptKey ? JSON.stringify({ encrypt: feishuEncrypt(encryptKey, plain) }) : plain);
  const text = await res.text();
  const ok = res.status === 200 && (JSON.parse(text) as { challenge?: string }).challenge === challenge;
  console.log(`${ok ? "✓" : "✗"} URL verification (${encryptKey ? "encrypted" : "plain"}): HTTP ${res.status} ${text}`);
  process.exit(ok ? 0 : 1);
}

const question = positionals.join(" ").trim();
if (!question) fail('usage: npm run feishu -- "问题" [--group] [--chat ID] [--user ID] [--url URL] | --challenge');
if (!encryptKey)
  fail("FEISHU_ENCRYPT_KEY is not set: the simulator sends signed, encrypted events as Feishu does with one");
const base = need(s, "FEISHU_API_BASE");
const api = new URL(base);
if (api.hostname !== "127.0.0.1")
  fail(`FEISHU_API_BASE is ${base}: the simulator plays Feishu's API on 127.0.0.1 only`);

const fake = await startFakeFeishuAt(Number(api.port), {
  appId: need(s, "FEISHU_APP_ID"),
  appSecret: need(s, "FEISHU_APP_SECRET"),
});
try {
  const messageId = `om_cli_${Date.now()}`;
  const push = feishuMessagePush({
    encryptKey,
    token,
    appId: s.FEISHU_APP_ID!,
    text: values.group ? `@_user_1 ${question}` : question,
    eventId: randomUUID(),
    messageId,
    chatId: values.chat!,
    openId: values.user!,
    chatType: values.group ? "group" : "p2p",
  });
  const res = await post(push.body, push.headers);
  const ack = await res.text();
  if (res.status !== 200) fail(`HTTP ${res.status}: ${ack}`);
  // The worker acknowledges first and replies through the API afterwards (ctx.waitUntil).
  const deadline = Date.now() + 10_000;
  let reply: { body: unknown } | undefined;
  while (!reply && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    reply = fake.requests.find((r) => r.path === `/open-apis/im/v1/messages/${messageId}/reply`);
  }
  if (!reply)
    fail(`acknowledged (${ack}) but no reply reached ${base} within 10 s: see the worker's log (reply_failed)`);
  const text = (JSON.parse((reply.body as { content: string }).content) as { text: string }).text;
  console.log(`\n${text}\n`);
  console.error(`(Feishu: acknowledged with ${ack}, replied through ${base})`);
} finally {
  await fake.stop();
}
