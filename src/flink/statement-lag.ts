/**
 * How far a statement is behind its input: what it consumed (from its backend) against the high
 * watermarks of its source topics (from Kafka). A switch to green is refused while this is above
 * the allowed lag; `lagOf` is pure so that decision is tested without Kafka or Flink.
 */
import { span } from "../stream/offsets.js";
import type { PartitionRange, StreamSource } from "../stream/stream-source.js";
import type { CallOptions, ConsumedOffsets, StatementBackend } from "./statement-port.js";

export interface PartitionLag {
  readonly topic: string;
  readonly partition: number;
  /** Next offset the statement reads; absent when it consumed nothing there yet. */
  readonly consumed?: string;
  readonly high: string;
  /** Records between what was consumed (or the log start) and the high watermark. */
  readonly lag: bigint;
}

export interface StatementLag {
  readonly statement: string;
  readonly asOf?: Date;
  readonly total: bigint;
  readonly partitions: readonly PartitionLag[];
}

export function lagOf(consumed: ConsumedOffsets, watermarks: ReadonlyMap<string, readonly PartitionRange[]>): StatementLag {
  const partitions: PartitionLag[] = [];
  for (const [topic, ranges] of watermarks) {
    const offsets = consumed.topics.find((entry) => entry.topic === topic)?.partitions ?? [];
    for (const range of ranges) {
      const at = offsets.find((entry) => entry.partition === range.partition)?.offset;
      partitions.push({
        topic,
        partition: range.partition,
        ...(at === undefined ? {} : { consumed: at }),
        high: range.high,
        lag: span(at ?? range.low, range.high),
      });
    }
  }
  const total = partitions.reduce((sum, entry) => sum + entry.lag, 0n);
  return { statement: consumed.statement, ...(consumed.asOf ? { asOf: consumed.asOf } : {}), total, partitions };
}

/** Reads the statement's consumed offsets, then the watermarks of the topics it reads. */
export async function measureLag(
  backend: StatementBackend,
  source: StreamSource,
  name: string,
  topics: readonly string[],
  options: CallOptions = {},
): Promise<StatementLag> {
  // Offsets first: watermarks read afterwards can only be higher, so the lag is never understated.
  const consumed = await backend.consumedOffsets(name, options);
  const watermarks = new Map<string, PartitionRange[]>();
  for (const topic of topics) watermarks.set(topic, await source.watermarks(topic));
  return lagOf(consumed, watermarks);
}
