/**
 * The search engine port in memory, for fast tests of what drives it (the es-reindex phases).
 *
 * Faithful where cutover depends on it, and checked against the real adapters by the same contract
 * suite (test/support/search-engine-contract.ts): `_aliases` all or nothing, write indices, external
 * and external_gte versions with deletes remembered for `index.gc_deletes`, searches that see only
 * refreshed writes, the write counter of `_stats/indexing`, state documents with `if_seq_no`, and
 * `_reindex` only where the profile has the module. Each request goes through the adapters' own
 * narrowing and error code (responses.ts, engine-errors.ts, request-retry.ts), so a phase sees
 * the same values and errors, with the same messages, as from a real node.
 *
 *   const engine = new MemorySearchEngine(ENGINE_PROFILES.elasticsearch);
 *   engine.inject({ call: "POST _aliases", fault: faults.error(500) });
 *   engine.aliasTable(); engine.documents("spent_20260101000000"); engine.calls;
 */
import { missingModuleError, settingsOf } from "../../../src/search/engine-common.js";
import type {
  AliasAction,
  AliasTarget,
  BulkDoc,
  BulkItemResult,
  BulkOptions,
  EngineCapabilities,
  EngineKind,
  IndexInfo,
  ReindexRequest,
  SearchEngine,
  SearchResult,
  StateDoc,
  TaskStatus,
} from "../../../src/search/engine.js";
import { engineErrorType, statusOf } from "../../../src/search/engine-errors.js";
import type { RetryPolicy } from "../../../src/search/request-retry.js";
import { aliasActionsResource, bulkItemResults, bulkOperations, searchResult, taskStatus } from "../../../src/search/responses.js";
import { STATE_INDEX, STATE_INDEX_BODY, stateFromGet, stateFromWrite, stateSource } from "../../../src/search/state-index.js";
import { runBulk } from "./bulk.js";
import { Cluster, type MemoryIndex } from "./cluster.js";
import { createDocument, deleteDocumentIf, replaceDocument } from "./documents.js";
import { answer, indexNotFound, type CallRecord, type FaultRule } from "./faults.js";
import { compileQuery, SEARCH_KEYS, sortHits, type Candidate, type Hit } from "./query.js";
import { ReindexTasks, type ScriptStandIn } from "./reindex-task.js";
import { nestedSettings, updatedSettings } from "./settings.js";
import { Requests } from "./requests.js";
import { scanPages } from "./scan.js";

type Json = Record<string, unknown>;

export interface EngineProfile {
  readonly kind: EngineKind;
  readonly capabilities: EngineCapabilities;
}

/** The stack's two nodes: Elastic's test distribution has no reindex or painless module; OpenSearch has both. */
export const ENGINE_PROFILES = {
  elasticsearch: { kind: "elasticsearch", capabilities: { reindex: false, painless: false, pointInTime: true, version: "8.19.3" } },
  opensearch: { kind: "opensearch", capabilities: { reindex: true, painless: true, pointInTime: true, version: "2.19.1" } },
} as const satisfies Record<EngineKind, EngineProfile>;

export interface MemoryEngineOptions {
  readonly kind: EngineKind;
  readonly capabilities: EngineCapabilities;
  /** The node's clock (creation dates, `index.gc_deletes`); Date.now by default. */
  readonly now?: () => number;
  /** JavaScript stand-ins for painless scripts, by their exact source text. */
  readonly scripts?: Readonly<Record<string, ScriptStandIn>>;
  /** Polls a reindex task answers "running" before it reports completed; 0 by default. */
  readonly taskPolls?: number;
  /** Searches refresh first unless `refresh_interval` is -1 (see Cluster.searchable); false: only explicit refreshes. */
  readonly refreshOnRead?: boolean;
  /** The adapters' back-off on 429/503: as many retries as theirs, with delays of a few milliseconds. */
  readonly retry?: RetryPolicy;
  /** The clients' own retries of connection errors and 502/503/504 (their `maxRetries`). */
  readonly clientRetries?: number;
}

