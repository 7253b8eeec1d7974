// Worker tests, inside workerd through @cloudflare/vitest-plugin: SELF.fetch on the real routes.
import { cloudflareTest } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

const root = new URL("..", import.meta.url).pathname;

export default defineConfig({
  plugins: [cloudflareTest({ wrangler: { configPath: `${root}wrangler.toml` } })],
  test: {
    name: "worker",
    root,
    include: ["test/worker/**/*.test.ts", "test/text/**/*.test.ts"],
  },
});
