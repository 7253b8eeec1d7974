// Which Chromium the e2e tests and `npm run screenshots` drive: CHROMIUM_PATH, else a system Chromium on PATH,
// else the headless Chromium inside the npm package @sparticuz/chromium, so a fresh clone needs no apt.
import { existsSync } from "node:fs";
import { delimiter, join } from "node:path";

export interface FoundChromium {
  executablePath: string;
  /** "env", "system" or "@sparticuz/chromium": printed by the e2e setup so a run says which browser it used. */
  source: string;
  args: string[];
}

const SYSTEM_NAMES = ["chromium", "chromium-browser", "google-chrome-stable", "google-chrome"];

// Our flags for every browser. @sparticuz/chromium's own `args` are for AWS Lambda and include
// --disable-web-security and --single-process, which would switch off the CORS and CSP the tests check, so
// only the flags its headless shell needs to start here are taken: no zygote (no setuid sandbox) and a
// software GL (swiftshader ships in the package).
const COMMON_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const PACKAGED_ARGS = ["--no-zygote", "--use-gl=angle", "--use-angle=swiftshader"];

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    const candidate = join(dir, name);
    if (dir && existsSync(candidate)) return candidate;
  }
  return undefined;
}

export async function findChromium(): Promise<FoundChromium> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return { executablePath: fromEnv, source: "env", args: COMMON_ARGS };
  for (const name of SYSTEM_NAMES) {
    const found = onPath(name);
    if (found) return { executablePath: found, source: "system", args: COMMON_ARGS };
  }
  // The package points fontconfig at its own fonts (Open Sans only) unless FONTCONFIG_PATH is set; the
  // system's configuration keeps any installed CJK fonts for screenshots.
  if (existsSync("/etc/fonts/fonts.conf")) process.env.FONTCONFIG_PATH ??= "/etc/fonts";
  const { default: packaged } = await import("@sparticuz/chromium");
  // executablePath() unpacks the brotli-compressed binary into the temp directory once (about 2 s).
  return {
    executablePath: await packaged.executablePath(),
    source: "@sparticuz/chromium",
    args: [...COMMON_ARGS, ...PACKAGED_ARGS],
  };
}
