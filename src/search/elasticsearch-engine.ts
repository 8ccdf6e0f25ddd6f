/**
 * The search engine port on Elasticsearch, through the official 9.x client. The client is made on
 * first use: it asks the node its version first, because client 9.x sends `compatible-with=9` and an
 * 8.x server rejects that unless told `compatible-with=8`.
 */
import { Client, type estypes } from "@elastic/elasticsearch";

import { engineErrorType, statusOf, toEngineError } from "./engine-errors.js";
import {
  EngineError,
  StateConflictError,
  type AliasAction,
  type AliasTarget,
  type BulkDoc,
  type BulkItemResult,
  type BulkOptions,
  type EngineCapabilities,
  type IndexInfo,
  type ReindexRequest,
  type SearchEngine,
  type SearchResult,
  type StateDoc,
  type TaskStatus,
} from "./engine.js";
import { withRequestRetry } from "./request-retry.js";
import {
  aliasActionsBody,
  aliasActionsResource,
  aliasMap,
  BULK_FILTER_PATH,
  bulkItemResults,
  writeOperationsOf,
  bulkOperations,
  capabilitiesFromNodes,
  nodeMajor,
  scanPage,
  searchResult,
  taskStatus,
} from "./responses.js";
import { indexInfos, missingModuleError, SCAN_KEEP_ALIVE, settingsOf } from "./engine-common.js";
import { STATE_INDEX, STATE_INDEX_BODY, stateFromGet, stateFromWrite, stateSource } from "./state-index.js";

export interface ElasticsearchEngineOptions {
  readonly url: string;
  readonly auth?: { readonly username: string; readonly password: string } | { readonly apiKey: string };
  /** The client's own retries of connection errors and 502/503/504. */
  readonly maxRetries?: number;
  readonly requestTimeoutMs?: number;
}

/** Lets a 9.x client talk to an 8.x server (see the module comment). */
function compatHeaders(major: number): Record<string, string> {
  if (major >= 9) return {};
  return {
    accept: `application/vnd.elasticsearch+json; compatible-with=${major}`,
    "content-type": `application/vnd.elasticsearch+json; compatible-with=${major}`,
  };
}

/** The bulk body is NDJSON: the client-wide JSON content type above would mislabel it. */
function compatNdjsonHeaders(major: number): Record<string, string> {
  if (major >= 9) return {};
  return { "content-type": `application/vnd.elasticsearch+x-ndjson; compatible-with=${major}` };
}

type Query = estypes.QueryDslQueryContainer;
type ClientOptions = NonNullable<ConstructorParameters<typeof Client>[0]>;

export class ElasticsearchEngine implements SearchEngine {
  readonly kind = "elasticsearch" as const;
  private clientPromise: Promise<Client> | undefined;
  private capabilitiesPromise: Promise<EngineCapabilities> | undefined;
  private stateIndexPromise: Promise<void> | undefined;
  private bulkHeaders: Record<string, string> = {};

  constructor(private readonly options: ElasticsearchEngineOptions) {}

  private makeClient(headers: Record<string, string>): Client {
    const options: ClientOptions = {
      node: this.options.url,
      headers,
      maxRetries: this.options.maxRetries ?? 3,
      requestTimeout: this.options.requestTimeoutMs ?? 120_000,
    };
    if (this.options.auth) options.auth = this.options.auth;
    return new Client(options);
  }

  private client(): Promise<Client> {
    this.clientPromise ??= (async () => {
      // Asking for 8 compatibility works with both an 8.x and a 9.x server; keep it only for 8.x.
      const probe = this.makeClient(compatHeaders(8));
      try {
        const info = await withRequestRetry(() => probe.nodes.info({ node_id: "_local", filter_path: "nodes.*.version" }));
        const major = nodeMajor(info);
        if (!Number.isFinite(major)) throw new Error("no version in the _nodes/_local answer");
        this.bulkHeaders = compatNdjsonHeaders(major);
        if (major === 8) return probe;
        await probe.close();
        return this.makeClient(compatHeaders(major));
      } catch (error) {
        await probe.close();
        this.clientPromise = undefined;
        throw toEngineError("GET _nodes/_local", this.options.url, error);
      }
    })();
    return this.clientPromise;
  }

  /** Every call goes through here: back-off on 429/503, and errors naming the call and resource. */
  private async call<T>(call: string, resource: string, run: (client: Client) => Promise<T>): Promise<T> {
    const client = await this.client();
    try {
      return await withRequestRetry(() => run(client));
    } catch (error) {
      throw toEngineError(call, resource, error);
    }
  }

