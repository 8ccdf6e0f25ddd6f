/**
 * `cutover flink` end to end on a real Apache Flink SQL Gateway (scripts/stack.sh up flink) and the
 * stack's Kafka: a pipeline deployed, a changed statement and its descendant deployed beside blue,
 * the switch refused while green lags, then done; rows flow through green after the switch, and
 * after the rollback exactly once through blue again (it resumes from its savepoint). The CLI runs
 * in process, as `cutover flink --phase …` would.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { createGatewayBackend } from "../../src/flink/backend/gateway/gateway-backend.js";
import { createKafkaSource } from "../../src/stream/kafka-source.js";
import type { StreamSource } from "../../src/stream/stream-source.js";
import { writeFlinkPipeline, type FlinkPipeline } from "../support/flink-release-fixture.js";
import { kafkaFixture, type KafkaFixture } from "../support/kafka-fixtures.js";
import { fakeIo } from "../support/fake-io.js";
import { requireStack } from "./stack-env.js";

const flinkStack = requireStack("flink");
const kafkaStack = requireStack("kafka");

interface Run {
  readonly code: number;
  readonly json: { exitCode: number; result?: Record<string, unknown>; error?: { message: string; details: string[] } };
  readonly stderr: string;
  readonly ms: number;
}

describe("cutover flink on the Flink SQL Gateway, with Kafka", { timeout: 240_000 }, () => {
  const run = `g${randomBytes(4).toString("hex")}`;
  const folder = mkdtempSync(join(tmpdir(), "cutover-flink-gateway-"));
  const stateTopic = `cutover-test-flink-state-${run}`;
  const connection = { brokers: kafkaStack.kafkaBrokers, clientId: "cutover-test", ssl: false };
  const timings: Record<string, number> = {};
  let pipeline: FlinkPipeline;
  let kafka: KafkaFixture;
  let source: StreamSource;
  let produced = 0;

  async function flink(...args: string[]): Promise<Run> {
    const { io, stdout, stderr } = fakeIo({});
    const started = performance.now();
    const code = await runCli(["flink", "--config", pipeline.config, "--json", ...args], io);
    return { code, json: JSON.parse(stdout()) as Run["json"], stderr: stderr(), ms: Math.round(performance.now() - started) };
  }

  async function produce(count: number): Promise<void> {
    const from = produced;
    produced += count;
    await kafka.produce(
      pipeline.tables.raw,
      Array.from({ length: count }, (_, i) => ({ partition: 0, value: { id: from + i, name: `Name${from + i}`, amount: 1 } })),
      { chunk: 5_000, concurrency: 2 },
    );
  }

  /** Every record's id in a topic, in the order read. */
  async function ids(topic: string): Promise<number[]> {
    const marks = await source.watermarks(topic);
    const found: number[] = [];
    await source.readRange(
      topic,
      marks.map(({ partition, low }) => ({ partition, offset: low })),
      marks.map(({ partition, high }) => ({ partition, offset: high })),
      async (records) => {
        for (const record of records) found.push((JSON.parse(record.value?.toString() ?? "{}") as { id: number }).id);
      },
      { signal: AbortSignal.timeout(60_000), maxBatch: 5_000 },
    );
    return found;
  }

  async function waitForCount(topic: string, count: number, timeoutMs = 90_000): Promise<number[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = await ids(topic);
      if (found.length >= count || Date.now() > deadline) return found;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }

  const exactlyOnce = (found: readonly number[]) => {
    const sorted = [...found].sort((a, b) => a - b);
    return sorted.length === produced && sorted.every((id, i) => id === i);
  };

  beforeAll(async () => {
    kafka = kafkaFixture(kafkaStack.kafkaBrokers);
    source = createKafkaSource(connection);
    pipeline = writeFlinkPipeline(
      folder,
      { run, form: "gateway", brokers: kafkaStack.kafkaBrokers },
      {
        project: "orders",
        kafka: { brokers: kafkaStack.kafkaBrokers },
        flink: {
          pipeline: "pipeline",
          statementPrefix: run,
          stateTopic,
          maxLag: 100,
          timeouts: { start: "90s", stop: "90s", ddl: "60s" },
          backend: {
            type: "gateway",
            url: flinkStack.flinkUrl,
            clusterUrl: flinkStack.flinkUrl.replace(/:\d+$/, ":58081"),
            savepointDir: `file://${join(folder, "savepoints")}`,
            // offsets reach the consumer group at checkpoints: every second keeps the lag fresh
            properties: { "execution.checkpointing.interval": "1s" },
          },
        },
      },
    );
  });

  afterAll(async () => {
    // everything this run deployed goes, whatever state a failed test left it in
    const backend = createGatewayBackend({ url: flinkStack.flinkUrl, kafka: connection, stateTopic });
    try {
      for (const info of await backend.list({ namePrefix: `${run}-` })) await backend.delete(info.name).catch(() => undefined);
      for (const table of Object.values(pipeline.tables))
        for (const name of [table, `${table}_v2`]) await backend.runDdl(`DROP TABLE IF EXISTS ${name}`).catch(() => undefined);
    } finally {
      await backend.close();
    }
    await source?.close();
    if (kafka) {
      for (const topic of [stateTopic, ...Object.values(pipeline.tables), `${pipeline.tables.int}_v2`, `${pipeline.tables.out}_v2`])
        await kafka.deleteTopic(topic).catch(() => undefined);
      await kafka.close();
    }
    console.log(`flink gateway release timings (ms): ${JSON.stringify(timings)}`);
  });

  it("deploys the pipeline: tables with their topics, statements from earliest; rows flow to the end", async () => {
    const deploy = await flink("--phase", "deploy", "--release", "r1");
    expect(deploy.code, deploy.stderr).toBe(0);
    timings.firstDeploy = deploy.ms;
    const started = performance.now();
    await produce(20);
    const out = await waitForCount(pipeline.tables.out, 20);
    timings.firstRowsThroughThreeStatements = Math.round(performance.now() - started);
    expect(exactlyOnce(out)).toBe(true);
  });

  it("deploys a changed statement and its descendant as v2 beside blue, replaying from the beginning", async () => {
    pipeline.changeInt();
    const plan = await flink("--phase", "plan");
    expect(plan.code, plan.stderr).toBe(0);
    expect(
      (plan.json.result as { plan: { tables: { id: string; status: string }[] } }).plan.tables.map((t) => `${t.id} ${t.status}`),
    ).toEqual(["raw_orders unchanged", "src_orders unchanged", "int_orders changed", "out_orders descendant"]);
    const deploy = await flink("--phase", "deploy", "--release", "r2");
    expect(deploy.code, deploy.stderr).toBe(0);
    timings.greenDeploy = deploy.ms;
    const green = await waitForCount(`${pipeline.tables.out}_v2`, 20);
    expect(exactlyOnce(green)).toBe(true);
  });

  it("refuses the switch while green lags behind its input, and stops nothing", async () => {
    await produce(30_000);
    const refused = await flink("--phase", "switch");
    expect(refused.code, refused.stderr).toBe(3);
    expect(refused.json.error?.details.join("\n")).toMatch(
      /green g[0-9a-f]+-dml-(int|out)-orders-v2 is \d+ records behind its input \(flink\.maxLag 100\)/,
    );
    const state = await flink("--phase", "plan");
    expect((state.json.result as { pairs: { state: string }[] }).pairs.map((p) => p.state)).toEqual(["deployed", "deployed"]);
  });

  it("switches once green has caught up: blue stops with a savepoint, and new rows flow through green only", async () => {
    let done: Run | undefined;
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      done = await flink("--phase", "switch");
      if (done.code !== 3) break;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    expect(done?.code, done?.stderr).toBe(0);
    timings.switchStopTwoBlues = done!.ms;
    const stopped = (done!.json.result as { stopped: { name: string; savepoint?: string; ms: number }[] }).stopped;
    expect(stopped.map((s) => s.name).sort()).toEqual([`${run}-dml-int-orders-v1`, `${run}-dml-out-orders-v1`]);
    for (const stop of stopped) expect(stop.savepoint).toContain(`/savepoints/${stop.name}/savepoint-`);
    timings.savepointStop = Math.max(...stopped.map((s) => s.ms));

    const blueBefore = (await ids(pipeline.tables.out)).length;
    await produce(10);
    const green = await waitForCount(`${pipeline.tables.out}_v2`, produced);
    expect(exactlyOnce(green)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect((await ids(pipeline.tables.out)).length).toBe(blueBefore);
  });

  it("rolls back: blue resumes from its savepoint, and every row arrives through blue exactly once", async () => {
    await produce(10);
    const rollback = await flink("--phase", "rollback");
    expect(rollback.code, rollback.stderr).toBe(0);
    timings.rollback = rollback.ms;
    const resumed = (rollback.json.result as { resumed: { ms: number }[] }).resumed;
    timings.savepointResume = Math.max(...resumed.map((r) => r.ms));
    await produce(5);
    const blue = await waitForCount(pipeline.tables.out, produced);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const settled = await ids(pipeline.tables.out);
    expect(settled.length).toBe(produced);
    expect(exactlyOnce(settled)).toBe(true);
    expect(blue.length).toBe(produced);
    // and green, stopped, got none of the rows produced after the rollback
    expect((await ids(`${pipeline.tables.out}_v2`)).length).toBeLessThan(produced);
  });

  it("cleans up what the rollback retired: green's statements, tables and the topics cutover made for them", async () => {
    const cleanup = await flink("--phase", "cleanup", "--yes");
    expect(cleanup.code, cleanup.stderr).toBe(0);
    expect((cleanup.json.result as { deleted: string[] }).deleted.sort()).toEqual([
      `${run}-ddl-int-orders-v2`,
      `${run}-ddl-out-orders-v2`,
      `${run}-dml-int-orders-v2`,
      `${run}-dml-out-orders-v2`,
    ]);
    const topics = await (await kafka.admin()).listTopics();
    expect(topics).not.toContain(`${pipeline.tables.int}_v2`);
    expect(topics).toContain(pipeline.tables.int);
    const again = await flink("--phase", "cleanup", "--yes");
    expect(again.json.result).toMatchObject({ outcome: "nothing-to-do" });
  });
});
