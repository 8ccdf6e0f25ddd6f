/**
 * Which old builds cleanup deletes (pure): those older than the retention that no alias points at,
 * never the build under way, never the newest blue (the one a rollback would return to). Age runs
 * from when the write alias left the index, as recorded in the run state; an index the state never
 * saw retire counts from its creation. Other indices under the name (`<name>_v1`) are candidates only
 * once the state recorded the write alias leaving them.
 */
import type { ObservedIndex } from "./observe.js";
import type { ReindexState } from "./reindex-state.js";

export interface CleanupItem {
  readonly index: string;
  readonly reason: string;
}

export interface CleanupDeletion extends CleanupItem {
  readonly ageMs: number;
  /**
   * A bare index under the configured name: its name becomes an alias to this index in the same
   * call, so clients still using the old name keep finding the live data.
   */
  readonly aliasNameTo?: string;
}

export interface CleanupPlan {
  readonly delete: readonly CleanupDeletion[];
  readonly keep: readonly CleanupItem[];
}

export function planCleanup(observed: ObservedIndex, state: ReindexState, now: Date, retentionMs: number): CleanupPlan {
  const pointed = new Set([...observed.read.targets, ...observed.write.targets, ...observed.canary.targets, ...observed.base.targets]);
  const build = state.build;
  const inProgress = build && build.rolledBackAt === undefined && build.writeSwitchedAt === undefined ? build.green : undefined;
  const newestBlue = build?.blue ?? [...state.retired].sort((a, b) => a.at.localeCompare(b.at)).at(-1)?.index;
  const retiredAt = new Map(state.retired.map((r) => [r.index, Date.parse(r.at)]));
  if (build?.rolledBackAt !== undefined) retiredAt.set(build.green, Date.parse(build.rolledBackAt));
  const live = observed.write.targets.length === 1 ? observed.write.targets[0] : undefined;

  const remove: CleanupDeletion[] = [];
  const keep: CleanupItem[] = [];
  const retiredOthers = observed.otherIndices.filter((info) => retiredAt.has(info.name));
  for (const info of [...observed.indices, ...retiredOthers]) {
    const index = info.name;
    if (info.aliases.length > 0) keep.push({ index, reason: `aliases point at it (${info.aliases.join(", ")})` });
    else if (pointed.has(index)) keep.push({ index, reason: "the read or write name is this index" });
    else if (index === inProgress) keep.push({ index, reason: "the build under way" });
    else if (index === newestBlue) keep.push({ index, reason: "the newest blue (what a rollback returns to)" });
    else {
      const since = retiredAt.get(index) ?? info.createdAt.getTime();
      const ageMs = Math.max(0, now.getTime() - since);
      if (ageMs < retentionMs)
        keep.push({ index, reason: `within retention (${Math.round(ageMs / 60_000)} of ${Math.round(retentionMs / 60_000)} minutes)` });
      else {
        const aliasNameTo = index === observed.name && live !== undefined && live !== index ? live : undefined;
        remove.push({
          index,
          ageMs,
          reason: `no alias points at it; retired ${new Date(since).toISOString()}`,
          ...(aliasNameTo ? { aliasNameTo } : {}),
        });
      }
    }
  }
  return { delete: remove, keep };
}
