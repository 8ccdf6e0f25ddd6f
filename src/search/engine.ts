/**
 * One interface for Elasticsearch and OpenSearch, so the reindex phases (src/reindex/) never see a
 * client. Each engine is reached through its official client in its own adapter module; values
 * coming back are plain data, never client types.
 */

import { ExternalError } from "../errors.js";

export type EngineKind = "elasticsearch" | "opensearch";

/** What the node can do; the Elasticsearch test distribution here has no reindex or painless module. */
export interface EngineCapabilities {
  readonly reindex: boolean;
  readonly painless: boolean;
  readonly pointInTime: boolean;
  readonly version: string;
}

export interface AliasTarget {
  readonly index: string;
  readonly isWriteIndex: boolean;
}

/** One entry of an atomic `_aliases` call. */
export type AliasAction =
  | { readonly add: { readonly index: string; readonly alias: string; readonly isWriteIndex?: boolean } }
  | { readonly remove: { readonly index: string; readonly alias: string } }
  | { readonly removeIndex: { readonly index: string } };

export interface IndexInfo {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly docsCount: number;
  readonly createdAt: Date;
}

/** A document to write; `source` undefined means delete. */
export interface BulkDoc {
  readonly id: string;
  /** With external versioning: the source's version (e.g. updated_at in ms, or a sequence). */
  readonly version?: number;
  readonly source?: Readonly<Record<string, unknown>>;
  /**
   * `source` as one line of JSON when it is already at hand (a Kafka record's value): sent as it
   * is rather than serialised again, which at tens of thousands of documents per second is a real
   * share of the loader's work. Must not contain a line break.
   */
  readonly sourceJson?: string;
}

export interface BulkItemResult {
  readonly id: string;
  readonly ok: boolean;
  readonly status: number;
  /** A version conflict under external versioning: the index already holds a newer version, which is right. */
  readonly staleVersion: boolean;
  /** 429 and 5xx: worth retrying; mapping errors and the like are not. */
  readonly retryable: boolean;
  readonly error?: string;
}

export interface BulkOptions {
  readonly versionType: "external" | "external_gte" | "internal";
  readonly refresh?: boolean;
}

export interface SearchResult {
  readonly ids: readonly string[];
  readonly total: number;
  readonly tookMs: number;
}

export interface ReindexRequest {
  readonly source: string;
  readonly dest: string;
  readonly query?: Readonly<Record<string, unknown>>;
  readonly script?: { readonly source: string; readonly lang: string; readonly params?: Readonly<Record<string, unknown>> };
  readonly slices: number | "auto";
}

export interface TaskStatus {
  readonly completed: boolean;
  readonly total: number;
  readonly created: number;
  readonly updated: number;
  readonly deleted: number;
  readonly versionConflicts: number;
  /** Per-document failures and the task's own error, as text; checked even when completed is true. */
  readonly failures: readonly string[];
}

/** A stored state document with what optimistic concurrency needs. */
export interface StateDoc<T> {
  readonly value: T;
  readonly seqNo: number;
  readonly primaryTerm: number;
}

/** Another writer changed the state document first (a second run, or a lock taken meanwhile). */
export class StateConflictError extends Error {
  constructor(readonly id: string) {
    super(`the state document '${id}' was changed by someone else`);
    this.name = "StateConflictError";
  }
}

/** An engine call that failed, with the call and the resource named (`_aliases on read_x: ...`). */
export class EngineError extends ExternalError {
  constructor(
    readonly call: string,
    readonly resource: string,
    readonly status: number | undefined,
    message: string,
  ) {
    super(`${call} on ${resource}: ${message}`, "the search engine");
    this.name = "EngineError";
  }
}

export interface SearchEngine {
  readonly kind: EngineKind;
  capabilities(): Promise<EngineCapabilities>;
  /** alias name → the indices it points at; an alias that does not exist is absent from the map. */
  getAliases(aliases: readonly string[]): Promise<Map<string, AliasTarget[]>>;
  /** Concrete indices (not aliases) whose name matches `<base>_*` or equals `base`. */
  listIndices(base: string): Promise<IndexInfo[]>;
  exists(indexOrAlias: string): Promise<boolean>;
  createIndex(
    name: string,
    body: { mappings?: Readonly<Record<string, unknown>>; settings?: Readonly<Record<string, unknown>> },
  ): Promise<void>;
  getSettings(index: string): Promise<Record<string, unknown>>;
  putSettings(index: string, settings: Readonly<Record<string, unknown>>): Promise<void>;
  /** One atomic `_aliases` call: searches never see a moment without the alias. */
  updateAliases(actions: readonly AliasAction[]): Promise<void>;
  deleteIndex(name: string): Promise<void>;
  refresh(index: string): Promise<void>;
  /**
   * Index and delete operations on the index's primary shards since they started (`_stats/indexing`):
   * it grows with every write and goes back to 0 when a shard restarts or moves.
   */
  writeOperations(index: string): Promise<number>;
  count(index: string, query?: Readonly<Record<string, unknown>>): Promise<number>;
  bulk(index: string, docs: readonly BulkDoc[], options: BulkOptions): Promise<BulkItemResult[]>;
  search(index: string, body: Readonly<Record<string, unknown>>, size: number): Promise<SearchResult>;
  /** Every document of an index, in pages: a point in time with search_after, closed at the end. */
  scan(
    index: string,
    options: { batchSize: number; query?: Readonly<Record<string, unknown>> },
  ): AsyncIterable<{ id: string; source: Record<string, unknown> }[]>;
  /** `_reindex` with wait_for_completion=false; returns the task id. */
  startReindex(request: ReindexRequest): Promise<string>;
  getTask(taskId: string): Promise<TaskStatus>;
  /** State documents in cutover's own index, with optimistic concurrency (if_seq_no / if_primary_term). */
  readState<T>(id: string): Promise<StateDoc<T> | undefined>;
  /** `expected` "absent": create only; a StateDoc: only if unchanged since read. Throws StateConflictError. */
  writeState<T>(id: string, value: T, expected: "absent" | { seqNo: number; primaryTerm: number }): Promise<StateDoc<T>>;
  deleteState(id: string, expected: { seqNo: number; primaryTerm: number }): Promise<void>;
  close(): Promise<void>;
}
