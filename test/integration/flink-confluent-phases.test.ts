/**
 * `cutover flink` end to end on the Confluent Cloud backend: the CLI in process against the local
 * contract server (test/support/confluent-contract-server.ts, the documented sql/v1 API; no real
 * Confluent Cloud is reached) and the stack's Kafka, where the release lock is kept and green's lag
 * is measured (the contract server reports the offsets a test sets, as status.latest_offsets).
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { acquireWith } from "../../src/lock/release-lock.js";
import { kafkaLockStore } from "../../src/lock/kafka-lock-store.js";
import { startContractServer, type ContractServer, type Judgement } from "../support/confluent-contract-server.js";
import { writeFlinkPipeline, type FlinkPipeline } from "../support/flink-release-fixture.js";
import { kafkaFixture, type KafkaFixture } from "../support/kafka-fixtures.js";
import { fakeIo } from "../support/fake-io.js";
import { requireStack } from "./stack-env.js";

const stack = requireStack("kafka");
const credentials = { apiKey: "FLINKKEY-contract-1", apiSecret: "s3cr3t-Flink-Api-Secret-xyz" };
const ids = { organizationId: "7f6a1b2c-0000-4000-8000-000000000001", environmentId: "env-abc123" };

interface Run {
  readonly code: number;
  readonly json: { exitCode: number; result?: Record<string, unknown>; error?: { kind: string; message: string; details: string[] } };
  readonly stderr: string;
}

describe("cutover flink on the Confluent Cloud backend (contract server) and the stack's Kafka", { timeout: 120_000 }, () => {
  const run = `c${randomBytes(4).toString("hex")}`;
  const folder = mkdtempSync(join(tmpdir(), "cutover-flink-confluent-"));
  let server: ContractServer;
  let judge: (sql: string) => Judgement = () => undefined;
  let kafka: KafkaFixture;
  let pipeline: FlinkPipeline;

  const flink = (...args: string[]) => cli({}, ...args);
  async function cli(extraEnv: Record<string, string>, ...args: string[]): Promise<Run> {
    const { io, stdout, stderr } = fakeIo({ FLINK_API_KEY: credentials.apiKey, FLINK_API_SECRET: credentials.apiSecret, ...extraEnv });
    const code = await runCli(["flink", "--config", pipeline.config, "--json", ...args], io);
    return { code, json: JSON.parse(stdout()) as Run["json"], stderr: stderr() };
  }
  function allStatements(): string[] {
    const found: string[] = [];
    for (const prefix of ["dml", "ddl"])
      for (const id of ["raw-orders", "src-orders", "int-orders", "out-orders"])
        for (const version of [1, 2]) {
          const name = `${run}-${prefix}-${id}-v${version}`;
          if (server.statement(name)) found.push(`${name} ${server.statement(name)!.status.phase}`);
        }
    return found.sort();
  }
  /** Topics named after the tables, with `count` records each, for the lag the switch measures. */
  async function topics(count: number) {
    const admin = await kafka.admin();
    const wanted = [pipeline.tables.src, pipeline.tables.int, `${pipeline.tables.int}_v2`];
    const existing = await admin.listTopics();
    await admin.createTopics({
      waitForLeaders: true,
      topics: wanted.filter((t) => !existing.includes(t)).map((topic) => ({ topic, numPartitions: 1 })),
    });
    for (const topic of wanted)
      await kafka.produce(
        topic,
        Array.from({ length: count }, (_, i) => ({ partition: 0, value: { id: i } })),
      );
  }
  const offsets = (name: string, topic: string, offset: number) =>
    server.setLatestOffsets(name, { [topic]: `partition:0,offset:${offset}` }, new Date());

  beforeAll(async () => {
    server = await startContractServer({
      ...credentials,
      ...ids,
      judge: (sql) => judge(sql),
      timing: { pendingMs: 30, stoppingMs: 30, deletingMs: 10 },
    });
    kafka = kafkaFixture(stack.kafkaBrokers);
    pipeline = writeFlinkPipeline(
      folder,
      { run, form: "confluent" },
      {
        project: "shop",
        kafka: { brokers: stack.kafkaBrokers },
        flink: {
          pipeline: "pipeline",
          statementPrefix: run,
          stateTopic: `cutover-test-flink-lock-${run}`,
          maxLag: 100,
          timeouts: { start: "20s", stop: "20s", ddl: "20s" },
          backend: {
            type: "confluent",
            url: server.url,
            ...ids,
            computePoolId: "lfcp-123",
            apiKey: "${FLINK_API_KEY}",
            apiSecret: "${FLINK_API_SECRET}",
          },
        },
      },
    );
  });

  afterAll(async () => {
    await server?.close();
    if (kafka) {
      for (const topic of [`cutover-test-flink-lock-${run}`, pipeline.tables.src, pipeline.tables.int, `${pipeline.tables.int}_v2`])
        await kafka.deleteTopic(topic).catch(() => undefined);
      await kafka.close();
    }
  });

  it("plan shows every table new; deploy creates the tables (kept as labelled DDL statements) and starts each statement", async () => {
    const plan = await flink("--phase", "plan");
    expect(plan.code, plan.stderr).toBe(0);
    expect((plan.json.result as { plan: { tables: { status: string }[] } }).plan.tables.map((t) => t.status)).toEqual([
      "new",
      "new",
      "new",
      "new",
    ]);
    const deploy = await flink("--phase", "deploy", "--release", "r1");
    expect(deploy.code, deploy.stderr).toBe(0);
    expect(allStatements()).toEqual([
      `${run}-ddl-int-orders-v1 COMPLETED`,
      `${run}-ddl-out-orders-v1 COMPLETED`,
      `${run}-ddl-raw-orders-v1 COMPLETED`,
      `${run}-ddl-src-orders-v1 COMPLETED`,
      `${run}-dml-int-orders-v1 RUNNING`,
      `${run}-dml-out-orders-v1 RUNNING`,
      `${run}-dml-src-orders-v1 RUNNING`,
    ]);
    const statement = server.statement(`${run}-dml-int-orders-v1`)!;
    expect(statement.metadata.labels).toMatchObject({ "cutover-project": run, "cutover-release": "r1", "cutover-version": "1" });
    expect(statement.spec.statement).toContain(`FROM ${pipeline.tables.src} /*+ OPTIONS('scan.startup.mode'='earliest-offset') */`);
    // the secret was given through ${VAR} and is masked: it appears nowhere in what was printed
    expect(deploy.stderr + JSON.stringify(deploy.json)).not.toContain(credentials.apiSecret);
    // a rerun has nothing to do
    const again = await flink("--phase", "deploy", "--release", "r1");
    expect(again.code).toBe(0);
    expect(again.json.result).toMatchObject({ outcome: "nothing-to-do" });
  });

  it("a changed statement: green versions of it and its descendant start beside blue", async () => {
    pipeline.changeInt();
    const deploy = await flink("--phase", "deploy", "--release", "r2");
    expect(deploy.code, deploy.stderr).toBe(0);
    expect(allStatements().filter((s) => s.includes("-v2"))).toEqual([
      `${run}-ddl-int-orders-v2 COMPLETED`,
      `${run}-ddl-out-orders-v2 COMPLETED`,
      `${run}-dml-int-orders-v2 RUNNING`,
      `${run}-dml-out-orders-v2 RUNNING`,
    ]);
    expect(server.statement(`${run}-dml-int-orders-v1`)?.status.phase).toBe("RUNNING");
    const green = server.statement(`${run}-dml-out-orders-v2`)!;
    expect(green.spec.statement).toContain(`FROM ${pipeline.tables.int}_v2 /*+`);
    expect(green.metadata.labels).toMatchObject({ "cutover-replaces": "1", "cutover-read-outside": "true" });
  });

  it("the switch is refused while green's lag is unknown or above flink.maxLag, and nothing is stopped", async () => {
    await topics(1000);
    const unknown = await flink("--phase", "switch");
    expect(unknown.code).toBe(3);
    expect(unknown.json.error?.details.join("\n")).toContain(`the lag of green ${run}-dml-int-orders-v2 cannot be read`);
    offsets(`${run}-dml-int-orders-v2`, pipeline.tables.src, 500);
    offsets(`${run}-dml-out-orders-v2`, `${pipeline.tables.int}_v2`, 1000);
    const behind = await flink("--phase", "switch");
    expect(behind.code).toBe(3);
    expect(behind.json.error?.message).toContain("switch refused");
    expect(behind.json.error?.details.join("\n")).toContain(
      `green ${run}-dml-int-orders-v2 is 500 records behind its input (flink.maxLag 100): blue ${run}-dml-int-orders-v1 keeps running until green has caught up; run the switch again later`,
    );
    expect(server.statement(`${run}-dml-int-orders-v1`)?.status.phase).toBe("RUNNING");
  });

  it("once green has caught up, the switch stops blue (Confluent keeps what a resume needs) and says where readers move", async () => {
    offsets(`${run}-dml-int-orders-v2`, pipeline.tables.src, 950);
    const dry = await flink("--phase", "switch", "--dry-run");
    expect(dry.code).toBe(0);
    expect(server.statement(`${run}-dml-int-orders-v1`)?.status.phase).toBe("RUNNING");
    const done = await flink("--phase", "switch");
    expect(done.code, done.stderr).toBe(0);
    expect(server.statement(`${run}-dml-int-orders-v1`)?.status.phase).toBe("STOPPED");
    expect(server.statement(`${run}-dml-out-orders-v1`)?.status.phase).toBe("STOPPED");
    expect(server.statement(`${run}-dml-int-orders-v2`)?.status.phase).toBe("RUNNING");
    expect((done.json.result as { switch: { moves: unknown[] } }).switch.moves).toContainEqual({
      blueTable: pipeline.tables.out,
      greenTable: `${pipeline.tables.out}_v2`,
      readOutside: true,
    });
  });

  it("a second run is refused while another holds the release lock, naming the holder", async () => {
    const store = kafkaLockStore(
      { brokers: stack.kafkaBrokers, clientId: "cutover-test", ssl: false },
      `cutover-test-flink-lock-${run}`,
      "shop",
    );
    const config = { project: "shop" } as Parameters<typeof acquireWith>[1]["config"];
    const log = { info: () => undefined, warn: () => undefined };
    const held = await acquireWith(store, {
      config,
      env: { RUNNER_NAME: "runner-7" },
      now: () => new Date(),
      command: "flink --phase switch",
      release: "r9",
      log,
    });
    try {
      const refused = await flink("--phase", "rollback");
      // rollback takes the lock over: never blocked
      expect(refused.code, refused.stderr).toBe(0);
      expect(refused.stderr).toContain("took the release lock over from release r9 (flink --phase switch) on runner-7");
    } finally {
      await held.release();
    }
    const again = await acquireWith(store, {
      config,
      env: { RUNNER_NAME: "runner-7" },
      now: () => new Date(),
      command: "flink --phase deploy",
      release: "r9",
      log,
    });
    try {
      // after the rollback, cleanup has green to delete: it needs the lock, and is refused
      const refused = await flink("--phase", "cleanup", "--yes");
      expect(refused.code).toBe(3);
      expect(refused.json.error?.message).toContain("the release lock for shop is held by release r9 (flink --phase deploy) on runner-7");
      expect(refused.json.error?.details.join("\n")).toContain(`cutover flink --phase cleanup --break-lock ${again.holder.id}`);
      expect(refused.json.error?.details.join("\n")).toContain("Nothing was changed.");
      expect(server.statement(`${run}-dml-int-orders-v2`)?.status.phase).toBe("STOPPED");
    } finally {
      await again.release();
      await store.close();
    }
  });

  it("rollback resumed blue and stopped green; cleanup asks for --yes, then deletes green and drops its tables", async () => {
    expect(server.statement(`${run}-dml-int-orders-v1`)?.status.phase).toBe("RUNNING");
    expect(server.statement(`${run}-dml-int-orders-v2`)?.status.phase).toBe("STOPPED");
    const unconfirmed = await flink("--phase", "cleanup");
    expect(unconfirmed.code).toBe(3);
    expect(unconfirmed.json.error?.message).toContain("rerun with --yes");
    expect(server.statement(`${run}-dml-int-orders-v2`)).toBeDefined();
    const cleanup = await flink("--phase", "cleanup", "--yes");
    expect(cleanup.code, cleanup.stderr).toBe(0);
    expect(allStatements().filter((s) => s.includes("-v2"))).toEqual([]);
    expect(server.posted.filter((sql) => sql.startsWith("DROP"))).toEqual([
      `DROP TABLE IF EXISTS ${pipeline.tables.int}_v2`,
      `DROP TABLE IF EXISTS ${pipeline.tables.out}_v2`,
    ]);
    expect(allStatements()).toContain(`${run}-dml-int-orders-v1 RUNNING`);
  });

  it("a statement that fails names itself and leaves what was made listed, resumable; the rerun replaces it", async () => {
    judge = (sql) => (sql.includes("LOWER(name)") && sql.includes("INSERT") ? { fail: "Column 'name' not found in any table" } : undefined);
    const failed = await flink("--phase", "deploy", "--release", "r3");
    expect(failed.code).toBe(1);
    expect(failed.json.error?.message).toContain(
      `statement '${run}-dml-int-orders-v2': start failed, the statement is FAILED: Column 'name' not found`,
    );
    expect(failed.json.error?.details.join("\n")).toMatch(
      new RegExp(`Left resumable: Made before the failure: created ${pipeline.tables.int}_v2`),
    );
    judge = () => undefined;
    const rerun = await flink("--phase", "deploy", "--release", "r3");
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(JSON.stringify(rerun.json.result)).toContain(`deleted ${run}-dml-int-orders-v2, left FAILED by an earlier attempt`);
    expect(server.statement(`${run}-dml-int-orders-v2`)?.status.phase).toBe("RUNNING");
  });

  it("a slow phase change fails at the configured timeout, naming the statement and the phase it was stuck in", async () => {
    const config = JSON.parse(readFileSync(pipeline.config, "utf8")) as { flink: { timeouts: Record<string, string> } };
    config.flink.timeouts.stop = "1s";
    writeFileSync(pipeline.config, JSON.stringify(config));
    server.timing.stoppingMs = 4_000;
    try {
      // release r3 is deployed, not switched: its rollback stops green, which now takes 4 s
      const slow = await flink("--phase", "rollback");
      expect(slow.code).toBe(1);
      expect(slow.json.error?.message).toMatch(
        new RegExp(`statement '${run}-dml-(int|out)-orders-v2': stop did not finish within 1000 ms: still STOPPING, expected STOPPED`),
      );
      expect(slow.json.error?.details.join("\n")).toContain("Left resumable");
    } finally {
      server.timing.stoppingMs = 30;
    }
    await new Promise((resolve) => setTimeout(resolve, 4_100));
    const finish = await flink("--phase", "rollback");
    expect(finish.code, finish.stderr).toBe(0);
    expect(server.statement(`${run}-dml-int-orders-v2`)?.status.phase).toBe("STOPPED");
  });
});
