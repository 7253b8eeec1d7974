// The post-deploy checks of `npm run smoke`, one entry per row group. Each takes the base URL and the
// options and says ok, fail, warn or skip with a short detail. Nothing here knows an answer: the question
// asked is one the server itself suggests (the builder proves each suggestion answerable).
import { createHash, randomBytes } from "node:crypto";
import { gzipSync } from "node:zlib";
import { describe, json, type Probe, probe } from "./probe.ts";

export type Status = "ok" | "fail" | "warn" | "skip";

export interface Row {
  check: string;
  status: Status;
  detail: string;
}

export interface SmokeOptions {
  base: string;
  /** WECHAT_TOKEN of the deployment: enables the WeChat URL check. */
  wechatToken?: string;
  /** An origin ALLOWED_ORIGINS allows; by default a made-up one, which only "*" allows. */
  allowedOrigin?: string;
  /** An origin ALLOWED_ORIGINS does not allow. */
  refusedOrigin?: string;
  timeoutMs: number;
}

export interface SmokeCheck {
  name: string;
  run: (o: SmokeOptions) => Promise<Row[]>;
}

/** worker/widget/build.ts's budget. */
const WIDGET_GZIP_BUDGET = 15 * 1024;
const MADE_UP_ORIGIN = "https://smoke-check.invalid";

const row = (check: string, ok: boolean, detail: string): Row => ({ check, status: ok ? "ok" : "fail", detail });
const get = (o: SmokeOptions, path: string, init?: RequestInit) => probe(new URL(path, o.base).href, init, o.timeoutMs);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** ETag, Cache-Control, and a revalidation that must come back 304 without a body. */
async function cacheRow(o: SmokeOptions, check: string, path: string, first: Probe): Promise<Row> {
  const etag = first.headers.get("etag");
  const cacheControl = first.headers.get("cache-control") ?? "";
  if (!etag) return row(check, false, `no ETag (Cache-Control: ${cacheControl || "none"})`);
  if (!cacheControl || /no-store/.test(cacheControl))
    return row(check, false, `Cache-Control: ${cacheControl || "none"}`);
  const again = await get(o, path, { headers: { "If-None-Match": etag } });
  const ok = again.status === 304 && again.body.length === 0;
  return row(check, ok, `${cacheControl}; ETag ${etag} → ${ok ? "304" : describe(again)}`);
}

