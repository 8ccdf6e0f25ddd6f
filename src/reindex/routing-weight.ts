/**
 * The stored read weight that the application-side read router follows (src/search/read-router.ts).
 * Document `es-reindex-routing:<read alias>` in the cutover state index, value
 * `{ readAlias, canaryAlias, weight, updatedAt }`; absent when reads are not split (0 or 100).
 */
import { StateConflictError, type SearchEngine } from "../search/engine.js";
import { stateIds } from "./build-names.js";

export interface StoredRouting {
  readonly readAlias: string;
  readonly canaryAlias: string;
  /** Share of reads for the canary alias (green), 1..99. */
  readonly weight: number;
  readonly updatedAt: string;
}

export async function readRouting(engine: SearchEngine, readAlias: string): Promise<StoredRouting | undefined> {
  return (await engine.readState<StoredRouting>(stateIds.routing(readAlias)))?.value;
}

/** Stores the weight; unchanged when it already holds it. Returns whether it wrote. */
export async function storeRouting(engine: SearchEngine, routing: Omit<StoredRouting, "updatedAt">, now: Date): Promise<boolean> {
  const id = stateIds.routing(routing.readAlias);
  const existing = await engine.readState<StoredRouting>(id);
  const v = existing?.value;
  if (v && v.weight === routing.weight && v.canaryAlias === routing.canaryAlias) return false;
  await engine.writeState(id, { ...routing, updatedAt: now.toISOString() }, existing ?? "absent");
  return true;
}

/** Removes the stored weight (reads go to the read alias alone). Returns whether there was one. */
export async function clearRouting(engine: SearchEngine, readAlias: string): Promise<boolean> {
  const id = stateIds.routing(readAlias);
  for (let attempt = 0; attempt < 3; attempt++) {
    const existing = await engine.readState<StoredRouting>(id);
    if (!existing) return false;
    try {
      await engine.deleteState(id, existing);
      return true;
    } catch (error) {
      if (!(error instanceof StateConflictError)) throw error;
    }
  }
  throw new StateConflictError(id);
}
