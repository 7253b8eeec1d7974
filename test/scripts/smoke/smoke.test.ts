// npm run smoke against the real worker under wrangler dev, and against targets that are broken on purpose.
import { spawn } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Row } from "../../../scripts/smoke/smoke-checks.ts";
import { type DevServer, startDevServer } from "../../support/wrangler-dev.ts";

const root = fileURLToPath(new URL("../../../", import.meta.url));

function smoke(args: string[]): Promise<{ code: number | null; out: string; rows: Record<string, Row> }> {
  return new Promise((resolve) => {
    const child = spawn("npx", ["tsx", "scripts/smoke.ts", ...args], {
      cwd: root,
      env: { ...process.env, NO_COLOR: "1" },
    });
    let out = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
    });
    child.stderr.on("data", (chunk) => {
      out += chunk;
    });
    child.on("close", (code) => {
      let rows: Record<string, Row> = {};
      try {
        rows = Object.fromEntries((JSON.parse(out) as { rows: Row[] }).rows.map((r) => [r.check, r]));
      } catch {}
      resolve({ code, out, rows });
    });
  });
}

describe("npm run smoke against wrangler dev", () => {
  let server: DevServer;
  beforeAll(async () => {
    server = await startDevServer({ vars: { WECHAT_TOKEN: "smoke-token", ALLOWED_ORIGINS: "https://news.test" } });
  }, 120_000);
  afterAll(() => server?.stop());

  it("passes every row and prints the table", async () => {
    const args = [
      "--wechat-token",
      "smoke-token",
      "--allowed-origin",
      "https://news.test",
      "--refused-origin",
      "https://evil.test",
    ];
    const table = await smoke([server.url, ...args]);
    expect(table.out, table.out).toMatch(/all passed/);
    expect(table.code).toBe(0);
    expect(table.out).toMatch(/✓ +\/widget\.js cache +public, max-age=300; ETag "[^"]+" → 304/);

    const { rows } = await smoke([server.url, ...args, "--json"]);
    const failed = Object.values(rows).filter((r) => r.status !== "ok");
    expect(failed).toEqual([]);
    for (const check of ["/health", "/api/ask", "citation link", "/source cache", "CORS refused", "/openapi.json"]) {
      expect(rows[check]?.status, check).toBe("ok");
    }
  }, 60_000);

  it("fails the WeChat check with another token, and skips it without one", async () => {
    const wrong = await smoke([server.url, "--wechat-token", "not-the-token", "--json"]);
    expect(wrong.code).toBe(1);
    expect(wrong.rows["/wechat URL check"]?.status).toBe("fail");
    expect(wrong.rows["/wechat forged"]?.status).toBe("ok");
    const none = await smoke([server.url, "--json"]);
    expect(none.rows["/wechat URL check"]?.status).toBe("skip");
    // ALLOWED_ORIGINS is a list here: a made-up origin is refused, which proves the refusal, not an allowance.
    expect(none.rows["CORS allowed"]?.status).toBe("skip");
    expect(none.rows["CORS refused"]?.status).toBe("ok");
  }, 60_000);
});

describe("npm run smoke against a broken target", () => {
  let broken: Server;
  let url: string;
  beforeAll(async () => {
    // Healthy on /health, wrong everywhere else: a stale deploy behind a proxy that strips headers.
    broken = createServer((req, res) => {
      if (req.url === "/health")
        return void res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true,"passages":43}');
      if (req.url?.startsWith("/api/ask")) return void res.writeHead(500).end("Internal Server Error");
      if (req.url === "/widget.js")
        return void res.writeHead(200, { "content-type": "text/plain" }).end("x".repeat(100));
      if (req.url === "/" || req.url === "/source")
        return void res.writeHead(200, { "content-type": "text/html" }).end("<p>");
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => broken.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(broken.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => broken.close(() => resolve())));

  it("exits 1 and names each broken row", async () => {
    const { code, rows, out } = await smoke([url, "--json"]);
    expect(code, out).toBe(1);
    expect(rows["/health"]?.status).toBe("ok");
    for (const check of [
      "/api/ask",
      "/widget.js",
      "/ cache",
      "/source cache",
      "headers /",
      "/openapi.json",
      "404 shape",
    ]) {
      expect(rows[check]?.status, check).toBe("fail");
    }
    const table = await smoke([url]);
    expect(table.code).toBe(1);
    expect(table.out).toMatch(/✗ +\/widget\.js +HTTP 200 text\/plain/);
    expect(table.out).toMatch(/\d+ failed/);
  }, 30_000);

  it("exits 1 quickly when nothing answers", async () => {
    const closed = await new Promise<string>((resolve) => {
      const s = createServer().listen(0, "127.0.0.1", () => {
        const { port } = s.address() as AddressInfo;
        s.close(() => resolve(`http://127.0.0.1:${port}`));
      });
    });
    const { code, rows } = await smoke([closed, "--json", "--timeout", "3000"]);
    expect(code).toBe(1);
    expect(rows["/health"]?.detail).toMatch(/ECONNREFUSED/);
  }, 30_000);

  it("asks for a base URL", async () => {
    const { code, out } = await smoke(["not a url"]);
    expect(code).toBe(2);
    expect(out).toContain("Usage: npm run smoke --");
  }, 30_000);
});
