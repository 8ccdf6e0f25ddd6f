/**
 * The search engine port against the stack's real nodes: one engine-neutral suite, run once on
 * Elasticsearch 8.19 (Elastic's test zip: no reindex or painless module) and once on OpenSearch 2.19.
 * Index names carry a random suffix (other suites share the nodes) and are deleted afterwards.
 * Run: npx vitest run test/integration/search-engine.test.ts
 */
import { randomBytes } from "node:crypto";

import { afterAll, afterEach, describe, expect, it } from "vitest";

import { createBulkWriter } from "../../src/search/bulk-writer.js";
import { createSearchEngine } from "../../src/search/create-engine.js";
import { EngineError, StateConflictError, type BulkDoc, type SearchEngine, type TaskStatus } from "../../src/search/engine.js";
import { STATE_INDEX } from "../../src/search/state-index.js";
import { requireStack, type StackComponent } from "./stack-env.js";

const ENGINES = [
  { name: "Elasticsearch", component: "es", kind: "elasticsearch", reindex: false, version: /^8\.19\./ },
  { name: "OpenSearch", component: "os", kind: "opensearch", reindex: true, version: /^2\.19\./ },
] as const satisfies readonly { component: StackComponent; [key: string]: unknown }[];

const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${randomBytes(3).toString("hex")}`;

async function waitForTask(engine: SearchEngine, taskId: string, timeoutMs = 60_000): Promise<TaskStatus> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = await engine.getTask(taskId);
    if (status.completed) return status;
    if (Date.now() > deadline) throw new Error(`task ${taskId} not completed within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function allDocs(engine: SearchEngine, index: string): Promise<Map<string, Record<string, unknown>>> {
  const docs = new Map<string, Record<string, unknown>>();
  for await (const page of engine.scan(index, { batchSize: 500 })) for (const doc of page) docs.set(doc.id, doc.source);
  return docs;
}

