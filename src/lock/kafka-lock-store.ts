/**
 * The release lock as records in a Kafka topic, for the flink phases: Kafka is the one system every
 * one of them already reaches (green's lag is read there; the gateway keeps its state there), so
 * a Flink job needs no AWS credentials for its lock. The topic is the one flink.stateTopic names,
 * compacted, and the records go to its partition 0, whatever the topic's partition count.
 *
 * Kafka has no conditional write, but a partition is one log that every reader sees in the same
 * order, and that is enough for a compare-and-swap:
 *
 * - a claim is a record `{ op: "claim", holder, expected }`: "I take the lock if its holder is
 *   `expected` (none: free)"; a release is `{ op: "release", id }`;
 * - the lock's holder is found by reading the records in offset order from the start: a claim
 *   counts only if, at its place in the log, the holder was the one it expected; a release only
 *   if it names the holder;
 * - a run writes its claim, then reads the log up to that claim: it holds the lock exactly when
 *   its own claim counted. Two runs claiming at once both read the same order: one wins, and the
 *   loser's claim counts for nothing (nothing to undo).
 *
 * Each record has a key of its own (`lock/<project>/<random>`), so compaction, which keeps the last
 * record per key, never removes one and the history reads the same for everyone. The cost is a few
 * hundred bytes per run, kept for good.
 */
import { randomBytes } from "node:crypto";
import { Partitioners, type Producer } from "kafkajs";
import { kafkaClient, type KafkaConnection } from "../stream/kafka-client.js";
import { createKafkaSource } from "../stream/kafka-source.js";
import { holderFields, holderFrom, type LockHolder } from "./holder.js";
import type { LockStore } from "./lock-stores.js";

type LockRecord =
  | { readonly kind: "lock"; readonly op: "claim"; readonly holder: Record<string, string>; readonly expected: string | null }
  | { readonly kind: "lock"; readonly op: "release"; readonly id: string };

export interface KafkaLockStore extends LockStore {
  close(): Promise<void>;
}

/** The holder after `records` (in log order): the fold described above (pure). */
export function foldLock(records: readonly LockRecord[]): LockHolder | undefined {
  let holder: LockHolder | undefined;
  for (const record of records) {
    if (record.op === "claim") {
      if ((record.expected ?? undefined) === holder?.id) holder = holderFrom(record.holder) ?? holder;
    } else if (record.id === holder?.id) holder = undefined;
  }
  return holder;
}

export function kafkaLockStore(connection: KafkaConnection, topic: string, project: string): KafkaLockStore {
  // bounded connect, kafkajs errors as KafkaErrors naming the brokers (kafka-client.ts)
  const cluster = kafkaClient(connection, { clientIdSuffix: "-flink-lock" });
  const { kafka } = cluster;
  const source = createKafkaSource(connection);
  const prefix = `lock/${project}/`;
  let producer: Promise<Producer> | undefined;
  let ensured: Promise<void> | undefined;

  function ensureTopic(): Promise<void> {
    ensured ??= cluster
      .call(`preparing topic '${topic}'`, async () => {
        await cluster.reachable();
        const admin = kafka.admin();
        await admin.connect();
        try {
          if (!(await admin.listTopics()).includes(topic))
            await admin.createTopics({
              waitForLeaders: true,
              topics: [{ topic, numPartitions: 1, replicationFactor: -1, configEntries: [{ name: "cleanup.policy", value: "compact" }] }],
            });
        } finally {
          await admin.disconnect();
        }
      })
      .catch((error: unknown) => {
        ensured = undefined;
        throw error;
      });
    return ensured;
  }

  /** This project's lock records of partition 0, in log order, up to `until` (exclusive; default: the end). */
  async function records(until?: string): Promise<LockRecord[]> {
    await ensureTopic();
    const mark = (await source.watermarks(topic)).find((m) => m.partition === 0);
    if (!mark) return [];
    const end = until ?? mark.high;
    const found: LockRecord[] = [];
    if (BigInt(end) <= BigInt(mark.low)) return found;
    await source.readRange(
      topic,
      [{ partition: 0, offset: mark.low }],
      [{ partition: 0, offset: end }],
      async (batch) => {
        for (const record of batch) {
          if (record.key === null || record.value === null || !record.key.startsWith(prefix)) continue;
          const value = JSON.parse(record.value.toString("utf8")) as LockRecord;
          if (value.kind === "lock") found.push(value);
        }
      },
      { signal: AbortSignal.timeout(60_000), maxBatch: 500 },
    );
    return found;
  }

  /** Writes one record to partition 0; its offset. */
  async function append(record: LockRecord): Promise<string> {
    await ensureTopic();
    producer ??= (async () => {
      const client = kafka.producer({
        createPartitioner: Partitioners.DefaultPartitioner,
        allowAutoTopicCreation: false,
        idempotent: true,
        maxInFlightRequests: 1,
      });
      await client.connect();
      return client;
    })();
    const key = `${prefix}${randomBytes(8).toString("hex")}`;
    const [sent] = await (await producer).send({ topic, acks: -1, messages: [{ key, value: JSON.stringify(record), partition: 0 }] });
    if (!sent?.baseOffset) throw new Error(`Kafka gave no offset for the lock record in topic '${topic}'`);
    return sent.baseOffset;
  }

  return {
    where: `Kafka topic ${topic}, partition 0, records lock/${project}/*`,
    read: async () => [foldLock(await records())],
    async swap(expected, holder) {
      const before = foldLock(await records());
      if (before?.id !== expected) return { ok: false, holder: before };
      const offset = await append({ kind: "lock", op: "claim", holder: { ...holderFields(holder) }, expected: expected ?? null });
      const after = foldLock(await records(String(BigInt(offset) + 1n)));
      return after?.id === holder.id ? { ok: true } : { ok: false, holder: after };
    },
    async remove(id) {
      const before = foldLock(await records());
      if (before?.id !== id) return false;
      await append({ kind: "lock", op: "release", id });
      return true;
    },
    async close() {
      await producer?.then((client) => client.disconnect()).catch(() => undefined);
      await source.close();
    },
  };
}
