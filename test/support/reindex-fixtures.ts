/**
 * The two setups the es-reindex phase tests start from, on the memory engine and stream:
 *
 * - `courses` (index-fed, seed 003's other half): `courses_v1` with 30 documents behind a plain
 *   alias `courses`, the application's old convention; builds are copied from it.
 * - `spent` (Kafka-fed, seed 000): blue `spent_20200101000000` behind `read_spent` / `write_spent`,
 *   a full topic holding the same documents an hour old, an incremental topic the application
 *   writes to (and its indexer applies through the write alias, committing as consumer group
 *   `spent-indexer`).
 */
import type { SearchIndexConfig } from "../../src/config/schema/index.js";
import { ENGINE_PROFILES, MemorySearchEngine, type EngineProfile, type MemoryEngineOptions } from "./memory-search-engine.js";
import { MemoryStreamSource } from "./memory-stream-source.js";
import { capturedLog, indexConfig, MemoryApp, reindexRunner, TestClock, type CapturedLog, type Runner } from "./reindex-harness.js";

const TITLES = ["intro to algebra", "intro to biology", "advanced chemistry", "art history", "intro to databases"];

export const COURSES = {
  name: "courses",
  v1: "courses_v1",
  read: "read_courses",
  write: "write_courses",
  canary: "read_courses_canary",
  /** The first build's name: the test clock's start. */
  green: "courses_20260302090000",
  mapping: {
    properties: { code: { type: "keyword" }, title: { type: "text", fields: { raw: { type: "keyword" } } }, credits: { type: "integer" } },
  },
} as const;

export function classDocs(count: number, offset = 0) {
  return Array.from({ length: count }, (_, i) => {
    const n = i + offset;
    return { id: `c${n}`, source: { code: `C${n}`, title: TITLES[n % TITLES.length] as string, credits: (n % 5) + 1 } };
  });
}

export interface CoursesFixture {
  readonly clock: TestClock;
  readonly engine: MemorySearchEngine;
  readonly log: CapturedLog;
  /** A runner for the config with this read weight and retention. */
  readonly reindex: (options?: { readWeight?: number; retention?: string; extra?: Readonly<Record<string, unknown>> }) => Runner;
  readonly config: (options?: { readWeight?: number; retention?: string; extra?: Readonly<Record<string, unknown>> }) => SearchIndexConfig;
}

export async function coursesFixture(
  profile: EngineProfile = ENGINE_PROFILES.elasticsearch,
  options: Partial<MemoryEngineOptions> = {},
): Promise<CoursesFixture> {
  const clock = new TestClock();
  const engine = new MemorySearchEngine({ ...profile, now: clock.now, ...options });
  await engine.createIndex(COURSES.v1, { mappings: COURSES.mapping, settings: { number_of_replicas: 0 } });
  await engine.bulk(COURSES.v1, classDocs(30), { versionType: "internal", refresh: true });
  await engine.updateAliases([{ add: { index: COURSES.v1, alias: COURSES.name } }]);
  const log = capturedLog();
  const config: CoursesFixture["config"] = ({ readWeight = 100, retention = "1d", extra = {} } = {}) =>
    indexConfig(
      {
        name: COURSES.name,
        source: { type: "index" },
        readWeight,
        validation: {
          maxCountDifference: 0,
          sampleQueries: [{ name: "intro", query: { match: { title: "intro" } } }],
          latencySamples: 3,
          maxLatencyRatio: 10,
        },
        retention,
        ...extra,
      },
      profile.kind,
    );
  return { clock, engine, log, config, reindex: (o) => reindexRunner({ engine, config: config(o), clock, log: log.log }) };
}

export const SPENT = {
  name: "spent",
  read: "read_spent",
  write: "write_spent",
  blue: "spent_20200101000000",
  green: "spent_20260302090000",
  full: "full-spent",
  topic: "spent",
  group: "spent-indexer",
  mapping: {
    properties: { id: { type: "keyword" }, amount: { type: "long" }, updated_at: { type: "long" }, deleted: { type: "boolean" } },
  },
} as const;

export interface SpentFixture {
  readonly clock: TestClock;
  readonly engine: MemorySearchEngine;
  readonly stream: MemoryStreamSource;
  readonly app: MemoryApp;
  readonly log: CapturedLog;
  readonly reindex: (source?: Readonly<Record<string, unknown>>, extra?: Readonly<Record<string, unknown>>) => Runner;
}

/** `ids` documents s0.. in blue and the full topic (two partitions each), an hour old. */
export async function spentFixture(options: { readonly ids?: number; readonly profile?: EngineProfile } = {}): Promise<SpentFixture> {
  const ids = options.ids ?? 60;
  const clock = new TestClock();
  const engine = new MemorySearchEngine({ ...(options.profile ?? ENGINE_PROFILES.opensearch), now: clock.now });
  const stream = new MemoryStreamSource({ now: clock.now, fetchRecords: 40 });
  stream.createTopic(SPENT.full, 2);
  stream.createTopic(SPENT.topic, 2);
  const old = clock.now() - 3_600_000;
  const docs = Array.from({ length: ids }, (_, i) => ({
    id: `s${i}`,
    version: old + i,
    source: { id: `s${i}`, amount: i, updated_at: old + i, deleted: false },
  }));
  stream.produce(
    SPENT.full,
    docs.map((doc, i) => ({ partition: i % 2, key: doc.id, value: doc.source, timestamp: doc.version })),
  );
  await engine.createIndex(SPENT.blue, { mappings: SPENT.mapping, settings: { number_of_replicas: 0 } });
  await engine.bulk(SPENT.blue, docs, { versionType: "external_gte", refresh: true });
  await engine.updateAliases([{ add: { index: SPENT.blue, alias: SPENT.read } }, { add: { index: SPENT.blue, alias: SPENT.write } }]);
  const app = new MemoryApp({
    engine,
    stream,
    topic: SPENT.topic,
    group: SPENT.group,
    writeAlias: SPENT.write,
    partitions: 2,
    clock: clock.now,
  });
  for (const doc of docs) app.expected.set(doc.id, { version: doc.version, amount: doc.source.amount });
  const log = capturedLog();
  const reindex: SpentFixture["reindex"] = (source = {}, extra = {}) =>
    reindexRunner({
      engine,
      stream,
      clock,
      log: log.log,
      config: indexConfig({
        name: SPENT.name,
        liveSettings: { number_of_replicas: 0, refresh_interval: "1s" },
        source: {
          type: "kafka",
          fullTopic: SPENT.full,
          incrementalTopic: SPENT.topic,
          idField: "id",
          versionField: "updated_at",
          deleteField: "deleted",
          batchSize: 25,
          consumerGroup: SPENT.group,
          catchUp: { maxLag: 0, maxRounds: 5 },
          ...source,
        },
        readWeight: 100,
        writeSwitch: "auto",
        validation: { maxCountDifference: 10, latencySamples: 3, maxLatencyRatio: 10 },
        retention: "1d",
        ...extra,
      }),
    });
  return { clock, engine, stream, app, log, reindex };
}
