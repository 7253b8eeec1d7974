// A local stand-in for the parts of Cloudflare's REST API that `wrangler secret list` and
// `wrangler d1 migrations list --remote` call, so that npm run deploy's account checks run the real wrangler
// end to end. The real API cannot be reached from here (no network, no account): this is the one fake.
// Wrangler is pointed at it with CLOUDFLARE_API_BASE_URL; the responses have the API's envelope
// ({ success, errors, messages, result }: https://developers.cloudflare.com/fundamentals/api/).
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeAccount {
  /** D1 databases by name, with the migration files already applied. */
  databases: Record<string, { uuid: string; applied: string[] }>;
  /** Secret names by worker name; a worker missing here was never deployed. */
  secrets: Record<string, string[]>;
}

export interface FakeCloudflareApi {
  /** For CLOUDFLARE_API_BASE_URL. */
  baseUrl: string;
  /** Every request, "METHOD path". */
  requests: string[];
  close: () => Promise<void>;
}

const reply = (res: ServerResponse, status: number, result: unknown, errors: unknown[] = []) => {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify({ success: status < 400, errors, messages: [], result }));
};

function handle(account: FakeAccount, req: IncomingMessage, body: string, res: ServerResponse) {
  const path = new URL(req.url ?? "/", "http://x").pathname;
  const secrets = path.match(/\/workers\/scripts\/([^/]+)\/secrets$/);
  if (secrets && req.method === "GET") {
    const names = account.secrets[decodeURIComponent(secrets[1] ?? "")];
    // 10007 is the API's "workers.api.error.script_not_found", which wrangler turns into "Worker … not found".
    if (!names) return reply(res, 404, null, [{ code: 10007, message: "This Worker does not exist on your account." }]);
    return reply(
      res,
      200,
      names.map((name) => ({ name, type: "secret_text" })),
    );
  }
  const database = path.match(/\/d1\/database\/([^/]+)$/);
  if (database && req.method === "GET") {
    const name = decodeURIComponent(database[1] ?? "");
    const db = account.databases[name];
    if (!db) return reply(res, 404, null, [{ code: 7404, message: "The database could not be found." }]);
    return reply(res, 200, { uuid: db.uuid, name });
  }
  const query = path.match(/\/d1\/database\/([^/]+)\/query$/);
  if (query && req.method === "POST") {
    const db = Object.values(account.databases).find((d) => d.uuid === query[1]);
    if (!db) return reply(res, 404, null, [{ code: 7404, message: "The database could not be found." }]);
    const { sql } = JSON.parse(body) as { sql: string };
    const results = /FROM\s+"d1_migrations"/i.test(sql)
      ? db.applied.map((name, i) => ({ id: i + 1, name, applied_at: "2026-11-01 00:00:00" }))
      : [];
    return reply(res, 200, [{ results, success: true, meta: { duration: 0.1, changes: 0 } }]);
  }
  reply(res, 404, null, [{ code: 7003, message: `No route for ${req.method} ${path} in the fake API.` }]);
}

export async function startFakeCloudflareApi(account: FakeAccount): Promise<FakeCloudflareApi> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => {
      body += chunk;
    });
    req.on("end", () => {
      requests.push(`${req.method} ${req.url}`);
      handle(account, req, body, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/client/v4`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
