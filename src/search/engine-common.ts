/** Small pieces both adapters need beyond response narrowing (see responses.ts). */
import { EngineError, type EngineCapabilities, type IndexInfo, type ReindexRequest } from "./engine.js";
import { asObject } from "./responses.js";

/** How long a scan's point in time lives between two pages; each page renews it. */
export const SCAN_KEEP_ALIVE = "5m";

/**
 * Refuses a reindex the node cannot run, naming the missing module, rather than sending a request
 * the node would answer with a bare 405 or "no handler".
 */
export function missingModuleError(
  capabilities: EngineCapabilities,
  request: ReindexRequest,
  resource: string,
  product: string,
): EngineError | undefined {
  if (!capabilities.reindex) {
    return new EngineError(
      "POST _reindex",
      resource,
      undefined,
      `this ${product} ${capabilities.version} node has no reindex module, so _reindex is not available`,
    );
  }
  if (request.script && request.script.lang === "painless" && !capabilities.painless) {
    return new EngineError(
      "POST _reindex",
      resource,
      undefined,
      `this ${product} ${capabilities.version} node has no lang-painless module, so a painless script cannot run`,
    );
  }
  return undefined;
}

/**
 * From `GET <base>,<base>_*` (aliases and settings per concrete index): the indices named `base` or
 * `<base>_...`. A name that is an alias resolves to its indices, which are left out unless they match.
 */
export function indexInfos(body: unknown, base: string): Omit<IndexInfo, "docsCount">[] {
  return Object.entries(asObject(body))
    .filter(([name]) => name === base || name.startsWith(`${base}_`))
    .map(([name, raw]) => {
      const entry = asObject(raw);
      const created = Number(asObject(asObject(entry.settings).index).creation_date);
      return { name, aliases: Object.keys(asObject(entry.aliases)).sort(), createdAt: new Date(created) };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** `GET <index>/_settings` answers per concrete index; an alias resolves to its (first) index. */
export function settingsOf(body: unknown, index: string): Record<string, unknown> {
  const answer = asObject(body);
  const entry = asObject(answer[index] ?? Object.values(answer)[0]);
  return asObject(entry.settings);
}
