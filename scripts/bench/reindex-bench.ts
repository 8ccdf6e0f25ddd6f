/**
 * Kafka → index load rate beside the engine's own `_reindex` on the same node, and catch-up against
 * a steady producer. Figures only: the stack's machine is shared, so nothing here asserts a speed.
 *
 * Needs the stack (scripts/stack.sh up es os kafka; source .stack/env). Bundled by scripts/bench.mjs.
 *   BENCH_DOCS (1,000,000)  BENCH_PARTITIONS (4)  BENCH_BATCH, BENCH_CONCURRENCY (the config's defaults for a Kafka source)
 *   BENCH_SHARDS (1)  BENCH_CATCHUP_RATE (5000 msgs/s)  BENCH_CATCHUP_SECONDS (20)  BENCH_ENGINES (os,es)
 */
import { KAFKA_LOAD_DEFAULTS } from "../../src/config/schema/index.js";
import { feedTopicRange, type FeedCheckpoint, type FeedResult } from "../../src/reindex/kafka-feed.js";
import { tombstoneMappings } from "../../src/reindex/tombstones.js";
import { createSearchEngine } from "../../src/search/create-engine.js";
import type { EngineKind, SearchEngine } from "../../src/search/engine.js";
import { createKafkaSource } from "../../src/stream/kafka-source.js";
import { span } from "../../src/stream/offsets.js";
import type { PartitionOffset, StreamSource } from "../../src/stream/stream-source.js";
import { kafkaFixture, type FixtureMessage, type KafkaFixture } from "../../test/support/kafka-fixtures.js";

const env = process.env;
const DOCS = Number(env.BENCH_DOCS ?? 1_000_000);
const PARTITIONS = Number(env.BENCH_PARTITIONS ?? 4);
const BATCH = Number(env.BENCH_BATCH ?? KAFKA_LOAD_DEFAULTS.batchSize);
const CONCURRENCY = Number(env.BENCH_CONCURRENCY ?? KAFKA_LOAD_DEFAULTS.concurrency);
const SHARDS = Number(env.BENCH_SHARDS ?? 1);
const CATCHUP_RATE = Number(env.BENCH_CATCHUP_RATE ?? 5000);
const CATCHUP_SECONDS = Number(env.BENCH_CATCHUP_SECONDS ?? 20);
const ENGINES = (env.BENCH_ENGINES ?? "os,es").split(",").map((e) => e.trim());
const BASE = Date.UTC(2026, 0, 1);
const RUN = Math.random().toString(36).slice(2, 8);

const grouped = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const rate = (docs: number, ms: number) => `${grouped.format(docs / (ms / 1000))} docs/s`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function required(name: string): string {
  const value = env[name];
  if (!value) throw new Error(`${name} is not set: start the stack and source .stack/env`);
  return value;
}

/** A small document, about 120 bytes of JSON, as a row of the seed's spent_detail might be. */
function doc(i: number, version: number): Record<string, unknown> {
  return {
    id: `doc-${i}`,
    updated_at: new Date(version).toISOString(),
    user: `u${i % 9973}`,
    amount: (i * 37) % 100_000,
    category: `c${i % 17}`,
    memo: "bench",
  };
}

function* dump(partition: number): Generator<FixtureMessage> {
  for (let i = partition; i < DOCS; i += PARTITIONS) yield { partition, key: `doc-${i}`, value: doc(i, BASE + i) };
}

const MAPPINGS = {
  dynamic: "strict",
  properties: {
    ...(tombstoneMappings().properties as Record<string, unknown>),
    id: { type: "keyword" },
    updated_at: { type: "date" },
    user: { type: "keyword" },
    amount: { type: "long" },
    category: { type: "keyword" },
    memo: { type: "text" },
  },
};
/** What the create phase sets for a bulk load; the `_reindex` target gets the same. */
const LOAD_SETTINGS = { number_of_shards: SHARDS, number_of_replicas: 0, refresh_interval: "-1" };

async function ends(stream: StreamSource, topic: string): Promise<PartitionOffset[]> {
  return (await stream.watermarks(topic)).map(({ partition, high }) => ({ partition, offset: high }));
}
const zeros = () => Array.from({ length: PARTITIONS }, (_, partition) => ({ partition, offset: "0" }));

function feed(
  stream: StreamSource,
  engine: SearchEngine,
  index: string,
  topic: string,
  from: PartitionOffset[],
  to: PartitionOffset[],
  checkpointEveryMs = 5000,
  onCheckpoint: (checkpoint: FeedCheckpoint) => Promise<void> = async () => undefined,
): Promise<FeedResult> {
  return feedTopicRange({
    stream,
    engine,
    index,
    topic,
    from,
    to,
    decoder: { idField: "id", versionField: "updated_at" },
    deletes: "tombstone",
    batchSize: BATCH,
    concurrency: CONCURRENCY,
    signal: new AbortController().signal,
    checkpointEveryMs,
    onCheckpoint,
  });
}

