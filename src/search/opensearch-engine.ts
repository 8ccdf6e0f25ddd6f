/**
 * The search engine port on OpenSearch, through the official 3.x client. Same JSON on the wire as
 * Elasticsearch for everything here except point in time, which OpenSearch names `_search/point_in_time`.
 */
import { Client, type API } from "@opensearch-project/opensearch";

import { indexInfos, missingModuleError, SCAN_KEEP_ALIVE, settingsOf } from "./engine-common.js";
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
  asObject,
  BULK_FILTER_PATH,
  bulkItemResults,
  writeOperationsOf,
  bulkOperations,
  capabilitiesFromNodes,
  scanPage,
  searchResult,
  taskStatus,
} from "./responses.js";
import { STATE_INDEX, STATE_INDEX_BODY, stateFromGet, stateFromWrite, stateSource } from "./state-index.js";

export interface OpenSearchEngineOptions {
  readonly url: string;
  /** OpenSearch itself knows basic auth; an API key is sent as `Authorization: ApiKey` for proxies that take one. */
  readonly auth?: { readonly username: string; readonly password: string } | { readonly apiKey: string };
  /** The client's own retries of connection errors and 502/503/504. */
  readonly maxRetries?: number;
  readonly requestTimeoutMs?: number;
}

type ClientOptions = NonNullable<ConstructorParameters<typeof Client>[0]>;

export class OpenSearchEngine implements SearchEngine {
  readonly kind = "opensearch" as const;
  private readonly client: Client;
  private capabilitiesPromise: Promise<EngineCapabilities> | undefined;
  private stateIndexPromise: Promise<void> | undefined;

  constructor(private readonly options: OpenSearchEngineOptions) {
    const clientOptions: ClientOptions = {
      node: options.url,
      maxRetries: options.maxRetries ?? 3,
      requestTimeout: options.requestTimeoutMs ?? 120_000,
    };
    if (options.auth && "apiKey" in options.auth) clientOptions.headers = { authorization: `ApiKey ${options.auth.apiKey}` };
    else if (options.auth) clientOptions.auth = { username: options.auth.username, password: options.auth.password };
    this.client = new Client(clientOptions);
  }

  /** Every call goes through here: back-off on 429/503, the body only, errors naming call and resource. */
  private async call(call: string, resource: string, run: (client: Client) => Promise<{ body: unknown }>): Promise<unknown> {
    try {
      return (await withRequestRetry(() => run(this.client))).body;
    } catch (error) {
      throw toEngineError(call, resource, error);
    }
  }

  capabilities(): Promise<EngineCapabilities> {
    this.capabilitiesPromise ??= this.call("GET _nodes/plugins", this.options.url, (os) =>
      os.nodes.info({ metric: ["plugins"], filter_path: ["nodes.*.version", "nodes.*.modules.name", "nodes.*.plugins.name"] }),
    )
      .then((body) => capabilitiesFromNodes(body, "opensearch"))
      .catch((error: unknown) => {
        this.capabilitiesPromise = undefined;
        throw error;
      });
    return this.capabilitiesPromise;
  }

  async getAliases(aliases: readonly string[]): Promise<Map<string, AliasTarget[]>> {
    if (aliases.length === 0) return new Map();
    // 404 names the missing aliases and still lists the found ones.
    const body = await this.call("GET _alias", aliases.join(","), (os) =>
      os.indices.getAlias({ name: [...aliases], expand_wildcards: "all" }, { ignore: [404] }),
    );
    return aliasMap(body, aliases);
  }

  async listIndices(base: string): Promise<IndexInfo[]> {
    const body = await this.call("GET <index>", `${base},${base}_*`, (os) =>
      os.indices.get({ index: [base, `${base}_*`], ignore_unavailable: true, allow_no_indices: true }, { ignore: [404] }),
    );
    const infos = indexInfos(body, base);
    return Promise.all(infos.map(async (info) => ({ ...info, docsCount: await this.count(info.name) })));
  }

  async exists(indexOrAlias: string): Promise<boolean> {
    return (await this.call("HEAD", indexOrAlias, (os) => os.indices.exists({ index: indexOrAlias }))) === true;
  }

  async createIndex(
    name: string,
    body: { mappings?: Readonly<Record<string, unknown>>; settings?: Readonly<Record<string, unknown>> },
  ): Promise<void> {
    await this.call("PUT index", name, (os) => os.indices.create({ index: name, body: { ...body } as API.Indices_Create_RequestBody }));
  }

