/**
 * One document operation on one index, as a primary shard runs it: versioning (internal, external,
 * external_gte, where a deleted id's version is remembered for `index.gc_deletes`), the mapping
 * check, the sequence number, and the write counter that `_stats/indexing` reports (successful
 * index and delete operations; a version conflict or a mapping error is not one).
 */
import type { BulkOptions } from "../../../src/search/engine.js";
import type { Cluster, MemoryIndex, StoredDoc } from "./cluster.js";
import { answer, ClientError, type ErrorBody } from "./faults.js";
import { mapDocument } from "./mapping.js";

type Json = Record<string, unknown>;

export interface ItemOutcome {
  readonly status: number;
  readonly result?: "created" | "updated" | "deleted" | "not_found";
  readonly error?: ErrorBody;
  readonly doc?: StoredDoc;
}

export interface VersionRequest {
  readonly type: BulkOptions["versionType"];
  readonly version?: number;
}

function errorBody(error: unknown): ItemOutcome {
  if (error instanceof ClientError) {
    const body = error.meta.body as { error: ErrorBody } | undefined;
    return { status: error.meta.statusCode ?? 500, error: body?.error ?? { type: "exception", reason: error.message } };
  }
  throw error;
}

/** The conflict a versioned write meets, or undefined when it may go ahead. */
function conflict(id: string, request: VersionRequest, current: number | undefined): ErrorBody | undefined {
  if (request.type === "internal" || current === undefined || request.version === undefined) return undefined;
  const stale = request.type === "external" ? current >= request.version : current > request.version;
  if (!stale) return undefined;
  const relation = request.type === "external" ? "is higher or equal to" : "is higher than";
  return {
    type: "version_conflict_engine_exception",
    reason: `[${id}]: version conflict, current version [${current}] ${relation} the one provided [${request.version}]`,
  };
}

function currentVersion(cluster: Cluster, index: MemoryIndex, id: string): number | undefined {
  return index.docs.get(id)?.version ?? cluster.deletedVersion(index, id);
}

function nextVersion(request: VersionRequest, current: number | undefined): number {
  return request.type === "internal" || request.version === undefined ? (current ?? 0) + 1 : request.version;
}

export function indexDocument(cluster: Cluster, index: MemoryIndex, id: string, source: Json, request: VersionRequest): ItemOutcome {
  const current = currentVersion(cluster, index, id);
  const refused = conflict(id, request, current);
  if (refused) return { status: 409, error: refused };
  try {
    index.mapping = mapDocument(cluster.kind, index.mapping, id, source);
  } catch (error) {
    return errorBody(error);
  }
  const existed = index.docs.has(id);
  const doc: StoredDoc = { source, version: nextVersion(request, current), seqNo: index.nextSeqNo++, primaryTerm: 1 };
  index.docs.set(id, doc);
  index.deletes.delete(id);
  index.writeOps++;
  return { status: existed ? 200 : 201, result: existed ? "updated" : "created", doc };
}

export function deleteDocument(cluster: Cluster, index: MemoryIndex, id: string, request: VersionRequest): ItemOutcome {
  const current = currentVersion(cluster, index, id);
  const refused = conflict(id, request, current);
  if (refused) return { status: 409, error: refused };
  const existed = index.docs.delete(id);
  // the delete is remembered with its version even for an absent id: a stale write after it is refused
  index.deletes.set(id, { version: nextVersion(request, current), at: cluster.now() });
  index.nextSeqNo++;
  index.writeOps++;
  return existed ? { status: 200, result: "deleted" } : { status: 404, result: "not_found" };
}

/** Thrown for a state document write that lost the race: the adapters make it a StateConflictError. */
function seqNoConflict(id: string, expected: { seqNo: number; primaryTerm: number }, doc: StoredDoc | undefined): ClientError {
  const found = doc ? `. current document has seqNo [${doc.seqNo}] and primary term [${doc.primaryTerm}]` : " but no document was found";
  return answer(
    409,
    "version_conflict_engine_exception",
    `[${id}]: version conflict, required seqNo [${expected.seqNo}], primary term [${expected.primaryTerm}]${found}`,
  );
}

function throwIfFailed(outcome: ItemOutcome): StoredDoc {
  if (outcome.error) throw answer(outcome.status, outcome.error.type, outcome.error.reason);
  return outcome.doc as StoredDoc;
}

/** `op_type=create`: refused when the id exists. */
export function createDocument(cluster: Cluster, index: MemoryIndex, id: string, source: Json): StoredDoc {
  const doc = index.docs.get(id);
  if (doc)
    throw answer(
      409,
      "version_conflict_engine_exception",
      `[${id}]: version conflict, document already exists (current version [${doc.version}])`,
    );
  return throwIfFailed(indexDocument(cluster, index, id, source, { type: "internal" }));
}

/** `if_seq_no` / `if_primary_term`: refused unless the document is still the one read. */
export function replaceDocument(
  cluster: Cluster,
  index: MemoryIndex,
  id: string,
  source: Json,
  expected: { seqNo: number; primaryTerm: number },
): StoredDoc {
  const doc = index.docs.get(id);
  if (!doc || doc.seqNo !== expected.seqNo || doc.primaryTerm !== expected.primaryTerm) throw seqNoConflict(id, expected, doc);
  return throwIfFailed(indexDocument(cluster, index, id, source, { type: "internal" }));
}

export function deleteDocumentIf(cluster: Cluster, index: MemoryIndex, id: string, expected: { seqNo: number; primaryTerm: number }): void {
  const doc = index.docs.get(id);
  if (!doc || doc.seqNo !== expected.seqNo || doc.primaryTerm !== expected.primaryTerm) throw seqNoConflict(id, expected, doc);
  deleteDocument(cluster, index, id, { type: "internal" });
}