const VERSION_CREATED: Record<EngineKind, string> = { elasticsearch: "8525000", opensearch: "136407827" };

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export class MemorySearchEngine implements SearchEngine {
  readonly kind: EngineKind;
  private readonly cluster: Cluster;
  private readonly requests: Requests;
  private readonly tasks: ReindexTasks;
  private readonly scripts: ReadonlyMap<string, ScriptStandIn>;
  private capabilitiesPromise: Promise<EngineCapabilities> | undefined;
  private stateIndexPromise: Promise<void> | undefined;

  constructor(private readonly options: MemoryEngineOptions) {
    this.kind = options.kind;
    this.cluster = new Cluster(options.kind, options.now ?? Date.now, VERSION_CREATED[options.kind], options.refreshOnRead ?? true);
    this.tasks = new ReindexTasks(`memory-${options.kind}`);
    this.scripts = new Map(Object.entries(options.scripts ?? {}));
    this.requests = new Requests(options.retry ?? { retries: 4, baseMs: 1, maxMs: 4 }, options.clientRetries ?? 3);
  }

  private call<T>(call: string, resource: string, run: () => T, stateId?: string): Promise<T> {
    return this.requests.call(call, resource, run, stateId);
  }

  // ------------------------------------------------------------ faults and what is inside

  /** Fails matching requests (see FaultRule); rules are tried in the order added. */
  inject(rule: FaultRule): this {
    this.requests.faults.add(rule);
    return this;
  }

  clearFaults(): void {
    this.requests.faults.clear();
  }

  /** Called before each request (retries included), before any fault: e.g. to abort a run at a given call. */
  onCall(listener: (call: CallRecord) => void): () => void {
    this.requests.listeners.add(listener);
    return () => this.requests.listeners.delete(listener);
  }

  /** Every request so far, retries included. */
  get calls(): readonly CallRecord[] {
    return this.requests.log;
  }

  /** Every document of an index as a realtime GET sees it (refreshed or not). */
  documents(index: string): Map<string, Json> {
    const found = this.cluster.get(index);
    if (!found) throw new Error(`no index ${index}`);
    return new Map([...found.docs].map(([id, doc]) => [id, clone(doc.source)]));
  }

  /** alias → its indices, sorted, for every alias there is. */
  aliasTable(): Record<string, AliasTarget[]> {
    return this.cluster.aliasTable();
  }

  indexNames(): string[] {
    return [...this.cluster.indices.keys()].sort();
  }

  /** Points in time still open on an index (a scan that never closed its own leaves one). */
  openContexts(index: string): number {
    return this.cluster.get(index)?.openContexts ?? 0;
  }

  /** All the engine holds that a client could observe, as plain data: equal before and after a dry run. */
  contents(): Json {
    return clone({ ...this.cluster.contents(), tasks: [...this.tasks.snapshot().tasks] });
  }

  /** Everything, to put back with `restore` (the call log and faults excepted). */
  snapshot(): { readonly indices: Map<string, MemoryIndex>; readonly tasks: ReturnType<ReindexTasks["snapshot"]> } {
    return { indices: structuredClone(this.cluster.indices), tasks: this.tasks.snapshot() };
  }

  restore(saved: ReturnType<MemorySearchEngine["snapshot"]>): void {
    this.cluster.indices = structuredClone(saved.indices);
    this.tasks.restore(saved.tasks);
  }

  /** A primary shard restarted or moved: its `_stats/indexing` counter starts again from 0. */
  restartShards(index: string): void {
    const found = this.cluster.get(index);
    if (found) found.writeOps = 0;
  }

  /** A node restart: reindex tasks and their stored results are gone. */
  forgetTasks(): void {
    this.tasks.forget();
  }

  // ------------------------------------------------------------ the port

  capabilities(): Promise<EngineCapabilities> {
    this.capabilitiesPromise ??= this.call("GET _nodes/plugins", `memory-${this.kind}`, () => ({ ...this.options.capabilities })).catch(
      (error: unknown) => {
        this.capabilitiesPromise = undefined;
        throw error;
      },
    );
    return this.capabilitiesPromise;
  }

  async getAliases(aliases: readonly string[]): Promise<Map<string, AliasTarget[]>> {
    if (aliases.length === 0) return new Map();
    return this.call("GET _alias", aliases.join(","), () => {
      const table = this.aliasTable();
      return new Map(aliases.filter((alias) => table[alias]).map((alias) => [alias, table[alias] as AliasTarget[]]));
    });
  }

  async listIndices(base: string): Promise<IndexInfo[]> {
    const infos = await this.call("GET <index>", `${base},${base}_*`, () =>
      [...this.cluster.indices.values()]
        .filter((index) => index.name === base || (index.name.startsWith(`${base}_`) && index.settings.get("index.hidden") !== "true"))
        .map((index) => ({ name: index.name, aliases: [...index.aliases.keys()].sort(), createdAt: new Date(index.createdAt) }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    );
    return Promise.all(infos.map(async (info) => ({ ...info, docsCount: await this.count(info.name) })));
  }

  exists(indexOrAlias: string): Promise<boolean> {
    return this.call("HEAD", indexOrAlias, () => this.cluster.get(indexOrAlias) !== undefined || this.cluster.isAlias(indexOrAlias));
  }

  async createIndex(name: string, body: { mappings?: Readonly<Json>; settings?: Readonly<Json> }): Promise<void> {
    await this.call("PUT index", name, () => void this.cluster.createIndex(name, clone(body)));
  }

  getSettings(index: string): Promise<Json> {
    return this.call("GET _settings", index, () => {
      const body = Object.fromEntries(
        this.cluster.resolve(index).map((found) => [found.name, { settings: nestedSettings(found.settings) }]),
      );
      return settingsOf(body, index);
    });
  }

  async putSettings(index: string, settings: Readonly<Json>): Promise<void> {
    await this.call("PUT _settings", index, () => {
      const targets = this.cluster.resolve(index);
      const updated = targets.map((target) => updatedSettings(target.name, target.uuid, target.settings, clone(settings)));
      targets.forEach((target, i) => (target.settings = updated[i] ?? target.settings));
    });
  }

  async updateAliases(actions: readonly AliasAction[]): Promise<void> {
    await this.call("POST _aliases", aliasActionsResource(actions), () => this.cluster.updateAliases(clone(actions)));
  }

  async deleteIndex(name: string): Promise<void> {
    await this.call("DELETE index", name, () => {
      try {
        this.cluster.deleteIndex(name);
      } catch (error) {
        // the adapters ignore a 404: absent already is done
        if (statusOf(error) !== 404) throw error;
      }
    });
  }

  async refresh(index: string): Promise<void> {
    await this.call("POST _refresh", index, () => this.cluster.resolve(index).forEach((found) => this.cluster.refresh(found)));
  }

  writeOperations(index: string): Promise<number> {
    return this.call("GET _stats/indexing", index, () => this.cluster.resolve(index).reduce((sum, found) => sum + found.writeOps, 0));
  }

  count(index: string, query?: Readonly<Json>): Promise<number> {
    return this.call("GET _count", index, () => this.hits(index, query).length);
  }

  async bulk(index: string, docs: readonly BulkDoc[], options: BulkOptions): Promise<BulkItemResult[]> {
    if (docs.length === 0) return [];
    const operations = bulkOperations(index, docs, options);
    const body = await this.call("POST _bulk", index, () => runBulk(this.cluster, operations, options.refresh === true));
    return bulkItemResults(body, docs);
  }

  search(index: string, body: Readonly<Json>, size: number): Promise<SearchResult> {
    return this.call("POST _search", index, () => {
      const unknown = Object.keys(body).find((key) => !SEARCH_KEYS.has(key));
      if (unknown) throw answer(400, "parsing_exception", `Unknown key for a START_OBJECT in [${unknown}].`);
      const targets = this.cluster.resolve(index);
      const hits = sortHits(
        this.hits(index, body.query),
        body.sort,
        targets.map((t) => t.mapping),
      );
      const from = typeof body.from === "number" ? body.from : 0;
      return searchResult({
        took: 0,
        hits: {
          total: { value: hits.length, relation: "eq" },
          hits: hits.slice(from, from + size).map((hit) => ({ _index: hit.index, _id: hit.id })),
        },
      });
    });
  }

  /** The searchable documents of `index` matching `query`, with their scores, in index order. */
  private hits(index: string, query: unknown): Hit[] {
    const matcher = compileQuery(query);
    const hits: Hit[] = [];
    this.cluster.resolve(index).forEach((found, indexOrder) => {
      for (const [id, doc] of this.cluster.searchable(found)) {
        const candidate: Candidate = { id, index: found.name, source: doc.source, mapping: found.mapping, position: doc.seqNo, indexOrder };
        const score = matcher(candidate);
        if (score !== undefined) hits.push({ ...candidate, score });
      }
    });
    return hits;
  }

  scan(index: string, options: { batchSize: number; query?: Readonly<Json> }): AsyncIterable<{ id: string; source: Json }[]> {
    return scanPages(this.cluster, this.kind, index, options, (call, resource, run) => this.call(call, resource, run));
  }

  async startReindex(request: ReindexRequest): Promise<string> {
    const resource = `${request.source} → ${request.dest}`;
    const missing = missingModuleError(
      await this.capabilities(),
      request,
      resource,
      this.kind === "elasticsearch" ? "Elasticsearch" : "OpenSearch",
    );
    if (missing) throw missing;
    return this.call("POST _reindex", resource, () =>
      this.tasks.start(this.cluster, clone(request), this.scripts, this.options.taskPolls ?? 0),
    );
  }

  getTask(taskId: string): Promise<TaskStatus> {
    return this.call("GET _tasks", taskId, () => taskStatus(this.tasks.answer(taskId)));
  }

  readState<T>(id: string): Promise<StateDoc<T> | undefined> {
    return this.call("GET _doc", `${STATE_INDEX}/${id}`, () => {
      const doc = this.cluster.get(STATE_INDEX)?.docs.get(id);
      return stateFromGet<T>(
        doc ? { found: true, _source: clone(doc.source), _seq_no: doc.seqNo, _primary_term: doc.primaryTerm } : { found: false },
      );
    });
  }

  async writeState<T>(id: string, value: T, expected: "absent" | { seqNo: number; primaryTerm: number }): Promise<StateDoc<T>> {
    await this.ensureStateIndex();
    const source = clone(stateSource(value));
    const doc = await this.call(
      "PUT _doc",
      `${STATE_INDEX}/${id}`,
      () => {
        const index = this.cluster.get(STATE_INDEX);
        if (!index) throw indexNotFound(STATE_INDEX);
        return expected === "absent"
          ? createDocument(this.cluster, index, id, source)
          : replaceDocument(this.cluster, index, id, source, expected);
      },
      id,
    );
    return stateFromWrite(value, { _seq_no: doc.seqNo, _primary_term: doc.primaryTerm });
  }

  async deleteState(id: string, expected: { seqNo: number; primaryTerm: number }): Promise<void> {
    await this.call(
      "DELETE _doc",
      `${STATE_INDEX}/${id}`,
      () => {
        const index = this.cluster.get(STATE_INDEX);
        if (!index) throw indexNotFound(STATE_INDEX);
        deleteDocumentIf(this.cluster, index, id, expected);
      },
      id,
    );
  }

  /** As the adapters: made once per engine object, with the state index's own body. */
  private ensureStateIndex(): Promise<void> {
    this.stateIndexPromise ??= this.call("PUT index", STATE_INDEX, () => {
      try {
        this.cluster.createIndex(STATE_INDEX, clone(STATE_INDEX_BODY));
      } catch (error) {
        if (engineErrorType(error) !== "resource_already_exists_exception") throw error;
      }
    }).catch((error: unknown) => {
      this.stateIndexPromise = undefined;
      throw error;
    });
    return this.stateIndexPromise;
  }

  async close(): Promise<void> {
    this.requests.log.push({ call: "close", resource: `memory-${this.kind}`, outcome: "ok" });
  }
}
