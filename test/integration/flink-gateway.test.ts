/**
 * The SQL Gateway backend against a real gateway and session cluster (scripts/stack/flink/flink.sh up)
 * and the stack's Kafka: Kafka source → SQL → Kafka sink, stop with a savepoint, rows produced while
 * stopped, resume from the savepoint, lag, failures, and everything found again by a fresh adapter.
 */
import { randomUUID } from "node:crypto";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGatewayBackend } from "../../src/flink/backend/gateway/gateway-backend.js";
import { measureLag } from "../../src/flink/statement-lag.js";
import { StatementError, type StatementBackend, type StatementSpec } from "../../src/flink/statement-port.js";
import { createKafkaSource, type KafkaConnection } from "../../src/stream/kafka-source.js";
import type { StreamSource } from "../../src/stream/stream-source.js";
import { kafkaFixture, type KafkaFixture } from "../support/kafka-fixtures.js";
import { requireStack } from "./stack-env.js";

const flinkStack = requireStack("flink");
const kafkaStack = requireStack("kafka");

describe("Flink SQL Gateway backend", { timeout: 180_000 }, () => {
  const run = randomUUID().slice(0, 8);
  const name = `it-orders-${run}`;
  const connection: KafkaConnection = { brokers: kafkaStack.kafkaBrokers, clientId: "cutover-test", ssl: false };
  const stateTopic = `cutover-test-flink-state-${run}`;
  const backendOptions = () => ({
    url: flinkStack.flinkUrl,
    clusterUrl: flinkStack.flinkUrl.replace(/:\d+$/, ":58081"),
    kafka: connection,
    stateTopic,
    savepointDir: `file://${path.resolve(".stack/flink/savepoints")}`,
    timeouts: { start: 90_000, stop: 90_000 },
  });
  let kafka: KafkaFixture;
  let source: StreamSource;
  let backend: StatementBackend;
  let input = "";
  let output = "";
  const timings: Record<string, number> = {};

  const table = (tableName: string, topic: string) =>
    `CREATE TABLE ${tableName} (id INT, name STRING) WITH ('connector' = 'kafka', 'topic' = '${topic}', ` +
    `'properties.bootstrap.servers' = '${kafkaStack.kafkaBrokers.join(",")}', 'format' = 'json')`;

  const spec = (): StatementSpec => ({
    name,
    sql: `INSERT INTO sink_${run} SELECT id, UPPER(name) FROM orders_${run}`,
    contentHash: "sha256:0f1e2d",
    labels: { release: "r1", side: "green" },
    // Offsets reach the consumer group at checkpoints: every second keeps the lag fresh.
    properties: { "execution.checkpointing.interval": "1s" },
    sources: [{ table: `orders_${run}`, topic: input }],
    start: { kind: "earliest" },
  });

  const produce = (from: number, count: number) =>
    kafka.produce(
      input,
      Array.from({ length: count }, (_, i) => ({
        partition: (from + i) % 2,
        key: String(from + i),
        value: { id: from + i, name: `n${from + i}` },
      })),
    );

  /** Every id in the sink topic, in the order read. */
  async function sinkIds(): Promise<number[]> {
    const marks = await source.watermarks(output);
    const ids: number[] = [];
    await source.readRange(
      output,
      marks.map(({ partition, low }) => ({ partition, offset: low })),
      marks.map(({ partition, high }) => ({ partition, offset: high })),
      async (records) => {
        for (const record of records) ids.push((JSON.parse(record.value?.toString() ?? "{}") as { id: number }).id);
      },
      { signal: AbortSignal.timeout(30_000), maxBatch: 1000 },
    );
    return ids;
  }

  async function waitForSink(count: number, timeoutMs = 60_000): Promise<number[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const ids = await sinkIds();
      if (ids.length >= count || Date.now() > deadline) return ids;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  beforeAll(async () => {
    kafka = kafkaFixture(kafkaStack.kafkaBrokers);
    source = createKafkaSource(connection);
    input = await kafka.createTopic({ prefix: "cutover-test-flink-in", partitions: 2 });
    output = await kafka.createTopic({ prefix: "cutover-test-flink-out", partitions: 1 });
    backend = createGatewayBackend(backendOptions());
  });

  afterAll(async () => {
    await backend?.delete(name).catch(() => undefined);
    await backend?.close();
    await source?.close();
    if (kafka) {
      await kafka.deleteTopic(stateTopic).catch(() => undefined);
      await kafka.close();
    }
    if (Object.keys(timings).length > 0) console.log(`flink gateway timings (ms): ${JSON.stringify(timings)}`);
  });

  it("creates tables, starts a statement, and rows flow from source to sink", async () => {
    await backend.runDdl(table(`orders_${run}`, input));
    await backend.runDdl(table(`sink_${run}`, output));
    await produce(0, 10);

    const started = Date.now();
    const info = await backend.create(spec());
    timings.create = Date.now() - started;
    expect(info).toMatchObject({ name, phase: "RUNNING", contentHash: "sha256:0f1e2d", resumable: false });

    const ids = await waitForSink(10);
    timings.firstRows = Date.now() - started;
    expect(ids.sort((a, b) => a - b)).toEqual([...Array(10).keys()]);
  });

  it("reports the consumed offsets, so the lag reaches 0 once the input is read", async () => {
    const deadline = Date.now() + 30_000;
    let lag = await measureLag(backend, source, name, [input]);
    while (lag.total !== 0n && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      lag = await measureLag(backend, source, name, [input]);
    }
    expect(lag.total).toBe(0n);
    expect(lag.partitions.map((entry) => entry.consumed)).toEqual(["5", "5"]);
  });

  it("stops with a savepoint in the statement's own directory", async () => {
    const started = Date.now();
    const info = await backend.stop(name);
    timings.stop = Date.now() - started;
    expect(info.phase).toBe("STOPPED");
    expect(info.resumable).toBe(true);
    expect(info.savepoint).toContain(`/savepoints/${name}/savepoint-`);
    // Stopping again is a no-op: re-runs are safe.
    expect((await backend.stop(name)).savepoint).toBe(info.savepoint);
  });

  it("sees rows produced while stopped as lag", async () => {
    await produce(10, 10);
    const lag = await measureLag(backend, source, name, [input]);
    expect(lag.total).toBe(10n);
  });

  it("starts a green statement where the stopped blue one got to (carry-over)", async () => {
    const green = `it-green-${run}`;
    const greenOut = await kafka.createTopic({ prefix: "cutover-test-flink-green", partitions: 1 });
    await backend.runDdl(table(`green_sink_${run}`, greenOut));
    try {
      const info = await backend.create({
        ...spec(),
        name: green,
        sql: `INSERT INTO green_sink_${run} SELECT id, name FROM orders_${run}`,
        start: { kind: "carry-over", from: name },
      });
      expect(info.phase).toBe("RUNNING");
      const deadline = Date.now() + 30_000;
      let ids: number[] = [];
      while (ids.length < 10 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        const marks = await source.watermarks(greenOut);
        ids = [];
        await source.readRange(
          greenOut,
          marks.map(({ partition, low }) => ({ partition, offset: low })),
          marks.map(({ partition, high }) => ({ partition, offset: high })),
          async (records) => {
            for (const record of records) ids.push((JSON.parse(record.value?.toString() ?? "{}") as { id: number }).id);
          },
          { signal: AbortSignal.timeout(30_000), maxBatch: 1000 },
        );
      }
      // Only what blue had not read: the rows produced while it was stopped.
      expect(ids.sort((x, y) => x - y)).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    } finally {
      await backend.delete(green);
      await backend.runDdl(`DROP TABLE green_sink_${run}`);
    }
  });

  it("finds the statement from a fresh adapter: state comes from the world, not from this process", async () => {
    const fresh = createGatewayBackend(backendOptions());
    try {
      const info = await fresh.get(name);
      expect(info).toMatchObject({ phase: "STOPPED", resumable: true, contentHash: "sha256:0f1e2d", sql: spec().sql });
      expect((await fresh.list({ namePrefix: `it-orders-${run}` })).map((entry) => entry.name)).toEqual([name]);
      expect((await fresh.list({ labels: { release: "r1", side: "green" } })).map((entry) => entry.name)).toContain(name);
      expect(await fresh.list({ labels: { release: "r2" } })).toEqual([]);

      const started = Date.now();
      const resumed = await fresh.resume(name);
      timings.resume = Date.now() - started;
      expect(resumed.phase).toBe("RUNNING");
      const ids = await waitForSink(20);
      timings.resumeToRows = Date.now() - started;
      // Exactly once: the rows produced while stopped arrive, and nothing before them again.
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      expect((await sinkIds()).sort((a, b) => a - b)).toEqual([...Array(20).keys()]);
      expect(ids.length).toBe(20);
    } finally {
      await fresh.close();
    }
  });

  it("starts a window TVF statement at a timestamp: its source, inside TUMBLE, takes the start position", async () => {
    // Flink takes no hint after `TABLE x`: the backend wraps the source in a subquery that carries it
    const winIn = await kafka.createTopic({ prefix: "cutover-test-flink-win-in", partitions: 1 });
    const winOut = await kafka.createTopic({ prefix: "cutover-test-flink-win-out", partitions: 1 });
    const brokers = kafkaStack.kafkaBrokers.join(",");
    await backend.runDdl(
      `CREATE TABLE clicks_${run} (id INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts) WITH ('connector' = 'kafka', ` +
        `'topic' = '${winIn}', 'properties.bootstrap.servers' = '${brokers}', 'format' = 'json', 'scan.startup.mode' = 'earliest-offset')`,
    );
    await backend.runDdl(
      `CREATE TABLE counts_${run} (window_start TIMESTAMP(3), n BIGINT) WITH ('connector' = 'kafka', ` +
        `'topic' = '${winOut}', 'properties.bootstrap.servers' = '${brokers}', 'format' = 'json')`,
    );
    // five clicks written before the start position, three after it, all in the 10:00 window; one at 10:05 closes it
    const written = Date.now() - 60_000;
    const click = (id: number, ts: string, timestamp: number) => ({ partition: 0, key: String(id), value: { id, ts }, timestamp });
    await kafka.produce(winIn, [
      ...[0, 1, 2, 3, 4].map((id) => click(id, `2026-01-01 10:00:0${id}`, written)),
      ...[5, 6, 7].map((id) => click(id, `2026-01-01 10:00:0${id}`, written + 10_000)),
      click(8, "2026-01-01 10:05:00", written + 10_000),
    ]);
    const windowed = `it-window-${run}`;
    const sql =
      `INSERT INTO counts_${run} SELECT window_start, COUNT(*) FROM TABLE(TUMBLE(TABLE clicks_${run}, DESCRIPTOR(ts), ` +
      `INTERVAL '1' MINUTES)) GROUP BY window_start, window_end`;
    try {
      const info = await backend.create({
        ...spec(),
        name: windowed,
        sql,
        sources: [{ table: `clicks_${run}`, topic: winIn }],
        start: { kind: "timestamp", ms: written + 5_000 },
      });
      expect(info.phase).toBe("RUNNING");
      expect(info.sql).toBe(sql); // the statement is recorded as the files say; the hint is the backend's
      const deadline = Date.now() + 60_000;
      let counts: { window_start: string; n: number }[] = [];
      while (counts.length === 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        const marks = await source.watermarks(winOut);
        counts = [];
        await source.readRange(
          winOut,
          marks.map(({ partition, low }) => ({ partition, offset: low })),
          marks.map(({ partition, high }) => ({ partition, offset: high })),
          async (records) => {
            for (const record of records) counts.push(JSON.parse(record.value?.toString() ?? "{}") as { window_start: string; n: number });
          },
          { signal: AbortSignal.timeout(30_000), maxBatch: 1000 },
        );
      }
      // the table's own option says earliest (9 clicks, 8 in the window); the start position leaves the first five out
      expect(counts).toEqual([{ window_start: "2026-01-01 10:00:00", n: 3 }]);
    } finally {
      await backend.delete(windowed);
      await backend.runDdl(`DROP TABLE counts_${run}`);
      await backend.runDdl(`DROP TABLE clicks_${run}`);
    }
  });

  it("refuses a second statement of the same name", async () => {
    await expect(backend.create(spec())).rejects.toMatchObject({ reason: "exists", statement: name });
  });

  it("fails clearly, naming the statement, on SQL that reads a missing table", async () => {
    const bad = `it-bad-${run}`;
    const error = await backend
      .create({ ...spec(), name: bad, sql: `INSERT INTO sink_${run} SELECT id, name FROM nowhere_${run}`, sources: [] })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StatementError);
    expect((error as StatementError).reason).toBe("invalid");
    expect((error as StatementError).message).toContain(`statement '${bad}'`);
    expect((error as StatementError).message).toMatch(/nowhere_/);
    expect(await backend.get(bad)).toBeUndefined();
  });

  it("fails clearly when the job fails at run time (its source topic does not exist)", async () => {
    const broken = `it-broken-${run}`;
    await backend.runDdl(table(`ghost_${run}`, `cutover-test-flink-missing-${run}`));
    const error = await backend
      .create(
        {
          ...spec(),
          name: broken,
          sql: `INSERT INTO sink_${run} SELECT id, name FROM ghost_${run}`,
          properties: { "restart-strategy.type": "none" },
          sources: [{ table: `ghost_${run}`, topic: `cutover-test-flink-missing-${run}` }],
        },
        { timeoutMs: 60_000 },
      )
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StatementError);
    expect((error as StatementError).message).toContain(`statement '${broken}'`);
    expect((error as StatementError).reason).toBe("failed");
    expect((await backend.get(broken))?.phase).toBe("FAILED");
    await backend.delete(broken);
  });

  it("refuses a DDL it could not replay, and bad SQL in a DDL", async () => {
    await expect(backend.runDdl(`ALTER TABLE orders_${run} SET ('format' = 'csv')`)).rejects.toMatchObject({ reason: "invalid" });
    await expect(backend.runDdl(`CREATE TABLE broken_${run} (id INT WITH`)).rejects.toMatchObject({ reason: "invalid" });
  });

  it("deletes the statement: the job is cancelled and the record is gone", async () => {
    await backend.delete(name);
    expect(await backend.get(name)).toBeUndefined();
    await backend.delete(name); // a missing statement is fine
  });
});
