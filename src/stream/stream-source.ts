/**
 * The Kafka side of a reindex, behind one interface (kafkajs in kafka-source.ts). Offsets are
 * decimal strings, as Kafka's are 64-bit.
 */

export interface PartitionOffset {
  readonly partition: number;
  readonly offset: string;
}

export interface PartitionRange {
  readonly partition: number;
  /** Log start offset (after retention or compaction removed the beginning). */
  readonly low: string;
  /** High watermark: the offset the next record will get. */
  readonly high: string;
}

export interface StreamRecord {
  readonly partition: number;
  readonly offset: string;
  readonly key: string | null;
  /** null: a tombstone. */
  readonly value: Buffer | null;
  /** Milliseconds since the epoch, as Kafka stores it. */
  readonly timestamp: number;
}

export interface RangeProgress {
  /** Per partition, the next offset to read (everything below has been handed to the handler). */
  readonly next: readonly PartitionOffset[];
  readonly recordsSoFar: number;
}

export interface ReadRangeOptions {
  readonly signal: AbortSignal;
  /** Largest batch handed to the handler. */
  readonly maxBatch: number;
}

export interface StreamSource {
  /** Low and high watermarks of every partition, read now. */
  watermarks(topic: string): Promise<PartitionRange[]>;
  /** Per partition, the first offset whose timestamp is at or after `ms` (the high watermark when none). */
  offsetsForTimestamp(topic: string, ms: number): Promise<PartitionOffset[]>;
  /** A consumer group's committed offsets on a topic (partitions without one are absent). */
  committedOffsets(groupId: string, topic: string): Promise<PartitionOffset[]>;
  /**
   * Reads every record from `from` (inclusive) up to `to` (exclusive) per partition and hands them
   * to `handler` in batches; the next batch is not fetched before the handler's promise settles
   * (back-pressure). Bounded: it ends when every partition's position reached `to`, even when the
   * last offsets below it are transaction markers, aborted records or compacted away, and at once
   * for empty ranges. Never reads past `to`.
   */
  readRange(
    topic: string,
    from: readonly PartitionOffset[],
    to: readonly PartitionOffset[],
    handler: (records: readonly StreamRecord[], progress: RangeProgress) => Promise<void>,
    options: ReadRangeOptions,
  ): Promise<{ records: number }>;
  close(): Promise<void>;
}
