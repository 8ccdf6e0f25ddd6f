// The Flink planner on a generated pipeline: BENCH_FLINK_STATEMENTS tables (500) in a random DAG
// of realistic Flink SQL (Kafka-connector and Confluent Cloud DDL; filters, joins, temporal joins,
// GROUP BY, window TVFs, ROW_NUMBER deduplication, CTEs, UNION ALL, views), written to a temporary
// folder. Each cold run is a fresh node process that plans once, as the CLI does (module load, the
// grammar's warm-up, reading and parsing the files, the plan), in the main thread (the default) and
// with one worker thread beside it (flink.parseWorkers: 1); the warm figure is a second parse and
// plan in the same process.
// Wall-clock time needs a quiet machine; CPU time (every thread) is what a shared one distorts
// least. Figures only: nothing here asserts a speed (the goal is under 3 s cold on a 2-core machine).
//   node scripts/bench/flink-planner.mjs        BENCH_FLINK_STATEMENTS (500)  BENCH_RUNS (5)  BENCH_SEED (1)
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** mulberry32: the same pipeline for the same seed. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COLUMNS = "  id STRING,\n  k STRING,\n  v BIGINT,\n  ts TIMESTAMP(3),\n  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND";

function ddl(name, rand) {
  if (rand() < 0.5)
    return `-- ${name}: Confluent Cloud form\nCREATE TABLE ${name} (\n${COLUMNS}\n) DISTRIBUTED BY HASH(id) INTO 6 BUCKETS;\n`;
  return `CREATE TABLE IF NOT EXISTS ${name} (\n${COLUMNS}\n) WITH (\n  'connector' = 'kafka',\n  'topic' = '${name}',\n  'properties.bootstrap.servers' = 'kafka:9092',\n  'scan.startup.mode' = 'earliest-offset',\n  'format' = 'json'\n);\n`;
}

const QUERIES = [
  (a) => `SELECT id, k, v * 2 AS v, ts FROM ${a} /* doubled */ WHERE v > 10 AND k IS NOT NULL`,
  (a, b) => `SELECT l.id, l.k, r.v, l.ts FROM ${a} AS l JOIN ${b} AS r ON l.id = r.id AND l.ts BETWEEN r.ts - INTERVAL '1' HOUR AND r.ts`,
  (a, b) => `SELECT l.id, l.k, COALESCE(r.v, 0) AS v, l.ts FROM ${a} AS l LEFT JOIN ${b} FOR SYSTEM_TIME AS OF l.ts AS r ON l.k = r.k`,
  (a) => `SELECT k AS id, k, SUM(v) AS v, MAX(ts) AS ts FROM ${a} GROUP BY k`,
  (a) =>
    `SELECT CAST(window_start AS STRING) AS id, k, COUNT(*) AS v, window_end AS ts\nFROM TABLE(TUMBLE(TABLE ${a}, DESCRIPTOR(ts), INTERVAL '1' MINUTES))\nGROUP BY k, window_start, window_end`,
  (a) => `SELECT id, k, v, ts FROM (\n  SELECT *, ROW_NUMBER() OVER (PARTITION BY id ORDER BY ts DESC) AS rn FROM ${a}\n) WHERE rn = 1`,
  (a, b) => `WITH recent AS (SELECT id, k, v, ts FROM ${a} WHERE v > 0)\nSELECT * FROM recent UNION ALL SELECT id, k, v, ts FROM ${b}`,
];

