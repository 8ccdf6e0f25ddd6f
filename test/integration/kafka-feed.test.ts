/**
 * The Kafka feed against the stack's real broker and both real engines: a full load plus catch-up
 * while updates and deletes arrive, deletes that outlive `index.gc_deletes`, resume from a
 * checkpoint after an abort, invalid records reported.
 */
import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createSearchEngine } from "../../src/search/create-engine.js";
import type { EngineKind, SearchEngine } from "../../src/search/engine.js";
import { createKafkaSource } from "../../src/stream/kafka-source.js";
import type { PartitionOffset, StreamSource } from "../../src/stream/stream-source.js";
import { feedTopicRange, type FeedCheckpoint, type FeedOptions, type FeedResult } from "../../src/reindex/kafka-feed.js";
import { purgeTombstones, TOMBSTONE_FIELD, tombstoneMappings } from "../../src/reindex/tombstones.js";
import { kafkaFixture, type FixtureMessage, type KafkaFixture } from "../support/kafka-fixtures.js";
import { requireStack, type StackComponent } from "./stack-env.js";

const ENGINES: { name: string; component: StackComponent; kind: EngineKind }[] = [
  { name: "Elasticsearch", component: "es", kind: "elasticsearch" },
  { name: "OpenSearch", component: "os", kind: "opensearch" },
];

const PARTITIONS = 3;
const BASE = Date.UTC(2026, 0, 1);
const iso = (ms: number) => new Date(ms).toISOString();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const decoder = { idField: "id", versionField: "updated_at", deleteField: "deleted" };

/** What the test produced for one id, in topic order, to compute what the index must end with. */
interface Event {
  readonly id: string;
  readonly version: number;
  readonly deleted: boolean;
}

/** Every id's highest version (the later event on a tie); deleted ids are absent. */
function expectedState(events: readonly Event[]): Map<string, number> {
  const latest = new Map<string, Event>();
  for (const event of events) {
    const seen = latest.get(event.id);
    if (!seen || seen.version <= event.version) latest.set(event.id, event);
  }
  return new Map([...latest.values()].filter((e) => !e.deleted).map((e) => [e.id, e.version]));
}

const partitionOf = (id: string) => Number(id.replace(/\D/g, "")) % PARTITIONS;
function write(id: string, version: number, extra: Record<string, unknown> = {}): FixtureMessage {
  return { partition: partitionOf(id), key: id, value: { id, updated_at: iso(version), ...extra } };
}
function softDelete(id: string, version: number): FixtureMessage {
  return { partition: partitionOf(id), key: id, value: { id, updated_at: iso(version), deleted: true } };
}
/** A null value: its version is the record's timestamp. */
function tombstone(id: string, version: number): FixtureMessage {
  return { partition: partitionOf(id), key: id, value: null, timestamp: version };
}
function eventOf(message: FixtureMessage): Event {
  const id = String(message.key);
  if (message.value === null) return { id, version: Number(message.timestamp), deleted: true };
  const value = message.value as { updated_at: string; deleted?: boolean };
  return { id, version: Date.parse(value.updated_at), deleted: value.deleted === true };
}

