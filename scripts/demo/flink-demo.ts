/**
 * The Flink side of the demo (seed 001): a pipeline of Flink SQL statements on the stack's SQL
 * Gateway and Kafka (raw_orders → src_orders → int_orders → out_orders), released blue/green with
 * `node dist/cutover.js flink --phase …`: the first deploy, a changed statement and its descendant
 * deployed beside blue, the switch refused while green lags, the switch, rows through green, the
 * rollback with every row through blue again exactly once, and the cleanup.
 *
 * It starts from a clean slate (the demo's statements, tables and topics of an earlier run are
 * deleted first) and tidies up at the end, so the shared gateway keeps its slots.
 */
import { mkdirSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import { createGatewayBackend } from "../../src/flink/backend/gateway/gateway-backend.js";
import { measureLag } from "../../src/flink/statement-lag.js";
import { createKafkaSource } from "../../src/stream/kafka-source.js";
import { writeFlinkPipeline } from "../../test/support/flink-release-fixture.js";
import { kafkaFixture } from "../../test/support/kafka-fixtures.js";
import type { DemoRun } from "./stages.js";
import { formatSeconds } from "./story.js";

const FOLDER = ".stack/demo/flink";
const PREFIX = "cutover-demo";
const STATE_TOPIC = "cutover.demo.flink-state";

export async function flinkDemo(
  run: DemoRun,
  env: Record<string, string | undefined>,
  stack: { flinkUrl: string; brokers: string[] },
): Promise<string[]> {
  const connection = { brokers: stack.brokers, clientId: "cutover-demo", ssl: false };
  const kafka = kafkaFixture(stack.brokers, "cutover-demo");
  const source = createKafkaSource(connection);
  rmSync(FOLDER, { recursive: true, force: true });
  mkdirSync(FOLDER, { recursive: true });
  const pipeline = writeFlinkPipeline(
    FOLDER,
    { run: "demo", form: "gateway", brokers: stack.brokers },
    {
      project: "orders",
      kafka: { brokers: stack.brokers },
      flink: {
        pipeline: "pipeline",
        statementPrefix: PREFIX,
        stateTopic: STATE_TOPIC,
        maxLag: 100,
        timeouts: { start: "2m", stop: "2m", ddl: "1m" },
        backend: {
          type: "gateway",
          url: stack.flinkUrl,
          clusterUrl: stack.flinkUrl.replace(/:\d+$/, ":58081"),
          savepointDir: `file://${resolve(FOLDER, "savepoints")}`,
          properties: { "execution.checkpointing.interval": "1s" },
        },
      },
    },
  );
  const topics = [...Object.values(pipeline.tables), `${pipeline.tables.int}_v2`, `${pipeline.tables.out}_v2`];
  // no --release: each deploy labels what it makes after the versions it deploys, the same on a rerun
  const stage = (args: string[], expectExit?: number) =>
    run.stage(`flink ${args.join(" ")}`, ["flink", "--config", pipeline.config, ...args], env, {
      ...(expectExit === undefined ? {} : { expectExit }),
    });
  let produced = 0;
  const produce = async (count: number) => {
    const from = produced;
    produced += count;
    await kafka.produce(
      pipeline.tables.raw,
      Array.from({ length: count }, (_, i) => ({
        partition: 0,
        value: { id: from + i, name: `Customer${from + i}`, amount: 1 + (i % 9) },
      })),
      { chunk: 5_000, concurrency: 2 },
    );
  };
  const count = async (topic: string) => (await source.watermarks(topic)).reduce((n, m) => n + Number(BigInt(m.high) - BigInt(m.low)), 0);
  const waitFor = async (topic: string, wanted: number, timeoutMs = 120_000) => {
    const started = Date.now();
    while ((await count(topic)) < wanted) {
      if (Date.now() - started > timeoutMs)
        throw new Error(`${topic} holds ${await count(topic)} rows after ${timeoutMs / 1000}s, not ${wanted}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    return Date.now() - started;
  };

  try {
    await cleanSlate(stack.flinkUrl, connection, kafka, topics);
    run.say(`  · a Flink SQL pipeline on the SQL Gateway: raw_orders → src_orders → int_orders → out_orders, each a table and a statement`);
    await stage(["--phase", "plan"]);
    await stage(["--phase", "deploy"]);
    await produce(100);
    const first = await waitFor(pipeline.tables.out, 100);
    run.say(`  · 100 orders produced: in out_orders ${formatSeconds(first)} later, through three statements`);

    pipeline.changeInt();
    run.say("  · int_orders' DML changed (names lower-cased): it and out_orders, which reads it, must be redeployed");
    await stage(["--phase", "plan"]);
    await stage(["--phase", "deploy"]);
    await produce(30_000);
    run.say("  · 30 000 more orders produced at once: green, replaying from the beginning, is behind");
    await stage(["--phase", "switch"], 3);
    const caughtUp = await waitForCatchUp(stack.flinkUrl, connection, source, 100);
    run.say(`  · green caught up ${formatSeconds(caughtUp)} later (its consumed offsets, as the switch reads them)`);
    await stage(["--phase", "switch"]);
    const blueBefore = await count(pipeline.tables.out);
    await produce(10);
    await waitFor(`${pipeline.tables.out}_v2`, produced);
    await new Promise((r) => setTimeout(r, 1_500));
    const blueAfter = await count(pipeline.tables.out);
    run.say(
      `  · 10 more orders: through green (out_orders_v2 holds ${produced}); blue's out_orders did not move (${blueAfter - blueBefore} new)`,
    );

    await produce(10);
    const rolling = Date.now();
    await stage(["--phase", "rollback"]);
    await waitFor(pipeline.tables.out, produced);
    const back = Date.now() - rolling;
    await new Promise((r) => setTimeout(r, 2_000));
    const blue = await count(pipeline.tables.out);
    run.say(
      `  · after the rollback, blue resumed from its savepoint: out_orders holds ${blue} of ${produced} orders ` +
        `(${blue === produced ? "each exactly once" : "NOT exactly once"}), ${formatSeconds(back)} after the rollback began`,
    );
    if (blue !== produced) throw new Error(`out_orders holds ${blue} rows, expected ${produced} exactly`);
    await stage(["--phase", "cleanup", "--yes"]);
    return [`Flink SQL pipeline: ${produced} orders through a Flink pipeline released blue/green, switched and rolled back, each row once`];
  } finally {
    // tidy: the demo's statements stop, so the shared gateway keeps its task slots
    await cleanSlate(stack.flinkUrl, connection, kafka, topics).catch((error: unknown) =>
      run.detail(`could not tidy up: ${String(error)}`),
    );
    await source.close();
    await kafka.close();
  }
}

/**
 * Waits until both green statements are within `maxLag` records of their input, as the switch
 * measures it: the offsets their Kafka sources commit, which follow a checkpoint, and on a source
 * that has gone idle, its fetcher's next poll (several seconds).
 */
async function waitForCatchUp(
  url: string,
  connection: { brokers: string[]; clientId: string; ssl: boolean },
  source: ReturnType<typeof createKafkaSource>,
  maxLag: number,
): Promise<number> {
  const backend = createGatewayBackend({ url, kafka: connection, stateTopic: STATE_TOPIC });
  const started = Date.now();
  try {
    for (;;) {
      const greens = ["int", "out"].map((t) => `${PREFIX}-dml-${t}-orders-v2`);
      let behind = 0n;
      for (const name of greens) {
        const info = await backend.get(name);
        const lag = await measureLag(backend, source, name, [...new Set(info?.sources.map((s) => s.topic) ?? [])]);
        if (lag.total > behind) behind = lag.total;
      }
      if (behind <= BigInt(maxLag)) return Date.now() - started;
      if (Date.now() - started > 180_000) throw new Error(`green is still ${behind} records behind after 3 minutes`);
      await new Promise((r) => setTimeout(r, 1_000));
    }
  } finally {
    await backend.close();
  }
}

/** Deletes what an earlier demo run left: its statements, tables, topics and state. */
async function cleanSlate(
  url: string,
  connection: { brokers: string[]; clientId: string; ssl: boolean },
  kafka: ReturnType<typeof kafkaFixture>,
  topics: readonly string[],
): Promise<void> {
  const backend = createGatewayBackend({ url, kafka: connection, stateTopic: STATE_TOPIC });
  try {
    for (const info of await backend.list({ namePrefix: `${PREFIX}-` })) await backend.delete(info.name);
    for (const table of topics) await backend.runDdl(`DROP TABLE IF EXISTS ${table}`);
  } finally {
    await backend.close();
  }
  const existing = await (await kafka.admin()).listTopics();
  for (const topic of [...topics, STATE_TOPIC]) if (existing.includes(topic)) await kafka.deleteTopic(topic);
}
