/**
 * A topic range → index writes: the load from the full topic, catch-up and follow from the
 * incremental one.
 *
 * Ordering: every write carries the source's version with `external_gte`, so the index keeps the
 * highest version whatever order requests land in (bulk requests run concurrently, and catch-up
 * replays records the full dump already holds). `_gte` rather than strict `external`: a replay of
 * the same record after a resume is then an ordinary success, and of two records with the same
 * version the later one in the topic wins, as it should (a delete that did not bump the version).
 *
 * Checkpoints: records go to a bulk writer per segment; when `checkpointEveryMs` has passed, the
 * segment is sealed at the read position and flushed in the background while the next one fills,
 * and its position is reported once everything below it was written. A rerun from a checkpoint
 * re-applies some records, which external versioning makes harmless. No checkpoint moves past a
 * record that failed or was invalid, so a rerun meets it again instead of skipping it.
 */
import type { BulkDoc, SearchEngine } from "../search/engine.js";
import { createBulkWriter, type BulkSummary, type BulkWriter } from "../search/bulk-writer.js";
import { span } from "../stream/offsets.js";
import type { PartitionOffset, StreamRecord, StreamSource } from "../stream/stream-source.js";
import { decodeRecord, type DecoderConfig } from "./document-decoder.js";
import { progressLine } from "./load-progress.js";
import { isTombstone, tombstoneDoc } from "./tombstones.js";

export interface FeedCheckpoint {
  /** Per partition, where a rerun starts: every record below was written. */
  readonly next: PartitionOffset[];
  readonly records: number;
  readonly indexed: number;
  readonly deleted: number;
  readonly stale: number;
}

export interface FeedOptions {
  readonly stream: StreamSource;
  readonly engine: SearchEngine;
  readonly index: string;
  readonly topic: string;
  readonly from: PartitionOffset[];
  readonly to: PartitionOffset[];
  readonly decoder: DecoderConfig;
  /** "tombstone" while stale records can still arrive (load, catch-up); "delete" afterwards. */
  readonly deletes: "tombstone" | "delete";
  /** Documents per bulk request. */
  readonly batchSize: number;
  /** Bulk requests in flight. */
  readonly concurrency: number;
  readonly signal: AbortSignal;
  readonly checkpointEveryMs: number;
  readonly onCheckpoint: (c: FeedCheckpoint) => Promise<void>;
  readonly onProgress?: (line: string) => void;
  /** Default 10 s. */
  readonly progressEveryMs?: number;
  /** What progress lines call the work; default the topic. */
  readonly progressLabel?: string;
  /** Bytes per bulk request; default 5 MiB. */
  readonly maxBatchBytes?: number;
}

export interface FeedResult extends FeedCheckpoint {
  readonly durationMs: number;
  readonly invalid: { partition: number; offset: string; reason: string }[];
  readonly failed: { id: string; reason: string }[];
  /** Set when the feed stopped before `to` because too many records failed or were invalid. */
  readonly stoppedEarly?: string;
}

/** Past this many failed plus invalid records the read stops: the phase fails anyway. */
export const MAX_REPORTED_PROBLEMS = 1000;
/** Records per handler call; the writer cuts requests by `batchSize` and bytes. */
const READ_BATCH = 5000;
const DEFAULT_BATCH_BYTES = 5 * 1024 * 1024;

interface Counts {
  records: number;
  indexed: number;
  deleted: number;
  stale: number;
}

/** The records between two checkpoints, written by their own writer. */
interface Segment {
  readonly writer: BulkWriter;
  /** Tombstones the engine accepted: the writer counts them as indexed documents. */
  readonly accepted: { tombstones: number };
  records: number;
  invalid: number;
}

class StopRead extends Error {}

