// Values the suite's globalSetup provides to the tests (test/support/fake-feishu-setup.ts).
import "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    /** Base URL of the local fake Feishu API on 127.0.0.1. */
    feishuApi: string;
  }
}
