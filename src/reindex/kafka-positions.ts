/** Offsets arithmetic for the Kafka-fed phases (pure). */
import type { SearchIndexConfig } from "../config/schema/index.js";
import { compareOffsets, maxOffset, span } from "../stream/offsets.js";
import type { PartitionOffset, PartitionRange } from "../stream/stream-source.js";

type KafkaSourceConfig = Extract<SearchIndexConfig["source"], { type: "kafka" }>;

export function highs(ranges: readonly PartitionRange[]): PartitionOffset[] {
  return ranges.map((r) => ({ partition: r.partition, offset: r.high })).sort((a, b) => a.partition - b.partition);
}

export function lows(ranges: readonly PartitionRange[]): PartitionOffset[] {
  return ranges.map((r) => ({ partition: r.partition, offset: r.low })).sort((a, b) => a.partition - b.partition);
}

/** Records between `position` and `to`, summed over partitions (a partition missing from `position` counts from its low). */
export function lagOf(position: readonly PartitionOffset[], to: readonly PartitionRange[] | readonly PartitionOffset[]): number {
  const at = new Map(position.map((p) => [p.partition, p.offset]));
  let lag = 0n;
  for (const entry of to) {
    const end = "high" in entry ? entry.high : entry.offset;
    const low = "low" in entry ? entry.low : "0";
    const from = at.get(entry.partition) ?? low;
    if (compareOffsets(end, from) > 0) lag += span(from, end);
  }
  return Number(lag);
}

/** Per partition, the later of the two; partitions in only one side keep their offset. */
export function laterOf(a: readonly PartitionOffset[], b: readonly PartitionOffset[]): PartitionOffset[] {
  const merged = new Map(a.map((p) => [p.partition, p.offset]));
  for (const p of b) merged.set(p.partition, merged.has(p.partition) ? maxOffset(merged.get(p.partition) as string, p.offset) : p.offset);
  return [...merged].map(([partition, offset]) => ({ partition, offset })).sort((x, y) => x.partition - y.partition);
}

/**
 * `position` completed with every partition of the topic: a partition it does not name starts at
 * its low watermark (a partition added since, or never read).
 */
export function covering(position: readonly PartitionOffset[], ranges: readonly PartitionRange[]): PartitionOffset[] {
  const at = new Map(position.map((p) => [p.partition, p.offset]));
  return ranges.map((r) => ({ partition: r.partition, offset: at.get(r.partition) ?? r.low })).sort((a, b) => a.partition - b.partition);
}

/** Where catch-up starts, as configured: a time to look offsets up at, or explicit offsets. */
export type CatchUpStart =
  { readonly kind: "timestamp"; readonly ms: number } | { readonly kind: "offsets"; readonly offsets: PartitionOffset[] };

export function catchUpStart(source: KafkaSourceConfig, loadStartedAt: string | undefined, now: Date): CatchUpStart {
  const from = source.catchUp.from;
  if (from === "load-start") {
    const started = loadStartedAt ? Date.parse(loadStartedAt) : now.getTime();
    return { kind: "timestamp", ms: started - source.catchUp.rewind };
  }
  if ("timestamp" in from) return { kind: "timestamp", ms: Date.parse(from.timestamp) };
  return {
    kind: "offsets",
    offsets: Object.entries(from.offsets)
      .map(([partition, offset]) => ({ partition: Number(partition), offset }))
      .sort((a, b) => a.partition - b.partition),
  };
}

export function describeOffsets(offsets: readonly PartitionOffset[]): string {
  return offsets.map((o) => `${o.partition}:${o.offset}`).join(", ") || "(no partitions)";
}
