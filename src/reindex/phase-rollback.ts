/**
 * rollback: read and write aliases back to blue in one `_aliases` call, the canary alias and the
 * stored read weight removed. Blue is current if follow kept it so after the write switch.
 */
import { OperationError, RefusedError } from "../errors.js";
import { Report } from "../report/report.js";
import { observeIndex, type ObservedIndex } from "./observe.js";
import { describeAliasAction, planRollback } from "./plan-aliases.js";
import type { PhaseContext, PhaseOutcome } from "./phase-context.js";
import { markDone, type BuildState } from "./reindex-state.js";
import { clearRouting } from "./routing-weight.js";

export async function runRollback(ctx: PhaseContext, build: BuildState): Promise<PhaseOutcome> {
  const { engine, config } = ctx;
  if (!build.blue) throw new RefusedError(`build ${build.green} was the first one: there is no blue to roll back to`);
  const observed = await observeIndex(engine, config);
  if (!(await isConcreteIndex(engine, observed, build.blue))) {
    throw new RefusedError(`blue ${build.blue} no longer exists: there is nothing to roll back to`, [
      `${build.blue} was deleted (by cleanup, or freed for an alias of its name by switch-read)`,
    ]);
  }
  const plan = planRollback(observed, build.blue);
  let routingCleared: boolean;
  try {
    routingCleared = await clearRouting(engine, observed.readAlias);
    if (plan.actions.length > 0) await engine.updateAliases(plan.actions);
  } catch (error) {
    throw new OperationError(
      `rollback: ${error instanceof Error ? error.message : String(error)}`,
      {
        kind: "resumable",
        detail: "the alias change is one atomic call (made entirely or not at all); rerun --phase rollback",
      },
      { cause: error },
    );
  }
  const changed = plan.actions.length > 0 || routingCleared || build.rolledBackAt === undefined;
  const at = ctx.now().toISOString();
  if (build.rolledBackAt === undefined) {
    await ctx.store.update((state) => {
      if (!state.build) return state;
      const blue = state.build.blue;
      return {
        ...state,
        build: markDone({ ...state.build, rolledBackAt: at }, "rollback"),
        // blue is live again: its retention clock stops
        retired: state.retired.filter((r) => r.index !== blue),
      };
    });
  }
  const lines = plan.actions.map(describeAliasAction);
  for (const line of lines) ctx.log.info(`rollback: ${line}`);
  return {
    phase: "rollback",
    headline: changed
      ? `rollback: reads and writes back on ${build.blue}`
      : `rollback: nothing to do, reads and writes are on ${build.blue}`,
    changed,
    report: new Report().list([
      ...lines,
      ...(routingCleared ? ["stored read weight removed"] : []),
      `${build.green} is kept until cleanup (retention)`,
    ]),
    data: { blue: build.blue, green: build.green, actions: plan.actions },
  };
}

/** An index of that name, not an alias that took its name (a bare blue freed for its alias). */
async function isConcreteIndex(engine: PhaseContext["engine"], observed: ObservedIndex, name: string): Promise<boolean> {
  if ([...observed.indices, ...observed.otherIndices].some((i) => i.name === name)) return true;
  if (!(await engine.exists(name))) return false;
  return !(await engine.getAliases([name])).has(name);
}
