import { spawn } from "node:child_process";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stateIds } from "../../src/reindex/build-names.js";
import type { ReindexLockValue } from "../../src/reindex/lock-decision.js";
import type { ReindexState } from "../../src/reindex/reindex-state.js";
import type { SearchEngine } from "../../src/search/engine.js";
import { kafkaFixture, type FixtureMessage, type KafkaFixture } from "../support/kafka-fixtures.js";
import { allDocs, cli, dropAll, engineFor, uniqueName, writeConfig } from "../support/reindex-cli-harness.js";
import { requireStack } from "./stack-env.js";

/**
 * Crash and resume: the Kafka load runs in its own process, which is killed with SIGKILL once it
 * has checkpointed; the rerun (refused first, as the dead run's lock is still fresh; then with
 * --break-lock naming it) resumes from the checkpoint in the engine and ends with every document at
 * its latest version, none lost, none duplicated, none stale.
 */
const PROJECT = "reindex-crash-it";
const DOCS = 50_000;
const root = join(import.meta.dirname, "../..");
// the shipped bundle, as a pipeline runs it (CI checks that dist/ matches src/ after the tests)
const CLI = join(root, "dist/cutover.js");

describe("es-reindex load killed with SIGKILL and rerun (OpenSearch, Kafka)", () => {
  const stack = requireStack("os");
  requireStack("kafka");
  const name = uniqueName("crash");
  let engine: SearchEngine;
  let kafka: KafkaFixture;
  let config: string;
  const latest = new Map<string, number>();

  beforeAll(async () => {
    engine = engineFor("opensearch", stack.osUrl);
    kafka = kafkaFixture(stack.kafkaBrokers);
    const full = await kafka.createTopic({ partitions: 2, prefix: "full-crash" });
    const inc = await kafka.createTopic({ partitions: 2, prefix: "crash" });
    const base = Date.now() - 3_600_000;
    const dump: FixtureMessage[] = [];
    for (let i = 0; i < DOCS; i++) {
      dump.push({ partition: i % 2, key: `d${i}`, value: { id: `d${i}`, n: i, v: base + i } });
      latest.set(`d${i}`, base + i);
    }
    await kafka.produce(full, dump);
    // newer versions on the incremental topic for every 100th id: catch-up must win over the dump
    const updates: FixtureMessage[] = [];
    for (let i = 0; i < DOCS; i += 100) {
      updates.push({ partition: i % 2, key: `d${i}`, value: { id: `d${i}`, n: -i, v: base + DOCS + i } });
      latest.set(`d${i}`, base + DOCS + i);
    }
    await kafka.produce(inc, updates);
    config = writeConfig(`version: 1
project: ${PROJECT}
kafka:
  brokers: ${stack.kafkaBrokers.join(",")}
search:
  engine: opensearch
  url: ${stack.osUrl}
  indices:
    - name: ${name}
      source:
        type: kafka
        fullTopic: ${full}
        incrementalTopic: ${inc}
        idField: id
        versionField: v
        batchSize: 100
        concurrency: 1
        catchUp: { maxLag: 0 }
`);
  }, 120_000);

  afterAll(async () => {
    if (engine) {
      await dropAll(engine, PROJECT, name).catch(() => undefined);
      await engine.close();
    }
    await kafka?.close();
  });

  it("resumes from the checkpoint and ends with the same contents", async () => {
    const created = await cli(["es-reindex", "--config", config, "--phase", "create"]);
    expect(created.code, created.stderr).toBe(0);

    const child = spawn(process.execPath, [CLI, "es-reindex", "--config", config, "--phase", "load"], {
      env: { ...process.env, CUTOVER_HOST: "local" },
      stdio: "ignore",
    });
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    // kill once a checkpoint past the start is in the state, well before the end
    let checkpointed = 0;
    for (let waited = 0; waited < 60_000 && checkpointed === 0; waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const state = await engine.readState<ReindexState>(stateIds.run(PROJECT, name));
      checkpointed = (state?.value.build?.kafka.loadNext ?? []).reduce((sum, p) => sum + Number(p.offset), 0);
    }
    child.kill("SIGKILL");
    await exited;
    expect(checkpointed).toBeGreaterThan(0);
    expect(checkpointed).toBeLessThan(DOCS);

    // the dead run's lock is still fresh: refused, naming it; then broken by its id
    const lock = await engine.readState<ReindexLockValue>(stateIds.lock(PROJECT, name));
    expect(lock).toBeDefined();
    const refused = await cli(["es-reindex", "--config", config, "--phase", "load"]);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain(`run ${lock?.value.id ?? "?"}`);
    const resumed = await cli(["es-reindex", "--config", config, "--phase", "load", "--break-lock", lock?.value.id ?? "", "--json"]);
    expect(resumed.code, resumed.stderr).toBe(0);
    const loaded = (resumed.json?.result as { phases: { records: number }[] }).phases[0];
    // the rerun read only what was left after the checkpoint
    expect(loaded?.records).toBeLessThanOrEqual(DOCS - checkpointed);

    const caughtUp = await cli(["es-reindex", "--config", config, "--phase", "catch-up"]);
    expect(caughtUp.code, caughtUp.stderr).toBe(0);
    const state = await engine.readState<ReindexState>(stateIds.run(PROJECT, name));
    const docs = await allDocs(engine, state?.value.build?.green ?? "");
    expect(docs.size).toBe(DOCS);
    const wrong = [...latest].filter(([id, v]) => docs.get(id)?.v !== v);
    expect(wrong).toEqual([]);
  }, 180_000);
});
