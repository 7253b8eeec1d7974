// npm run load [-- --duration 60 --connections 100] [--url http://host] [--insights off]
// autocannon against the worker under wrangler dev (workerd): a mix of questions, the facts API, signed and
// encrypted WeChat messages, and hostile requests. Prints requests served, errors, 5xx, p99 and workerd's
// memory before and after. Goal: no errors and no 5xx. Not part of npm test.
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { DatabaseSync } from "node:sqlite";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { dingtalkSign, feishuMessagePush } from "../../scripts/platform-bots.ts";
import { platformSignature } from "../../scripts/platform-signature.ts";
import { createMsgCrypt } from "../../worker/channels/common/msg-crypt.ts";
import { startFakeFeishu } from "../support/fake-feishu.ts";
import { startDevServer } from "../support/wrangler-dev.ts";

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "60" },
    connections: { type: "string", default: "100" },
    url: { type: "string" },
    /** One kind of traffic only (ask, facts, wechat, dingtalk, feishu, hostile, flood), to see what costs what. */
    only: { type: "string" },
    /** "off" runs the worker with INSIGHTS=off (no D1 writes), to compare latency with and without them. */
    insights: { type: "string", default: "on" },
  },
});

// A fresh local D1 per run (inside the repository): the rows counted and sized at the end are this run's.
const PERSIST = ".wrangler/state-load";
const persistDir = fileURLToPath(new URL(`../../${PERSIST}`, import.meta.url));

