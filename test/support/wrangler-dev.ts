// Starts the worker under `wrangler dev` (workerd, the real runtime) on 127.0.0.1 and a free port,
// waits until /health answers, and stops it again. Used by the eval, the e2e tests and the benchmarks.
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

export interface DevServer {
  url: string;
  stop: () => Promise<void>;
  /** The process id of `npx wrangler dev` (its process group holds workerd too). */
  pid?: number;
}

export interface DevServerOptions {
  /** Extra `--var KEY:VALUE` settings. */
  vars?: Record<string, string>;
  /** Give up after this long (the first start builds the index and may download nothing). */
  timeoutMs?: number;
  /** Print wrangler's output (otherwise kept for the error message). */
  verbose?: boolean;
  /** Another wrangler config, e.g. the benchmark worker's. */
  config?: string;
  /**
   * Where wrangler keeps local state (the insights D1 database among it), relative to the repository;
   * wrangler's default (.wrangler/state) when unset. A fresh folder gives a fresh database.
   */
  persistTo?: string;
}

const root = fileURLToPath(new URL("../..", import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Applies the insights migrations (worker/insights/migrations) to the local D1 database, as `npm run dev` does. */
export async function migrateLocalDb(persistTo?: string): Promise<void> {
  const args = ["wrangler", "d1", "migrations", "apply", "DB", "--local"];
  if (persistTo) args.push("--persist-to", persistTo);
  await promisify(execFile)("npx", args, {
    cwd: root,
    env: { ...process.env, WRANGLER_SEND_METRICS: "false", CI: "true", NO_COLOR: "1" },
  });
}

export async function startDevServer(options: DevServerOptions = {}): Promise<DevServer> {
  const { vars = {}, timeoutMs = 90_000, verbose = false, config, persistTo } = options;
  // The main worker writes insights rows: its local database needs the schema first.
  if (!config) await migrateLocalDb(persistTo);
  const port = await freePort();
  const args = [
    "wrangler",
    "dev",
    "--ip",
    "127.0.0.1",
    "--port",
    String(port),
    "--inspector-port",
    String(await freePort()),
    "--log-level",
    "warn",
  ];
  for (const [k, v] of Object.entries(vars)) args.push("--var", `${k}:${v}`);
  if (config) args.push("--config", config);
  if (persistTo) args.push("--persist-to", persistTo);
  const child: ChildProcess = spawn("npx", args, {
    cwd: root,
    env: { ...process.env, WRANGLER_SEND_METRICS: "false", CI: "true", NO_COLOR: "1" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
    if (verbose) process.stderr.write(chunk);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);

  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    // A process killed by a signal has a signalCode and no exitCode: stopping twice must not wait forever.
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {}
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {}
    }, 5_000);
    await exited;
    clearTimeout(timer);
  };

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited with ${child.exitCode}:\n${output}`);
    try {
      const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) return { url, stop, pid: child.pid };
    } catch {}
    await new Promise((r) => setTimeout(r, 300));
  }
  await stop();
  throw new Error(`wrangler dev did not answer /health within ${timeoutMs} ms:\n${output}`);
}
