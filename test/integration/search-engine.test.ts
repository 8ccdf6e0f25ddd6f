/**
 * The search engine port against the stack's real nodes: the engine-neutral contract
 * (test/support/search-engine-contract.ts), run once on Elasticsearch 8.19 (Elastic's test zip: no
 * reindex or painless module) and once on OpenSearch 2.19. The memory engine runs the same contract
 * in test/unit/memory-search-engine.test.ts.
 * Run: npx vitest run test/integration/search-engine.test.ts
 */
import { describe } from "vitest";

import { createSearchEngine } from "../../src/search/create-engine.js";
import { searchEngineContract } from "../support/search-engine-contract.js";
import { requireStack, type StackComponent } from "./stack-env.js";

const ENGINES = [
  { name: "Elasticsearch", component: "es", kind: "elasticsearch", reindex: false, version: /^8\.19\./ },
  { name: "OpenSearch", component: "os", kind: "opensearch", reindex: true, version: /^2\.19\./ },
] as const satisfies readonly { component: StackComponent; [key: string]: unknown }[];

describe.each(ENGINES)("search engine on $name", ({ component, kind, reindex, version }) => {
  const stack = requireStack(component);
  const url = component === "es" ? stack.esUrl : stack.osUrl;
  searchEngineContract({
    engine: createSearchEngine({ engine: kind, url }),
    reindex,
    version,
    openContexts: (index) => openSearchContexts(url, index),
  });
});

/** Open search contexts (scrolls, points in time) on one index, from its own stats. */
async function openSearchContexts(url: string, index: string): Promise<number> {
  const response = await fetch(new URL(`/${index}/_stats/search`, url));
  const body = (await response.json()) as { _all?: { total?: { search?: { open_contexts?: number } } } };
  return body._all?.total?.search?.open_contexts ?? -1;
}
