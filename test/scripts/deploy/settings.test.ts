import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readNames, readSettings } from "../../../scripts/deploy/settings.ts";

const scratch = fileURLToPath(new URL("../../artifacts/deploy-settings/", import.meta.url));
mkdirSync(scratch, { recursive: true });
const file = (name: string, text: string) => {
  writeFileSync(`${scratch}${name}`, text);
  return `${scratch}${name}`;
};

describe("deploy settings", () => {
  it("reads the file, lets the environment win, and counts an empty value as unset", () => {
    const env = file(
      "a.env",
      "PRODUCTION_HOST=chat.file.test\nPRODUCTION_API_RATE_LIMIT_ID=1001\n# a comment\nEMPTY=\n",
    );
    const settings = readSettings(env, { PRODUCTION_API_RATE_LIMIT_ID: "3003", PRODUCTION_HOST: "", OTHER: " x " });
    expect(settings.PRODUCTION_HOST).toBe("chat.file.test");
    expect(settings.PRODUCTION_API_RATE_LIMIT_ID).toBe("3003");
    expect(settings.OTHER).toBe("x");
    expect("EMPTY" in settings).toBe(false);
  });

  it("has no settings from a file that is not there", () => {
    expect(readSettings(`${scratch}missing.env`, {})).toEqual({});
  });

  it("lists the names of a secrets file, never needing their values", () => {
    const secrets = file("s.env", 'WECHAT_TOKEN=abc\nWECHAT_APPID="wx1"\nWECHAT_ENCODING_AES_KEY=\n');
    expect([...readNames(secrets)].sort()).toEqual(["WECHAT_APPID", "WECHAT_TOKEN"]);
  });
});
