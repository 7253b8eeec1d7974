// Builder and text tests, on Node (the builder's runtime).
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "node",
    root: new URL("..", import.meta.url).pathname,
    include: [
      "test/index-builder/**/*.test.ts",
      "test/text/**/*.test.ts",
      "test/eval/**/*.test.ts",
      "test/widget/**/*.test.ts",
      "test/config/**/*.test.ts",
    ],
  },
});
