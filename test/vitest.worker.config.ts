// Worker tests, inside workerd through @cloudflare/vitest-plugin: SELF.fetch on the real routes.
import { cloudflareTest } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

const root = new URL("..", import.meta.url).pathname;

export default defineConfig({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: `${root}wrangler.toml` },
      // Channel settings of the tests: public sample values of wechat-vectors.json (Tencent's own samples),
      // so that the vectors' ciphertexts open through the real routes.
      miniflare: {
        bindings: {
          WECHAT_TOKEN: "spamtest",
          WECHAT_APPID: "wx2c2769f8efd9abc2",
          WECHAT_ENCODING_AES_KEY: "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG",
          WECOM_TOKEN: "QDG6eK",
          WECOM_CORP_ID: "wx5823bf96d3bd56c7",
          WECOM_ENCODING_AES_KEY: "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C",
          WECOM_BOT_TOKEN: "123456",
          WECOM_BOT_ENCODING_AES_KEY: "kWxPEV2UEDyxWpmPdKC3F4dgPDmOvfKX1HGnEUDS1aR",
        },
      },
    }),
  ],
  test: {
    name: "worker",
    root,
    include: ["test/worker/**/*.test.ts", "test/text/**/*.test.ts"],
  },
});
