/** The contract, part 4: `_reindex` tasks, where the node has the module, and state documents. */
import { expect, it } from "vitest";
import { EngineError, StateConflictError } from "../../../src/search/engine.js";
import { STATE_INDEX } from "../../../src/search/state-index.js";
import { allDocs, CONTRACT_SCRIPTS, unique, waitForTask, type ContractContext } from "./helpers.js";

export function taskAndStateContract(ctx: ContractContext): void {
  const { engine, indexName } = ctx;
  const { reindex } = ctx.target;
  const stateIds = ctx.stateIds;
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
        script: { lang: "painless", source: CONTRACT_SCRIPTS.parseAndDrop },
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
          script: { lang: "painless", source: CONTRACT_SCRIPTS.parse },
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
}
