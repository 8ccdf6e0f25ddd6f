/**
 * An index-fed build copies its source once and has no change stream: what the application writes to
 * the source after the copy began is not in green. So the source's write counter is taken when the
 * copy begins, and compared again before reads or writes move to green; any write in between (or a
 * counter that went back, so that nobody can tell) refuses the switch with nothing changed.
 */
import { RefusedError } from "../errors.js";
import type { PhaseContext } from "./phase-context.js";
import type { BuildState } from "./reindex-state.js";

export type SourceWrites =
  | { readonly kind: "unchanged" }
  | { readonly kind: "written"; readonly operations: number }
  /** The counter went back: a shard of the source restarted or moved since the copy began. */
  | { readonly kind: "reset" }
  /** No counter was taken (a build whose load began before cutover took one). */
  | { readonly kind: "not-recorded" };

export function compareSourceWrites(atLoad: number | undefined, now: number): SourceWrites {
  if (atLoad === undefined) return { kind: "not-recorded" };
  if (now === atLoad) return { kind: "unchanged" };
  return now > atLoad ? { kind: "written", operations: now - atLoad } : { kind: "reset" };
}

/** Called just before a copy of the source begins (a new reindex task, or a client-side copy). */
export async function recordSourceWrites(ctx: PhaseContext, source: string): Promise<void> {
  const operations = await ctx.engine.writeOperations(source);
  await ctx.store.updateBuild((b) => ({ ...b, sourceWritesAtLoad: operations }));
}

/**
 * Called just before the write alias moves to green on an index-fed build: the application's writes
 * to green from then on are what a rollback would lose (blue-currency.ts compares against this).
 */
export async function recordGreenWrites(ctx: PhaseContext, build: BuildState): Promise<void> {
  if (build.source !== "index") return;
  const operations = await ctx.engine.writeOperations(build.green);
  await ctx.store.updateBuild((b) => ({ ...b, greenWritesAtSwitch: operations }));
}

/** Refuses (exit 3, nothing changed) when the source of an index-fed build was written since its copy began. */
export async function refuseIfSourceWritten(ctx: PhaseContext, build: BuildState, phase: "switch-read" | "switch-write"): Promise<void> {
  if (build.source !== "index" || !build.sourceIndex) return;
  const source = build.sourceIndex;
  const found = compareSourceWrites(build.sourceWritesAtLoad, await ctx.engine.writeOperations(source));
  if (found.kind === "unchanged") return;
  if (found.kind === "not-recorded") {
    ctx.log.warn(`${phase}: writes to ${source} since the load began were not checked (the load did not record its write counter)`);
    return;
  }
  const what =
    found.kind === "written"
      ? `${source} took ${found.operations} write(s) since the load into ${build.green} began, and ${build.green} lacks them`
      : `cannot tell whether ${source} was written since the load into ${build.green} began (its write counter went back: a shard restarted or moved)`;
  throw new RefusedError(`${phase}: ${what}`, [
    `${phase}: ${what}`,
    "an index-fed build copies its source once: writes made afterwards would be lost by moving reads or writes to green",
    "nothing was switched",
    "stop the writers to the source, then start a new build: --phase rollback, then --phase all",
  ]);
}
