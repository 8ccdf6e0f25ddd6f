/**
 * One planner run in this process, for scripts/bench/flink-planner.mjs (which bundles this file
 * with ncc and starts it fresh each time, so the first plan pays the grammar's warm-up). Prints
 * one JSON line of milliseconds.
 *   node driver.js <pipeline folder> <changed file> [parse cache file]
 * With a cache file, the parsed files are read from it (and it is written back), and the grammar
 * is not warmed up on purpose: a run whose files are all in the cache never loads it.
 */
import { loadPipelineFiles } from "../../src/flink/pipeline/load-pipeline.js";
import { loadParseCache } from "../../src/flink/pipeline/parse-cache-file.js";
import { planFromFiles, type FlinkPlanOptions } from "../../src/flink/plan/plan-from-files.js";
import { parseFlinkSql } from "../../src/flink/sql/parse-sql.js";

const [folder, changed, cachePath] = process.argv.slice(2);
if (!folder || !changed) throw new Error("usage: driver.js <pipeline folder> <changed file>");
const options: FlinkPlanOptions = {
  defaults: { catalog: undefined, database: undefined },
  versioning: { suffix: "_v{n}" },
  replay: { from: "earliest", stateless: "replay" },
  maxLag: 1000,
};

async function main(folder: string, changed: string, cachePath: string | undefined): Promise<void> {
  const changes = { from: "git" as const, files: [{ path: changed, status: "modified" as const }] };
  const t0 = performance.now();
  const files = await loadPipelineFiles(folder);
  const cache = cachePath === undefined ? undefined : await loadParseCache(cachePath);
  const t1 = performance.now();
  // the grammar's fixed cost: its ATN deserialised and the first, tiny parse
  if (!cache) parseFlinkSql("INSERT INTO t SELECT a FROM s", "warm-up.sql");
  const t2 = performance.now();
  const cold = planFromFiles(files, changes, { ...options, ...(cache ? { cache } : {}) });
  const t3 = performance.now();
  const warm = planFromFiles(files, changes, { ...options, ...(cache ? { cache } : {}) });
  const t4 = performance.now();
  await cache?.save();
  if (warm.plan.tables.length !== cold.plan.tables.length) throw new Error("the warm plan differs from the cold one");
  console.log(
    JSON.stringify({
      files: files.size,
      tables: cold.plan.tables.length,
      redeployed: cold.plan.tables.filter((t) => t.status !== "unchanged").length,
      steps: cold.plan.steps.length,
      loadMs: t1 - t0,
      grammarMs: t2 - t1,
      coldPlanMs: t3 - t2,
      warmPlanMs: t4 - t3,
      // CPU time is what a shared, loaded machine distorts least
      cpuMs: (process.cpuUsage().user + process.cpuUsage().system) / 1000, // since the process started
    }),
  );
}

main(folder, changed, cachePath).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
