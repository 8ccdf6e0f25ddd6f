// Start-up figures for the bundled CLI, as medians over repeated runs, with the ratio to a bare
// `node` start on the same machine (the ratio travels between machines better than milliseconds).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const runs = Number(process.env.BENCH_RUNS ?? 25);
const env = { ...process.env, CUTOVER_HOST: "local", NO_COLOR: "1" };

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(args) {
  const samples = [];
  for (let i = 0; i < runs + 2; i++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { cwd: root, env, stdio: "ignore" });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.status !== 0) throw new Error(`${args.join(" ")} exited ${result.status}`);
    if (i >= 2) samples.push(ms); // the first two warm the page cache
  }
  return { median: median(samples), min: Math.min(...samples), max: Math.max(...samples) };
}

const cases = [
  ["bare node (baseline)", ["-e", ""]],
  ["cutover --version", ["dist/cutover.js", "--version"]],
  ["cutover --help", ["dist/cutover.js", "--help"]],
  ["cutover plan (seed 004, three ALBs)", ["dist/cutover.js", "plan", "--dry-run", "--config", "examples/spectate-three-albs.yml"]],
  ["cutover plan --json (seed 000, Kafka index)", ["dist/cutover.js", "plan", "--json", "--config", "examples/spent-detail-kafka.yml"]],
];

console.log(`cold start, ${runs} runs each (node ${process.version})`);
let baseline;
for (const [name, args] of cases) {
  const t = time(args);
  baseline ??= t.median;
  const ratio = (t.median / baseline).toFixed(2);
  console.log(
    `${name.padEnd(46)} median ${t.median.toFixed(1).padStart(6)} ms  min ${t.min.toFixed(1).padStart(6)}  max ${t.max.toFixed(1).padStart(6)}  ×${ratio} of bare node`,
  );
}

// switch-traffic against moto needs the stack (scripts/stack.sh up moto; source .stack/env): its
// figures come from a vitest file, since the estate is built with the test fixtures.
if (process.env.CUTOVER_STACK_AWS_ENDPOINT) {
  const bench = spawnSync("npx", ["vitest", "run", "--project", "integration", "test/integration/switch-bench.test.ts", "--silent=false"], {
    cwd: root,
    env: process.env,
    encoding: "utf8",
  });
  const figures = (bench.stdout ?? "").split("\n").filter((line) => /switch-traffic|step \d/.test(line) && !/ > /.test(line));
  console.log(figures.join("\n"));
  if (bench.status !== 0) throw new Error(`switch-traffic bench failed:\n${bench.stdout}${bench.stderr}`);
} else {
  console.log("switch-traffic against moto: skipped (start the stack and source .stack/env)");
}

// es-reindex: Kafka full topic → index beside OpenSearch's own _reindex, and catch-up against a
// steady producer (scripts/stack.sh up es os kafka; source .stack/env). The driver uses the test
// fixtures, so ncc bundles it like the demo (types are checked by npm test).
if (process.env.CUTOVER_STACK_KAFKA_BROKERS && process.env.CUTOVER_STACK_OS_URL && process.env.CUTOVER_STACK_ES_URL) {
  const out = join(root, ".stack", "bench-build");
  const build = spawnSync(
    "npx",
    ["--no-install", "ncc", "build", "scripts/bench/reindex-bench.ts", "-o", out, "--target", "es2022", "--quiet", "--transpile-only"],
    { cwd: root, env: process.env, stdio: "inherit" },
  );
  if (build.status !== 0) throw new Error(`bundling scripts/bench/reindex-bench.ts failed (exit ${build.status})`);
  const run = spawnSync(process.execPath, [join(out, "index.js")], { cwd: root, env: process.env, stdio: "inherit" });
  if (run.status !== 0) throw new Error(`reindex bench failed (exit ${run.status})`);
} else {
  console.log("es-reindex Kafka load and catch-up: skipped (scripts/stack.sh up es os kafka; source .stack/env)");
}