/** Writes the pipeline; returns its folder and the DML file of a table about a fifth of the way down. */
export function generatePipeline(statements, seed) {
  const rand = random(seed);
  const folder = mkdtempSync(join(tmpdir(), "cutover-flink-bench-"));
  const names = [];
  const pick = () => names[Math.floor(rand() * Math.min(names.length, 40)) + Math.max(0, names.length - 40)];
  for (let i = 0; i < statements; i++) {
    const source = i < Math.max(2, statements / 10);
    const view = !source && rand() < 0.05;
    const name = `${source ? "src" : view ? "v" : "int"}_${String(i).padStart(4, "0")}${rand() < 0.3 ? "_v1" : ""}`;
    const dir = join(folder, source ? "sources" : view ? "views" : "intermediates", name.replace(/_v1$/, ""));
    mkdirSync(dir, { recursive: true });
    const query = source ? QUERIES[0](`raw_${i % 7}`) : QUERIES[Math.floor(rand() * QUERIES.length)](pick(), pick());
    if (view) writeFileSync(join(dir, "ddl.sql"), `CREATE VIEW ${name} AS\n${query};\n`);
    else {
      writeFileSync(join(dir, "ddl.sql"), ddl(name, rand));
      writeFileSync(join(dir, "dml.sql"), `-- ${name}\nINSERT INTO ${name}\n${query};\n`);
      names.push(name); // views are read by none here: their readers are outside the pipeline
    }
  }
  const changed = names[Math.floor(names.length / 5)];
  return { folder, changed: `intermediates/${changed.replace(/_v1$/, "")}/dml.sql` };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export function benchFlinkPlanner({ statements = 500, runs = 5, seed = 1 } = {}) {
  const build = mkdtempSync(join(tmpdir(), "cutover-flink-bench-build-"));
  const { folder, changed } = generatePipeline(statements, seed);
  try {
    // type-checked build, as scripts/build-dist.sh does: --transpile-only would compile our imports to
    // require() and bundle a second, CommonJS copy of antlr4ng beside dt-sql-parser's ESM one
    const bundled = spawnSync(
      "npx",
      [
        "--no-install",
        "ncc",
        "build",
        "scripts/bench/flink-planner-driver.ts",
        "-o",
        build,
        "--target",
        "es2022",
        "--quiet",
        "--transpile-only",
      ],
      { cwd: root, stdio: "inherit" },
    );
    if (bundled.status !== 0) throw new Error(`bundling the Flink planner driver failed (exit ${bundled.status})`);
    const runOnce = (env) => {
      const start = process.hrtime.bigint();
      const run = spawnSync(process.execPath, [join(build, "index.js"), folder, changed], {
        encoding: "utf8",
        env: { ...process.env, ...env },
      });
      const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
      if (run.status !== 0) throw new Error(`the Flink planner driver failed:\n${run.stdout}${run.stderr}`);
      return { ...JSON.parse(run.stdout.trim().split("\n").pop()), wallMs };
    };
    // cold: a fresh process plans once, as `cutover flink --phase plan` does; with the pool's worker
    // threads (the default) and with the main thread alone
    const samples = [];
    const pooled = [];
    for (let i = 0; i < runs; i++) {
      samples.push(runOnce({ BENCH_WORKERS: "" }));
      pooled.push(runOnce({ BENCH_WORKERS: "1" }));
    }
    const warm = runOnce({ BENCH_WORKERS: "0", BENCH_WARM: "1" });
    // the same, with a parse cache a first run filled (what a CI cache between runs gives)
    const cacheFile = join(build, "parse-cache.json");
    runOnce({ BENCH_CACHE: cacheFile });
    const cached = [];
    for (let i = 0; i < runs; i++) cached.push(runOnce({ BENCH_CACHE: cacheFile }));
    const first = samples[0];
    const line = (label, list) => {
      const m = (key) =>
        median(list.map((s) => s[key]))
          .toFixed(0)
          .padStart(5);
      return `  ${label.padEnd(30)} wall ${m("wallMs")} ms (min ${Math.min(...list.map((s) => s.wallMs)).toFixed(0)}), CPU ${m("cpuMs")} ms; read ${m("loadMs")}, parse ${m("parseMs")}, plan ${m("planMs")}`;
    };
    console.log(
      `flink planner, ${first.tables} tables (${first.files} files), ${first.redeployed} redeployed, ${first.steps} steps; medians of ${runs} fresh processes (node ${process.version}, ${cpus().length} cores, load average now ${loadavg()[0].toFixed(1)})`,
    );
    console.log(line("cold (the main thread parses)", samples));
    const share = median(pooled.map((s) => s.byWorkers / s.files)) * 100;
    console.log(`${line("cold, with one worker thread", pooled)}; the worker parsed ${share.toFixed(0)}% of the files`);
    console.log(`  warm: a second parse and plan in the same process  ${warm.warmPlanMs.toFixed(0)} ms`);
    console.log(line("cold, every file in the cache", cached));
    return { samples, pooled, warm, cached };
  } finally {
    rmSync(build, { recursive: true, force: true });
    rmSync(folder, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const env = process.env;
  benchFlinkPlanner({
    statements: Number(env.BENCH_FLINK_STATEMENTS ?? 500),
    runs: Number(env.BENCH_RUNS ?? 5),
    seed: Number(env.BENCH_SEED ?? 1),
  });
}
