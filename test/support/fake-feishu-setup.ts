// vitest globalSetup of the worker tests: starts the fake Feishu API (test/support/fake-feishu.ts) before the
// suite and stops it after; the tests read its URL with inject("feishuApi").
import type { TestProject } from "vitest/node";
import { type FakeFeishu, startFakeFeishu } from "./fake-feishu.ts";

declare module "vitest" {
  export interface ProvidedContext {
    feishuApi: string;
  }
}

/** The app credentials of the worker tests' bindings (test/vitest.worker.config.ts). */
export const FEISHU_TEST_APP = { appId: "cli_9f5343c580712544", appSecret: "fake-app-secret-for-tests" };

let fake: FakeFeishu | undefined;

export async function setup(project: TestProject) {
  fake = await startFakeFeishu(FEISHU_TEST_APP);
  project.provide("feishuApi", fake.url);
}

export async function teardown() {
  await fake?.stop();
}
