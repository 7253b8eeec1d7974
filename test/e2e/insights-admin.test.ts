// /admin/insights in Chromium after a scripted conversation of mixed questions over three channels (the web
// chat typed into, the JSON API with votes, signed and encrypted WeChat messages), on a fresh local D1.
// The screenshot is the README's picture of the page.
import { createHash } from "node:crypto";
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createMsgCrypt } from "../../worker/channels/common/msg-crypt.ts";
import { type DevServer, startDevServer } from "../support/wrangler-dev.ts";
import { launchBrowser } from "./browser.ts";

const ADMIN_TOKEN = `e2e-${crypto.randomUUID()}`;
// The test settings of the Official Account (Tencent's public sample values, as in the worker tests).
const WECHAT = { token: "spamtest", appid: "wx2c2769f8efd9abc2", key: "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG" };
const PERSIST = ".wrangler/state-e2e-insights";
const SCREENSHOT = fileURLToPath(new URL("../../docs/screenshots/admin-insights.png", import.meta.url));

// WeChat's signature (SHA-1 of the sorted parts), computed here on Node as the platform does.
const signParts = async (parts: string[]) =>
  createHash("sha1")
    .update([...parts].sort().join(""))
    .digest("hex");

let server: DevServer;
let browser: Browser;

beforeAll(async () => {
  rmSync(fileURLToPath(new URL(`../../${PERSIST}`, import.meta.url)), { recursive: true, force: true });
  server = await startDevServer({
    persistTo: PERSIST,
    timeoutMs: 180_000,
    vars: {
      ADMIN_TOKEN,
      WECHAT_TOKEN: WECHAT.token,
      WECHAT_APPID: WECHAT.appid,
      WECHAT_ENCODING_AES_KEY: WECHAT.key,
    },
  });
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function ask(question: string, client?: string) {
  const res = await fetch(`${server.url}/api/ask`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ question, client }),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as { id: string; found: boolean };
}

async function vote(question: string, answerId: string, up: boolean, reason?: string) {
  const res = await fetch(`${server.url}/api/feedback`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ question, answerId, vote: up ? "up" : "down", reason }),
  });
  expect(res.status).toBe(204);
}

async function weChat(content: string, msgId: number) {
  const crypt = await createMsgCrypt(WECHAT.key, WECHAT.appid);
  const timestamp = String(Math.floor(Date.now() / 1000));
  const nonce = String(msgId);
  const xml = `<xml><ToUserName><![CDATA[gh_10f6c3c3ac5a]]></ToUserName><FromUserName><![CDATA[oE2eReader${msgId}]]></FromUserName><CreateTime>${timestamp}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[${content}]]></Content><MsgId>${msgId}</MsgId></xml>`;
  const encrypt = await crypt.encrypt(xml);
  const q = new URLSearchParams({
    signature: await signParts([WECHAT.token, timestamp, nonce]),
    timestamp,
    nonce,
    openid: `oE2eReader${msgId}`,
    encrypt_type: "aes",
    msg_signature: await signParts([WECHAT.token, timestamp, nonce, encrypt]),
  });
  const res = await fetch(`${server.url}/wechat?${q}`, {
    method: "POST",
    headers: { "content-type": "text/xml" },
    body: `<xml><ToUserName><![CDATA[gh_10f6c3c3ac5a]]></ToUserName><Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>`,
  });
  expect(res.status).toBe(200);
}

it("shows the owner a mixed conversation: channels, the unanswered questions grouped, passages with votes", async () => {
  // The web chat, typed into as a reader would.
  const reader = await browser.newPage();
  await reader.goto(`${server.url}/`);
  for (const q of ["消费品以旧换新一共投入了多少资金?", "河北的GDP是多少"]) {
    const answered = reader.waitForResponse(
      (r) => r.url() === `${server.url}/api/ask` && r.request().method() === "POST",
    );
    const input = reader.getByRole("textbox", { name: "你的问题" });
    await input.fill(q);
    await input.press("Enter");
    expect((await answered).status()).toBe(200);
  }
  await reader.close();

  // The API, in both scripts, with votes linked by answer id.
  const asked = [
    "电动自行车以旧换新全国排第几",
    "河北凈菜在北京的市場佔有率是多少?",
    "对外直接投资额多少",
    "河北省的GDP是多少?",
    "河北省的ＧＤＰ是多少",
    "天津的外贸怎么样",
    "天津的外贸怎么样？",
    "张泽峰是谁",
  ];
  const answers = [];
  for (const q of asked) answers.push({ q, ...(await ask(q)) });
  const firstFound = answers.find((a) => a.found)!;
  await vote(firstFound.q, firstFound.id, true);
  const secondFound = answers.filter((a) => a.found)[1]!;
  await vote(secondFound.q, secondFound.id, false, "incomplete");
  // The Official Account.
  for (const [i, q] of ["投入了多少资金?", "河北有几座港口", "净菜能减少多少垃圾"].entries())
    await weChat(q, 7_000_000 + i);

  // The rows are written after each reply (waitUntil): wait until the JSON counts them all.
  const auth = { authorization: `Bearer ${ADMIN_TOKEN}` };
  await expect
    .poll(
      async () =>
        (
          (await (await fetch(`${server.url}/admin/insights.json?days=7`, { headers: auth })).json()) as {
            totals: { questions: number };
          }
        ).totals.questions,
      { timeout: 20_000 },
    )
    .toBe(2 + asked.length + 3);

  // Without the token the page is refused, and the browser would ask for it.
  expect((await fetch(`${server.url}/admin/insights`)).status).toBe(401);

  const context = await browser.newContext({
    viewport: { width: 1100, height: 900 },
    deviceScaleFactor: 1,
    httpCredentials: { username: "owner", password: ADMIN_TOKEN },
  });
  const page = await context.newPage();
  const res = await page.goto(`${server.url}/admin/insights?days=7`);
  expect(res?.status()).toBe(200);
  await expect.poll(() => page.locator("svg.chart").count()).toBe(2);
  const text = await page.locator("main").innerText();
  for (const channel of ["api", "widget", "wechat"]) expect(text).toContain(channel);
  expect(text).toContain("天津的外贸怎么样");
  expect(text).toContain("incomplete 1");
  await page.screenshot({ path: SCREENSHOT, fullPage: true });
  await context.close();
}, 120_000);
