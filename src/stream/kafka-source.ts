/**
 * StreamSource on kafkajs. Reads are read_committed, through a consumer in a throwaway group that
 * never commits (the caller keeps the position, from `progress.next`) and is deleted afterwards.
 *
 * A read ends when every partition's position reaches `to` (see bounded-read.ts). A `to` past the
 * last stable offset waits for records to arrive there: for an open transaction to end (bounded by
 * its timeout), or for a producer to write them.
 */
import { randomUUID } from "node:crypto";
import type { Admin, Consumer, KafkaMessage } from "kafkajs";
import { kafkaClient, type KafkaConnection } from "./kafka-client.js";
import { advance, chunks, isDone, openCursors, positions, skipToLogStart, withinRange, type Cursor } from "./bounded-read.js";
import { compareOffsets } from "./offsets.js";
import type { PartitionOffset, PartitionRange, RangeProgress, ReadRangeOptions, StreamRecord, StreamSource } from "./stream-source.js";

export { saslOptions, type KafkaConnection } from "./kafka-client.js";

/** Tuning of the read loop; the defaults suit a bulk load. */
export interface KafkaSourceTuning {
  /** How long one fetch waits on the broker for data: also the longest delay in stopping a read. */
  readonly maxWaitMs?: number;
  /** Bytes fetched per partition in one request (Kafka hands over at least one whole record batch). */
  readonly maxBytesPerPartition?: number;
  /** How long a read may see no progress before the log start is checked (records removed under it). */
  readonly stallCheckMs?: number;
}

export class ReadAbortedError extends Error {
  override readonly name = "AbortError";
  constructor(topic: string) {
    super(`read of topic '${topic}' aborted`);
  }
}

function toRecord(partition: number, message: KafkaMessage): StreamRecord {
  return {
    partition,
    offset: message.offset,
    key: message.key === null || message.key === undefined ? null : message.key.toString("utf8"),
    value: message.value ?? null,
    timestamp: Number(message.timestamp),
  };
}