describe.each(ENGINES)("search engine on $name", ({ component, kind, reindex, version }) => {
  const stack = requireStack(component);
  const url = component === "es" ? stack.esUrl : stack.osUrl;
  const engine = createSearchEngine({ engine: kind, url });
  const created: string[] = [];
  const stateIds: string[] = [];

  /** A fresh index name, deleted after the test. */
  const indexName = (prefix = "cutover-it") => {
    const name = unique(prefix);
    created.push(name);
    return name;
  };

  afterEach(async () => {
    await Promise.all(created.splice(0).map((name) => engine.deleteIndex(name)));
  });

  afterAll(async () => {
    for (const id of stateIds) {
      const doc = await engine.readState(id).catch(() => undefined);
      if (doc) await engine.deleteState(id, doc).catch(() => undefined);
    }
    await engine.close();
  });

  it("reports what the node can do", async () => {
    const capabilities = await engine.capabilities();
    expect(capabilities).toMatchObject({ reindex, painless: reindex, pointInTime: true });
    expect(capabilities.version).toMatch(version);
  });

  it("creates, lists and deletes indices with mappings and settings", async () => {
    const base = indexName("cutover-it-base");
    const [older, newer] = [`${base}_20260101000000`, `${base}_20260102000000`];
    const lookalike = `${base}x`;
    created.push(older, newer, lookalike);
    const mappings = { properties: { name: { type: "keyword" }, n: { type: "integer" } } };
    await engine.createIndex(older, { mappings, settings: { number_of_shards: 1, number_of_replicas: 0 } });
    await engine.createIndex(newer, { mappings, settings: { number_of_shards: 2, number_of_replicas: 0 } });
    await engine.createIndex(lookalike, {});
    const alias = `read_${base}`;
    await engine.updateAliases([{ add: { index: newer, alias } }]);
    await engine.bulk(newer, [{ id: "1", source: { name: "a", n: 1 } }], { versionType: "internal", refresh: true });

    const listed = await engine.listIndices(base);
    expect(listed.map((index) => [index.name, index.aliases, index.docsCount])).toEqual([
      [older, [], 0],
      [newer, [alias], 1],
    ]);
    expect(listed[0]?.createdAt.getTime()).toBeGreaterThan(Date.now() - 120_000);
    expect(await engine.exists(alias)).toBe(true);

    await engine.deleteIndex(older);
    expect(await engine.exists(older)).toBe(false);
    await engine.deleteIndex(older); // absent already: done
    expect((await engine.listIndices(base)).map((index) => index.name)).toEqual([newer]);
    expect(await engine.listIndices(unique("cutover-it-none"))).toEqual([]);

    const error = await engine.createIndex(newer, {}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).message).toContain(`PUT index on ${newer}: HTTP 400 resource_already_exists_exception`);
  });

  it("reads and changes settings (refresh interval, replicas)", async () => {
    const index = indexName();
    await engine.createIndex(index, { settings: { number_of_shards: 1, number_of_replicas: 0, refresh_interval: "-1" } });
    expect(await engine.getSettings(index)).toMatchObject({ index: { number_of_replicas: "0", refresh_interval: "-1" } });
    await engine.putSettings(index, { index: { refresh_interval: "2s", number_of_replicas: 1 } });
    expect(await engine.getSettings(index)).toMatchObject({ index: { number_of_replicas: "1", refresh_interval: "2s" } });
  });

  it("moves an alias between indices atomically: searches on it never fail or miss during the swaps", async () => {
    const [blue, green] = [indexName("cutover-it-blue"), indexName("cutover-it-green")];
    const [read, write] = [unique("read_cutover-it"), unique("write_cutover-it")];
    await engine.createIndex(blue, { settings: { number_of_replicas: 0 } });
    await engine.createIndex(green, { settings: { number_of_replicas: 0 } });
    await engine.bulk(blue, [{ id: "b", source: { side: "blue" } }], { versionType: "internal", refresh: true });
    await engine.bulk(green, [{ id: "g", source: { side: "green" } }], { versionType: "internal", refresh: true });
    await engine.updateAliases([{ add: { index: blue, alias: read } }, { add: { index: blue, alias: write, isWriteIndex: true } }]);

    let swapping = true;
    const seen: string[] = [];
    const problems: string[] = [];
    const searcher = (async () => {
      while (swapping) {
        try {
          const result = await engine.search(read, { query: { match_all: {} } }, 10);
          if (result.ids.length !== 1) problems.push(`saw ${JSON.stringify(result.ids)}`);
          seen.push(...result.ids);
        } catch (error) {
          problems.push(String(error));
        }
      }
    })();
    const sides = [blue, green];
    for (let i = 0; i < 20; i++) {
      const [from, to] = i % 2 === 0 ? sides : [...sides].reverse();
      await engine.updateAliases([
        { remove: { index: from as string, alias: read } },
        { add: { index: to as string, alias: read } },
        { add: { index: to as string, alias: write, isWriteIndex: true } },
        { add: { index: from as string, alias: write, isWriteIndex: false } },
      ]);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    swapping = false;
    await searcher;
    expect(problems).toEqual([]);
    expect(new Set(seen)).toEqual(new Set(["b", "g"]));
    expect(seen.length).toBeGreaterThan(20);

    // 20 swaps end where they started
    const missing = unique("read_cutover-it-missing");
    const aliases = await engine.getAliases([read, write, missing]);
    expect(aliases.get(read)).toEqual([{ index: blue, isWriteIndex: false }]);
    expect(aliases.get(write)).toEqual(
      [
        { index: blue, isWriteIndex: true },
        { index: green, isWriteIndex: false },
      ].sort((a, b) => a.index.localeCompare(b.index)),
    );
    expect(aliases.has(missing)).toBe(false);
    expect((await engine.getAliases([missing])).size).toBe(0);

    const error = await engine
      .updateAliases([{ add: { index: unique("cutover-it-absent"), alias: read } }])
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).message).toMatch(/^POST _aliases on read_cutover-it.*: HTTP 404 index_not_found_exception/);
  });

  it("writes with external versions: an older version is stale, a delete stays deleted", async () => {
    const index = indexName();
    await engine.createIndex(index, { mappings: { properties: { v: { type: "integer" } } }, settings: { number_of_replicas: 0 } });
    const write = (docs: BulkDoc[]) => engine.bulk(index, docs, { versionType: "external", refresh: true });

    expect(
      await write([
        { id: "a", version: 2, source: { v: 2 } },
        { id: "b", version: 5, source: { v: 5 } },
      ]),
    ).toEqual([
      { id: "a", ok: true, status: 201, staleVersion: false, retryable: false },
      { id: "b", ok: true, status: 201, staleVersion: false, retryable: false },
    ]);
    const [stale, newer] = await write([
      { id: "a", version: 1, source: { v: 1 } },
      { id: "a", version: 3, source: { v: 3 } },
    ]);
    expect(stale).toMatchObject({ id: "a", ok: false, status: 409, staleVersion: true, retryable: false });
    expect(stale?.error).toContain("version_conflict_engine_exception");
    expect(newer).toMatchObject({ id: "a", ok: true, status: 200 });

    // a versioned delete, then a stale re-index of the same id (inside index.gc_deletes, 60 s)
    const [deleted, absent] = await write([
      { id: "b", version: 6 },
      { id: "never", version: 1 },
    ]);
    expect(deleted).toMatchObject({ id: "b", ok: true, status: 200 });
    expect(absent).toMatchObject({ id: "never", ok: true, status: 404 });
    const [resurrect] = await write([{ id: "b", version: 5, source: { v: 5 } }]);
    expect(resurrect).toMatchObject({ id: "b", ok: false, staleVersion: true, retryable: false });

    const docs = await allDocs(engine, index);
    expect([...docs.entries()]).toEqual([["a", { v: 3 }]]);
  });

  it("reports a mapping error per document, not retried, through the bulk writer", async () => {
    const index = indexName();
    await engine.createIndex(index, { mappings: { properties: { n: { type: "integer" } } }, settings: { number_of_replicas: 0 } });
    await engine.bulk(index, [{ id: "old", version: 9, source: { n: 9 } }], { versionType: "external" });
    const writer = createBulkWriter({ engine, index, versionType: "external", maxBatchDocs: 2 });
    await writer.write([
      { id: "ok1", version: 1, source: { n: 1 } },
      { id: "bad", version: 1, source: { n: "not a number" } },
      { id: "old", version: 3, source: { n: 3 } },
      { id: "ok2", version: 1, source: { n: 2 } },
    ]);
    const summary = await writer.flush();
    expect(summary).toMatchObject({ indexed: 2, deleted: 0, stale: 1, requests: 2, retries: 0 });
    expect(summary.failed).toHaveLength(1);
    expect(summary.failed[0]?.id).toBe("bad");
    expect(summary.failed[0]?.reason).toMatch(
      /^HTTP 400 (document_parsing_exception|mapper_parsing_exception): .*failed to parse field \[n\] of type \[integer\]/,
    );
  });

  it("counts and searches", async () => {
    const index = indexName();
    await engine.createIndex(index, {
      mappings: { properties: { color: { type: "keyword" }, key: { type: "keyword" } } },
      settings: { number_of_replicas: 0 },
    });
    const colors = ["blue", "green", "blue", "red", "blue"];
    await engine.bulk(
      index,
      colors.map((color, i) => ({ id: `c${i}`, source: { color, key: `c${i}` } })),
      { versionType: "internal", refresh: true },
    );
    expect(await engine.count(index)).toBe(5);
    expect(await engine.count(index, { term: { color: "blue" } })).toBe(3);
    const result = await engine.search(index, { query: { term: { color: "blue" } }, sort: [{ key: "asc" }] }, 2);
    expect(result.ids).toEqual(["c0", "c2"]);
    expect(result.total).toBe(3);
    expect(result.tookMs).toBeGreaterThanOrEqual(0);
  });

  it("scans 2,500 documents in pages with a point in time, each id once, and closes it on early exit", async () => {
    const index = indexName();
    await engine.createIndex(index, { settings: { number_of_shards: 3, number_of_replicas: 0 } });
    const writer = createBulkWriter({ engine, index, versionType: "external", maxBatchDocs: 500 });
    await writer.write(Array.from({ length: 2_500 }, (_, i) => ({ id: `doc-${i}`, version: 1, source: { i } })));
    expect(await writer.flush()).toMatchObject({ indexed: 2_500, failed: [] });
    await engine.refresh(index);

    const ids: string[] = [];
    const pageSizes: number[] = [];
    for await (const page of engine.scan(index, { batchSize: 300 })) {
      pageSizes.push(page.length);
      for (const doc of page) {
        expect(doc.source).toEqual({ i: Number(doc.id.slice(4)) });
        ids.push(doc.id);
      }
    }
    expect(ids).toHaveLength(2_500);
    expect(new Set(ids).size).toBe(2_500);
    expect(Math.max(...pageSizes)).toBe(300);

    const filtered: string[] = [];
    for await (const page of engine.scan(index, { batchSize: 100, query: { range: { i: { lt: 150 } } } }))
      filtered.push(...page.map((doc) => doc.id));
    expect(new Set(filtered).size).toBe(150);

    // an alias over two indices with other shard counts: still each id once
    const other = indexName();
    const both = unique("read_cutover-it-both");
    await engine.createIndex(other, { settings: { number_of_shards: 2, number_of_replicas: 0 } });
    await engine.bulk(
      other,
      Array.from({ length: 700 }, (_, i) => ({ id: `other-${i}`, source: { i } })),
      { versionType: "internal", refresh: true },
    );
    await engine.updateAliases([{ add: { index, alias: both } }, { add: { index: other, alias: both } }]);
    const viaAlias = new Set<string>();
    let scanned = 0;
    for await (const page of engine.scan(both, { batchSize: 256 })) {
      scanned += page.length;
      for (const doc of page) viaAlias.add(doc.id);
    }
    expect([scanned, viaAlias.size]).toEqual([3_200, 3_200]);

    for await (const page of engine.scan(index, { batchSize: 10 })) {
      expect(page).toHaveLength(10);
      break;
    }
    expect(await openSearchContexts(url, index)).toBe(0);
  });

  if (!reindex)
    it("refuses _reindex naming the missing module", async () => {
      const error = await engine.startReindex({ source: "a", dest: "b", slices: 1 }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(EngineError);
      expect((error as EngineError).message).toMatch(/^POST _reindex on a → b: this Elasticsearch 8\.19\.\d+ node has no reindex module/);
    });

  if (reindex)
    it("reindexes with a painless script as a background task, polled to completion", async () => {
      const [source, dest] = [indexName("cutover-it-src"), indexName("cutover-it-dst")];
      await engine.createIndex(source, {
        mappings: { properties: { credits: { type: "keyword" } } },
        settings: { number_of_shards: 2, number_of_replicas: 0 },
      });
      await engine.createIndex(dest, { mappings: { properties: { credits: { type: "integer" } } }, settings: { number_of_replicas: 0 } });
      await engine.bulk(
        source,
        Array.from({ length: 40 }, (_, i) => ({ id: `r${i}`, source: { credits: String(i % 5 === 0 ? 3 : i), skip: i >= 30 } })),
        { versionType: "internal", refresh: true },
      );

      const taskId = await engine.startReindex({
        source,
        dest,
        query: { term: { skip: false } },
        script: { lang: "painless", source: "ctx._source.credits = Integer.parseInt(ctx._source.credits); ctx._source.remove('skip')" },
        slices: "auto",
      });
      expect(taskId).toMatch(/^[\w-]+:\d+$/);
      const status = await waitForTask(engine, taskId);
      expect(status).toEqual({ completed: true, total: 30, created: 30, updated: 0, deleted: 0, versionConflicts: 0, failures: [] });

      await engine.refresh(dest);
      const docs = await allDocs(engine, dest);
      expect(docs.size).toBe(30);
      expect(docs.get("r0")).toEqual({ credits: 3 });
      expect(docs.get("r7")).toEqual({ credits: 7 });
    });

  if (reindex)
    it("surfaces reindex failures though the task completed: a mapping conflict and a script error", async () => {
      const [source, dest, dest2] = [indexName("cutover-it-src"), indexName("cutover-it-dst"), indexName("cutover-it-dst")];
      await engine.createIndex(source, { mappings: { properties: { credits: { type: "keyword" } } }, settings: { number_of_replicas: 0 } });
      await engine.createIndex(dest, { mappings: { properties: { credits: { type: "integer" } } }, settings: { number_of_replicas: 0 } });
      await engine.bulk(
        source,
        [
          { id: "good", source: { credits: "3" } },
          { id: "bad", source: { credits: "three" } },
        ],
        { versionType: "internal", refresh: true },
      );

      const mapping = await waitForTask(engine, await engine.startReindex({ source, dest, slices: 1 }));
      expect(mapping.completed).toBe(true);
      expect(mapping.failures).toHaveLength(1);
      expect(mapping.failures[0]).toMatch(
        new RegExp(`^${dest}/bad: mapper_parsing_exception: failed to parse field \\[credits\\] of type \\[integer\\]`),
      );

      const script = await waitForTask(
        engine,
        await engine.startReindex({
          source,
          dest: dest2,
          script: { lang: "painless", source: "ctx._source.credits = Integer.parseInt(ctx._source.credits)" },
          slices: 1,
        }),
      );
      expect(script.completed).toBe(true);
      expect(script.failures.join("\n")).toMatch(/script_exception|NumberFormatException/);
    });

  it("keeps state documents with optimistic concurrency", async () => {
    const id = unique("cutover-it-state");
    stateIds.push(id);
    expect(await engine.readState(id)).toBeUndefined();

    const first = await engine.writeState(id, { phase: "load", offsets: { "0": 12 }, tasks: ["n:1"] }, "absent");
    expect(first.value).toEqual({ phase: "load", offsets: { "0": 12 }, tasks: ["n:1"] });
    await expect(engine.writeState(id, { phase: "other" }, "absent")).rejects.toBeInstanceOf(StateConflictError);

    // realtime GET: the write is visible without a refresh
    expect(await engine.readState(id)).toEqual(first);
    const second = await engine.writeState(id, ["any", 1, { json: null }], first);
    expect(second.seqNo).toBeGreaterThan(first.seqNo);
    expect(await engine.readState(id)).toEqual(second);

    await expect(engine.writeState(id, "late", first)).rejects.toThrow(`the state document '${id}' was changed by someone else`);
    await expect(engine.deleteState(id, first)).rejects.toBeInstanceOf(StateConflictError);
    await engine.deleteState(id, second);
    expect(await engine.readState(id)).toBeUndefined();
    await expect(engine.writeState(id, "gone", second)).rejects.toBeInstanceOf(StateConflictError);
    await expect(engine.deleteState(id, second)).rejects.toBeInstanceOf(StateConflictError);

    expect(await engine.getSettings(STATE_INDEX)).toMatchObject({
      index: { number_of_shards: "1", number_of_replicas: "0", hidden: "true" },
    });
  });
});

/** Open search contexts (scrolls, points in time) on one index, from its own stats. */
async function openSearchContexts(url: string, index: string): Promise<number> {
  const response = await fetch(new URL(`/${index}/_stats/search`, url));
  const body = (await response.json()) as { _all?: { total?: { search?: { open_contexts?: number } } } };
  return body._all?.total?.search?.open_contexts ?? -1;
}
