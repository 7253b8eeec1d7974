import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { CommandResult } from "./checks.ts";

/** wrangler's own entry point, run by the Node that runs this script (npm scripts: the pinned node@22). */
export const WRANGLER_BIN = join(
  dirname(createRequire(import.meta.url).resolve("wrangler/package.json")),
  "bin/wrangler.js",
);

export interface RunOptions {
  cwd: string;
  /** Pass output through to the terminal instead of capturing it. */
  inherit?: boolean;
}

export function runCommand(command: string, args: string[], options: RunOptions): Promise<CommandResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
      stdio: options.inherit ? ["ignore", "inherit", "inherit"] : ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      stdout += chunk;
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk;
    });
    child.on("error", (error) => resolve({ code: 127, stdout, stderr: String(error) }));
    child.on("close", (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

export function runWrangler(args: string[], options: RunOptions): Promise<CommandResult> {
  return runCommand(process.execPath, [WRANGLER_BIN, ...args], options);
}