  async getSettings(index: string): Promise<Record<string, unknown>> {
    const body = await this.call("GET _settings", index, (os) => os.indices.getSettings({ index }));
    return settingsOf(body, index);
  }

  async putSettings(index: string, settings: Readonly<Record<string, unknown>>): Promise<void> {
    await this.call("PUT _settings", index, (os) =>
      os.indices.putSettings({ index, body: { ...settings } as API.Indices_PutSettings_Request["body"] }),
    );
  }

  async updateAliases(actions: readonly AliasAction[]): Promise<void> {
    await this.call("POST _aliases", aliasActionsResource(actions), (os) =>
      os.indices.updateAliases({ body: { actions: aliasActionsBody(actions) } as API.Indices_UpdateAliases_RequestBody }),
    );
  }

  async deleteIndex(name: string): Promise<void> {
    // Absent already is done: cleanup reruns after a crash.
    await this.call("DELETE index", name, (os) => os.indices.delete({ index: name }, { ignore: [404] }));
  }

  async refresh(index: string): Promise<void> {
    await this.call("POST _refresh", index, (os) => os.indices.refresh({ index }));
  }

  async writeOperations(index: string): Promise<number> {
    const body = await this.call("GET _stats/indexing", index, (os) => os.indices.stats({ index, metric: "indexing" }));
    return writeOperationsOf(body);
  }

  async count(index: string, query?: Readonly<Record<string, unknown>>): Promise<number> {
    const body = await this.call("GET _count", index, (os) =>
      os.count({ index, ...(query ? { body: { query } as API.Count_RequestBody } : {}) }),
    );
    return Number(asObject(body).count);
  }

  async bulk(index: string, docs: readonly BulkDoc[], options: BulkOptions): Promise<BulkItemResult[]> {
    if (docs.length === 0) return [];
    const operations = bulkOperations(index, docs, options);
    const body = await this.call("POST _bulk", index, (os) =>
      os.bulk({
        body: operations as API.Bulk_RequestBody,
        filter_path: BULK_FILTER_PATH,
        ...(options.refresh ? { refresh: "wait_for" as const } : {}),
      }),
    );
    return bulkItemResults(body, docs);
  }

  async search(index: string, body: Readonly<Record<string, unknown>>, size: number): Promise<SearchResult> {
    const answer = await this.call("POST _search", index, (os) =>
      os.search({ index, body: { track_total_hits: true, ...body, size, _source: false } as API.Search_RequestBody }),
    );
    return searchResult(answer);
  }

  /**
   * OpenSearch before 3.3 has no `_shard_doc`, and `_doc` alone is no total order across shards
   * (equal doc ids on two shards tie, and search_after skips one of them); sorting on `_id` loads
   * its fielddata into the heap. So the point in time is read one shard at a time, in `_doc` order,
   * which is unique within a shard: per concrete index (an `_index` filter), a slice per shard
   * (slicing counts shards per index, and `max` = its shard count maps slice n to shard n).
   */
  async *scan(
    index: string,
    options: { batchSize: number; query?: Readonly<Record<string, unknown>> },
  ): AsyncIterable<{ id: string; source: Record<string, unknown> }[]> {
    const shardCounts = await this.call("GET _settings", index, (os) =>
      os.indices.getSettings({ index, name: ["index.number_of_shards"] }),
    );
    const targets = Object.entries(asObject(shardCounts))
      .map(([name, entry]) => ({ name, shards: Number(asObject(asObject(asObject(entry).settings).index).number_of_shards) || 1 }))
      .sort((a, b) => a.name.localeCompare(b.name));
    // Opened on the concrete indices found above, so an alias moving meanwhile changes nothing.
    const opened = await this.call("POST _search/point_in_time", index, (os) =>
      os.createPit({ index: targets.map((target) => target.name), keep_alive: SCAN_KEEP_ALIVE }),
    );
    const pitId = String(asObject(opened).pit_id);
    const pit = { id: pitId, keep_alive: SCAN_KEEP_ALIVE };
    try {
      for (const target of targets) {
        const filters = [...(targets.length > 1 ? [{ term: { _index: target.name } }] : []), ...(options.query ? [options.query] : [])];
        const query = filters.length === 0 ? undefined : filters.length === 1 ? filters[0] : { bool: { filter: filters } };
        for (let slice = 0; slice < target.shards; slice++) {
          let after: unknown[] | undefined;
          for (;;) {
            const answer = await this.call("POST _search (point in time)", index, (os) =>
              os.search({
                body: {
                  pit,
                  // slice max must be above 1; one shard needs none
                  ...(target.shards > 1 ? { slice: { id: slice, max: target.shards } } : {}),
                  sort: ["_doc"],
                  size: options.batchSize,
                  track_total_hits: false,
                  ...(query ? { query } : {}),
                  ...(after ? { search_after: after } : {}),
                } as API.Search_RequestBody,
              }),
            );
            const page = scanPage(answer);
            if (page.docs.length > 0) yield page.docs;
            if (page.docs.length < options.batchSize || !page.after) break;
            after = page.after;
          }
        }
      }
    } finally {
      // It would expire after keep_alive anyway; deleting frees the segments now.
      await this.call("DELETE _search/point_in_time", index, (os) => os.deletePit({ body: { pit_id: [pitId] } })).catch(() => undefined);
    }
  }