  capabilities(): Promise<EngineCapabilities> {
    this.capabilitiesPromise ??= this.call("GET _nodes/plugins", this.options.url, (es) =>
      es.nodes.info({ metric: ["plugins"], filter_path: "nodes.*.version,nodes.*.modules.name,nodes.*.plugins.name" }),
    )
      .then((body) => capabilitiesFromNodes(body, "elasticsearch"))
      .catch((error: unknown) => {
        this.capabilitiesPromise = undefined;
        throw error;
      });
    return this.capabilitiesPromise;
  }

  async getAliases(aliases: readonly string[]): Promise<Map<string, AliasTarget[]>> {
    if (aliases.length === 0) return new Map();
    // 404 names the missing aliases and still lists the found ones.
    const body = await this.call("GET _alias", aliases.join(","), (es) =>
      es.indices.getAlias({ name: [...aliases], expand_wildcards: "all" }, { ignore: [404] }),
    );
    return aliasMap(body, aliases);
  }

  async listIndices(base: string): Promise<IndexInfo[]> {
    const body = await this.call("GET <index>", `${base},${base}_*`, (es) =>
      es.indices.get(
        { index: [base, `${base}_*`], ignore_unavailable: true, allow_no_indices: true, features: ["aliases", "settings"] },
        { ignore: [404] },
      ),
    );
    const infos = indexInfos(body, base);
    return Promise.all(infos.map(async (info) => ({ ...info, docsCount: await this.count(info.name) })));
  }

  exists(indexOrAlias: string): Promise<boolean> {
    return this.call("HEAD", indexOrAlias, (es) => es.indices.exists({ index: indexOrAlias }));
  }

  async createIndex(
    name: string,
    body: { mappings?: Readonly<Record<string, unknown>>; settings?: Readonly<Record<string, unknown>> },
  ): Promise<void> {
    await this.call("PUT index", name, (es) =>
      es.indices.create({
        index: name,
        ...(body.mappings ? { mappings: body.mappings as estypes.MappingTypeMapping } : {}),
        ...(body.settings ? { settings: body.settings as estypes.IndicesIndexSettings } : {}),
      }),
    );
  }

  async getSettings(index: string): Promise<Record<string, unknown>> {
    const body = await this.call("GET _settings", index, (es) => es.indices.getSettings({ index }));
    return settingsOf(body, index);
  }

  async putSettings(index: string, settings: Readonly<Record<string, unknown>>): Promise<void> {
    await this.call("PUT _settings", index, (es) => es.indices.putSettings({ index, settings: settings as estypes.IndicesIndexSettings }));
  }

  async updateAliases(actions: readonly AliasAction[]): Promise<void> {
    await this.call("POST _aliases", aliasActionsResource(actions), (es) =>
      es.indices.updateAliases({ actions: aliasActionsBody(actions) as estypes.IndicesUpdateAliasesAction[] }),
    );
  }

  async deleteIndex(name: string): Promise<void> {
    // Absent already is done: cleanup reruns after a crash.
    await this.call("DELETE index", name, (es) => es.indices.delete({ index: name }, { ignore: [404] }));
  }

  async refresh(index: string): Promise<void> {
    await this.call("POST _refresh", index, (es) => es.indices.refresh({ index }));
  }

  async writeOperations(index: string): Promise<number> {
    const body = await this.call("GET _stats/indexing", index, (es) => es.indices.stats({ index, metric: "indexing" }));
    return writeOperationsOf(body);
  }

  async count(index: string, query?: Readonly<Record<string, unknown>>): Promise<number> {
    const body = await this.call("GET _count", index, (es) => es.count({ index, ...(query ? { query: query as Query } : {}) }));
    return body.count;
  }

  async bulk(index: string, docs: readonly BulkDoc[], options: BulkOptions): Promise<BulkItemResult[]> {
    if (docs.length === 0) return [];
    const operations = bulkOperations(index, docs, options);
    const body = await this.call("POST _bulk", index, (es) =>
      es.bulk(
        {
          operations: operations as estypes.BulkRequest["operations"],
          filter_path: BULK_FILTER_PATH,
          ...(options.refresh ? { refresh: "wait_for" as const } : {}),
        },
        { headers: this.bulkHeaders },
      ),
    );
    return bulkItemResults(body, docs);
  }

  async search(index: string, body: Readonly<Record<string, unknown>>, size: number): Promise<SearchResult> {
    const answer = await this.call("POST _search", index, (es) =>
      es.search({ index, track_total_hits: true, ...(body as estypes.SearchRequest), size, _source: false }),
    );
    return searchResult(answer);
  }

