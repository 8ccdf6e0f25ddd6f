/**
 * A rollback after the write switch loses nothing (seed 000: "rollback is easy, no data loss"), on
 * both engines. The application runs throughout as it does in production: a writer produces changes
 * to the incremental topic, and the application's indexer (its own consumer group) applies them
 * through the write alias. cutover builds green with `--phase all` (writeSwitch auto) while that
 * runs, the application keeps writing to green for a while, then `--phase rollback` runs with the
 * application still writing, and no follow ran in between. Afterwards the read alias must hold
 * exactly what the application wrote. An index-fed build that took writes after its switch is refused
 * (exit 3, naming how many) unless `--accept-stale`.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EngineKind, SearchEngine } from "../../src/search/engine.js";
import { TOMBSTONE_FIELD } from "../../src/reindex/tombstones.js";
import { appIndexer, type AppIndexer, type Change } from "../support/app-indexer.js";
import { kafkaFixture, type FixtureMessage, type KafkaFixture } from "../support/kafka-fixtures.js";
import { allDocs, cli, dropAll, engineFor, uniqueName, writeConfig } from "../support/reindex-cli-harness.js";
import { requireStack } from "./stack-env.js";

const PROJECT = "reindex-rollback-it";
const IDS = 300;
const MAPPING = {
  properties: { id: { type: "keyword" }, amount: { type: "long" }, updated_at: { type: "long" }, deleted: { type: "boolean" } },
};

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each<[EngineKind, "es" | "os"]>([
  ["elasticsearch", "es"],
  ["opensearch", "os"],
])("es-reindex rollback after the write switch on %s", (kind, component) => {
  const stack = requireStack(component);
  requireStack("kafka");
  const url = kind === "elasticsearch" ? stack.esUrl : stack.osUrl;

  describe("fed from Kafka", () => {
    const name = uniqueName("spent");
    const read = `read_${name}`;
    const write = `write_${name}`;
    const blue = `${name}_20200101000000`;
    const group = uniqueName("spent-indexer");
    let engine: SearchEngine;
    let kafka: KafkaFixture;
    let app: AppIndexer;
    let inc: string;
    let config: string;

    beforeAll(async () => {
      engine = engineFor(kind, url);
      kafka = kafkaFixture(stack.kafkaBrokers);
      const full = await kafka.createTopic({ partitions: 2, prefix: "full-spent" });
      inc = await kafka.createTopic({ partitions: 2, prefix: "spent" });
      const clock = Date.now() - 3_600_000;
      const dump: FixtureMessage[] = [];
      const docs = [];
      for (let i = 0; i < IDS; i++) {
        const id = `s${i}`;
        const value = { id, amount: i, updated_at: clock + i, deleted: false };
        dump.push({ partition: i % 2, key: id, value });
        docs.push({ id, version: clock + i, source: value });
      }
      await kafka.produce(full, dump);
      await engine.createIndex(blue, { mappings: MAPPING, settings: { number_of_replicas: 0 } });
      await engine.bulk(blue, docs, { versionType: "external_gte", refresh: true });
      await engine.updateAliases([{ add: { index: blue, alias: read } }, { add: { index: blue, alias: write } }]);
      app = await appIndexer({ kafka, engine, topic: inc, group, writeAlias: write, partitions: 2, clock: clock + IDS });
      for (let i = 0; i < IDS; i++) app.expected.set(`s${i}`, { version: clock + i, amount: i });
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
        batchSize: 50
        consumerGroup: ${group}
        catchUp: { maxLag: 100, maxRounds: 20 }
      readWeight: 100
      writeSwitch: auto
      validation:
        maxCountDifference: 20
        latencySamples: 3
        maxLatencyRatio: 10
      retention: 1d
`,
        { "mapping.json": MAPPING },
      );
    }, 60_000);

    afterAll(async () => {
      await app?.stop().catch(() => undefined);
      if (engine) {
        await dropAll(engine, PROJECT, name, [read]).catch(() => undefined);
        await engine.close();
      }
      await kafka?.close();
    });

    it("the application indexing across the switch and the rollback: the read alias ends holding exactly what it wrote", async () => {
      let stop = false;
      let changes = 0;
      let rollback: Awaited<ReturnType<typeof cli>> | undefined;
      const writer = (async () => {
        for (let n = 0; !stop; n++) {
          const id = `s${(n * 7) % IDS}`;
          const change: Change = n % 9 === 4 ? "delete" : n % 13 === 6 ? "tombstone" : "update";
          await app.change(id, change);
          changes++;
          await pause(3);
        }
      })();
      try {
        const all = await cli(["es-reindex", "--config", config, "--phase", "all", "--json"]);
        expect(all.code, all.stderr).toBe(0);
        const green = (await engine.getAliases([write])).get(write)?.[0]?.index ?? "";
        expect(green).not.toBe(blue);
        // the application keeps writing, now to green only: blue falls behind with no follow running
        const atSwitch = changes;
        await pause(2_500);
        expect(changes - atSwitch).toBeGreaterThan(100);

        rollback = await cli(["es-reindex", "--config", config, "--phase", "rollback", "--json"]);
        expect(rollback.code, rollback.stderr).toBe(0);
        // and still writing afterwards, through the write alias, now on blue again
        await pause(1_000);
      } finally {
        stop = true;
        await writer;
      }
      await app.drain();

      const aliases = await engine.getAliases([read, write]);
      expect(aliases.get(read)?.map((a) => a.index)).toEqual([blue]);
      expect(aliases.get(write)?.map((a) => a.index)).toEqual([blue]);
      const docs = await allDocs(engine, read);
      const wrong: string[] = [];
      for (const [id, want] of app.expected) {
        const got = docs.get(id);
        if (want === "deleted") {
          if (got) wrong.push(`${id} deleted, but holds ${JSON.stringify(got)}`);
        } else if (!got || got.updated_at !== want.version || got.amount !== want.amount) {
          wrong.push(`${id} should hold version ${want.version}, holds ${JSON.stringify(got)}`);
        }
      }
      expect([...docs.values()].filter((d) => d[TOMBSTONE_FIELD] !== undefined)).toEqual([]);
      expect(wrong.slice(0, 10)).toEqual([]);
      expect(docs.size).toBe([...app.expected.values()].filter((v) => v !== "deleted").length);
      const phase = (rollback?.json?.result as { phases: { caughtUp: { beforeSwitch: number } | null }[] }).phases[0];
      expect(phase?.caughtUp?.beforeSwitch).toBeGreaterThan(0);
    }, 180_000);
  });

  describe("fed from an index", () => {
    const name = uniqueName("classes");
    let engine: SearchEngine;
    let config: string;
    beforeAll(async () => {
      engine = engineFor(kind, url);
      const docs = Array.from({ length: 50 }, (_, i) => ({ id: `c${i}`, source: { code: `c${i}`, credits: i } }));
      await engine.createIndex(`${name}_v1`, { settings: { number_of_replicas: 0 } });
      await engine.bulk(`${name}_v1`, docs, { versionType: "internal", refresh: true });
      await engine.updateAliases([{ add: { index: `${name}_v1`, alias: name } }]);
      config = writeConfig(
        `version: 1
project: ${PROJECT}
search:
  engine: ${kind}
  url: ${url}
  indices:
    - name: ${name}
      aliases: { read: ${name}, write: ${name} }
      mappings: mapping.json
      liveSettings: { number_of_replicas: 0 }
      source: { type: index }
      validation: { maxCountDifference: 0, latencySamples: 3, maxLatencyRatio: 10 }
      retention: 1d
`,
        { "mapping.json": { properties: { code: { type: "keyword" }, credits: { type: "integer" } } } },
      );
    }, 60_000);
    afterAll(async () => {
      if (engine) {
        await dropAll(engine, PROJECT, name, [name]).catch(() => undefined);
        await engine.close();
      }
    });

    it("writes to green since the switch: refused with how many, nothing switched; --accept-stale goes back knowingly", async () => {
      const all = await cli(["es-reindex", "--config", config, "--phase", "all", "--json"]);
      expect(all.code, all.stderr).toBe(0);
      const green = (await engine.getAliases([name])).get(name)?.[0]?.index ?? "";
      expect(green).toMatch(new RegExp(`^${name}_\\d{14}$`));
      // liveSettings without refresh_interval: green must not keep the load's -1 (writes would never show)
      const settings = JSON.stringify(await engine.getSettings(green));
      expect(settings).not.toContain('"refresh_interval":"-1"');
      // the application writes through the alias, now to green
      await engine.bulk(
        name,
        [
          { id: "c1", source: { code: "c1", credits: 99 } },
          { id: "c100", source: { code: "c100", credits: 1 } },
        ],
        {
          versionType: "internal",
          refresh: true,
        },
      );

      const refused = await cli(["es-reindex", "--config", config, "--phase", "rollback", "--json"]);
      expect(refused.code, refused.stderr).toBe(3);
      expect(refused.json?.error?.message).toContain(`${green} took 2 write(s) since the write switch`);
      expect(refused.json?.error?.details.join("\n")).toContain("--accept-stale");
      expect((await engine.getAliases([name])).get(name)?.map((a) => a.index)).toEqual([green]);

      const accepted = await cli(["es-reindex", "--config", config, "--phase", "rollback", "--accept-stale", "--json"]);
      expect(accepted.code, accepted.stderr).toBe(0);
      expect(accepted.stderr).toContain("--accept-stale");
      expect((await engine.getAliases([name])).get(name)?.map((a) => a.index)).toEqual([`${name}_v1`]);
    }, 120_000);
  });
});
