/**
 * The demo release: seed 004's estate (three ALBs: a frontend target-group pair, feed normalizers
 * with one pair per sport behind path rules, an ECS service) built in the local stack's moto, then
 * every stage cutover has built, run as an operator would run it: `node dist/cutover.js <stage>`.
 *
 * Two stand-ins do what moto cannot: an "ECS agent" that registers the green tasks' IPs in the green
 * target group (moto's ECS does not), and a local HTTP server that answers as green behind the
 * green header (moto does not route requests), which verify's checks are sent to.
 *
 * Bundled with ncc by scripts/demo.sh and run with node. The terminal gets a short story (one line
 * per stage, a closing table); every stage's full output goes to the log scripts/demo.sh names in
 * DEMO_LOG (stages.ts). Exits 0 only when every stage did.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import pg from "pg";
import { parseDocument } from "yaml";
import { greenTargetGroupName } from "../../src/release/naming.js";
import { buildSpectateEstate, ecsAgentStandIn, fixtureAccount } from "../../test/support/aws/index.js";
import { flinkDemo } from "./flink-demo.js";
import { searchDemo } from "./search-demo.js";
import { DemoRun, logSize, StageFailed } from "./stages.js";
import { formatSeconds } from "./story.js";

const EXAMPLE = "examples/spectate-three-albs.yml";
// The example switches all at once after a 2-minute bake (as seed 004 does); the demo takes the same
// config with a linear strategy and no bake, written beside a copy of the files it names.
const CONFIG = ".stack/demo/cutover.yml";

// Prisma's binary engines cannot be downloaded here: the demo runs the project's own Prisma through
// its WebAssembly engine and the node-postgres adapter (scripts/prisma-offline). A real pipeline
// leaves database.prisma at its default, `npx prisma`.
const PRISMA_OFFLINE = "scripts/prisma-offline";

function writeDemoConfig(): void {
  const doc = parseDocument(readFileSync(EXAMPLE, "utf8"));
  doc.setIn(["traffic", "strategy"], "linear");
  doc.setIn(["traffic", "increment"], 25);
  doc.setIn(["traffic", "bakeTime"], "0s");
  doc.setIn(["database", "prisma"], {
    command: [process.execPath, resolve("node_modules/prisma/build/index.js")],
    config: `../../${PRISMA_OFFLINE}/prisma.config.ts`,
  });
  mkdirSync(".stack/demo", { recursive: true });
  rmSync(".stack/demo/prisma", { recursive: true, force: true });
  cpSync("examples/prisma", ".stack/demo/prisma", { recursive: true });
  writeFileSync(CONFIG, doc.toString());
}

/** A fresh database on the stack's PostgreSQL for this run; the demo migrates it from empty. */
async function createDemoDatabase(stackUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: stackUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(stackUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
const endpoint = process.env.CUTOVER_STACK_AWS_ENDPOINT;
if (!endpoint) throw new Error("CUTOVER_STACK_AWS_ENDPOINT is not set: run through scripts/demo.sh");

const release = `demo-${new Date().toISOString().replace(/\D/g, "").slice(0, 14)}`;

// the story on the terminal, every stage's full output in the log (scripts/demo.sh truncates it first)
const run = new DemoRun({
  log: need("DEMO_LOG"),
  verbose: !["", "0", "false"].includes(process.env.DEMO_VERBOSE ?? ""),
  outputsFile: ".stack/demo/stage-outputs.json",
});
// Node's own warnings (the AWS SDK's notice about Node 22) are not part of the story: scripts/demo.sh
// runs this with --no-warnings, and they go to the log
process.on("warning", (warning) => run.detail(`(node) ${warning.name}: ${warning.message}`));
// from `npm run demo` on (scripts/demo.sh), so the closing time counts the stack's start-up and the build
const startedAt = Number(process.env.DEMO_STARTED_AT) || Date.now();

/** Answers like green behind the ALB: only requests that carry the green header. */
async function startGreenStandIn(): Promise<{ url: string; requests: () => number; close: () => Promise<void> }> {
  let count = 0;
  const server = createServer((req, res) => {
    count++;
    if (req.headers["x-client-mode"] !== "green") return void res.writeHead(404).end("this is blue");
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ status: "UP", release }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, requests: () => count, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function main(): Promise<void> {
  run.detail(`\n== building the three-ALB estate in moto (a fresh account), release ${release}`);
  const account = await fixtureAccount(endpoint as string);
  const estate = await buildSpectateEstate(account.aws);
  const built = `3 ALBs (${Object.values(estate.albs)
    .map((a) => a.name)
    .join(", ")}), ${Object.keys(estate.targetGroups).length} target groups, ECS service ${estate.ecs.cluster}/${estate.ecs.service}`;
  run.detail(`  ${built}`);

  const database = `cutover_demo_${release.slice(5)}`;
  const databaseUrl = await createDemoDatabase(need("CUTOVER_STACK_PG_URL"), database);
  run.detail(`  an empty database '${database}' on the stack's PostgreSQL for migrate-db`);
  // the terminal's line names what matters to the story; the log above has the names
  run.say(
    `  · release ${release}: the three-ALB estate in a fresh moto account (3 ALBs, ${Object.keys(estate.targetGroups).length} target groups, ` +
      `an ECS service), an empty database for migrate-db`,
  );

  const green = await startGreenStandIn();
  const engineStandIn = resolve(PRISMA_OFFLINE, "schema-engine-stub");
  const env = {
    ...process.env,
    ...account.env,
    VERIFY_BASE_URL: green.url,
    DATABASE_URL: databaseUrl,
    PRISMA_SCHEMA_ENGINE_BINARY: engineStandIn,
    PRISMA_QUERY_ENGINE_LIBRARY: engineStandIn,
    // no update check or telemetry calls from Prisma on a machine without internet
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    // the SDK's notice that its 2027 releases need Node 22 would repeat at every stage: once is enough
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
  };
  const stage = (command: string, ...args: string[]) =>
    run.stage([command, ...args].join(" "), [command, "--config", CONFIG, "--release", release, ...args], env);

  let agent: { stop(): Promise<void> } | undefined;
  try {
    writeDemoConfig();
    await stage("plan");
    await stage("lint-migrations");
    await stage("migrate-db", "--dry-run");
    await stage("migrate-db");
    await stage("migrate-db");
    await stage("status");
    await stage("deploy-green", "--dry-run");
    agent = ecsAgentStandIn(account.aws, greenTargetGroupName("event-management", release), ["10.40.1.21", "10.40.2.21"]);
    await stage("deploy-green");
    await agent.stop();
    await stage("status");
    await stage("verify");
    await stage("switch-traffic");
    await stage("status");
    await stage("promote");
    await stage("status");
    // and the 3 a.m. case: back to the side that was live before this release, from AWS alone
    await stage("rollback");
    await stage("status");
    await stage("rollback");
  } finally {
    await agent?.stop();
    await green.close();
    account.aws.destroy();
  }

  run.detail("\n== the search indices: a Kafka-fed index on Elasticsearch and an index rebuilt with a script on OpenSearch");
  const searchSummary = await searchDemo(run, env, {
    esUrl: need("CUTOVER_STACK_ES_URL"),
    osUrl: need("CUTOVER_STACK_OS_URL"),
    brokers: need("CUTOVER_STACK_KAFKA_BROKERS").split(","),
  });

  run.detail("\n== the Flink pipeline: Flink SQL statements released blue/green on the SQL Gateway");
  const flinkSummary = await flinkDemo(run, env, {
    flinkUrl: need("CUTOVER_STACK_FLINK_URL"),
    brokers: need("CUTOVER_STACK_KAFKA_BROKERS").split(","),
  });

  run.detail("\n== demo done");
  run.table();
  run.say("");
  run.say(
    `demo done in ${formatSeconds(Date.now() - startedAt)}: ${run.stages.length} stage(s) exited 0; ` +
      `the green stand-in answered ${green.requests()} request(s)`,
  );
  for (const line of [...searchSummary, ...flinkSummary]) run.say(line);
  // on the terminal only, so that the size it gives is the log's final size
  process.stdout.write(`full log: ${run.log} (${logSize(run.log)})\n`);
}

function need(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run through scripts/demo.sh`);
  return value;
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  // a failed stage has shown its own output already; anything else leaves its stack in the log
  if (!(error instanceof StageFailed)) run.detail(error instanceof Error && error.stack ? error.stack : message);
  process.stderr.write(`\ndemo failed: ${message}\nfull log: ${run.log}\n`);
  process.exitCode = 1;
});
