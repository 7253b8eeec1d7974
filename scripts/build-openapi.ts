// npm run build: writes worker/generated/assets/openapi.json, served at GET /openapi.json by the assets.
import { mkdir, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { buildOpenApi } from "./openapi.ts";

const outDir = fileURLToPath(new URL("../worker/generated/assets/", import.meta.url));
await mkdir(outDir, { recursive: true });
const doc = JSON.stringify(buildOpenApi(), null, 2);
await writeFile(`${outDir}openapi.json`, `${doc}\n`);
console.log(`openapi.json: ${Object.keys(buildOpenApi().paths).length} paths, ${doc.length} bytes`);