export function createKafkaSource(connection: KafkaConnection, tuning: KafkaSourceTuning = {}): StreamSource {
  const maxWaitMs = tuning.maxWaitMs ?? 250;
  const maxBytesPerPartition = tuning.maxBytesPerPartition ?? 1024 * 1024;
  const stallCheckMs = tuning.stallCheckMs ?? 3000;
  const client = kafkaClient(connection);
  const { kafka } = client;

  // One admin client per topic: a kafkajs client asks for the metadata of every topic it ever
  // looked at and fails once one of them is deleted, so topics must not share a client.
  const admins = new Map<string, Promise<Admin>>();
  const consumers = new Set<Consumer>();

  function adminFor(topic: string): Promise<Admin> {
    let pending = admins.get(topic);
    if (!pending) {
      const admin = kafka.admin();
      pending = client
        .reachable()
        .then(() => admin.connect())
        .then(
          () => admin,
          (error: unknown) => {
            admins.delete(topic);
            throw error;
          },
        );
      admins.set(topic, pending);
    }
    return pending;
  }

  async function withAdmin<T>(topic: string, call: (client: Admin) => Promise<T>): Promise<T> {
    return call(await adminFor(topic));
  }

  async function watermarks(topic: string): Promise<PartitionRange[]> {
    // ListOffsets goes out read_committed: `high` is the last stable offset, which equals the
    // high watermark unless a transaction is open, and is the end a read_committed read can reach.
    const offsets = await withAdmin(topic, (client) => client.fetchTopicOffsets(topic));
    return offsets.map(({ partition, low, high }) => ({ partition, low, high })).sort((a, b) => a.partition - b.partition);
  }

  async function offsetsForTimestamp(topic: string, ms: number): Promise<PartitionOffset[]> {
    // kafkajs already maps "no record at or after ms" (-1) to the high watermark.
    const offsets = await withAdmin(topic, (client) => client.fetchTopicOffsetsByTimestamp(topic, ms));
    return offsets.map(({ partition, offset }) => ({ partition, offset })).sort((a, b) => a.partition - b.partition);
  }

  async function committedOffsets(groupId: string, topic: string): Promise<PartitionOffset[]> {
    const [entry] = await withAdmin(topic, (client) => client.fetchOffsets({ groupId, topics: [topic] }));
    return (entry?.partitions ?? [])
      .filter(({ offset }) => compareOffsets(offset, "0") >= 0)
      .map(({ partition, offset }) => ({ partition, offset }))
      .sort((a, b) => a.partition - b.partition);
  }

  async function readRange(
    topic: string,
    from: readonly PartitionOffset[],
    to: readonly PartitionOffset[],
    handler: (records: readonly StreamRecord[], progress: RangeProgress) => Promise<void>,
    options: ReadRangeOptions,
  ): Promise<{ records: number }> {
    const { signal, maxBatch } = options;
    chunks([], maxBatch); // validates maxBatch before anything connects
    if (signal.aborted) throw new ReadAbortedError(topic);

    const marks = await watermarks(topic);
    const cursors = new Map<number, Cursor>();
    for (const cursor of openCursors(from, to, marks)) {
      // A partition the topic lacks would never be fetched, and the read would never end.
      if (!marks.some(({ partition }) => partition === cursor.partition)) {
        throw new RangeError(`topic '${topic}' has no partition ${cursor.partition}`);
      }
      cursors.set(cursor.partition, cursor);
    }
    const pending = () => [...cursors.values()].filter((cursor) => !isDone(cursor));
    if (pending().length === 0) return { records: 0 };

    let records = 0;
    let lastProgressAt = Date.now();
    let failure: unknown;
    let settle!: () => void;
    const finished = new Promise<void>((resolve) => (settle = resolve));
    const stop = (error?: unknown) => {
      if (error !== undefined && failure === undefined) failure = error;
      settle();
    };

    let consuming = true;
    const update = (moved: Cursor) => {
      const cursor = cursors.get(moved.partition);
      if (!cursor || moved === cursor) return;
      cursors.set(moved.partition, moved);
      lastProgressAt = Date.now();
      if (!isDone(moved)) return;
      // Records past the end may still arrive in a fetch already under way; withinRange drops them.
      // Before run() has built the group kafkajs throws here; the join handler pauses it then.
      if (consuming) {
        try {
          consumer.pause([{ topic, partitions: [moved.partition] }]);
        } catch {
          /* paused on join */
        }
      }
      if (pending().length === 0) stop();
    };
    const moveTo = (partition: number, lastOffsetRead: string) => {
      const cursor = cursors.get(partition);
      if (cursor) update(advance(cursor, lastOffsetRead));
    };

    const groupId = `cutover-read-${randomUUID()}`;
    const consumer = kafka.consumer({
      groupId,
      maxWaitTimeInMs: maxWaitMs,
      maxBytesPerPartition,
      maxBytes: Math.max(maxBytesPerPartition * 4, 16 * 1024 * 1024),
      allowAutoTopicCreation: false,
      readUncommitted: false,
    });
    consumers.add(consumer);

    // Positions and pauses live in kafkajs's group state, which a rejoin (or a restart after a
    // crash) rebuilds from commits we never make: so every join puts them back from the cursors.
    consumer.on(consumer.events.GROUP_JOIN, ({ payload }) => {
      const idle = (payload.memberAssignment[topic] ?? []).filter((partition) => !cursors.has(partition));
      for (const cursor of cursors.values()) {
        if (isDone(cursor)) idle.push(cursor.partition);
        else consumer.seek({ topic, partition: cursor.partition, offset: cursor.next });
      }
      // Partitions outside the range (done, or added to the topic since `to` was taken) are not fetched.
      if (idle.length > 0) consumer.pause([{ topic, partitions: idle }]);
    });
    // A fetch whose records were all filtered out (markers, aborted records) never reaches
    // eachBatch; this event still carries the last offset the client read.
    consumer.on(consumer.events.END_BATCH_PROCESS, ({ payload }) => {
      if (payload.topic === topic) moveTo(payload.partition, payload.lastOffset);
    });
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      if (!payload.restart) stop(payload.error);
    });

    const onAbort = () => stop(new ReadAbortedError(topic));
    signal.addEventListener("abort", onAbort, { once: true });
    if (signal.aborted) onAbort(); // aborted while the watermarks were read

    // Records removed under the read (retention, deleteRecords) can leave a partition with nothing
    // more to fetch below its end; its log start then says so.
    const stallTimer = setInterval(
      () => {
        if (Date.now() - lastProgressAt < stallCheckMs) return;
        lastProgressAt = Date.now();
        watermarks(topic).then(
          (ranges) => {
            for (const range of ranges) {
              const cursor = cursors.get(range.partition);
              if (cursor) update(skipToLogStart(cursor, range.low));
            }
          },
          () => undefined, // a failed check is retried at the next tick
        );
      },
      Math.max(250, Math.floor(stallCheckMs / 4)),
    );

    try {
      await consumer.connect();
      await consumer.subscribe({ topics: [topic], fromBeginning: true });
      await consumer.run({
        autoCommit: false,
        eachBatchAutoResolve: true,
        eachBatch: async ({ batch }) => {
          const cursor = cursors.get(batch.partition);
          if (batch.topic !== topic || !cursor || isDone(cursor)) return;
          const parts = chunks(withinRange(cursor, batch.messages), maxBatch);
          for (const [index, part] of parts.entries()) {
            if (failure !== undefined || signal.aborted) return;
            // The last part also moves past what the client read and filtered out (markers, aborted records).
            const lastOffsetRead = index === parts.length - 1 ? batch.lastOffset() : (part.at(-1)?.offset ?? cursor.next);
            const after = advance(cursors.get(batch.partition) ?? cursor, lastOffsetRead);
            records += part.length;
            const progress = { next: positions(new Map(cursors).set(batch.partition, after).values()), recordsSoFar: records };
            try {
              await handler(
                part.map((message) => toRecord(batch.partition, message)),
                progress,
              );
            } catch (error) {
              stop(error);
              return;
            }
            moveTo(batch.partition, lastOffsetRead);
          }
          if (failure === undefined && !signal.aborted) moveTo(batch.partition, batch.lastOffset());
        },
      });
      await finished;
    } finally {
      consuming = false;
      clearInterval(stallTimer);
      signal.removeEventListener("abort", onAbort);
      await consumer.disconnect().catch(() => undefined);
      consumers.delete(consumer);
      // A leftover empty group is harmless (the broker expires it): a failed delete is ignored.
      await withAdmin(topic, (client) => client.deleteGroups([groupId])).catch(() => undefined);
    }
    if (failure !== undefined) throw failure;
    return { records };
  }

  async function close(): Promise<void> {
    await Promise.all([...consumers].map((consumer) => consumer.disconnect().catch(() => undefined)));
    consumers.clear();
    const pending = [...admins.values()];
    admins.clear();
    await Promise.all(pending.map((client) => client.then((c) => c.disconnect()).catch(() => undefined)));
  }

  // what kafkajs throws leaves as a KafkaError naming the brokers; a handler's own error as it is
  return {
    watermarks: (topic) => client.call(`reading the offsets of '${topic}'`, () => watermarks(topic)),
    offsetsForTimestamp: (topic, ms) => client.call(`reading the offsets of '${topic}' by time`, () => offsetsForTimestamp(topic, ms)),
    committedOffsets: (groupId, topic) =>
      client.call(`reading group '${groupId}' offsets on '${topic}'`, () => committedOffsets(groupId, topic)),
    readRange: (topic, from, to, handler, options) =>
      client.call(`reading topic '${topic}'`, () => readRange(topic, from, to, handler, options)),
    close,
  };
}
