/**
 * Whether the engine can build this index at all (pure): a script runs only inside `_reindex`, so a
 * node without the reindex module (Elastic's test distribution) or without painless cannot honour
 * `source.script`. Checked before anything is touched: exit 2, nothing changed.
 */
import type { SearchIndexConfig } from "../config/schema/index.js";
import type { EngineCapabilities, EngineKind } from "../search/engine.js";

export type LoadMethod = "reindex-task" | "client-copy" | "kafka";

export function loadMethod(config: SearchIndexConfig, capabilities: EngineCapabilities): LoadMethod {
  if (config.source.type === "kafka") return "kafka";
  return capabilities.reindex ? "reindex-task" : "client-copy";
}

/** Why the engine cannot run this config's load; undefined when it can. */
export function engineMisfit(config: SearchIndexConfig, capabilities: EngineCapabilities, kind: EngineKind): string | undefined {
  if (config.source.type !== "index" || !config.source.script) return undefined;
  const product = kind === "elasticsearch" ? "Elasticsearch" : "OpenSearch";
  const missing: string[] = [];
  if (!capabilities.reindex) missing.push("reindex");
  if (config.source.script.lang === "painless" && !capabilities.painless) missing.push("lang-painless");
  if (missing.length === 0) return undefined;
  return (
    `search.indices '${config.name}' source.script needs the ${missing.join(" and ")} module${missing.length > 1 ? "s" : ""}, ` +
    `which this ${product} ${capabilities.version} node does not have; a script runs only inside _reindex ` +
    `(remove the script to copy documents as they are, client-side, or use a node with those modules)`
  );
}