  async *scan(
    index: string,
    options: { batchSize: number; query?: Readonly<Record<string, unknown>> },
  ): AsyncIterable<{ id: string; source: Record<string, unknown> }[]> {
    const opened = await this.call("POST _pit", index, (es) => es.openPointInTime({ index, keep_alive: SCAN_KEEP_ALIVE }));
    let pitId = opened.id;
    try {
      let after: unknown[] | undefined;
      for (;;) {
        const answer = await this.call("POST _search (point in time)", index, (es) =>
          es.search({
            pit: { id: pitId, keep_alive: SCAN_KEEP_ALIVE },
            // _shard_doc is the cheapest total order within a point in time.
            sort: [{ _shard_doc: "asc" }] as estypes.Sort,
            size: options.batchSize,
            track_total_hits: false,
            ...(options.query ? { query: options.query as Query } : {}),
            ...(after ? { search_after: after as estypes.SortResults } : {}),
          }),
        );
        const page = scanPage(answer);
        pitId = page.pitId ?? pitId;
        if (page.docs.length > 0) yield page.docs;
        if (page.docs.length < options.batchSize || !page.after) return;
        after = page.after;
      }
    } finally {
      // It would expire after keep_alive anyway; closing frees the segments now.
      await this.call("DELETE _pit", index, (es) => es.closePointInTime({ id: pitId })).catch(() => undefined);
    }
  }

  async startReindex(request: ReindexRequest): Promise<string> {
    const resource = `${request.source} → ${request.dest}`;
    const capabilities = await this.capabilities();
    const missing = missingModuleError(capabilities, request, resource, "Elasticsearch");
    if (missing) throw missing;
    const body = await this.call("POST _reindex", resource, (es) =>
      es.reindex({
        source: { index: request.source, ...(request.query ? { query: request.query as Query } : {}) },
        dest: { index: request.dest },
        ...(request.script ? { script: { ...request.script } as estypes.Script } : {}),
        slices: request.slices,
        wait_for_completion: false,
      }),
    );
    if (body.task === undefined) throw new EngineError("POST _reindex", resource, undefined, "the answer names no task");
    return String(body.task);
  }

  async getTask(taskId: string): Promise<TaskStatus> {
    const body = await this.call("GET _tasks", taskId, (es) => es.tasks.get({ task_id: taskId }));
    return taskStatus(body);
  }

  async readState<T>(id: string): Promise<StateDoc<T> | undefined> {
    // Realtime GET reads the latest write without a refresh; 404 (no doc, or no index yet) is absent.
    const body = await this.call("GET _doc", `${STATE_INDEX}/${id}`, (es) =>
      es.get({ index: STATE_INDEX, id, realtime: true }, { ignore: [404] }),
    );
    return stateFromGet<T>(body);
  }

  async writeState<T>(id: string, value: T, expected: "absent" | { seqNo: number; primaryTerm: number }): Promise<StateDoc<T>> {
    await this.ensureStateIndex();
    const document = stateSource(value);
    const body = await this.stateWrite(id, "PUT _doc", (es) =>
      expected === "absent"
        ? es.create({ index: STATE_INDEX, id, document })
        : es.index({ index: STATE_INDEX, id, document, if_seq_no: expected.seqNo, if_primary_term: expected.primaryTerm }),
    );
    return stateFromWrite(value, body);
  }

  async deleteState(id: string, expected: { seqNo: number; primaryTerm: number }): Promise<void> {
    await this.stateWrite(id, "DELETE _doc", (es) =>
      es.delete({ index: STATE_INDEX, id, if_seq_no: expected.seqNo, if_primary_term: expected.primaryTerm }),
    );
  }

  /** A 409 (or a 404 for a document deleted meanwhile) means another writer went first. */
  private async stateWrite<T>(id: string, call: string, run: (client: Client) => Promise<T>): Promise<T> {
    const client = await this.client();
    try {
      return await withRequestRetry(() => run(client));
    } catch (error) {
      const status = statusOf(error);
      if (status === 409 || (status === 404 && engineErrorType(error) !== "index_not_found_exception")) throw new StateConflictError(id);
      throw toEngineError(call, `${STATE_INDEX}/${id}`, error);
    }
  }

  private ensureStateIndex(): Promise<void> {
    this.stateIndexPromise ??= this.call("PUT index", STATE_INDEX, async (es) => {
      try {
        await es.indices.create({ index: STATE_INDEX, ...(STATE_INDEX_BODY as Omit<estypes.IndicesCreateRequest, "index">) });
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
    const pending = this.clientPromise;
    this.clientPromise = undefined;
    if (pending) await (await pending.catch(() => undefined))?.close();
  }
}