/** Rows and bytes of the insights tables in the run's local D1 (SQLite's dbstat: pages of tables and indexes). */
function insightsSize() {
  const dir = `${persistDir}/v3/d1/miniflare-D1DatabaseObject`;
  if (!existsSync(dir)) return undefined;
  const file = readdirSync(dir).find((n) => n.endsWith(".sqlite") && n !== "metadata.sqlite");
  if (!file) return undefined;
  // A copy (with its write-ahead log): workerd may still hold the file's lock for a moment after it stops.
  const copy = `${persistDir}/size-copy.sqlite`;
  copyFileSync(`${dir}/${file}`, copy);
  if (existsSync(`${dir}/${file}-wal`)) copyFileSync(`${dir}/${file}-wal`, `${copy}-wal`);
  const db = new DatabaseSync(copy);
  try {
    const count = (t: string) => Number((db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n);
    const bytes = db
      .prepare(
        `SELECT sum(pgsize) AS b FROM dbstat WHERE name IN ('answers', 'answers_at', 'sqlite_autoindex_answers_1')`,
      )
      .get() as { b: number };
    const answers = count("answers");
    return {
      answers,
      feedback: count("feedback"),
      answers_bytes: Number(bytes.b),
      bytes_per_10k_answers: answers ? Math.round((Number(bytes.b) / answers) * 10_000) : undefined,
    };
  } finally {
    db.close();
  }
}

// The channel settings of the tests (Tencent's public sample values), passed to wrangler dev as --var.
const WECOM = {
  WECOM_TOKEN: "QDG6eK",
  WECOM_CORP_ID: "wx5823bf96d3bd56c7",
  WECOM_ENCODING_AES_KEY: "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C",
};
const WECHAT = {
  WECHAT_TOKEN: "spamtest",
  WECHAT_APPID: "wx2c2769f8efd9abc2",
  WECHAT_ENCODING_AES_KEY: "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG",
};
const ACCOUNT = "gh_10f6c3c3ac5a";
const DINGTALK = { DINGTALK_APP_SECRET: "this is secret" };
const FEISHU = {
  FEISHU_APP_ID: "cli_load_test_app",
  FEISHU_APP_SECRET: "load-test-secret",
  FEISHU_VERIFICATION_TOKEN: "load-test-token",
  FEISHU_ENCRYPT_KEY: "test key",
};

// Real clients are many: each request comes from one of CLIENTS addresses (CF-Connecting-IP, which wrangler
// dev passes through), few enough requests each to stay under the per-IP limit, so the limiter is on and
// measured, not switched off. One more address floods on its own and must get 429s, never 5xx.
const CLIENTS = 20_000;
const FLOODER = "198.51.100.66";

interface Req {
  method: "GET" | "POST" | "DELETE";
  path: string;
  headers: Record<string, string>;
  body?: string;
}

const json = { "content-type": "application/json" };
const questions = [
  "电动自行车以旧换新全国排第几",
  "河北凈菜在北京的市場佔有率是多少?",
  "对外直接投资额多少",
  "投入了多少资金?",
  "河北省的GDP是多少",
  "你好",
];

async function sealedWeChat(count: number): Promise<Req[]> {
  const crypt = await createMsgCrypt(WECHAT.WECHAT_ENCODING_AES_KEY, WECHAT.WECHAT_APPID);
  const out: Req[] = [];
  const timestamp = String(Math.floor(Date.now() / 1000)); // fresh for 300 s: longer than the run
  for (let i = 0; i < count; i++) {
    const user = `oLoad${String(i % 2000).padStart(23, "0")}`;
    const xml = `<xml><ToUserName><![CDATA[${ACCOUNT}]]></ToUserName><FromUserName><![CDATA[${user}]]></FromUserName><CreateTime>${timestamp}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[${questions[i % questions.length]}]]></Content><MsgId>${9_000_000_000 + i}</MsgId></xml>`;
    const encrypt = await crypt.encrypt(xml);
    const nonce = String(100_000 + i);
    const q = new URLSearchParams({
      signature: platformSignature([WECHAT.WECHAT_TOKEN, timestamp, nonce]),
      timestamp,
      nonce,
      openid: user,
      encrypt_type: "aes",
      msg_signature: platformSignature([WECHAT.WECHAT_TOKEN, timestamp, nonce, encrypt]),
    });
    out.push({
      method: "POST",
      path: `/wechat?${q}`,
      headers: { "content-type": "text/xml" },
      body: `<xml><ToUserName><![CDATA[${ACCOUNT}]]></ToUserName><Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>`,
    });
  }
  return out;
}

// Signed DingTalk callbacks (headers timestamp + sign), each with its own timestamp and msgId, in a few
// conversations: a repeat of one is a platform retry (the stored reply) or, after 15 s, a replay (empty 200).
function signedDingTalk(count: number): Req[] {
  const now = Date.now();
  return Array.from({ length: count }, (_, i) => {
    const timestamp = String(now - i);
    return {
      method: "POST" as const,
      path: "/dingtalk",
      headers: {
        "content-type": "application/json",
        timestamp,
        sign: dingtalkSign(timestamp, DINGTALK.DINGTALK_APP_SECRET),
      },
      body: JSON.stringify({
        msgId: `msgLoad${i}`,
        msgtype: "text",
        text: { content: questions[i % questions.length] },
        conversationId: `cidLoad${i % 500}`,
        conversationType: i % 2 ? "2" : "1",
        senderStaffId: `staff${i % 1000}`,
        robotCode: "load",
      }),
    };
  });
}

// Signed, encrypted Feishu message events: acknowledged at once, answered in waitUntil through the fake API.
function signedFeishu(count: number): Req[] {
  return Array.from({ length: count }, (_, i) => {
    const push = feishuMessagePush({
      encryptKey: FEISHU.FEISHU_ENCRYPT_KEY,
      token: FEISHU.FEISHU_VERIFICATION_TOKEN,
      appId: FEISHU.FEISHU_APP_ID,
      text: questions[i % questions.length]!,
      eventId: `evLoad${i}`,
      messageId: `om_load${i}`,
      chatId: `oc_load${i % 500}`,
      openId: `ou_load${i % 1000}`,
    });
    return { method: "POST" as const, path: "/feishu", headers: push.headers, body: push.body };
  });
}

const hostile: Req[] = [
  { method: "POST", path: "/api/ask", headers: json, body: `${"[".repeat(8000)}${"]".repeat(8000)}` },
  { method: "POST", path: "/api/ask", headers: json, body: JSON.stringify({ question: "x", pad: "x".repeat(40_000) }) },
  { method: "POST", path: "/api/ask", headers: json, body: JSON.stringify({ question: "问".repeat(501) }) },
  { method: "POST", path: "/api/ask", headers: json, body: JSON.stringify({ question: { $ne: 1 }, history: "x" }) },
  { method: "POST", path: "/api/ask", headers: json, body: '{"question":"\\ud800\u202e\u200b\u0000' },
  { method: "POST", path: "/api/ask", headers: { "content-type": "text/plain" }, body: "question=1" },
  { method: "DELETE", path: "/api/ask", headers: {} },
  { method: "POST", path: "/api/feedback", headers: json, body: JSON.stringify({ question: "q", vote: "maybe" }) },
  {
    method: "POST",
    path: "/wechat?timestamp=1&nonce=1&signature=00",
    headers: { "content-type": "text/xml" },
    body: "<xml><Content>oops",
  },
  {
    method: "POST",
    path: `/wechat?timestamp=${Math.floor(Date.now() / 1000)}&nonce=1&encrypt_type=aes&msg_signature=${"0".repeat(40)}`,
    headers: {},
    body: '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><xml/>',
  },
  { method: "GET", path: "/wecom?echostr=%zz&msg_signature=x", headers: {} },
  { method: "POST", path: "/dingtalk", headers: { timestamp: "1", sign: "x" }, body: "{}" },
  {
    method: "POST",
    path: "/dingtalk",
    headers: { timestamp: String(Date.now()), sign: dingtalkSign(String(Date.now()), "wrong secret") },
    body: "[",
  },
  { method: "POST", path: "/feishu", headers: json, body: '{"encrypt":"AAAA"}' },
  {
    method: "POST",
    path: "/feishu",
    headers: { ...json, "x-lark-signature": "0".repeat(64), "x-lark-request-timestamp": "1" },
    body: JSON.stringify({ schema: "2.0", header: { token: "forged" } }),
  },
  { method: "GET", path: `/nope/${"a".repeat(3000)}`, headers: {} },
];

// workerd's resident memory: the processes in wrangler's process group whose command is workerd.
function workerdRssMb(pgid: number | undefined): number | undefined {
  if (pgid === undefined) return undefined;
  let kb = 0;
  for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) !== pgid || !readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("workerd")) continue;
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
    } catch {}
  }
  return kb ? Math.round(kb / 1024) : undefined;
}

