// One `wrangler dev` for every e2e file: it runs `npm run build` (index, widget.js, index.html) on start.
import type { TestProject } from "vitest/node";
import { type DevServer, startDevServer } from "../support/wrangler-dev.ts";

declare module "vitest" {
  export interface ProvidedContext {
    devUrl: string;
  }
}

let server: DevServer | undefined;

export async function setup(project: TestProject) {
  server = await startDevServer({ timeoutMs: 180_000 });
  project.provide("devUrl", server.url);
}

export async function teardown() {
  await server?.stop();
}
