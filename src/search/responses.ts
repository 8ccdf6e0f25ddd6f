/**
 * Request bodies and response narrowing shared by both adapters. Elasticsearch and OpenSearch answer
 * these calls in the same JSON shape, so the narrowing (client types → plain data) lives once, here,
 * and reads `unknown` so no client type can leak out.
 */
import { describeEngineError } from "./engine-errors.js";
import type {
  AliasAction,
  AliasTarget,
  BulkDoc,
  BulkItemResult,
  BulkOptions,
  EngineCapabilities,
  EngineKind,
  SearchResult,
  TaskStatus,
} from "./engine.js";

type Json = Record<string, unknown>;

export function asObject(value: unknown): Json {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Json) : {};
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function asNumber(value: unknown): number {
  return typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : 0;
}

// ---------------------------------------------------------------- aliases

export function aliasActionsBody(actions: readonly AliasAction[]): Json[] {
  return actions.map((action) => {
    if ("add" in action) {
      const { index, alias, isWriteIndex } = action.add;
      return { add: { index, alias, ...(isWriteIndex === undefined ? {} : { is_write_index: isWriteIndex }) } };
    }
    if ("remove" in action) return { remove: { index: action.remove.index, alias: action.remove.alias } };
    return { remove_index: { index: action.removeIndex.index } };
  });
}

/** Aliases that show up in a resource name for error messages. */
export function aliasActionsResource(actions: readonly AliasAction[]): string {
  const names = new Set<string>();
  for (const action of actions) {
    if ("add" in action) names.add(action.add.alias);
    else if ("remove" in action) names.add(action.remove.alias);
    else names.add(action.removeIndex.index);
  }
  return [...names].join(",") || "(no actions)";
}

/**
 * `GET _alias/<names>` answers `{ <index>: { aliases: { <alias>: { is_write_index? } } } }`; when some
 * names are missing it answers 404 with the found ones beside `error` and `status` keys.
 */
export function aliasMap(body: unknown, wanted: readonly string[]): Map<string, AliasTarget[]> {
  const result = new Map<string, AliasTarget[]>();
  const want = new Set(wanted);
  for (const [index, entry] of Object.entries(asObject(body))) {
    for (const [alias, settings] of Object.entries(asObject(asObject(entry).aliases))) {
      if (!want.has(alias)) continue;
      const targets = result.get(alias) ?? [];
      targets.push({ index, isWriteIndex: asObject(settings).is_write_index === true });
      result.set(alias, targets);
    }
  }
  for (const targets of result.values()) targets.sort((a, b) => a.index.localeCompare(b.index));
  return result;
}

// ---------------------------------------------------------------- stats

/** Index plus delete operations on primaries, from `GET <index>/_stats/indexing` (summed over `_all`). */
export function writeOperationsOf(body: unknown): number {
  const indexing = asObject(asObject(asObject(asObject(body)._all).primaries).indexing);
  return asNumber(indexing.index_total) + asNumber(indexing.delete_total);
}

// ---------------------------------------------------------------- bulk

/**
 * The bulk request's action and source lines, as NDJSON lines the clients send unchanged; deletes
 * carry the version too (a versioned tombstone). A document's `sourceJson` is used as it is.
 */
export function bulkOperations(index: string, docs: readonly BulkDoc[], options: BulkOptions): string[] {
  const lines: string[] = [];
  const indexJson = JSON.stringify(index);
  for (const doc of docs) {
    let meta = `{"_index":${indexJson},"_id":${JSON.stringify(doc.id)}`;
    if (options.versionType !== "internal") {
      if (doc.version === undefined || !Number.isSafeInteger(doc.version)) {
        throw new Error(`document '${doc.id}' has no whole-number version, needed with ${options.versionType} versioning`);
      }
      meta += `,"version":${doc.version},"version_type":"${options.versionType}"`;
    }
    if (doc.source === undefined) lines.push(`{"delete":${meta}}}`);
    else lines.push(`{"index":${meta}}}`, doc.sourceJson ?? JSON.stringify(doc.source));
  }
  return lines;
}

/**
 * Only what bulkItemResults reads: the engine then skips serialising each item's shard and
 * sequence figures, which at tens of thousands of documents per second is a real share of the work.
 */
export const BULK_FILTER_PATH = "items.*._id,items.*.status,items.*.error";

