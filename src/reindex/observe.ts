/**
 * What the engine holds for one configured index, read fresh on every run: where the read, write
 * and canary aliases point, the builds that exist, and what the node can do. Plans are computed from
 * this, never from what a previous run believed.
 */
import type { SearchIndexConfig } from "../config/schema/index.js";
import type { EngineCapabilities, IndexInfo, SearchEngine } from "../search/engine.js";
import { canaryAliasOf, isBuildOf } from "./build-names.js";

/** A name the application uses: an alias (to these indices), a concrete index of that name, or nothing. */
export type Pointer =
  | { readonly kind: "alias"; readonly targets: readonly string[] }
  | { readonly kind: "index"; readonly targets: readonly [string] }
  | { readonly kind: "absent"; readonly targets: readonly [] };

export interface ObservedIndex {
  readonly name: string;
  readonly readAlias: string;
  readonly writeAlias: string;
  readonly canaryAlias: string;
  readonly read: Pointer;
  readonly write: Pointer;
  readonly canary: Pointer;
  /** The configured name itself (seed 003's public name): an alias, a bare index, or nothing. */
  readonly base: Pointer;
  /** Builds `<name>_<yyyyMMddHHmmss>` and a bare index `<name>`, oldest first, with their aliases and counts. */
  readonly indices: readonly IndexInfo[];
  /** Other indices under `<name>_*` (a seed's `<name>_v1`): cleanup considers them only once the state saw them retire. */
  readonly otherIndices: readonly IndexInfo[];
  readonly capabilities: EngineCapabilities;
}

export async function observeIndex(engine: SearchEngine, config: SearchIndexConfig): Promise<ObservedIndex> {
  const readAlias = config.aliases.read;
  const writeAlias = config.aliases.write;
  const canaryAlias = canaryAliasOf(readAlias);
  const names = [...new Set([readAlias, writeAlias, canaryAlias, config.name])];
  const [aliases, listed, capabilities] = await Promise.all([
    engine.getAliases(names),
    engine.listIndices(config.name),
    engine.capabilities(),
  ]);
  const pointer = async (name: string): Promise<Pointer> => {
    const targets = aliases.get(name);
    if (targets && targets.length > 0) return { kind: "alias", targets: targets.map((t) => t.index).sort() };
    if (listed.some((info) => info.name === name) || (await engine.exists(name))) return { kind: "index", targets: [name] };
    return { kind: "absent", targets: [] };
  };
  const indices = listed
    .filter((info) => info.name === config.name || isBuildOf(config.name, info.name))
    .sort((a, b) => a.name.localeCompare(b.name));
  return {
    name: config.name,
    readAlias,
    writeAlias,
    canaryAlias,
    read: await pointer(readAlias),
    write: await pointer(writeAlias),
    canary: await pointer(canaryAlias),
    base: await pointer(config.name),
    indices,
    otherIndices: listed.filter((info) => !indices.includes(info)).sort((a, b) => a.name.localeCompare(b.name)),
    capabilities,
  };
}
