// Where Chromium is: CHROMIUM_PATH, a Chromium on PATH (Debian's, a distribution's, Chrome), else the one the
// npm package @sparticuz/chromium ships (unpacked to the temp directory on first use), so the e2e tests and
// `npm run screenshots` run on a fresh clone without apt.
import { access } from "node:fs/promises";
import { delimiter, join } from "node:path";

export interface ChromiumLaunch {
  executablePath: string;
  args: string[];
}

const ON_PATH = ["chromium", "chromium-browser", "google-chrome-stable", "google-chrome"];

// @sparticuz/chromium's args are made for AWS Lambda; these would change what the tests test
// (CORS, mixed content) or make several contexts share one renderer process.
const DROPPED = new Set(["--disable-web-security", "--allow-running-insecure-content", "--single-process"]);

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

export async function findChromium(): Promise<ChromiumLaunch> {
  const dirs = (process.env.PATH ?? "").split(delimiter).filter(Boolean);
  const candidates = [process.env.CHROMIUM_PATH, ...ON_PATH.flatMap((name) => dirs.map((dir) => join(dir, name)))];
  for (const path of candidates) if (path && (await exists(path))) return { executablePath: path, args: [] };
  // The package points fontconfig at its own fonts (Open Sans, no CJK) unless FONTCONFIG_PATH is set; the
  // system's configuration keeps installed CJK fonts, which the screenshots need.
  if (await exists("/etc/fonts/fonts.conf")) process.env.FONTCONFIG_PATH ??= "/etc/fonts";
  const { default: sparticuz } = await import("@sparticuz/chromium");
  return {
    executablePath: await sparticuz.executablePath(),
    args: sparticuz.args.filter((arg) => !DROPPED.has(arg)),
  };
}