if (!values.url) rmSync(persistDir, { recursive: true, force: true });
// Feishu's reply API, played locally on 127.0.0.1 (the worker's FEISHU_API_BASE points at it).
const fakeFeishu = await startFakeFeishu({ appId: FEISHU.FEISHU_APP_ID, appSecret: FEISHU.FEISHU_APP_SECRET });
const server = values.url
  ? { url: values.url, stop: async () => {}, pid: undefined }
  : await startDevServer({
      vars: {
        ...WECHAT,
        ...WECOM,
        ...DINGTALK,
        ...FEISHU,
        FEISHU_API_BASE: fakeFeishu.url,
        INSIGHTS: values.insights === "off" ? "off" : "on",
      },
      timeoutMs: 180_000,
      persistTo: PERSIST,
    });
try {
  const wechat = await sealedWeChat(4000);
  const dingtalk = signedDingTalk(4000);
  const feishu = signedFeishu(4000);
  const pick = <T>(xs: T[]) => xs[Math.floor(Math.random() * xs.length)]!;
  // Weights: questions 40%, facts 10%, WeChat 15%, DingTalk 10%, Feishu 10%, hostile 10%, one flooding client 5%.
  const only = {
    ask: [0, 0.4],
    facts: [0.4, 0.5],
    wechat: [0.5, 0.65],
    dingtalk: [0.65, 0.75],
    feishu: [0.75, 0.85],
    hostile: [0.85, 0.95],
    flood: [0.95, 1],
  }[values.only ?? ""] ?? [0, 1];
  const next = (): Req & { ip: string } => {
    const r = only[0]! + Math.random() * (only[1]! - only[0]!);
    const n = Math.floor(Math.random() * CLIENTS);
    const ip = `10.${n >> 16}.${(n >> 8) & 0xff}.${n & 0xff}`;
    if (r < 0.3) return { method: "GET", path: `/api/ask?q=${encodeURIComponent(pick(questions))}`, headers: {}, ip };
    if (r < 0.4)
      return {
        method: "POST",
        path: "/api/ask",
        headers: json,
        body: JSON.stringify({ question: "那家电呢?", history: [{ question: "汽车报废更新拨付了多少钱" }] }),
        ip,
      };
    if (r < 0.5) return { method: "GET", path: `/api/facts?q=${encodeURIComponent(pick(questions))}`, headers: {}, ip };
    if (r < 0.65) return { ...pick(wechat), ip };
    if (r < 0.75) return { ...pick(dingtalk), ip };
    if (r < 0.85) return { ...pick(feishu), ip };
    if (r < 0.95) return { ...pick(hostile), ip };
    return { method: "GET", path: "/api/ask?q=hi", headers: {}, ip: FLOODER };
  };

  for (let i = 0; i < 20; i++)
    await fetch(`${server.url}/api/ask?q=${encodeURIComponent(questions[i % questions.length]!)}`, {
      headers: { "cf-connecting-ip": `10.9.9.${i}` },
    });
  const rssBefore = workerdRssMb(server.pid);

  const result = await autocannon({
    url: server.url,
    connections: Number(values.connections),
    duration: Number(values.duration),
    requests: [
      {
        setupRequest: (req) => {
          const { ip, ...r } = next();
          return {
            ...req,
            method: r.method,
            path: r.path,
            body: r.body,
            headers: { ...r.headers, "cf-connecting-ip": ip },
          };
        },
      },
    ],
  });
  const rssAfter = workerdRssMb(server.pid);

  const check = await fetch(`${server.url}/api/ask?q=${encodeURIComponent(questions[0]!)}`, {
    headers: { "cf-connecting-ip": "10.9.9.250" },
  });
  const stillAnswers = check.ok && ((await check.json()) as { found: boolean }).found === true;

  const codes = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [
      code,
      Number((s as { count: number | string }).count),
    ]),
  );
  const fivexx = Object.entries(codes)
    .filter(([c]) => c.startsWith("5"))
    .reduce((n, [, v]) => n + v, 0);
  // Let the last waitUntil writes land, then stop workerd so the database file is complete.
  await new Promise((r) => setTimeout(r, 2_000));
  await server.stop();
  const report = {
    only: values.only ?? "mix",
    insights: values.insights === "off" ? "off" : "on",
    duration_s: result.duration,
    connections: result.connections,
    requests: result.requests.total,
    requests_per_s: Math.round(result.requests.average),
    errors: result.errors,
    timeouts: result.timeouts,
    "5xx": fivexx,
    status_codes: codes,
    latency_ms: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    workerd_rss_mb: { before: rssBefore, after: rssAfter },
    still_answers: stillAnswers,
    // Replies the worker sent to the fake Feishu API in waitUntil, after acknowledging each event.
    feishu_replies: fakeFeishu.requests.filter((q) => q.path.endsWith("/reply")).length,
    insights_rows: values.url ? undefined : insightsSize(),
  };
  console.log(JSON.stringify(report, null, 2));
  process.exitCode = fivexx === 0 && result.errors === 0 && result.timeouts === 0 && stillAnswers ? 0 : 1;
} finally {
  await server.stop();
  await fakeFeishu.stop();
}
