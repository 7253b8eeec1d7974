// `npm run wechat -- --doctor <baseUrl>` against the worker under wrangler dev (workerd) on 127.0.0.1: all
// steps pass with the worker's own settings, and a console Token that differs is named as the cause.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runDoctor } from "../../scripts/wechat-doctor.ts";
import { type DevServer, startDevServer } from "../support/wrangler-dev.ts";

// Tencent's public sample values, as in the worker tests.
const settings = {
  WECHAT_TOKEN: "spamtest",
  WECHAT_APPID: "wx2c2769f8efd9abc2",
  WECHAT_ENCODING_AES_KEY: "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG",
  WECOM_TOKEN: "QDG6eK",
  WECOM_CORP_ID: "wx5823bf96d3bd56c7",
  WECOM_ENCODING_AES_KEY: "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C",
};

let server: DevServer;
beforeAll(async () => {
  server = await startDevServer({ vars: settings, timeoutMs: 180_000 });
}, 200_000);
afterAll(async () => {
  await server?.stop();
});

async function doctor(s: Record<string, string>) {
  const lines: string[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((line: string) => void lines.push(line));
  try {
    return { code: await runDoctor(server.url, s), lines };
  } finally {
    log.mockRestore();
  }
}

describe("wechat --doctor", () => {
  it("passes the URL checks and test messages of the Official Account and the WeCom app", async () => {
    const { code, lines } = await doctor(settings);
    expect(lines).toHaveLength(4);
    expect(lines.every((l) => l.startsWith("✓"))).toBe(true);
    expect(code).toBe(0);
  }, 60_000);
  it("names the Token when the console's differs, and the AppID when it is another account's", async () => {
    let r = await doctor({ ...settings, WECHAT_TOKEN: "another-token" });
    expect(r.code).toBe(1);
    expect(r.lines.filter((l) => l.startsWith("✗")).join("\n")).toMatch(/bad_signature: the Token differs/);
    r = await doctor({ ...settings, WECHAT_APPID: "wx_another_account" });
    expect(r.lines.find((l) => l.includes("test message (safe mode)"))).toMatch(/wrong_receiveid: the AppID/);
  }, 60_000);
});
