/**
 * The memory search engine: the same contract the real nodes pass (test/support/search-engine-contract.ts),
 * in the profile of each of the stack's nodes, then what only the fake has (faults, looking inside).
 */
import { describe } from "vitest";

import { ENGINE_PROFILES, MemorySearchEngine, painlessError, type ScriptStandIn } from "../support/memory-search-engine.js";
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
