/**
 * Before a rollback after the write switch moves the aliases back, blue must hold what the
 * application has written to green since. How that is known depends on the build:
 *
 * - Kafka-fed: the incremental topic has every change. Blue is caught up from where follow (or the
 *   switch) left it to the application's consumer group's committed offsets (without a group, the
 *   end offsets), the aliases move, then a last pass applies what arrived meanwhile. Records the
 *   topic's retention has deleted since blue's position cannot be applied: blue is then behind.
 * - Index-fed: there is no change stream. Green's write counter was taken at the switch; any write
 *   since is one blue lacks, and cannot be brought over.
 *
 * Pure: the phase reads the positions and counters and acts on the verdict.
 */
import { compareOffsets, span } from "../stream/offsets.js";
import type { PartitionOffset, PartitionRange } from "../stream/stream-source.js";
import { compareSourceWrites } from "./source-writes.js";

export type BlueCurrency =
  /** Nothing was written to green since the switch (or the build never switched writes). */
  | { readonly kind: "current" }
  /** Blue can be brought up to date from the topic. */
  | { readonly kind: "catch-up" }
  /** Blue cannot be brought up to date; `behind` says by how much, in words. */
  | { readonly kind: "behind"; readonly behind: string };

/** Records the topic no longer holds between blue's position and the log start, per partition. */
export function lostRecords(position: readonly PartitionOffset[], ranges: readonly PartitionRange[]): number {
  const at = new Map(position.map((p) => [p.partition, p.offset]));
  let lost = 0n;
  for (const range of ranges) {
    const from = at.get(range.partition);
    if (from !== undefined && compareOffsets(from, range.low) < 0) lost += span(from, range.low);
  }
  return Number(lost);
}

export function kafkaBlueCurrency(position: readonly PartitionOffset[], ranges: readonly PartitionRange[]): BlueCurrency {
  const lost = lostRecords(position, ranges);
  if (lost > 0)
    return {
      kind: "behind",
      behind: `${lost} record(s) of the incremental topic after blue's position were deleted by the topic's retention before blue got them`,
    };
  return { kind: "catch-up" };
}

export function indexBlueCurrency(green: string, atSwitch: number | undefined, now: number, switchedAt: string): BlueCurrency {
  const found = compareSourceWrites(atSwitch, now);
  switch (found.kind) {
    case "unchanged":
      return { kind: "current" };
    case "written":
      return {
        kind: "behind",
        behind: `${green} took ${found.operations} write(s) since the write switch at ${switchedAt}, and an index-fed build has no change stream to bring them to blue`,
      };
    case "reset":
      return {
        kind: "behind",
        behind: `cannot tell how many writes ${green} took since the write switch at ${switchedAt} (its write counter went back: a shard restarted or moved)`,
      };
    case "not-recorded":
      return {
        kind: "behind",
        behind: `cannot tell how many writes ${green} took since the write switch at ${switchedAt} (the switch recorded no write counter)`,
      };
  }
}
