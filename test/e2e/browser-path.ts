// Where Chromium is: CHROMIUM_PATH, Debian's /usr/bin/chromium, else the one the npm package
// @sparticuz/chromium ships (unpacked to /tmp on first use), so the e2e tests run on a machine without one.
import { access } from "node:fs/promises";

export interface ChromiumLaunch {
  executablePath: string;
  args: string[];
}

// @sparticuz/chromium's args are made for AWS Lambda; these would change what the tests test
// (CORS, mixed content) or make several contexts share one renderer process.
const DROPPED = new Set(["--disable-web-security", "--allow-running-insecure-content", "--single-process"]);

export async function findChromium(): Promise<ChromiumLaunch> {
  for (const path of [process.env.CHROMIUM_PATH, "/usr/bin/chromium"]) {
    if (!path) continue;
    try {
      await access(path);
      return { executablePath: path, args: [] };
    } catch {}
  }
  const { default: sparticuz } = await import("@sparticuz/chromium");
  return {
    executablePath: await sparticuz.executablePath(),
    args: sparticuz.args.filter((arg) => !DROPPED.has(arg)),
  };
}
