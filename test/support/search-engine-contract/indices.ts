/** The contract, part 1: what the node can do, indices, settings and aliases. */
import { expect, it } from "vitest";
import { EngineError } from "../../../src/search/engine.js";
import { unique, type ContractContext } from "./helpers.js";

export function indexContract(ctx: ContractContext): void {
  const { engine, indexName } = ctx;
  const { reindex, version } = ctx.target;
  it("reports what the node can do", async () => {
    const capabilities = await engine.capabilities();
    expect(capabilities).toMatchObject({ reindex, painless: reindex, pointInTime: true });
    expect(capabilities.version).toMatch(version);
  });

  it("creates, lists and deletes indices with mappings and settings", async () => {
    const base = indexName("cutover-it-base");
    const [older, newer] = [`${base}_20260101000000`, `${base}_20260102000000`];
    const lookalike = `${base}x`;
    ctx.created.push(older, newer, lookalike);
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

  it("applies an _aliases call entirely or not at all; remove_index frees an index's name for an alias in the same call", async () => {
    const [blue, green] = [indexName("cutover-it-blue"), indexName("cutover-it-green")];
    const read = unique("read_cutover-it");
    await engine.createIndex(blue, { settings: { number_of_replicas: 0 } });
    await engine.createIndex(green, { settings: { number_of_replicas: 0 } });
    await engine.updateAliases([{ add: { index: blue, alias: read } }]);
    const error = await engine
      .updateAliases([
        { remove: { index: blue, alias: read } },
        { add: { index: green, alias: read } },
        { add: { index: unique("cutover-it-absent"), alias: read } },
      ])
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EngineError);
    expect((await engine.getAliases([read])).get(read)).toEqual([{ index: blue, isWriteIndex: false }]);

    // a bare index under the public name becomes an alias of the new build; not registered for
    // cleanup, as deleting green removes the alias
    const bare = unique("cutover-it-bare");
    await engine.createIndex(bare, { settings: { number_of_replicas: 0 } });
    await engine.updateAliases([{ removeIndex: { index: bare } }, { add: { index: green, alias: bare } }]);
    expect(await engine.exists(bare)).toBe(true);
    expect((await engine.getAliases([bare])).get(bare)).toEqual([{ index: green, isWriteIndex: false }]);
    expect(await engine.listIndices(bare)).toEqual([]);
  });

  it("writes through an alias to its write index; a second write index is refused, changing nothing", async () => {
    const [blue, green] = [indexName("cutover-it-blue"), indexName("cutover-it-green")];
    const write = unique("write_cutover-it");
    await engine.createIndex(blue, { settings: { number_of_replicas: 0 } });
    await engine.createIndex(green, { settings: { number_of_replicas: 0 } });
    await engine.updateAliases([
      { add: { index: blue, alias: write, isWriteIndex: false } },
      { add: { index: green, alias: write, isWriteIndex: true } },
    ]);
    const [written] = await engine.bulk(write, [{ id: "w", source: { n: 1 } }], { versionType: "internal", refresh: true });
    expect(written).toMatchObject({ id: "w", ok: true, status: 201 });
    expect([await engine.count(blue), await engine.count(green)]).toEqual([0, 1]);

    const before = await engine.getAliases([write]);
    const error = await engine
      .updateAliases([{ add: { index: blue, alias: write, isWriteIndex: true } }])
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EngineError);
    expect(await engine.getAliases([write])).toEqual(before);
  });
}
