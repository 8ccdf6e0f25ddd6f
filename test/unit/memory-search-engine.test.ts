/**
 * The memory search engine: the same contract the real nodes pass (test/support/search-engine-contract.ts),
 * in the profile of each of the stack's nodes, then what only the fake has (faults, looking inside).
 */
import { describe, expect, it } from "vitest";

import { ENGINE_PROFILES, faults, MemorySearchEngine, painlessError, type ScriptStandIn } from "../support/memory-search-engine.js";
import { CONTRACT_SCRIPTS, searchEngineContract } from "../support/search-engine-contract.js";

/** `Integer.parseInt` as painless runs it: a string that is not a whole number throws. */
function parseInt(value: unknown): number {
  const text = String(value);
  if (!/^[+-]?\d+$/.test(text)) throw painlessError("java.lang.NumberFormatException", `For input string: "${text}"`);
  return Number(text);
}

const SCRIPTS: Record<string, ScriptStandIn> = {
  [CONTRACT_SCRIPTS.parseAndDrop]: (ctx) => {
    ctx._source.credits = parseInt(ctx._source.credits);
    delete ctx._source.skip;
  },
  [CONTRACT_SCRIPTS.parse]: (ctx) => {
    ctx._source.credits = parseInt(ctx._source.credits);
  },
};

describe.each([
  { name: "Elasticsearch", profile: ENGINE_PROFILES.elasticsearch, version: /^8\.19\./ },
  { name: "OpenSearch", profile: ENGINE_PROFILES.opensearch, version: /^2\.19\./ },
])("memory search engine as $name", ({ profile, version }) => {
  const engine = new MemorySearchEngine({ ...profile, scripts: SCRIPTS });
  searchEngineContract({
    engine,
    reindex: profile.capabilities.reindex,
    version,
    openContexts: async (index) => engine.openContexts(index),
  });
});

describe("memory search engine, beyond the contract", () => {
  const engine = () => new MemorySearchEngine({ ...ENGINE_PROFILES.opensearch, now: () => clock });
  let clock = Date.parse("2026-03-02T09:00:00Z");

  it("forgets a delete's version after index.gc_deletes: a stale write then brings the document back (why loads write tombstones)", async () => {
    const memory = engine();
    await memory.createIndex("i", {});
    await memory.bulk("i", [{ id: "a", version: 5, source: { v: 5 } }], { versionType: "external_gte" });
    await memory.bulk("i", [{ id: "a", version: 9 }], { versionType: "external_gte" });
    const [within] = await memory.bulk("i", [{ id: "a", version: 7, source: { v: 7 } }], { versionType: "external_gte" });
    expect(within).toMatchObject({ ok: false, staleVersion: true });
    clock += 61_000;
    const [after] = await memory.bulk("i", [{ id: "a", version: 7, source: { v: 7 } }], { versionType: "external_gte" });
    expect(after).toMatchObject({ ok: true, status: 201 });
  });

  it("injects faults as a node and the clients would meet them, and logs every request", async () => {
    const memory = engine();
    await memory.createIndex("i", {});
    memory.inject({ call: "GET _count", fault: faults.throttled() });
    expect(await memory.count("i")).toBe(0);
    memory.inject({ call: "GET _count", times: 3, fault: faults.unreachable() });
    expect(await memory.count("i")).toBe(0);
    memory.inject({ call: "GET _count", fault: faults.error(500, "exception", "boom") });
    await expect(memory.count("i")).rejects.toMatchObject({
      name: "EngineError",
      status: 500,
      message: "GET _count on i: HTTP 500 exception: boom",
    });
    memory.inject({ call: "PUT index", fault: faults.timeout() });
    await expect(memory.createIndex("j", {})).rejects.toMatchObject({
      status: undefined,
      message: expect.stringContaining("TimeoutError") as unknown,
    });
    expect(memory.indexNames()).toContain("j");
    expect(memory.calls.filter((c) => c.call === "GET _count").map((c) => c.outcome)).toEqual([
      "injected 429 es_rejected_execution_exception",
      "ok",
      ...Array<string>(3).fill("injected unreachable"),
      "ok",
      "injected 500 exception",
    ]);
  });

  it("puts back a snapshot, and shows its contents as plain data", async () => {
    const memory = engine();
    await memory.createIndex("i", { settings: { number_of_replicas: 0 } });
    await memory.updateAliases([{ add: { index: "i", alias: "a", isWriteIndex: true } }]);
    const saved = memory.snapshot();
    const contents = memory.contents();
    await memory.bulk("a", [{ id: "x", source: { n: 1 } }], { versionType: "internal" });
    await memory.updateAliases([{ removeIndex: { index: "i" } }]);
    expect(memory.indexNames()).toEqual([]);
    memory.restore(saved);
    expect(memory.contents()).toEqual(contents);
    expect(memory.aliasTable()).toEqual({ a: [{ index: "i", isWriteIndex: true }] });
  });

  it("answers as a node for what the phases must never send: no write index, a strict mapping, an unknown query, a sort on text", async () => {
    const memory = engine();
    await memory.createIndex("one", { mappings: { dynamic: "strict", properties: { t: { type: "text" } } } });
    await memory.createIndex("two", {});
    await memory.updateAliases([{ add: { index: "one", alias: "both" } }, { add: { index: "two", alias: "both" } }]);
    const [nowhere] = await memory.bulk("both", [{ id: "x", source: { t: "a" } }], { versionType: "internal" });
    expect(nowhere).toMatchObject({ ok: false, status: 400, retryable: false });
    expect(nowhere?.error).toMatch(/^illegal_argument_exception: no write index is defined for alias \[both\]/);
    const [strict] = await memory.bulk("one", [{ id: "x", source: { other: 1 } }], { versionType: "internal" });
    expect(strict?.error).toMatch(/^strict_dynamic_mapping_exception: .*dynamic introduction of \[other\]/);
    await expect(memory.search("one", { query: { nope: {} } }, 10)).rejects.toThrow("HTTP 400 parsing_exception: unknown query [nope]");
    await expect(memory.search("one", { sort: ["t"] }, 10)).rejects.toThrow(
      /HTTP 400 illegal_argument_exception: Text fields are not optimised/,
    );
  });
});