export const SMOKE_CHECKS: SmokeCheck[] = [
  {
    name: "address",
    async run(o) {
      const { protocol, hostname } = new URL(o.base);
      if (/(^|\.)workers\.dev$/.test(hostname)) {
        return [{ check: "address", status: "warn", detail: "workers.dev is not reachable from mainland China" }];
      }
      const local = hostname === "127.0.0.1" || hostname === "localhost";
      if (protocol !== "https:" && !local) return [row("address", false, "not https: WeChat and browsers need TLS")];
      return [{ check: "address", status: "ok", detail: local ? "local" : hostname }];
    },
  },
  {
    name: "health",
    async run(o) {
      const res = await get(o, "/health");
      const body = json<{ ok?: boolean; passages?: number }>(res);
      const ok = res.status === 200 && body?.ok === true && (body.passages ?? 0) > 0;
      return [
        row(
          "/health",
          ok,
          ok ? `${body?.passages} passages, ${res.ms} ms` : `${describe(res)} ${res.text.slice(0, 80)}`,
        ),
      ];
    },
  },
  {
    name: "question",
    async run(o) {
      type Reply = {
        answer?: string;
        found?: boolean;
        citations?: { id: string; url: string }[];
        suggestions?: string[];
      };
      const greeting = await get(o, `/api/ask?q=${encodeURIComponent("你好")}`);
      const question = json<Reply>(greeting)?.suggestions?.[0];
      if (!question) return [row("/api/ask", false, `no suggested question to ask: ${describe(greeting)}`)];
      const res = await get(o, "/api/ask", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ question }),
      });
      const reply = json<Reply>(res);
      const cited = reply?.citations?.[0];
      const rows = [
        row(
          "/api/ask",
          res.status === 200 && reply?.found === true && !!cited,
          res.status === 200
            ? `"${question}" → ${reply?.found ? `cites ${cited?.id}` : "not found"}, ${res.ms} ms`
            : describe(res),
        ),
        row(
          "/api/ask no-store",
          res.headers.get("cache-control") === "no-store",
          `Cache-Control: ${res.headers.get("cache-control") ?? "none"}`,
        ),
      ];
      if (!cited) return rows;
      // The link a reader follows: on this very host, to a passage the source page has.
      const expected = new URL("/source#", o.base).href;
      if (!cited.url.startsWith(expected))
        return [...rows, row("citation link", false, `${cited.url} is not under ${expected}`)];
      const source = await get(o, cited.url.split("#")[0] ?? "/source");
      const ok = source.status === 200 && source.text.includes(`id="${cited.id}"`);
      return [
        ...rows,
        row("citation link", ok, ok ? `${cited.url} is on the page` : `${cited.id} not on ${describe(source)}`),
      ];
    },
  },
  {
    name: "widget",
    async run(o) {
      const res = await get(o, "/widget.js");
      const type = res.headers.get("content-type") ?? "";
      if (res.status !== 200 || !/javascript/.test(type)) return [row("/widget.js", false, `${describe(res)} ${type}`)];
      const gzip = gzipSync(res.body, { level: 9 }).length;
      return [
        row(
          "/widget.js",
          gzip <= WIDGET_GZIP_BUDGET,
          `${kb(res.body.length)}, ${kb(gzip)} gzip (budget ${kb(WIDGET_GZIP_BUDGET)})`,
        ),
        await cacheRow(o, "/widget.js cache", "/widget.js", res),
      ];
    },
  },
  {
    name: "pages",
    async run(o) {
      const rows: Row[] = [];
      for (const path of ["/", "/source"]) {
        const res = await get(o, path);
        const html = res.status === 200 && /text\/html/.test(res.headers.get("content-type") ?? "");
        rows.push(row(path, html, html ? `${kb(res.body.length)}, ${res.ms} ms` : describe(res)));
        if (html) rows.push(await cacheRow(o, `${path} cache`, path, res));
      }
      return rows;
    },
  },
  {
    name: "security headers",
    async run(o) {
      const rows: Row[] = [];
      for (const path of ["/", "/source", "/api/ask?q=%E4%BD%A0%E5%A5%BD"]) {
        const h = (await get(o, path)).headers;
        const csp = h.get("content-security-policy") ?? "";
        const missing = [
          h.get("x-content-type-options") === "nosniff" ? "" : "X-Content-Type-Options: nosniff",
          h.get("referrer-policy") ? "" : "Referrer-Policy",
          path.startsWith("/api") || /default-src 'none'/.test(csp) ? "" : "CSP default-src 'none'",
          path.startsWith("/api") || /frame-ancestors 'none'/.test(csp) ? "" : "CSP frame-ancestors 'none'",
        ].filter(Boolean);
        rows.push(
          row(
            `headers ${path.split("?")[0]}`,
            !missing.length,
            missing.length
              ? `missing ${missing.join(", ")}`
              : path.startsWith("/api")
                ? "nosniff, referrer policy"
                : "nosniff, referrer policy, CSP",
          ),
        );
      }
      return rows;
    },
  },
  {
    name: "cors",
    async run(o) {
      const preflight = (origin: string) =>
        get(o, "/api/ask", {
          method: "OPTIONS",
          headers: {
            Origin: origin,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
          },
        });
      const allowedOrigin = o.allowedOrigin ?? MADE_UP_ORIGIN;
      const allowed = (await preflight(allowedOrigin)).headers.get("access-control-allow-origin");
      const refusedOrigin = o.refusedOrigin ?? MADE_UP_ORIGIN;
      const refused = (await preflight(refusedOrigin)).headers.get("access-control-allow-origin");
      const rows: Row[] = [];
      if (allowed === "*" || allowed === allowedOrigin)
        rows.push(row("CORS allowed", true, `${allowedOrigin} → ${allowed}`));
      else if (!o.allowedOrigin)
        rows.push({
          check: "CORS allowed",
          status: "skip",
          detail: "ALLOWED_ORIGINS is a list: pass --allowed-origin",
        });
      else rows.push(row("CORS allowed", false, `${allowedOrigin} → ${allowed ?? "no Access-Control-Allow-Origin"}`));
      if (!refused) rows.push(row("CORS refused", true, `${refusedOrigin} → no Access-Control-Allow-Origin`));
      else if (refused === "*" && !o.refusedOrigin)
        rows.push({
          check: "CORS refused",
          status: "skip",
          detail: "ALLOWED_ORIGINS is * (any site may embed the widget)",
        });
      else rows.push(row("CORS refused", false, `${refusedOrigin} → ${refused}`));
      return rows;
    },
  },
  {
    name: "openapi",
    async run(o) {
      const res = await get(o, "/openapi.json");
      const doc = json<{ openapi?: string; paths?: Record<string, unknown> }>(res);
      const ok = res.status === 200 && /^3\./.test(doc?.openapi ?? "") && !!doc?.paths?.["/api/ask"];
      return [
        row(
          "/openapi.json",
          ok,
          ok ? `OpenAPI ${doc?.openapi}, ${Object.keys(doc?.paths ?? {}).length} paths` : describe(res),
        ),
      ];
    },
  },
  {
    name: "not found",
    async run(o) {
      const res = await get(o, "/smoke-check-no-such-route");
      const code = json<{ error?: { code?: string } }>(res)?.error?.code;
      return [
        row(
          "404 shape",
          res.status === 404 && code === "not_found",
          `${describe(res)} ${code ?? res.text.slice(0, 60)}`,
        ),
      ];
    },
  },
  {
    name: "wechat",
    async run(o) {
      if (!o.wechatToken) return [{ check: "/wechat URL check", status: "skip", detail: "no --wechat-token given" }];
      // The Official Account's URL check: signature = sha1 of token, timestamp and nonce sorted and joined
      // (https://developers.weixin.qq.com/doc/offiaccount/Basic_Information/Access_Overview.html).
      const timestamp = String(Math.floor(Date.now() / 1000));
      const nonce = String(randomBytes(4).readUInt32BE());
      const echostr = randomBytes(9).toString("hex");
      const signature = createHash("sha1").update([o.wechatToken, timestamp, nonce].sort().join("")).digest("hex");
      const query = (sig: string) =>
        `/wechat?signature=${sig}&timestamp=${timestamp}&nonce=${nonce}&echostr=${echostr}`;
      const good = await get(o, query(signature));
      const forged = await get(o, query("0".repeat(40)));
      return [
        row(
          "/wechat URL check",
          good.status === 200 && good.text === echostr,
          good.text === echostr ? "echostr returned" : `${describe(good)} ${good.text.slice(0, 60)}`,
        ),
        row(
          "/wechat forged",
          forged.status >= 400 && forged.status < 500 && forged.text !== echostr,
          `bad signature → ${describe(forged)}`,
        ),
      ];
    },
  },
];

export async function runSmoke(o: SmokeOptions, checks = SMOKE_CHECKS): Promise<Row[]> {
  const rows: Row[] = [];
  for (const check of checks) {
    try {
      rows.push(...(await check.run(o)));
    } catch (error) {
      rows.push(row(check.name, false, `check crashed: ${(error as Error).message}`));
    }
  }
  return rows;
}
