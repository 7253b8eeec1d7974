// The scripted conversation behind /admin/insights, for its e2e test and for `npm run screenshots`: mixed
// questions over three channels (the web chat typed into, the JSON API with votes, signed and encrypted WeChat
// messages) against a worker with a fresh local D1 database and an ADMIN_TOKEN.
import { createHash } from "node:crypto";
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext } from "playwright-core";
import { createMsgCrypt } from "../../worker/channels/common/msg-crypt.ts";
import { type DevServer, startDevServer } from "../support/wrangler-dev.ts";

// The test settings of the Official Account (Tencent's public sample values, as in the worker tests).
const WECHAT = { token: "spamtest", appid: "wx2c2769f8efd9abc2", key: "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG" };
const PERSIST = ".wrangler/state-e2e-insights";

// WeChat's signature (SHA-1 of the sorted parts), computed on Node as the platform does.
const signParts = (parts: string[]) =>
  createHash("sha1")
    .update([...parts].sort().join(""))
    .digest("hex");

export interface InsightsServer {
  server: DevServer;
  adminToken: string;
}

/** wrangler dev with a fresh local D1 (its own persist folder), an ADMIN_TOKEN and the Official Account on. */
export async function startInsightsServer(): Promise<InsightsServer> {
  rmSync(fileURLToPath(new URL(`../../${PERSIST}`, import.meta.url)), { recursive: true, force: true });
  const adminToken = `e2e-${crypto.randomUUID()}`;
  const server = await startDevServer({
    persistTo: PERSIST,
    timeoutMs: 180_000,
    vars: {
      ADMIN_TOKEN: adminToken,
      WECHAT_TOKEN: WECHAT.token,
      WECHAT_APPID: WECHAT.appid,
      WECHAT_ENCODING_AES_KEY: WECHAT.key,
    },
  });
  return { server, adminToken };
}

async function ok(res: Promise<Response>, status = 200): Promise<Response> {
  const r = await res;
  if (r.status !== status) throw new Error(`${r.url}: ${r.status}, expected ${status}`);
  return r;
}

async function ask(url: string, question: string) {
  const res = await ok(
    fetch(`${url}/api/ask`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ question }),
    }),
  );
  return { question, ...((await res.json()) as { id: string; found: boolean }) };
}

async function vote(url: string, question: string, answerId: string, up: boolean, reason?: string) {
  await ok(
    fetch(`${url}/api/feedback`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ question, answerId, vote: up ? "up" : "down", reason }),
    }),
    204,
  );
}

async function weChat(url: string, content: string, msgId: number) {
  const crypt = await createMsgCrypt(WECHAT.key, WECHAT.appid);
  const timestamp = String(Math.floor(Date.now() / 1000));
  const nonce = String(msgId);
  const user = `oE2eReader${msgId}`;
  const xml = `<xml><ToUserName><![CDATA[gh_10f6c3c3ac5a]]></ToUserName><FromUserName><![CDATA[${user}]]></FromUserName><CreateTime>${timestamp}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[${content}]]></Content><MsgId>${msgId}</MsgId></xml>`;
  const encrypt = await crypt.encrypt(xml);
  const q = new URLSearchParams({
    signature: signParts([WECHAT.token, timestamp, nonce]),
    timestamp,
    nonce,
    openid: user,
    encrypt_type: "aes",
    msg_signature: signParts([WECHAT.token, timestamp, nonce, encrypt]),
  });
  await ok(
    fetch(`${url}/wechat?${q}`, {
      method: "POST",
      headers: { "content-type": "text/xml" },
      body: `<xml><ToUserName><![CDATA[gh_10f6c3c3ac5a]]></ToUserName><Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>`,
    }),
  );
}

export const WIDGET_QUESTIONS = ["消费品以旧换新一共投入了多少资金?", "河北的GDP是多少"];
export const API_QUESTIONS = [
  "电动自行车以旧换新全国排第几",
  "河北凈菜在北京的市場佔有率是多少?",
  "对外直接投资额多少",
  "河北省的GDP是多少?",
  "河北省的ＧＤＰ是多少",
  "天津的外贸怎么样",
  "天津的外贸怎么样？",
  "张泽峰是谁",
];
export const WECHAT_QUESTIONS = ["投入了多少资金?", "河北有几座港口", "净菜能减少多少垃圾"];

/** Has the conversation; returns how many questions were asked (greetings aside). */
export async function haveConversation(browser: Browser, url: string): Promise<number> {
  const reader = await browser.newPage();
  await reader.goto(`${url}/`);
  // The page paints before widget.js runs: type once the element is defined and has its shadow root.
  await reader.waitForFunction(
    () => customElements.get("interview-chat") !== undefined && !!document.querySelector("interview-chat")?.shadowRoot,
  );
  for (const q of WIDGET_QUESTIONS) {
    const answered = reader.waitForResponse((r) => r.url() === `${url}/api/ask` && r.request().method() === "POST");
    const input = reader.getByRole("textbox", { name: "你的问题" });
    await input.fill(q);
    await input.press("Enter");
    if ((await answered).status() !== 200) throw new Error(`the widget's question "${q}" failed`);
  }
  await reader.close();

  const answers = [];
  for (const q of API_QUESTIONS) answers.push(await ask(url, q));
  const found = answers.filter((a) => a.found);
  if (found.length < 2) throw new Error("the conversation needs two found answers to vote on");
  await vote(url, found[0]!.question, found[0]!.id, true);
  await vote(url, found[1]!.question, found[1]!.id, false, "incomplete");
  for (const [i, q] of WECHAT_QUESTIONS.entries()) await weChat(url, q, 7_000_000 + i);
  return WIDGET_QUESTIONS.length + API_QUESTIONS.length + WECHAT_QUESTIONS.length;
}

/** Waits until /admin/insights.json counts `questions` (rows are written after each reply, in waitUntil). */
export async function waitForRows(url: string, adminToken: string, questions: number, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  let seen = -1;
  while (Date.now() < deadline) {
    const res = await fetch(`${url}/admin/insights.json?days=7`, {
      headers: { authorization: `Bearer ${adminToken}` },
    });
    seen = ((await res.json()) as { totals: { questions: number } }).totals.questions;
    if (seen === questions) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`/admin/insights.json counts ${seen} questions, expected ${questions}`);
}

/** A browser context that logs in as the owner (HTTP Basic: any user, the token as password). */
export function ownerContext(browser: Browser, adminToken: string): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: 1100, height: 900 },
    deviceScaleFactor: 1,
    httpCredentials: { username: "owner", password: adminToken },
  });
}
