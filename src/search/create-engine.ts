/** The one place that picks an adapter for the config's `search` section. */
import { ElasticsearchEngine } from "./elasticsearch-engine.js";
import type { EngineKind, SearchEngine } from "./engine.js";
import { OpenSearchEngine } from "./opensearch-engine.js";

export interface SearchConnection {
  readonly engine: EngineKind;
  /** Required by validation for the commands that connect (CONNECTION_KEYS in config/sections.ts). */
  readonly url?: string | undefined;
  readonly auth?: { readonly username: string; readonly password: string } | { readonly apiKey: string } | undefined;
}

/**
 * Connection errors and 502/503/504 are retried by each client (`maxRetries`); 429 and 503 get an
 * exponential back-off on top (request-retry.ts). Nothing connects until the first call.
 */
export function createSearchEngine(
  search: SearchConnection,
  options: { maxRetries?: number; requestTimeoutMs?: number } = {},
): SearchEngine {
  if (!search.url) throw new Error("search.url is required to connect to the search engine");
  const settings = { url: search.url, ...options, ...(search.auth ? { auth: search.auth } : {}) };
  switch (search.engine) {
    case "elasticsearch":
      return new ElasticsearchEngine(settings);
    case "opensearch":
      return new OpenSearchEngine(settings);
  }
}
