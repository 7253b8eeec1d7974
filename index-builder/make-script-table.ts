// Writes worker/text/script-table.ts from opencc-js's character dictionaries.
// Only single characters are kept: matching and reply conversion work per character, and the phrase
// dictionaries would add ~500 KB to the worker for no gain on this text (measured when the table was made: opencc-js's full dictionaries gzip to ~600 KB).
// Run with `npm run gen:script-table` after upgrading opencc-js; a builder test checks the file is current.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildScriptTable, renderScriptTable } from "./script-table-source.ts";

const target = fileURLToPath(new URL("../worker/text/script-table.ts", import.meta.url));
const table = await buildScriptTable();
writeFileSync(target, renderScriptTable(table));
console.log(
  `script table: ${table.traditional.length} traditional→simplified pairs, ${table.simplifiedOnly.length} simplified-only characters`,
);
