/**
 * Deletes that outlive `index.gc_deletes`.
 *
 * An engine remembers a deleted id's version for only `index.gc_deletes` (60 s by default); after
 * that, a stale full-dump record for the id is accepted again and the document comes back. While
 * stale records can still arrive (full load and catch-up), a delete is therefore written as a small
 * tombstone document carrying the delete's version: it exists, so its version rejects every older
 * record for as long as it stays. After catch-up, `purgeTombstones` removes them.
 */
import type { BulkDoc, SearchEngine } from "../search/engine.js";
import { createBulkWriter } from "../search/bulk-writer.js";

export const TOMBSTONE_FIELD = "cutover_tombstone";
/** The tombstone's own version, so the purge deletes it only while nothing newer replaced it. */
export const TOMBSTONE_VERSION_FIELD = "cutover_tombstone_version";

/** Merged into the new index's mappings by the create phase (a `dynamic: strict` mapping needs them). */
export function tombstoneMappings(): Record<string, unknown> {
  return {
    properties: {
      [TOMBSTONE_FIELD]: { type: "boolean" },
      [TOMBSTONE_VERSION_FIELD]: { type: "long", index: false },
    },
  };
}

/** The tombstone written in place of a delete of `id` at `version`. */
export function tombstoneDoc(id: string, version: number): BulkDoc {
  return { id, version, source: { [TOMBSTONE_FIELD]: true, [TOMBSTONE_VERSION_FIELD]: version } };
}

export function isTombstone(doc: BulkDoc): boolean {
  return doc.source?.[TOMBSTONE_FIELD] === true;
}

const PAGE = 5000;

/**
 * Deletes every tombstone of `index`; returns how many. Each delete carries the tombstone's version
 * (external_gte): a tombstone that a newer write replaced since the scan is left alone. Throws when a
 * tombstone cannot be deleted, naming it.
 */
export async function purgeTombstones(engine: SearchEngine, index: string, signal: AbortSignal): Promise<number> {
  // Loads run with refresh off: tombstones written since the last refresh are not searchable yet.
  await engine.refresh(index);
  const writer = createBulkWriter({
    engine,
    index,
    versionType: "external_gte",
    concurrency: 2,
    maxBatchDocs: PAGE,
    maxBatchBytes: 5 * 1024 * 1024,
    maxRetries: 5,
    backoffMs: 200,
    signal,
  });
  const unversioned: string[] = [];
  const query = { term: { [TOMBSTONE_FIELD]: true } };
  for await (const page of engine.scan(index, { batchSize: PAGE, query })) {
    if (signal.aborted) throw signal.reason instanceof Error ? signal.reason : new Error("tombstone purge aborted");
    const docs: BulkDoc[] = [];
    for (const { id, source } of page) {
      const version = source[TOMBSTONE_VERSION_FIELD];
      // cutover writes every tombstone with its version; one without was not written by cutover.
      if (typeof version === "number" && Number.isSafeInteger(version)) docs.push({ id, version });
      else unversioned.push(id);
    }
    await writer.write(docs);
  }
  const summary = await writer.flush();
  const failed = [...summary.failed, ...unversioned.map((id) => ({ id, reason: `no ${TOMBSTONE_VERSION_FIELD}` }))];
  if (failed.length > 0) {
    const shown = failed.slice(0, 5).map((f) => `${f.id} (${f.reason})`);
    throw new Error(
      `${failed.length} tombstone(s) of ${index} could not be deleted: ${shown.join(", ")}${failed.length > 5 ? ", ..." : ""}`,
    );
  }
  await engine.refresh(index);
  return summary.deleted;
}
