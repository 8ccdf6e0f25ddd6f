/**
 * The StreamSource port in memory, for the Kafka-fed reindex phases: topics of partitions whose
 * logs hold records and the offsets a read passes over without handing anything on (transaction
 * markers, aborted records), a log start that retention moves, consumer groups' committed offsets,
 * and `readRange` with the port's bounded semantics, built on the same cursor logic as the kafkajs
 * source (bounded-read.ts): `from` inclusive, `to` exclusive, ends when every partition's position
 * reached `to` (also past trailing markers), never reads past it, waits for records when `to` is
 * beyond the high watermark, and fails with the same AbortError when stopped.
 *
 *   const kafka = new MemoryStreamSource();
 *   kafka.createTopic("spent", 2);
 *   kafka.produce("spent", [{ partition: 0, key: "s1", value: { id: "s1", v: 3 } }]);
 *   kafka.commit("indexer", "spent", [{ partition: 0, offset: "1" }]);
 *   kafka.inject({ method: "readRange", skip: 1, error: new Error("broker gone") });
 */
import { advance, chunks, isDone, openCursors, positions, skipToLogStart, type Cursor } from "../../src/stream/bounded-read.js";
import { ReadAbortedError } from "../../src/stream/kafka-source.js";
import type {
  PartitionOffset,
  PartitionRange,
  RangeProgress,
  ReadRangeOptions,
  StreamRecord,
  StreamSource,
} from "../../src/stream/stream-source.js";

export interface MemoryMessage {
  readonly partition: number;
  readonly key?: string | null;
  /** An object is sent as JSON, a string or Buffer as it is; null is a tombstone. */
  readonly value: unknown;
  /** Milliseconds since the epoch; the source's clock when absent. */
  readonly timestamp?: number;
}

type Method = "watermarks" | "offsetsForTimestamp" | "committedOffsets" | "readRange";

export interface StreamFaultRule {
  readonly method: Method;
  readonly topic?: string;
  /** Matching calls let through first. */
  readonly skip?: number;
  /** Matching calls failed after the skipped ones; default 1. */
  readonly times?: number;
  readonly error?: Error;
  /** readRange only: fail after handing over this many batches (0: before the first). */
  readonly afterBatches?: number;
}

/** What a read is about to hand over: a listener may act (abort a signal) before the handler runs. */
export interface BatchEvent {
  readonly topic: string;
  readonly records: readonly StreamRecord[];
  readonly progress: RangeProgress;
}

interface Entry {
  readonly offset: bigint;
  /** undefined: read but never handed over (a transaction marker or an aborted record). */
  readonly record?: StreamRecord;
}

interface PartitionLog {
  entries: Entry[];
  low: bigint;
  high: bigint;
}

export class MemoryStreamSource implements StreamSource {
  readonly calls: { readonly method: Method | "close"; readonly topic: string }[] = [];
  private readonly topics = new Map<string, PartitionLog[]>();
  private readonly groups = new Map<string, Map<string, Map<number, string>>>();
  private readonly rules: { rule: StreamFaultRule; seen: number; failed: number }[] = [];
  private readonly listeners = new Set<(event: BatchEvent) => void | Promise<void>>();
  private readonly waiting = new Set<() => void>();
  private deliveredCount = 0;

  constructor(private readonly options: { readonly now?: () => number; readonly fetchRecords?: number } = {}) {}

  // ------------------------------------------------------------ the world around the reads

  createTopic(topic: string, partitions = 1): void {
    if (this.topics.has(topic)) throw new Error(`topic '${topic}' exists`);
    this.topics.set(
      topic,
      Array.from({ length: partitions }, () => ({ entries: [], low: 0n, high: 0n })),
    );
  }