describe.each(ENGINES)("kafka feed into $name", ({ component, kind }) => {
  requireStack("kafka");
  const stack = requireStack(component);
  const url = component === "es" ? stack.esUrl : stack.osUrl;
  let engine: SearchEngine;
  let stream: StreamSource;
  let kafka: KafkaFixture;
  const indices: string[] = [];

  beforeAll(() => {
    engine = createSearchEngine({ engine: kind, url });
    stream = createKafkaSource({ brokers: stack.kafkaBrokers, clientId: "cutover-feed-test", ssl: false });
    kafka = kafkaFixture(stack.kafkaBrokers, "cutover-feed-test");
  });
  afterEach(async () => {
    await Promise.allSettled(indices.splice(0).map((name) => engine.deleteIndex(name)));
  });
  afterAll(async () => {
    await stream?.close();
    await kafka?.close();
    await engine?.close();
  });

  /** A target index as the create phase makes it: tombstone mappings, refresh off, no replicas. */
  async function createIndex(settings: Record<string, unknown> = {}): Promise<string> {
    const name = `cutover-feed-test-${randomUUID().slice(0, 8)}`;
    indices.push(name);
    await engine.createIndex(name, {
      mappings: {
        dynamic: "strict",
        properties: {
          ...(tombstoneMappings().properties as object),
          id: { type: "keyword" },
          updated_at: { type: "date" },
          deleted: { type: "boolean" },
          name: { type: "keyword" },
        },
      },
      settings: { number_of_shards: 2, number_of_replicas: 0, refresh_interval: "-1", ...settings },
    });
    return name;
  }

  async function topic(): Promise<string> {
    return kafka.createTopic({ partitions: PARTITIONS, prefix: "cutover-feed-test" });
  }

  async function ends(name: string): Promise<PartitionOffset[]> {
    return (await stream.watermarks(name)).map(({ partition, high }) => ({ partition, offset: high }));
  }
  const zeros = () => Array.from({ length: PARTITIONS }, (_, partition) => ({ partition, offset: "0" }));

  function feed(
    index: string,
    topicName: string,
    from: PartitionOffset[],
    to: PartitionOffset[],
    extra: Partial<FeedOptions> = {},
  ): Promise<FeedResult> {
    return feedTopicRange({
      stream,
      engine,
      index,
      topic: topicName,
      from,
      to,
      decoder,
      deletes: "tombstone",
      batchSize: 500,
      concurrency: 3,
      signal: new AbortController().signal,
      checkpointEveryMs: 1000,
      onCheckpoint: async () => undefined,
      ...extra,
    });
  }

  /** id → updated_at (epoch ms) of every document in the index. */
  async function contents(index: string): Promise<Map<string, number>> {
    await engine.refresh(index);
    const docs = new Map<string, number>();
    for await (const page of engine.scan(index, { batchSize: 5000 })) {
      for (const { id, source } of page) docs.set(id, source[TOMBSTONE_FIELD] === true ? -1 : Date.parse(String(source.updated_at)));
    }
    return docs;
  }

  it("loads the full topic, catches up with updates and deletes that arrived during the load, and keeps them after a late stale replay", async () => {
    const full = await topic();
    const incremental = await topic();
    const index = await createIndex();
    const N = 6000;
    const dump = Array.from({ length: N }, (_, i) => write(`d${i}`, BASE + i, { name: "dump" }));
    await kafka.produce(full, dump);
    const events: Event[] = dump.map(eventOf);

    // The load begins: its end offsets, and the incremental topic's position, are taken now.
    const fullEnd = await ends(full);
    const catchUpFrom = await ends(incremental);
    const progress: string[] = [];
    const load = feed(index, full, zeros(), fullEnd, { batchSize: 400, onProgress: (line) => progress.push(line), progressEveryMs: 50 });

    // Meanwhile the application keeps changing data: updates, soft deletes, tombstones, re-creations,
    // and (rewind overlap) records older than the dump.
    const changes: FixtureMessage[] = [];
    let t = BASE + 1_000_000;
    for (let i = 0; i < N; i += 7) {
      const id = `d${i}`;
      const step = (i / 7) % 5;
      if (step === 0) changes.push(write(id, (t += 10), { name: "updated" }));
      if (step === 1) changes.push(softDelete(id, (t += 10)));
      if (step === 2) changes.push(tombstone(id, (t += 10)));
      if (step === 3) changes.push(tombstone(id, (t += 10)), write(id, (t += 10), { name: "recreated" }));
      if (step === 4) changes.push(write(id, BASE - 1000 + i, { name: "older than the dump" }));
    }
    for (let i = 0; i < changes.length; i += 100) {
      await kafka.produce(incremental, changes.slice(i, i + 100));
      await sleep(5);
    }
    events.push(...changes.map(eventOf));
    const loaded = await load;
    expect(loaded).toMatchObject({ records: N, indexed: N, deleted: 0, stale: 0, invalid: [], failed: [], next: fullEnd });
    expect(progress.at(-1)).toMatch(/^cutover-feed-test-\w+: 6,000\/6,000 \(100%\), [\d,]+ docs\/s, ETA 0s$/);

    // Catch-up in rounds until nothing is left behind.
    let from = catchUpFrom;
    let caughtUp = 0;
    for (let round = 0; round < 5; round++) {
      const to = await ends(incremental);
      const result = await feed(index, incremental, from, to);
      expect(result.failed).toEqual([]);
      const byPosition = [...result.invalid].sort((a, b) => a.partition - b.partition || Number(a.offset) - Number(b.offset));
      expect(byPosition).toEqual([]);
      caughtUp += result.records;
      from = result.next;
      if (result.records === 0) break;
    }
    expect(caughtUp).toBe(changes.length);

    // A rerun of the load after catch-up (say, from an old checkpoint) must not bring anything back.
    const replay = await feed(index, full, zeros(), fullEnd);
    expect(replay.stale).toBeGreaterThan(0);

    const purged = await purgeTombstones(engine, index, new AbortController().signal);
    const expected = expectedState(events);
    const actual = await contents(index);
    expect(actual.size).toBe(expected.size);
    expect(Object.fromEntries(actual)).toEqual(Object.fromEntries(expected));
    expect(await engine.count(index)).toBe(expected.size);
    // One tombstone per id whose last word was a delete; a re-created id's tombstone was overwritten.
    expect(purged).toBe(new Set(events.map((e) => e.id)).size - expected.size);
  });

  it("keeps a delete past index.gc_deletes as a tombstone, where a plain versioned delete is forgotten", async () => {
    const name = await topic();
    await kafka.produce(name, [write("g1", BASE + 2), softDelete("g1", BASE + 3)]);
    // Both arrive in one batch, where the feed keeps only the highest version: the delete.
    const first = await ends(name);
    await kafka.produce(name, [write("g1", BASE + 1, { name: "stale" })]);
    const second = await ends(name);

    // The engine forgets a deleted id's version after gc_deletes; 0s makes "after" immediate.
    const plain = await createIndex({ "index.gc_deletes": "0s" });
    const guarded = await createIndex({ "index.gc_deletes": "0s" });
    expect(await feed(plain, name, zeros(), first, { deletes: "delete" })).toMatchObject({ indexed: 0, deleted: 1, stale: 0 });
    expect(await feed(guarded, name, zeros(), first, { deletes: "tombstone" })).toMatchObject({ indexed: 0, deleted: 1, stale: 0 });
    await forgetDeletes(plain);
    await forgetDeletes(guarded);

    // The stale record arrives after the window: it resurrects the id under a plain delete ...
    expect(await feed(plain, name, first, second, { deletes: "delete" })).toMatchObject({ indexed: 1, stale: 0 });
    expect([...(await contents(plain)).keys()]).toEqual(["g1"]);
    // ... and is rejected by the tombstone's version, which then goes at the purge.
    expect(await feed(guarded, name, first, second, { deletes: "tombstone" })).toMatchObject({ indexed: 0, stale: 1 });
    expect(await purgeTombstones(engine, guarded, new AbortController().signal)).toBe(1);
    expect((await contents(guarded)).size).toBe(0);
  });

  /** Lets the engine drop deleted versions older than gc_deletes: it prunes them on a refresh. */
  async function forgetDeletes(index: string): Promise<void> {
    await sleep(1200); // the engines' cached clock ticks every 200 ms
    await engine.refresh(index);
    await sleep(300);
    await engine.refresh(index);
  }

  it("resumes from the last checkpoint after an abort and ends with the same contents", async () => {
    const name = await topic();
    const index = await createIndex();
    const messages: FixtureMessage[] = [];
    // 30,000 records over 10,000 ids: each id written, updated, and every fifth deleted.
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 10_000; i++) {
        const id = `r${i}`;
        const version = BASE + round * 100_000 + i;
        messages.push(round === 2 && i % 5 === 0 ? softDelete(id, version) : write(id, version, { name: `round ${round}` }));
      }
    }
    await kafka.produce(name, messages);
    const to = await ends(name);

    const checkpoints: FeedCheckpoint[] = [];
    const crash = new AbortController();
    await expect(
      feed(index, name, zeros(), to, {
        batchSize: 200,
        concurrency: 2,
        signal: crash.signal,
        checkpointEveryMs: 0,
        onCheckpoint: async (checkpoint) => {
          checkpoints.push(checkpoint);
          if (checkpoints.length === 2) crash.abort(new Error("simulated crash"));
        },
      }),
    ).rejects.toThrow();
    expect(checkpoints.length).toBe(2);
    const last = checkpoints[1] as FeedCheckpoint;
    expect(last.records).toBeGreaterThan(0);
    expect(last.records).toBeLessThan(messages.length);

    const resumed = await feed(index, name, last.next, to);
    expect(resumed.records).toBe(messages.length - last.records);
    expect(resumed.failed).toEqual([]);
    await purgeTombstones(engine, index, new AbortController().signal);
    const expected = expectedState(messages.map(eventOf));
    expect(expected.size).toBe(8000);
    expect(Object.fromEntries(await contents(index))).toEqual(Object.fromEntries(expected));
    expect(await engine.count(index)).toBe(8000);
  });

  it("reports invalid records by partition and offset, writes the valid ones, and checkpoints nothing past them", async () => {
    const name = await topic();
    const index = await createIndex();
    await kafka.produce(name, [
      write("v0", BASE),
      { partition: 0, key: "x", value: "not json" },
      { partition: 1, key: "y", value: { updated_at: iso(BASE) } },
      { partition: 2, key: "z", value: { id: "z", updated_at: "someday" } },
      { partition: 2, key: null, value: null },
      write("v1", BASE),
    ]);
    const to = await ends(name);
    const checkpoints: FeedCheckpoint[] = [];
    const result = await feed(index, name, zeros(), to, { checkpointEveryMs: 0, onCheckpoint: async (c) => void checkpoints.push(c) });
    const byPosition = [...result.invalid].sort((a, b) => a.partition - b.partition || Number(a.offset) - Number(b.offset));
    expect(byPosition).toEqual([
      { partition: 0, offset: "1", reason: "value is not JSON (8 bytes)" },
      { partition: 1, offset: "0", reason: "no id in field 'id'" },
      {
        partition: 2,
        offset: "0",
        reason: "id 'z': version field 'updated_at' holds 'someday', which is neither a whole number nor a date",
      },
      { partition: 2, offset: "1", reason: "tombstone (null value) without a key: no id to delete" },
    ]);
    expect(result.indexed).toBe(2);
    expect(checkpoints).toEqual([]);
    expect(result.next).toEqual(zeros());
  });
});
