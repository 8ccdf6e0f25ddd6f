/**
 * One planner run in this process, for scripts/bench/flink-planner.mjs (which bundles this file
 * with ncc and starts it fresh each time, so the plan pays the grammar's warm-up). It plans as
 * `cutover flink --phase plan` does: read the files, parse them (in worker threads beside this
 * one, parse-pool.ts), plan. Prints one JSON line of milliseconds.
 *   node driver.js <pipeline folder> <changed file>
 * Environment: BENCH_CACHE=<file> reads and writes a parse cache; BENCH_WORKERS=<n> worker threads
 * (default: the pool's own choice); BENCH_WARM=1 plans a second time in the same process.
 */
import { isMainThread } from "node:worker_threads";
import { runWorkerJob } from "../../src/cli/workers.js";
import { loadPipelineFiles } from "../../src/flink/pipeline/load-pipeline.js";
import { loadParseCache } from "../../src/flink/pipeline/parse-cache-file.js";
import { planFromFiles, type FlinkPlanOptions } from "../../src/flink/plan/plan-from-files.js";
import { parsePipeline } from "../../src/flink/rollout/parse-pool.js";
import { registerWorkerEntry } from "../../src/run/worker-entry.js";

const options: FlinkPlanOptions = {
  defaults: { catalog: undefined, database: undefined },
  versioning: { suffix: "_v{n}" },
  replay: { from: "earliest", stateless: "replay" },
  maxLag: 1000,
};

async function main(folder: string, changed: string): Promise<void> {
  const env = process.env;
  const changes = { from: "git" as const, files: [{ path: changed, status: "modified" as const }] };
  const workers = env.BENCH_WORKERS === undefined || env.BENCH_WORKERS === "" ? {} : { workers: Number(env.BENCH_WORKERS) };
  const t0 = performance.now();
  const files = await loadPipelineFiles(folder);
  const fileCache = env.BENCH_CACHE ? await loadParseCache(env.BENCH_CACHE) : undefined;
  const t1 = performance.now();
  const cache = await parsePipeline(files, fileCache, workers);
  const t2 = performance.now();
  const cold = planFromFiles(files, changes, { ...options, cache });
  const t3 = performance.now();
  let warmPlanMs: number | undefined;
  if (env.BENCH_WARM === "1") {
    // warm: the same files parsed again in this (now warm) thread, then planned
    const again = await parsePipeline(files, undefined, { workers: 0 });
    const warm = planFromFiles(files, changes, { ...options, cache: again });
    warmPlanMs = performance.now() - t3;
    if (warm.plan.tables.length !== cold.plan.tables.length) throw new Error("the warm plan differs from the cold one");
  }
  await fileCache?.save();
  console.log(
    JSON.stringify({
      files: files.size,
      tables: cold.plan.tables.length,
      redeployed: cold.plan.tables.filter((t) => t.status !== "unchanged").length,
      steps: cold.plan.steps.length,
      loadMs: t1 - t0,
      parseMs: t2 - t1,
      planMs: t3 - t2,
      byWorkers: cache.stats.byWorkers,
      ...(warmPlanMs === undefined ? {} : { warmPlanMs }),
      // CPU time is what a shared, loaded machine distorts least; it counts every thread, since the process started
      cpuMs: (process.cpuUsage().user + process.cpuUsage().system) / 1000,
    }),
  );
}

if (isMainThread) {
  registerWorkerEntry(import.meta.url);
  const [folder, changed] = process.argv.slice(2);
  if (!folder || !changed) throw new Error("usage: driver.js <pipeline folder> <changed file>");
  main(folder, changed).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
} else {
  // a worker thread the parse pool started through this script (no top-level await: see flink-planner.mjs)
  void runWorkerJob();
}
