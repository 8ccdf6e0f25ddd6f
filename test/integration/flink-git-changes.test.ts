/**
 * `cutover flink --phase plan` taking what changed from git (`flink.changes: { from: git, base }`):
 * a real git repository in a temp folder holds the pipeline; release 1 is deployed (on the
 * Confluent contract server, with the stack's Kafka for the lock), then a commit changes one
 * statement, touches another only in a comment, and edits a file outside the table folders. The
 * CLI plans from `git diff <base>...HEAD`: the changed statement and its descendant get new
 * versions, nothing else does.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execa } from "execa";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import type { FlinkReleasePlan } from "../../src/flink/plan/release-plan.js";
import { startContractServer, type ContractServer } from "../support/confluent-contract-server.js";
import { fakeIo } from "../support/fake-io.js";
import { writeFlinkPipeline, type FlinkPipeline } from "../support/flink-release-fixture.js";
import { kafkaFixture, type KafkaFixture } from "../support/kafka-fixtures.js";
import { requireStack } from "./stack-env.js";

const stack = requireStack("kafka");
const credentials = { apiKey: "FLINKKEY-git-1", apiSecret: "git-Flink-Api-Secret-abc" };
const ids = { organizationId: "7f6a1b2c-0000-4000-8000-000000000002", environmentId: "env-git123" };

interface Run {
  readonly code: number;
  readonly json: {
    exitCode: number;
    result?: { changesFrom?: string; plan?: FlinkReleasePlan };
    error?: { kind: string; message: string; details: string[] };
  };
  readonly stderr: string;
}

describe("cutover flink plan: what changed, from a git diff against a base ref", { timeout: 120_000 }, () => {
  const run = `g${randomBytes(4).toString("hex")}`;
  const folder = mkdtempSync(join(tmpdir(), "cutover-flink-git-"));
  let server: ContractServer;
  let kafka: KafkaFixture;
  let pipeline: FlinkPipeline;

  const git = (...args: string[]) =>
    execa("git", ["-c", "user.name=cutover test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false", ...args], {
      cwd: folder,
    });
  const writeConfig = (base: string) => {
    const config = JSON.parse(readFileSync(pipeline.config, "utf8")) as { flink: Record<string, unknown> };
    config.flink.changes = { from: "git", base };
    writeFileSync(pipeline.config, JSON.stringify(config, null, 2));
  };
  async function flink(...args: string[]): Promise<Run> {
    const { io, stdout, stderr } = fakeIo({ FLINK_API_KEY: credentials.apiKey, FLINK_API_SECRET: credentials.apiSecret });
    const code = await runCli(["flink", "--config", pipeline.config, "--json", ...args], io);
    return { code, json: JSON.parse(stdout()) as Run["json"], stderr: stderr() };
  }
  const statuses = (result: Run) => Object.fromEntries((result.json.result?.plan?.tables ?? []).map((t) => [t.id, t.status]));

  beforeAll(async () => {
    server = await startContractServer({ ...credentials, ...ids, timing: { pendingMs: 20, stoppingMs: 20, deletingMs: 10 } });
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
    writeConfig("release-1");
    writeFileSync(join(folder, "pipeline", "README.md"), "The orders pipeline.\n");
    await git("init", "-q", "-b", "main");
    await git("add", "-A");
    await git("commit", "-q", "-m", "release 1");
    await git("tag", "release-1");
  });

  afterAll(async () => {
    await server?.close();
    if (kafka) {
      await kafka.deleteTopic(`cutover-test-flink-lock-${run}`).catch(() => undefined);
      await kafka.close();
    }
  });

  it("release 1: nothing deployed yet, so every table is new whatever git says; deploy starts them", async () => {
    const plan = await flink("--phase", "plan");
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.json.result?.changesFrom).toBe("git");
    expect(Object.values(statuses(plan))).toEqual(["new", "new", "new", "new"]);
    const deploy = await flink("--phase", "deploy", "--release", "r1");
    expect(deploy.code, deploy.stderr).toBe(0);
    expect(server.statement(`${run}-dml-int-orders-v1`)?.status.phase).toBe("RUNNING");
  });

  it("with no commit since the base, nothing changes", async () => {
    const plan = await flink("--phase", "plan");
    expect(plan.code, plan.stderr).toBe(0);
    expect(Object.values(statuses(plan))).toEqual(["unchanged", "unchanged", "unchanged", "unchanged"]);
  });

  it("a commit changing one statement: it and its descendant get new versions; a comment-only edit and a README do not count", async () => {
    pipeline.changeInt();
    const srcDml = join(folder, "pipeline", "src_orders", "dml.sql");
    writeFileSync(srcDml, `-- reviewed\n${readFileSync(srcDml, "utf8")}`);
    writeFileSync(join(folder, "pipeline", "README.md"), "The orders pipeline, lower-cased.\n");
    await git("commit", "-q", "-am", "int_orders: lower-case names");

    const plan = await flink("--phase", "plan");
    expect(plan.code, plan.stderr).toBe(0);
    expect(statuses(plan)).toEqual({ raw_orders: "unchanged", src_orders: "unchanged", int_orders: "changed", out_orders: "descendant" });
    const tables = plan.json.result!.plan!.tables;
    expect(tables.find((t) => t.id === "int_orders")?.reasons.join("\n")).toContain("int_orders/dml.sql modified");
    expect(tables.find((t) => t.id === "int_orders")?.green).toBe(`${pipeline.tables.int}_v2`);
    expect(tables.find((t) => t.id === "out_orders")?.green).toBe(`${pipeline.tables.out}_v2`);
    const notes = plan.json.result!.plan!.changeNotes.join("\n");
    expect(notes).toContain("src_orders/dml.sql changed in git, and is deployed as it is now");
    expect(notes).toContain("README.md is not a DDL or DML file of a table folder: ignored");
    // only what git names is planned: the green DML reads the new version of its input
    const rewritten = plan.json.result!.plan!.rewrites.find((r) => r.path === "out_orders/dml.sql")?.text ?? "";
    expect(rewritten).toContain(`FROM ${pipeline.tables.int}_v2`);
    // a plan changes nothing
    expect(server.statement(`${run}-dml-int-orders-v2`)).toBeUndefined();
  });

  it("a base ref git does not know is bad input (exit 2) naming flink.changes.base, and nothing is deployed", async () => {
    writeConfig("no-such-ref");
    try {
      const plan = await flink("--phase", "deploy", "--release", "r2");
      expect(plan.code).toBe(2);
      expect(plan.json.error?.details.join("\n")).toContain("flink.changes.base: git diff no-such-ref...HEAD failed");
      expect(server.statement(`${run}-dml-int-orders-v2`)).toBeUndefined();
    } finally {
      writeConfig("release-1");
    }
  });
});