  /** Appends records; returns the offset each got. */
  produce(topic: string, messages: readonly MemoryMessage[]): PartitionOffset[] {
    const offsets = messages.map((message) => {
      const log = this.partition(topic, message.partition);
      const { value } = message;
      const body =
        value === null ? null : Buffer.isBuffer(value) ? value : Buffer.from(typeof value === "string" ? value : JSON.stringify(value));
      const offset = log.high++;
      const record: StreamRecord = {
        partition: message.partition,
        offset: offset.toString(),
        key: message.key ?? null,
        value: body,
        timestamp: message.timestamp ?? (this.options.now ?? Date.now)(),
      };
      log.entries.push({ offset, record });
      return { partition: message.partition, offset: record.offset };
    });
    this.wake();
    return offsets;
  }

  /** Offsets a read passes over without records: transaction markers, aborted records. */
  appendMarkers(topic: string, partition: number, count = 1): void {
    const log = this.partition(topic, partition);
    for (let i = 0; i < count; i++) log.entries.push({ offset: log.high++ });
    this.wake();
  }

  /** Retention or deleteRecords: the log starts at `offset` now. */
  deleteRecordsBefore(topic: string, partition: number, offset: string): void {
    const log = this.partition(topic, partition);
    const low = BigInt(offset);
    if (low > log.high) throw new Error(`offset ${offset} is past the high watermark ${log.high} of ${topic}/${partition}`);
    log.low = low > log.low ? low : log.low;
    log.entries = log.entries.filter((entry) => entry.offset >= log.low);
    this.wake();
  }

  /** A consumer group commits: what the application's indexer has applied. */
  commit(groupId: string, topic: string, offsets: readonly PartitionOffset[]): void {
    const group = this.groups.get(groupId) ?? new Map<string, Map<number, string>>();
    const committed = group.get(topic) ?? new Map<number, string>();
    for (const { partition, offset } of offsets) committed.set(partition, offset);
    group.set(topic, committed);
    this.groups.set(groupId, group);
  }

  inject(rule: StreamFaultRule): this {
    this.rules.push({ rule, seen: 0, failed: 0 });
    return this;
  }

  /** Called before each batch goes to a read's handler. */
  onBatch(listener: (event: BatchEvent) => void | Promise<void>): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Records handed to read handlers so far. */
  get delivered(): number {
    return this.deliveredCount;
  }

  // ------------------------------------------------------------ the port

  async watermarks(topic: string): Promise<PartitionRange[]> {
    await this.enter("watermarks", topic);
    return this.ranges(topic);
  }

  async offsetsForTimestamp(topic: string, ms: number): Promise<PartitionOffset[]> {
    await this.enter("offsetsForTimestamp", topic);
    return this.logs(topic).map((log, partition) => {
      const first = log.entries.find((entry) => entry.record !== undefined && entry.record.timestamp >= ms);
      return { partition, offset: (first?.offset ?? log.high).toString() };
    });
  }

  async committedOffsets(groupId: string, topic: string): Promise<PartitionOffset[]> {
    await this.enter("committedOffsets", topic);
    const committed = this.groups.get(groupId)?.get(topic) ?? new Map<number, string>();
    return [...committed]
      .filter(([, offset]) => BigInt(offset) >= 0n)
      .map(([partition, offset]) => ({ partition, offset }))
      .sort((a, b) => a.partition - b.partition);
  }