export function bulkItemResults(body: unknown, docs: readonly BulkDoc[]): BulkItemResult[] {
  const items = asArray(asObject(body).items);
  if (items.length !== docs.length) {
    throw new Error(`the bulk answer has ${items.length} items for ${docs.length} documents`);
  }
  return items.map((raw, i) => {
    const item = asObject(Object.values(asObject(raw))[0]);
    const status = asNumber(item.status);
    const id = typeof item._id === "string" ? item._id : (docs[i]?.id ?? "");
    const error = item.error;
    if (error === undefined) {
      // A delete of an absent id answers 404 "not_found" without an error: the tombstone is written.
      return { id, ok: true, status, staleVersion: false, retryable: false };
    }
    const type = asObject(error).type;
    const staleVersion = status === 409 && type === "version_conflict_engine_exception";
    return {
      id,
      ok: false,
      status,
      staleVersion,
      retryable: !staleVersion && (status === 429 || status >= 500),
      error: describeEngineError(error),
    };
  });
}

// ---------------------------------------------------------------- search

export function searchResult(body: unknown): SearchResult {
  const response = asObject(body);
  const hits = asObject(response.hits);
  const total = hits.total;
  return {
    ids: asArray(hits.hits).map((hit) => String(asObject(hit)._id)),
    total: typeof total === "number" ? total : asNumber(asObject(total).value),
    tookMs: asNumber(response.took),
  };
}

export interface ScanPage {
  readonly docs: { id: string; source: Record<string, unknown> }[];
  /** The last hit's sort values, for the next page's search_after. */
  readonly after: unknown[] | undefined;
  /** Engines may hand back a new point-in-time id with each page. */
  readonly pitId: string | undefined;
}

export function scanPage(body: unknown): ScanPage {
  const response = asObject(body);
  const hits = asArray(asObject(response.hits).hits).map(asObject);
  const last = hits[hits.length - 1];
  return {
    docs: hits.map((hit) => ({ id: String(hit._id), source: { ...asObject(hit._source) } })),
    after: last && Array.isArray(last.sort) ? last.sort : undefined,
    pitId: typeof response.pit_id === "string" ? response.pit_id : undefined,
  };
}

// ---------------------------------------------------------------- tasks

/** Counts from `GET _tasks/<id>`, and every failure: bulk and search failures plus the task's own error. */
export function taskStatus(body: unknown): TaskStatus {
  const answer = asObject(body);
  const response = asObject(answer.response);
  const status = asObject(asObject(answer.task).status);
  const counts = answer.response === undefined ? status : response;
  const failures: string[] = [];
  for (const raw of asArray(response.failures)) {
    const failure = asObject(raw);
    const where = [failure.index, failure.id ?? failure.shard].filter((part) => part !== undefined && part !== null).join("/");
    const cause = failure.cause ?? failure.reason;
    failures.push(`${where ? `${where}: ` : ""}${describeEngineError(cause ?? failure)}`);
  }
  if (answer.error !== undefined) failures.push(describeEngineError(answer.error));
  return {
    completed: answer.completed === true,
    total: asNumber(counts.total),
    created: asNumber(counts.created),
    updated: asNumber(counts.updated),
    deleted: asNumber(counts.deleted),
    versionConflicts: asNumber(counts.version_conflicts),
    failures,
  };
}

// ---------------------------------------------------------------- capabilities

/** Point in time came with Elasticsearch 7.10 and OpenSearch 2.4. */
const PIT_SINCE: Record<EngineKind, [number, number]> = { elasticsearch: [7, 10], opensearch: [2, 4] };

/**
 * From `GET _nodes/plugins`: a feature counts only when every node has it, since a task or a script
 * may run on any of them.
 */
export function capabilitiesFromNodes(body: unknown, kind: EngineKind): EngineCapabilities {
  const nodes = Object.values(asObject(asObject(body).nodes)).map(asObject);
  const everyNodeHas = (name: string) =>
    nodes.length > 0 &&
    nodes.every((node) => [...asArray(node.modules), ...asArray(node.plugins)].some((entry) => asObject(entry).name === name));
  const versions = nodes.map((node) => String(node.version ?? "")).filter((version) => version !== "");
  const version = versions.sort(compareVersions)[0] ?? "unknown";
  const [major, minor] = version.split(".").map((part) => Number.parseInt(part, 10));
  const [sinceMajor, sinceMinor] = PIT_SINCE[kind];
  const pointInTime = major !== undefined && minor !== undefined && (major > sinceMajor || (major === sinceMajor && minor >= sinceMinor));
  return { reindex: everyNodeHas("reindex"), painless: everyNodeHas("lang-painless"), pointInTime, version };
}

function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.-]/).map((part) => Number.parseInt(part, 10) || 0);
  const pb = b.split(/[.-]/).map((part) => Number.parseInt(part, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** The major version of the first node in a `GET _nodes/_local` answer. */
export function nodeMajor(body: unknown): number {
  const node = asObject(Object.values(asObject(asObject(body).nodes))[0]);
  return Number.parseInt(String(node.version ?? ""), 10);
}
