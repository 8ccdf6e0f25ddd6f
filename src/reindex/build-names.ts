/**
 * Names of a search index's builds and of the aliases cutover keeps beside the configured ones. A
 * build is `<name>_<UTC yyyyMMddHHmmss>`, so builds sort by name in the order they were made.
 */
import { routingDocId } from "../search/state-names.js";

const BUILD_SUFFIX = /^\d{14}$/;

/** `classes` at 2026-11-22T09:41:07Z → `classes_20261122094107`. */
export function buildName(base: string, at: Date): string {
  const stamp = at.toISOString().replace(/[-:T]/g, "").slice(0, 14);
  return `${base}_${stamp}`;
}

/** Whether `index` is one of `base`'s builds (not the bare index `base`, nor another index's build). */
export function isBuildOf(base: string, index: string): boolean {
  return index.startsWith(`${base}_`) && BUILD_SUFFIX.test(index.slice(base.length + 1));
}

/**
 * A build name not yet taken: two builds started within the same second (a rerun after a failed
 * create) must not collide, so the time moves on a second at a time.
 */
export function freeBuildName(base: string, at: Date, taken: ReadonlySet<string>): string {
  let time = at.getTime();
  let name = buildName(base, new Date(time));
  while (taken.has(name)) {
    time += 1000;
    name = buildName(base, new Date(time));
  }
  return name;
}

/** The alias beside the read alias that the application helper sends a share of reads to. */
export function canaryAliasOf(readAlias: string): string {
  return `${readAlias}_canary`;
}

/** State document ids in the engine's cutover state index. */
export const stateIds = {
  run: (project: string, index: string) => `es-reindex:${project}:${index}`,
  lock: (project: string, index: string) => `es-reindex-lock:${project}:${index}`,
  /** Read by the application-side read helper: the weight of reads sent to the canary alias. */
  routing: routingDocId,
} as const;
