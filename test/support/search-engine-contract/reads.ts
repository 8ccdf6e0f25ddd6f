/** The contract, part 3: counts, searches and scans. */
import { expect, it } from "vitest";
import { createBulkWriter } from "../../../src/search/bulk-writer.js";
import { unique, type ContractContext } from "./helpers.js";

export function readContract(ctx: ContractContext): void {
  const { engine, indexName } = ctx;
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
    expect(await ctx.target.openContexts(index)).toBe(0);
  });
}
