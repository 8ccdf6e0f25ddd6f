/**
 * The end-detection of a bounded read, kept free of any client so that it can be tested alone.
 *
 * A partition's read is done when its *position* (the next offset the consumer would fetch) has
 * reached `to`, not when the record at `to - 1` was delivered: under read_committed the last
 * offsets below `to` may be transaction markers or aborted records, which the client reads but
 * never hands over, or may have been compacted away. The client reports the last offset it read
 * in every fetched batch (markers and aborted records included), so the position is that plus one.
 */
import { addOffset, compareOffsets, maxOffset, minOffset } from "./offsets.js";
import type { PartitionOffset, PartitionRange } from "./stream-source.js";

export interface Cursor {
  readonly partition: number;
  /** Next offset to read; never past `end`. */
  readonly next: string;
  /** Exclusive end of the range. */
  readonly end: string;
}

export function isDone(cursor: Cursor): boolean {
  return compareOffsets(cursor.next, cursor.end) >= 0;
}

function byPartition(offsets: readonly PartitionOffset[], what: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const { partition, offset } of offsets) {
    if (map.has(partition)) throw new RangeError(`${what} lists partition ${partition} twice`);
    compareOffsets(offset, "0"); // validates the string
    map.set(partition, offset);
  }
  return map;
}

/**
 * One cursor per partition of `to`, starting at `from`, or at the log start when `from` is below it
 * (those records are gone: retention or deleteRecords removed them, so nothing there can be read).
 * A partition whose start is at or after its end is done at once. `from` must cover every partition
 * of `to` and name no other.
 */
export function openCursors(
  from: readonly PartitionOffset[],
  to: readonly PartitionOffset[],
  logStart: readonly Pick<PartitionRange, "partition" | "low">[] = [],
): Cursor[] {
  const starts = byPartition(from, "from");
  const ends = byPartition(to, "to");
  for (const partition of starts.keys()) {
    if (!ends.has(partition)) throw new RangeError(`from names partition ${partition}, which to does not`);
  }
  const lows = new Map(logStart.map((range) => [range.partition, range.low]));
  return [...ends.entries()]
    .sort(([a], [b]) => a - b)
    .map(([partition, end]) => {
      const start = starts.get(partition);
      if (start === undefined) throw new RangeError(`from has no offset for partition ${partition}`);
      if (compareOffsets(start, "0") < 0) throw new RangeError(`from offset ${start} of partition ${partition} is negative`);
      const low = lows.get(partition);
      const clamped = low === undefined ? start : maxOffset(start, low);
      return { partition, next: minOffset(clamped, maxOffset(end, "0")), end };
    });
}

/**
 * The records of a fetched batch that belong to the range: from the cursor's position, below its
 * end. Records come in offset order, so only the edges are compared (this runs on every record).
 */
export function withinRange<T extends { readonly offset: string }>(cursor: Cursor, records: readonly T[]): T[] {
  let first = 0;
  while (first < records.length && compareOffsets((records[first] as T).offset, cursor.next) < 0) first++;
  let last = records.length;
  while (last > first && compareOffsets((records[last - 1] as T).offset, cursor.end) >= 0) last--;
  return records.slice(first, last);
}

/**
 * The cursor after the client read up to `lastOffsetRead` (a delivered record, a marker, an aborted
 * or filtered record: any offset the client consumed). Never moves back, never past the end.
 */
export function advance(cursor: Cursor, lastOffsetRead: string): Cursor {
  const next = minOffset(maxOffset(cursor.next, addOffset(lastOffsetRead, 1)), cursor.end);
  return next === cursor.next ? cursor : { ...cursor, next };
}

/**
 * The cursor after the log start moved to `low` while reading (records removed under the read): when
 * it is at or past the end, nothing of the range is left to read.
 */
export function skipToLogStart(cursor: Cursor, low: string): Cursor {
  return advance(cursor, addOffset(low, -1));
}

/** Splits `items` into runs of at most `size`. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`maxBatch must be a positive integer, got ${size}`);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function positions(cursors: Iterable<Cursor>): PartitionOffset[] {
  return [...cursors].map(({ partition, next }) => ({ partition, offset: next }));
}
