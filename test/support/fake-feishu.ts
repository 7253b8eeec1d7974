// A local stand-in for Feishu's open platform API, which cannot be reached from here: the two endpoints the
// bot calls (tenant_access_token/internal and im/v1/messages/:id/reply), answering in the documented shapes,
// on 127.0.0.1 and a free port. It records every request; GET /__requests lists them, DELETE clears them.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";

export interface FakeFeishuOptions {
  appId: string;
  appSecret: string;
  /** Seconds a token is valid (the platform says 7200). */
  expire?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  authorization?: string;
  body: unknown;
}

export interface FakeFeishu {
  url: string;
  requests: RecordedRequest[];
  stop: () => Promise<void>;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    return undefined;
  }
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(body));
}

/** On a free port of 127.0.0.1 (tests, the load run). */
export function startFakeFeishu(options: FakeFeishuOptions): Promise<FakeFeishu> {
  return startFakeFeishuAt(0, options);
}

/** On the given port of 127.0.0.1: `npm run feishu`, where the worker's FEISHU_API_BASE names it. */
export async function startFakeFeishuAt(port: number, options: FakeFeishuOptions): Promise<FakeFeishu> {
  const requests: RecordedRequest[] = [];
  const issued = new Set<string>();
  let next = 0;
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    if (path === "/__requests") {
      if (req.method === "DELETE") requests.length = 0;
      return send(res, 200, requests);
    }
    const body = await readJson(req);
    requests.push({ method: req.method ?? "", path, authorization: req.headers.authorization, body });
    if (req.method === "POST" && path === "/open-apis/auth/v3/tenant_access_token/internal") {
      const b = (body ?? {}) as { app_id?: string; app_secret?: string };
      if (b.app_id !== options.appId || b.app_secret !== options.appSecret)
        return send(res, 400, { code: 10014, msg: "app secret invalid" });
      const token = `t-fake-${++next}`;
      issued.add(token);
      return send(res, 200, { code: 0, msg: "ok", tenant_access_token: token, expire: options.expire ?? 7200 });
    }
    const reply = /^\/open-apis\/im\/v1\/messages\/(om_[\w-]+)\/reply$/.exec(path);
    if (req.method === "POST" && reply) {
      const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
      if (!token || !issued.has(token))
        return send(res, 400, { code: 99991663, msg: "Invalid access token for authorization." });
      const b = (body ?? {}) as { msg_type?: string; content?: string };
      if (b.msg_type !== "text" || typeof b.content !== "string")
        return send(res, 400, { code: 230001, msg: "Your request contains an invalid request parameter." });
      return send(res, 200, { code: 0, msg: "success", data: { message_id: `om_reply_${requests.length}` } });
    }
    send(res, 404, { code: 404, msg: "not found" });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  const { port: bound } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${bound}`,
    requests,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
