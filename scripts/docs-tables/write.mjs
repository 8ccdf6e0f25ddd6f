// npm run docs:tables: rewrites the generated tables in README.md and docs/ from the code
// (tables.ts, loaded through Vite's module runner, which vitest already brings, so no extra tool).
// With --check it writes nothing and exits 1 naming the files that differ.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { runnerImport } from "vite";

const root = join(import.meta.dirname, "../..");
const check = process.argv.includes("--check");
const { module } = await runnerImport(join(import.meta.dirname, "tables.ts"), { configFile: false, logLevel: "error", root });
const stale = [];
for (const { file, current, expected } of module.compareDocs(root)) {
  if (current === expected) continue;
  stale.push(file);
  if (!check) writeFileSync(join(root, file), expected);
}
if (check && stale.length > 0) {
  console.error(`generated tables out of date in ${stale.join(", ")}: run npm run docs:tables`);
  process.exit(1);
}
console.log(stale.length === 0 ? "docs tables: up to date" : `docs tables: rewrote ${stale.join(", ")}`);