export async function feedTopicRange(options: FeedOptions): Promise<FeedResult> {
  const started = Date.now();
  const { signal } = options;
  const total = Number(sumSpans(options.from, options.to));
  const invalid: FeedResult["invalid"] = [];
  const failed: FeedResult["failed"] = [];
  const done: Counts = { records: 0, indexed: 0, deleted: 0, stale: 0 };
  let safeNext: PartitionOffset[] = [...options.from];
  let blocked = false; // a failed or invalid record lies at or below the current segment
  let stoppedEarly: string | undefined;
  const inFlight = new Set<Promise<unknown>>();

  const problems = () => invalid.length + failed.length;
  const newSegment = (): Segment => {
    const accepted = { tombstones: 0 };
    // Counts tombstones apart from documents, and tracks requests so that no write outlives the feed.
    const bulk: SearchEngine["bulk"] = (index, docs, bulkOptions) => {
      const request = options.engine.bulk(index, docs, bulkOptions).then((results) => {
        results.forEach((result, i) => {
          const doc = docs[i];
          if (result.ok && doc && isTombstone(doc)) accepted.tombstones++;
        });
        return results;
      });
      inFlight.add(request);
      return request.finally(() => inFlight.delete(request));
    };
    const writer = createBulkWriter({
      engine: { bulk },
      index: options.index,
      versionType: "external_gte",
      concurrency: options.concurrency,
      maxBatchDocs: options.batchSize,
      maxBatchBytes: options.maxBatchBytes ?? DEFAULT_BATCH_BYTES,
      signal,
      onFailure: (failure) => {
        if (failed.length < MAX_REPORTED_PROBLEMS) failed.push(failure);
      },
    });
    return { writer, accepted, records: 0, invalid: 0 };
  };

  let segment = newSegment();
  let lastSealAt = Date.now();
  // Sealed segments flush one after another, in order, so checkpoints only move forward.
  let chain: Promise<void> = Promise.resolve();
  let chainError: { reason: unknown } | undefined;
  const throwIfChainFailed = () => {
    if (chainError) throw chainError.reason;
  };

  const settle = async (sealed: Segment, next: PartitionOffset[] | undefined): Promise<void> => {
    const summary = await sealed.writer.flush();
    add(done, sealed, summary);
    if (summary.failed.length > 0 || sealed.invalid > 0) blocked = true;
    if (blocked || next === undefined) return;
    safeNext = next;
    await options.onCheckpoint({ next, ...done });
  };

  let position: PartitionOffset[] = [...options.from];
  const report = () =>
    options.onProgress?.(
      progressLine({
        what: options.progressLabel ?? options.topic,
        done: Number(sumSpans(options.from, position)),
        total,
        elapsedMs: Date.now() - started,
      }),
    );
  const progressTimer = options.onProgress ? setInterval(report, options.progressEveryMs ?? 10_000) : undefined;

  const handler = async (records: readonly StreamRecord[], progress: { next: readonly PartitionOffset[] }) => {
    throwIfChainFailed();
    const docs = new Map<string, BulkDoc>();
    for (const record of records) {
      const decoded = decodeRecord(record, options.decoder);
      if (decoded.kind === "invalid") {
        segment.invalid++;
        if (invalid.length < MAX_REPORTED_PROBLEMS)
          invalid.push({ partition: decoded.partition, offset: decoded.offset, reason: decoded.reason });
        continue;
      }
      const doc =
        decoded.kind === "write" || options.deletes === "delete" ? decoded.doc : tombstoneDoc(decoded.doc.id, decoded.doc.version ?? 0);
      // One write per id and call: the highest version, the later record on a tie (topic order).
      const earlier = docs.get(doc.id);
      if (earlier === undefined || (earlier.version ?? 0) <= (doc.version ?? 0)) {
        docs.delete(doc.id); // re-inserted at the end: Map order is the order of the last record
        docs.set(doc.id, doc);
      }
    }
    segment.records += records.length;
    await segment.writer.write([...docs.values()]);
    position = [...progress.next];

    if (problems() >= MAX_REPORTED_PROBLEMS) {
      stoppedEarly = `stopped after ${MAX_REPORTED_PROBLEMS} failed or invalid records`;
      throw new StopRead();
    }
    if (Date.now() - lastSealAt >= options.checkpointEveryMs) {
      // At most one segment flushes while the next fills: memory and requests stay bounded.
      await chain;
      throwIfChainFailed();
      const sealed = segment;
      const at = position;
      segment = newSegment();
      lastSealAt = Date.now();
      chain = settle(sealed, at).catch((reason: unknown) => {
        chainError ??= { reason };
      });
    }
  };

  try {
    try {
      await options.stream.readRange(options.topic, options.from, options.to, handler, { signal, maxBatch: READ_BATCH });
    } catch (error) {
      if (!(error instanceof StopRead)) throw error;
    }
    await chain;
    throwIfChainFailed();
    // The read reached `to` on every partition unless it stopped early.
    await settle(segment, stoppedEarly === undefined ? [...options.to] : undefined);
    if (stoppedEarly === undefined) position = [...options.to];
    report();
    return {
      next: safeNext,
      ...done,
      durationMs: Date.now() - started,
      invalid,
      failed,
      ...(stoppedEarly === undefined ? {} : { stoppedEarly }),
    };
  } finally {
    if (progressTimer) clearInterval(progressTimer);
    // On an abort or an error, requests already sent finish before the caller hears of it.
    await Promise.allSettled([chain, ...inFlight]);
  }
}

function add(counts: Counts, segment: Segment, summary: BulkSummary): void {
  counts.records += segment.records;
  counts.indexed += summary.indexed - segment.accepted.tombstones;
  counts.deleted += summary.deleted + segment.accepted.tombstones;
  counts.stale += summary.stale;
}

/** Offsets between `from` and `at`, over the partitions of `at` (a partition missing from `from` counts from 0). */
function sumSpans(from: readonly PartitionOffset[], at: readonly PartitionOffset[]): bigint {
  const start = new Map(from.map((p) => [p.partition, p.offset]));
  return at.reduce((sum, p) => sum + span(start.get(p.partition) ?? "0", p.offset), 0n);
}
