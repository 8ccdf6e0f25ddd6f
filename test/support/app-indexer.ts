/**
 * The application side of a Kafka-fed index, as seed 000 runs it, for tests: a writer that produces
 * changes to the incremental topic, and the application's own indexer, a consumer in its group that
 * applies each record to the write alias (with the record's version, `external_gte`) and commits its
 * offsets. cutover never sees either; it only reads the topic, the group's offsets and the aliases.
 *
 *   const app = await appIndexer({ kafka, engine, topic, group, writeAlias });
 *   await app.change("s1", "update");             // produced; the indexer applies it when it gets it
 *   await app.drain(); await app.stop();
 *   app.expected                                  // what the read alias must hold in the end
 */
import type { Consumer } from "kafkajs";
import type { BulkDoc, SearchEngine } from "../../src/search/engine.js";
import type { KafkaFixture } from "./kafka-fixtures.js";

export type Change = "update" | "delete" | "tombstone";
export type Expected = Map<string, { version: number; amount: number } | "deleted">;

export interface AppIndexer {
  /** What the application wrote last per id: the read alias must end up holding exactly this. */
  readonly expected: Expected;
  change(id: string, change: Change): Promise<void>;
  /** Waits until the indexer has committed up to the topic's end. */
  drain(timeoutMs?: number): Promise<void>;
  /** Records applied so far, and to which index each went (the alias resolves per request). */
  readonly applied: () => number;
  stop(): Promise<void>;
}

interface Options {
  readonly kafka: KafkaFixture;
  readonly engine: SearchEngine;
  readonly topic: string;
  readonly group: string;
  readonly writeAlias: string;
  readonly partitions: number;
  /** Versions start here (milliseconds, like an updated_at). */
  readonly clock: number;
}

export async function appIndexer(options: Options): Promise<AppIndexer> {
  const { kafka, engine, topic, writeAlias } = options;
  const expected: Expected = new Map();
  let clock = options.clock;
  let applied = 0;
  const partitionOf = (id: string) => Number(id.replace(/\D/g, "")) % options.partitions;

  const consumer: Consumer = kafka.kafka.consumer({ groupId: options.group, maxWaitTimeInMs: 50 });
  await consumer.connect();
  const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
  await consumer.subscribe({ topics: [topic], fromBeginning: false });
  await consumer.run({
    autoCommit: false,
    eachBatch: async ({ batch, resolveOffset, heartbeat }) => {
      const docs: BulkDoc[] = [];
      for (const message of batch.messages) {
        const key = message.key?.toString() ?? "";
        if (message.value === null) {
          docs.push({ id: key, version: Number(message.timestamp) });
        } else {
          const value = JSON.parse(message.value.toString()) as { id: string; amount: number; updated_at: number; deleted: boolean };
          docs.push(
            value.deleted ? { id: value.id, version: value.updated_at } : { id: value.id, version: value.updated_at, source: value },
          );
        }
      }
      // through the write alias, as the application writes: the engine resolves it on each request
      if (docs.length > 0) await engine.bulk(writeAlias, docs, { versionType: "external_gte" });
      applied += docs.length;
      const last = batch.messages.at(-1);
      if (last) resolveOffset(last.offset);
      await consumer.commitOffsets([{ topic, partition: batch.partition, offset: (BigInt(batch.lastOffset()) + 1n).toString() }]);
      await heartbeat();
    },
  });
  await joined;

  async function change(id: string, kind: Change): Promise<void> {
    clock = Math.max(clock + 1, Date.now());
    const version = clock;
    const amount = Math.floor(Math.random() * 10_000);
    if (kind === "tombstone") await kafka.produce(topic, [{ partition: partitionOf(id), key: id, value: null, timestamp: version }]);
    else
      await kafka.produce(topic, [
        { partition: partitionOf(id), key: id, value: { id, amount, updated_at: version, deleted: kind === "delete" } },
      ]);
    expected.set(id, kind === "update" ? { version, amount } : "deleted");
  }

  async function drain(timeoutMs = 30_000): Promise<void> {
    const admin = await kafka.admin();
    for (const started = Date.now(); Date.now() - started < timeoutMs;) {
      const ends = await admin.fetchTopicOffsets(topic);
      const [committed] = await admin.fetchOffsets({ groupId: options.group, topics: [topic] });
      const at = new Map((committed?.partitions ?? []).map((p) => [p.partition, p.offset]));
      // a partition the indexer never consumed has no committed offset ("-1") and must be empty
      if (ends.every((e) => at.get(e.partition) === e.high || (e.high === "0" && at.get(e.partition) === "-1"))) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`the application's indexer did not catch up with ${topic} within ${timeoutMs} ms`);
  }

  return { expected, change, drain, applied: () => applied, stop: () => consumer.disconnect() };
}
