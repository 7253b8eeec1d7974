// Builder, text and scripts tests, on Node (their runtime).
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "node",
    root: new URL("..", import.meta.url).pathname,
    include: [
      "test/index-builder/**/*.test.ts",
      "test/text/**/*.test.ts",
      "test/eval/**/*.test.ts",
      "test/scripts/**/*.test.ts",
      "test/widget/**/*.test.ts",
      "test/config/**/*.test.ts",
      "test/scripts/**/*.test.ts",
    ],
  },
});