function checkResult(what: string, result: FeedResult): void {
  if (result.failed.length > 0 || result.invalid.length > 0) {
    throw new Error(
      `${what}: ${result.failed.length} failed, ${result.invalid.length} invalid (first: ${JSON.stringify(result.failed[0] ?? result.invalid[0])})`,
    );
  }
}

async function kafkaLoad(stream: StreamSource, engine: SearchEngine, topic: string, to: PartitionOffset[], name: string): Promise<number> {
  await engine.createIndex(name, { mappings: MAPPINGS, settings: LOAD_SETTINGS });
  const started = Date.now();
  const cpu = process.cpuUsage();
  const result = await feed(stream, engine, name, topic, zeros(), to);
  const ms = Date.now() - started;
  const used = process.cpuUsage(cpu);
  // The loader's own CPU: on a shared 2-core box it competes with the engine it feeds.
  console.log(`  loader CPU: ${seconds((used.user + used.system) / 1000)} for ${seconds(ms)} of load`);
  checkResult(`load into ${name}`, result);
  await engine.refresh(name);
  const count = await engine.count(name);
  if (count !== DOCS) throw new Error(`${name} holds ${count} documents, expected ${DOCS}`);
  return ms;
}

async function engineReindex(engine: SearchEngine, source: string, dest: string): Promise<number> {
  await engine.createIndex(dest, { mappings: MAPPINGS, settings: LOAD_SETTINGS });
  const started = Date.now();
  const task = await engine.startReindex({ source, dest, slices: "auto" });
  for (;;) {
    const status = await engine.getTask(task);
    if (status.failures.length > 0) throw new Error(`_reindex ${source} → ${dest}: ${status.failures.slice(0, 3).join("; ")}`);
    if (status.completed) break;
    await sleep(100);
  }
  const ms = Date.now() - started;
  await engine.refresh(dest);
  const count = await engine.count(dest);
  if (count !== DOCS) throw new Error(`${dest} holds ${count} documents after _reindex, expected ${DOCS}`);
  return ms;
}

/** A producer of updates at `perSecond` for `forSeconds`, in 20 sends a second. */
async function steadyProducer(kafka: KafkaFixture, topic: string, perSecond: number, forSeconds: number): Promise<number> {
  const tick = 50;
  const perTick = Math.round((perSecond * tick) / 1000);
  const started = Date.now();
  let sent = 0;
  for (let n = 0; Date.now() - started < forSeconds * 1000; n++) {
    const batch: FixtureMessage[] = [];
    for (let k = 0; k < perTick; k++, sent++) {
      const i = (sent * 7919) % DOCS;
      batch.push({ partition: i % PARTITIONS, key: `doc-${i}`, value: doc(i, BASE + DOCS + sent) });
    }
    await kafka.produce(topic, batch);
    const due = started + (n + 1) * tick;
    if (due > Date.now()) await sleep(due - Date.now());
  }
  return sent;
}

/**
 * Catch-up in rounds, each to the end offsets at its start, while the producer runs. Lag (records
 * produced but not yet durably written) is sampled every second from the feed's checkpoints.
 */
async function catchUp(kafka: KafkaFixture, stream: StreamSource, engine: SearchEngine, index: string): Promise<void> {
  const topic = await kafka.createTopic({ partitions: PARTITIONS, prefix: `cutover-bench-inc-${RUN}` });
  let position = await ends(stream, topic);
  let producing = true;
  const producer = steadyProducer(kafka, topic, CATCHUP_RATE, CATCHUP_SECONDS).finally(() => (producing = false));
  const started = Date.now();
  const since = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;
  const samples: string[] = [];
  const lagsWhileProducing: number[] = [];
  const sampler = setInterval(() => {
    void ends(stream, topic).then((high) => {
      const lag = lagOf(position, high);
      samples.push(`${since()}:${grouped.format(lag)}`);
      if (producing) lagsWhileProducing.push(lag);
    });
  }, 1000);
  let applied = 0;
  const roundMs: number[] = [];
  let emptyRoundsWhileProducing = 0;
  try {
    for (;;) {
      const to = await ends(stream, topic);
      const behind = lagOf(position, to);
      if (behind === 0) {
        // Everything produced so far is in the index: lag zero at this moment.
        if (!producing) break;
        emptyRoundsWhileProducing++;
        await sleep(20);
        continue;
      }
      const roundStarted = Date.now();
      const result = await feed(stream, engine, index, topic, position, to, 500, async (checkpoint) => {
        position = checkpoint.next;
      });
      checkResult("catch-up", result);
      position = result.next;
      applied += result.records;
      roundMs.push(Date.now() - roundStarted);
    }
  } finally {
    clearInterval(sampler);
  }
  const sent = await producer;
  const ms = Date.now() - started;
  const sorted = [...roundMs].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  console.log(
    `catch-up against a producer at ${grouped.format(CATCHUP_RATE)} msgs/s for ${CATCHUP_SECONDS} s (${grouped.format(sent)} sent):`,
  );
  console.log(
    `  applied ${grouped.format(applied)} records in ${roundMs.length} rounds (median ${median} ms, max ${sorted.at(-1) ?? 0} ms each); ${seconds(ms)} until lag 0 after the producer stopped`,
  );
  console.log(`  lag samples (time:records behind): ${samples.join(" ")}`);
  const tick = Math.round(CATCHUP_RATE / 20);
  const withinTick = lagsWhileProducing.filter((lag) => lag <= tick).length;
  console.log(
    `  lag reached zero while producing: ${emptyRoundsWhileProducing > 0 ? "yes" : "no"} (${emptyRoundsWhileProducing} checks found every produced record applied); ` +
      `sampled lag ${withinTick}/${lagsWhileProducing.length} times within one producer send (${grouped.format(tick)}), max ${grouped.format(Math.max(0, ...lagsWhileProducing))}`,
  );
}

