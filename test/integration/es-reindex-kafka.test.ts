import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EngineKind, SearchEngine } from "../../src/search/engine.js";
import { TOMBSTONE_FIELD } from "../../src/reindex/tombstones.js";
import { kafkaFixture, type FixtureMessage, type KafkaFixture } from "../support/kafka-fixtures.js";
import { allDocs, cli, dropAll, engineFor, uniqueName, writeConfig } from "../support/reindex-cli-harness.js";
import { requireStack } from "./stack-env.js";

/**
 * es-reindex fed from Kafka (seed 000) on both engines, through the CLI: `--phase all` with
 * writeSwitch auto while the application keeps changing documents (updates, deleteField deletes and
 * tombstones, each produced to the incremental topic and written through the write alias, as the
 * application's own indexer does). Afterwards every id holds its latest version on green, no deleted
 * id is there, and follow keeps blue current for a rollback.
 */
const PROJECT = "reindex-kafka-it";
const IDS = 200;
const MAPPING = {
  properties: { id: { type: "keyword" }, amount: { type: "long" }, updated_at: { type: "long" }, deleted: { type: "boolean" } },
};

type Expected = Map<string, { version: number; amount: number } | "deleted">;

describe.each<[EngineKind, "es" | "os"]>([
  ["elasticsearch", "es"],
  ["opensearch", "os"],
])("es-reindex from Kafka on %s", (kind, component) => {
  const stack = requireStack(component);
  requireStack("kafka");
  const url = kind === "elasticsearch" ? stack.esUrl : stack.osUrl;
  const name = uniqueName("spent");
  const read = `read_${name}`;
  const write = `write_${name}`;
  const blue = `${name}_20200101000000`;
  let engine: SearchEngine;
  let kafka: KafkaFixture;
  let full: string;
  let inc: string;
  let config: string;
  const group = uniqueName("spent-app");
  const expected: Expected = new Map();
  let clock = Date.now() - 3_600_000;
  const nextVersion = () => (clock = Math.max(clock + 1, Date.now()));

  const partitionOf = (id: string) => Number(id.slice(1)) % 2;
  /** The application: a change goes to the incremental topic and, through the write alias, to the index. */
  async function appChange(id: string, change: "update" | "delete" | "tombstone"): Promise<void> {
    const version = nextVersion();
    const amount = Math.floor(Math.random() * 10_000);
    let message: FixtureMessage;
    if (change === "tombstone") message = { partition: partitionOf(id), key: id, value: null, timestamp: version };
    else message = { partition: partitionOf(id), key: id, value: { id, amount, updated_at: version, deleted: change === "delete" } };
    await kafka.produce(inc, [message]);
    const doc = change === "update" ? { id, version, source: { id, amount, updated_at: version, deleted: false } } : { id, version };
    await engine.bulk(write, [doc], { versionType: "external_gte" });
    expected.set(id, change === "update" ? { version, amount } : "deleted");
  }

  beforeAll(async () => {
    engine = engineFor(kind, url);
    kafka = kafkaFixture(stack.kafkaBrokers);
    full = await kafka.createTopic({ partitions: 2, prefix: "full-spent" });
    inc = await kafka.createTopic({ partitions: 2, prefix: "spent" });
    // the dump an hour old, and blue holding it (the live index with its read/write aliases)
    const dump: FixtureMessage[] = [];
    const blueDocs = [];
    for (let i = 0; i < IDS; i++) {
      const id = `s${i}`;
      const version = clock + i;
      dump.push({ partition: partitionOf(id), key: id, value: { id, amount: i, updated_at: version, deleted: false } });
      blueDocs.push({ id, version, source: { id, amount: i, updated_at: version, deleted: false } });
      expected.set(id, { version, amount: i });
    }
    clock += IDS;
    await kafka.produce(full, dump);
    await engine.createIndex(blue, { mappings: MAPPING, settings: { number_of_replicas: 0 } });
    await engine.bulk(blue, blueDocs, { versionType: "external_gte", refresh: true });
    await engine.updateAliases([{ add: { index: blue, alias: read } }, { add: { index: blue, alias: write } }]);
    // changes made since the dump, before the build starts: catch-up must bring them in
    for (let i = 0; i < 20; i++) await appChange(`s${i}`, "update");
    // the application's indexer has committed what it applied so far (switch-write waits for green to reach it)
    const admin = await kafka.admin();
    const ends = await admin.fetchTopicOffsets(inc);
    await admin.setOffsets({ groupId: group, topic: inc, partitions: ends.map((p) => ({ partition: p.partition, offset: p.high })) });
    config = writeConfig(
      `version: 1
project: ${PROJECT}
kafka:
  brokers: ${stack.kafkaBrokers.join(",")}
search:
  engine: ${kind}
  url: ${url}
  indices:
    - name: ${name}
      mappings: mapping.json
      liveSettings: { number_of_replicas: 0, refresh_interval: "1s" }
      source:
        type: kafka
        fullTopic: ${full}
        incrementalTopic: ${inc}
        idField: id
        versionField: updated_at
        deleteField: deleted
        batchSize: 25
        consumerGroup: ${group}
        catchUp: { maxLag: 50, maxRounds: 20 }
      readWeight: 100
      writeSwitch: auto
      validation:
        maxCountDifference: 10
        latencySamples: 3
        # latency is not what this test checks (the unit tests of plan-validation do): noise on a shared machine must not fail it
        maxLatencyRatio: 10
      retention: 1d
`,
      { "mapping.json": MAPPING },
    );
  }, 60_000);

  afterAll(async () => {
    if (engine) {
      await dropAll(engine, PROJECT, name, [read]).catch(() => undefined);
      await engine.close();
    }
    await kafka?.close();
  });

  it("--phase all with writeSwitch auto: nothing lost while the application keeps writing", async () => {
    let stop = false;
    let changes = 0;
    const app = (async () => {
      // updates, deleteField deletes and tombstones, all through the build and its write switch
      for (let n = 0; !stop; n++) {
        const id = `s${20 + (n % 150)}`;
        await appChange(id, n % 7 === 3 ? "delete" : n % 11 === 5 ? "tombstone" : "update");
        changes++;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    let run;
    try {
      run = await cli(["es-reindex", "--config", config, "--phase", "all", "--json"], { CUTOVER_HOST: "local" });
    } finally {
      // a few more after the switch: they reach green through the write alias
      await new Promise((resolve) => setTimeout(resolve, 300));
      stop = true;
      await app;
    }
    expect(run.code, run.stderr).toBe(0);
    const phases = (run.json?.result as { phases: { phase: string; changed: boolean }[] }).phases.map((p) => p.phase);
    expect(phases).toEqual(["plan", "create", "load", "catch-up", "validate", "switch-read", "switch-write"]);
    expect(changes).toBeGreaterThan(10);

    const aliases = await engine.getAliases([read, write]);
    const green = aliases.get(write)?.[0]?.index ?? "";
    expect(green).toMatch(new RegExp(`^${name}_\\d{14}$`));
    expect(aliases.get(read)?.map((a) => a.index)).toEqual([green]);
    await expectHolds(green);
  }, 180_000);

  it("follow keeps blue current after the switch, so a rollback finds it so", async () => {
    for (let i = 0; i < 10; i++) await appChange(`s${170 + i}`, i % 3 === 0 ? "delete" : "update");
    const follow = await cli(["es-reindex", "--config", config, "--phase", "follow", "--for", "3s", "--json"]);
    expect(follow.code, follow.stderr).toBe(0);
    expect((follow.json?.result as { phases: { side: string; lag: number }[] }).phases[0]).toMatchObject({ side: "blue", lag: 0 });
    await expectHolds(blue);

    // a follow without --for holds the lock until stopped: the rollback takes it over, and follow ends
    for (let i = 0; i < 5; i++) await appChange(`s${180 + i}`, "update");
    const following = cli(["es-reindex", "--config", config, "--phase", "follow"]);
    await waitFor(
      async () =>
        await expectHolds(blue).then(
          () => true,
          () => false,
        ),
    );
    const rollback = await cli(["es-reindex", "--config", config, "--phase", "rollback"]);
    expect(rollback.code, rollback.stderr).toBe(0);
    expect(rollback.stderr).toContain("a follow run gives way");
    const followed = await following;
    expect(followed.code, followed.stderr).toBe(0);
    const aliases = await engine.getAliases([read, write]);
    expect(aliases.get(read)?.map((a) => a.index)).toEqual([blue]);
    expect(aliases.get(write)?.map((a) => a.index)).toEqual([blue]);
  }, 90_000);

  async function waitFor(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
    for (const started = Date.now(); Date.now() - started < timeoutMs;) {
      if (await check()) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`not true within ${timeoutMs} ms`);
  }

  async function expectHolds(index: string): Promise<void> {
    const docs = await allDocs(engine, index);
    const wrong: string[] = [];
    for (const [id, want] of expected) {
      const got = docs.get(id);
      if (want === "deleted") {
        if (got) wrong.push(`${id} should be deleted, holds ${JSON.stringify(got)}`);
      } else if (!got || got.updated_at !== want.version || got.amount !== want.amount) {
        wrong.push(`${id} should hold version ${want.version}, holds ${JSON.stringify(got)}`);
      }
    }
    expect([...docs.values()].filter((d) => d[TOMBSTONE_FIELD] !== undefined)).toEqual([]);
    expect(wrong).toEqual([]);
  }
});
