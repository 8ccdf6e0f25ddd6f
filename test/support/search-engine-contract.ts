/**
 * The search engine port's contract, engine-neutral: what the es-reindex phases rely on from any
 * SearchEngine. Run against the stack's real nodes (test/integration/search-engine.test.ts, once on
 * Elasticsearch 8.19 and once on OpenSearch 2.19) and against the memory engine in both profiles
 * (test/unit/memory-search-engine.test.ts), so the fake cannot drift from the real engines.
 * Index names carry a random suffix (other suites share the nodes) and are deleted afterwards.
 *
 *   describe("search engine on X", () => {
 *     searchEngineContract({ engine, reindex: true, version: /^2\.19\./, openContexts: (index) => ... });
 *   });
 */
import { afterAll, afterEach } from "vitest";
import { indexContract } from "./search-engine-contract/indices.js";
import { readContract } from "./search-engine-contract/reads.js";
import { taskAndStateContract } from "./search-engine-contract/tasks-and-state.js";
import { unique, type ContractContext, type ContractTarget } from "./search-engine-contract/helpers.js";
import { writeContract } from "./search-engine-contract/writes.js";

export { CONTRACT_SCRIPTS, type ContractTarget } from "./search-engine-contract/helpers.js";

/** Registers the contract's tests in the calling describe block. */
export function searchEngineContract(target: ContractTarget): void {
  const { engine } = target;
  const created: string[] = [];
  const stateIds: string[] = [];
  const ctx: ContractContext = {
    target,
    engine,
    created,
    stateIds,
    indexName: (prefix = "cutover-it") => {
      const name = unique(prefix);
      created.push(name);
      return name;
    },
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

  indexContract(ctx);
  writeContract(ctx);
  readContract(ctx);
  taskAndStateContract(ctx);
}