function lagOf(position: readonly PartitionOffset[], high: readonly PartitionOffset[]): number {
  const at = new Map(position.map((p) => [p.partition, p.offset]));
  return Number(high.reduce((sum, p) => sum + span(at.get(p.partition) ?? "0", p.offset), 0n));
}

async function main(): Promise<void> {
  const brokers = required("CUTOVER_STACK_KAFKA_BROKERS").split(",");
  const urls: Record<string, { kind: EngineKind; url: string }> = {
    os: { kind: "opensearch", url: required("CUTOVER_STACK_OS_URL") },
    es: { kind: "elasticsearch", url: required("CUTOVER_STACK_ES_URL") },
  };
  const kafka = kafkaFixture(brokers, "cutover-bench");
  const stream = createKafkaSource({ brokers, clientId: "cutover-bench", ssl: false });
  const engines = new Map<string, SearchEngine>();
  const created: [SearchEngine, string][] = [];
  const index = (engine: SearchEngine, what: string) => {
    const name = `cutover-bench-${what}-${RUN}`;
    created.push([engine, name]);
    return name;
  };
  try {
    console.log(
      `reindex bench: ${grouped.format(DOCS)} docs, ${PARTITIONS} partitions, ${SHARDS} shard(s), bulk ${grouped.format(BATCH)} docs × ${CONCURRENCY} in flight (node ${process.version})`,
    );
    const topic = await kafka.createTopic({ partitions: PARTITIONS, prefix: `cutover-bench-full-${RUN}` });
    const started = Date.now();
    await Promise.all(Array.from({ length: PARTITIONS }, (_, p) => kafka.produce(topic, dump(p), { chunk: 5000 })));
    const to = await ends(stream, topic);
    console.log(`produce (not timed): ${seconds(Date.now() - started)}`);

    for (const key of ENGINES) {
      const target = urls[key];
      if (!target) throw new Error(`BENCH_ENGINES: unknown engine '${key}' (os or es)`);
      const engine = createSearchEngine({ engine: target.kind, url: target.url });
      engines.set(key, engine);
      const loaded = index(engine, `kafka-${key}`);
      const loadMs = await kafkaLoad(stream, engine, topic, to, loaded);
      console.log(`kafka → ${target.kind} load: ${seconds(loadMs)}, ${rate(DOCS, loadMs)}`);
      if ((await engine.capabilities()).reindex) {
        const copy = index(engine, `reindex-${key}`);
        const reindexMs = await engineReindex(engine, loaded, copy);
        console.log(`${target.kind} _reindex (slices auto) of the same docs: ${seconds(reindexMs)}, ${rate(DOCS, reindexMs)}`);
        console.log(`ratio kafka load / _reindex on ${target.kind}: ${(reindexMs / loadMs).toFixed(2)}×`);
        await engine.deleteIndex(copy);
      } else {
        console.log(`${target.kind} _reindex: not available on this node (no reindex module)`);
      }
      if (key === ENGINES[0] && CATCHUP_SECONDS > 0) {
        await catchUp(kafka, stream, engine, loaded);
      }
      await engine.deleteIndex(loaded);
    }
  } finally {
    await Promise.allSettled(created.map(([engine, name]) => engine.deleteIndex(name)));
    await Promise.allSettled([...engines.values()].map((engine) => engine.close()));
    await stream.close();
    await kafka.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