  async readRange(
    topic: string,
    from: readonly PartitionOffset[],
    to: readonly PartitionOffset[],
    handler: (records: readonly StreamRecord[], progress: RangeProgress) => Promise<void>,
    options: ReadRangeOptions,
  ): Promise<{ records: number }> {
    const { signal, maxBatch } = options;
    chunks([], maxBatch);
    if (signal.aborted) throw new ReadAbortedError(topic);
    const fault = await this.enter("readRange", topic, true);
    const marks = this.ranges(topic);
    const cursors = new Map<number, Cursor>();
    for (const cursor of openCursors(from, to, marks)) {
      if (!marks.some(({ partition }) => partition === cursor.partition))
        throw new RangeError(`topic '${topic}' has no partition ${cursor.partition}`);
      cursors.set(cursor.partition, cursor);
    }
    let records = 0;
    let batches = 0;
    for (;;) {
      const pending = [...cursors.values()].filter((cursor) => !isDone(cursor));
      if (pending.length === 0) return { records };
      if (signal.aborted) throw new ReadAbortedError(topic);
      let moved = false;
      for (const start of pending) {
        const log = this.partition(topic, start.partition);
        // records removed under the read (retention): the position moves to the log start
        let cursor = skipToLogStart(start, log.low.toString());
        cursors.set(cursor.partition, cursor);
        const end = BigInt(cursor.end) < log.high ? BigInt(cursor.end) : log.high;
        const fetched = log.entries
          .filter((entry) => entry.offset >= BigInt(cursor.next) && entry.offset < end)
          .slice(0, this.options.fetchRecords ?? 500);
        const last = fetched.at(-1);
        if (!last) continue;
        moved = true;
        const parts = chunks(
          fetched.flatMap((entry) => (entry.record ? [entry.record] : [])),
          maxBatch,
        );
        for (const [i, part] of parts.entries()) {
          if (signal.aborted) throw new ReadAbortedError(topic);
          const lastOffsetRead = i === parts.length - 1 ? last.offset.toString() : (part.at(-1)?.offset ?? cursor.next);
          const after = advance(cursor, lastOffsetRead);
          records += part.length;
          const progress = { next: positions(new Map(cursors).set(cursor.partition, after).values()), recordsSoFar: records };
          for (const listener of this.listeners) await listener({ topic, records: part, progress });
          if (fault?.afterBatches === batches) throw fault.error ?? new Error(`injected failure reading ${topic}`);
          await handler(part, progress);
          this.deliveredCount += part.length;
          batches++;
          cursor = after;
          cursors.set(cursor.partition, cursor);
        }
        cursors.set(cursor.partition, advance(cursor, last.offset.toString()));
        // a fetch is a round trip: let timers and other work run
        await new Promise((resolve) => setImmediate(resolve));
      }
      // `to` beyond the high watermark: wait for records to arrive there, as a consumer does
      if (!moved) await this.nextChange(signal);
    }
  }

  async close(): Promise<void> {
    this.calls.push({ method: "close", topic: "" });
  }

  // ------------------------------------------------------------ inside

  private logs(topic: string): PartitionLog[] {
    const logs = this.topics.get(topic);
    if (!logs) throw new Error(`This server does not host this topic-partition (topic '${topic}')`);
    return logs;
  }

  private partition(topic: string, partition: number): PartitionLog {
    const log = this.logs(topic)[partition];
    if (!log) throw new RangeError(`topic '${topic}' has no partition ${partition}`);
    return log;
  }

  private ranges(topic: string): PartitionRange[] {
    return this.logs(topic).map((log, partition) => ({ partition, low: log.low.toString(), high: log.high.toString() }));
  }

  /** Logs the call, yields as a round trip would, and throws an injected failure (readRange's may come later). */
  private async enter(method: Method, topic: string, deferred = false): Promise<StreamFaultRule | undefined> {
    this.calls.push({ method, topic });
    await new Promise((resolve) => setImmediate(resolve));
    for (const entry of this.rules) {
      const { rule } = entry;
      if (rule.method !== method || (rule.topic !== undefined && rule.topic !== topic)) continue;
      entry.seen++;
      if (entry.seen <= (rule.skip ?? 0) || entry.failed >= (rule.times ?? 1)) continue;
      entry.failed++;
      if (deferred && rule.afterBatches !== undefined) return rule;
      throw rule.error ?? new Error(`injected failure: ${method} on ${topic}`);
    }
    return undefined;
  }

  private nextChange(signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        this.waiting.delete(done);
        signal.removeEventListener("abort", done);
        resolve();
      };
      this.waiting.add(done);
      signal.addEventListener("abort", done, { once: true });
    });
  }

  private wake(): void {
    for (const resolve of [...this.waiting]) resolve();
  }
}