  async startReindex(request: ReindexRequest): Promise<string> {
    const resource = `${request.source} → ${request.dest}`;
    const missing = missingModuleError(await this.capabilities(), request, resource, "OpenSearch");
    if (missing) throw missing;
    const body = await this.call("POST _reindex", resource, (os) =>
      os.reindex({
        body: {
          source: { index: request.source, ...(request.query ? { query: request.query } : {}) },
          dest: { index: request.dest },
          ...(request.script ? { script: { ...request.script } } : {}),
        } as API.Reindex_RequestBody,
        slices: request.slices,
        wait_for_completion: false,
      }),
    );
    const task = asObject(body).task;
    if (task === undefined) throw new EngineError("POST _reindex", resource, undefined, "the answer names no task");
    return String(task);
  }

  async getTask(taskId: string): Promise<TaskStatus> {
    return taskStatus(await this.call("GET _tasks", taskId, (os) => os.tasks.get({ task_id: taskId })));
  }

  async readState<T>(id: string): Promise<StateDoc<T> | undefined> {
    // Realtime GET reads the latest write without a refresh; 404 (no doc, or no index yet) is absent.
    const body = await this.call("GET _doc", `${STATE_INDEX}/${id}`, (os) =>
      os.get({ index: STATE_INDEX, id, realtime: true }, { ignore: [404] }),
    );
    return stateFromGet<T>(body);
  }

  async writeState<T>(id: string, value: T, expected: "absent" | { seqNo: number; primaryTerm: number }): Promise<StateDoc<T>> {
    await this.ensureStateIndex();
    const document = stateSource(value);
    const body = await this.stateWrite(id, "PUT _doc", (os) =>
      expected === "absent"
        ? os.create({ index: STATE_INDEX, id, body: document })
        : os.index({ index: STATE_INDEX, id, body: document, if_seq_no: expected.seqNo, if_primary_term: expected.primaryTerm }),
    );
    return stateFromWrite(value, body);
  }

  async deleteState(id: string, expected: { seqNo: number; primaryTerm: number }): Promise<void> {
    await this.stateWrite(id, "DELETE _doc", (os) =>
      os.delete({ index: STATE_INDEX, id, if_seq_no: expected.seqNo, if_primary_term: expected.primaryTerm }),
    );
  }

  /** A 409 (or a 404 for a document deleted meanwhile) means another writer went first. */
  private async stateWrite(id: string, call: string, run: (client: Client) => Promise<{ body: unknown }>): Promise<unknown> {
    try {
      return (await withRequestRetry(() => run(this.client))).body;
    } catch (error) {
      const status = statusOf(error);
      if (status === 409 || (status === 404 && engineErrorType(error) !== "index_not_found_exception")) throw new StateConflictError(id);
      throw toEngineError(call, `${STATE_INDEX}/${id}`, error);
    }
  }

  private ensureStateIndex(): Promise<void> {
    this.stateIndexPromise ??= this.call("PUT index", STATE_INDEX, async (os) => {
      try {
        return await os.indices.create({ index: STATE_INDEX, body: STATE_INDEX_BODY as API.Indices_Create_RequestBody });
      } catch (error) {
        if (engineErrorType(error) !== "resource_already_exists_exception") throw error;
        return { body: undefined };
      }
    })
      .then(() => undefined)
      .catch((error: unknown) => {
        this.stateIndexPromise = undefined;
        throw error;
      });
    return this.stateIndexPromise;
  }

  async close(): Promise<void> {
    await this.client.close();
  }
}
