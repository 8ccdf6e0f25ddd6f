/** The contract, part 2: bulk writes, versions and what they count. */
import { expect, it } from "vitest";
import { createBulkWriter } from "../../../src/search/bulk-writer.js";
import type { BulkDoc } from "../../../src/search/engine.js";
import { allDocs, type ContractContext } from "./helpers.js";

export function writeContract(ctx: ContractContext): void {
  const { engine, indexName } = ctx;
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

  it("external refuses an equal version; external_gte takes it, for a delete too", async () => {
    const index = indexName();
    await engine.createIndex(index, { settings: { number_of_replicas: 0 } });
    await engine.bulk(
      index,
      [
        { id: "a", version: 5, source: { v: 1 } },
        { id: "b", version: 5, source: { v: 1 } },
      ],
      { versionType: "external" },
    );
    const [equal] = await engine.bulk(index, [{ id: "a", version: 5, source: { v: 2 } }], { versionType: "external" });
    expect(equal).toMatchObject({ id: "a", ok: false, status: 409, staleVersion: true });
    const [same, deleted, older] = await engine.bulk(
      index,
      [
        { id: "a", version: 5, source: { v: 3 } },
        { id: "b", version: 5 },
        { id: "a", version: 4, source: { v: 4 } },
      ],
      { versionType: "external_gte", refresh: true },
    );
    expect(same).toMatchObject({ id: "a", ok: true, status: 200 });
    expect(deleted).toMatchObject({ id: "b", ok: true, status: 200 });
    expect(older).toMatchObject({ id: "a", ok: false, status: 409, staleVersion: true });
    expect([...(await allDocs(engine, index)).entries()]).toEqual([["a", { v: 3 }]]);
  });

  it("with refresh_interval -1, searches see writes only after a refresh; null resets a setting", async () => {
    const index = indexName();
    await engine.createIndex(index, { settings: { number_of_replicas: 0, refresh_interval: "-1" } });
    await engine.bulk(index, [{ id: "a", source: { n: 1 } }], { versionType: "internal" });
    expect(await engine.count(index)).toBe(0);
    await engine.refresh(index);
    expect(await engine.count(index)).toBe(1);
    await engine.putSettings(index, { refresh_interval: null });
    expect(await engine.getSettings(index)).not.toHaveProperty("index.refresh_interval");
  });

  it("counts index and delete operations on the primaries (_stats/indexing)", async () => {
    const index = indexName();
    await engine.createIndex(index, { settings: { number_of_shards: 2, number_of_replicas: 0 } });
    expect(await engine.writeOperations(index)).toBe(0);
    await engine.bulk(
      index,
      ["x", "y", "z"].map((id) => ({ id, source: { id } })),
      { versionType: "internal" },
    );
    await engine.bulk(index, [{ id: "x", source: { id: "x", again: true } }, { id: "y" }], { versionType: "internal" });
    expect(await engine.writeOperations(index)).toBe(5);
  });
}
