/**
 * switch-read: `readWeight` 100 moves the read alias to green in one `_aliases` call; 0 puts it back
 * on blue; between, the read alias stays on blue, the canary alias points at green and the weight is
 * stored for the application's read router. The canary alias exists before the weight that sends
 * reads to it, and the weight is gone before the canary alias is removed.
 */
import { OperationError, RefusedError } from "../errors.js";
import { Report } from "../report/report.js";
import { observeIndex } from "./observe.js";
import { describeAliasAction, planReadSwitch } from "./plan-aliases.js";
import type { PhaseContext, PhaseOutcome } from "./phase-context.js";
import { markDone, type BuildState } from "./reindex-state.js";
import { clearRouting, storeRouting } from "./routing-weight.js";
import { recordGreenWrites, refuseIfSourceWritten } from "./source-writes.js";

export async function runSwitchRead(ctx: PhaseContext, build: BuildState): Promise<PhaseOutcome> {
  const { engine, config } = ctx;
  const weight = config.readWeight;
  if (build.validation && !build.validation.passed) {
    throw new RefusedError(`the last validation of ${build.green} failed; reads stay where they are`, [
      ...build.validation.reasons,
      "rerun --phase validate once the cause is fixed",
    ]);
  }
  // reads back on blue are always allowed; reads (or, through one alias, writes) onto green are not when it missed writes
  if (weight > 0) await refuseIfSourceWritten(ctx, build, "switch-read");
  const observed = await observeIndex(engine, config);
  const plan = planReadSwitch(observed, build.green, build.blue, weight);
  const lines = plan.actions.map(describeAliasAction);
  const split = weight > 0 && weight < 100 && build.blue !== undefined;
  // through one alias for reads and writes, this moves the writes: a rollback must know what green took since
  if (observed.readAlias === observed.writeAlias && weight >= 100 && build.writeSwitchedAt === undefined && plan.actions.length > 0)
    await recordGreenWrites(ctx, build);
  let routingChanged: boolean;
  try {
    if (split) {
      if (plan.actions.length > 0) await engine.updateAliases(plan.actions);
      routingChanged = await storeRouting(engine, { readAlias: observed.readAlias, canaryAlias: observed.canaryAlias, weight }, ctx.now());
    } else {
      routingChanged = await clearRouting(engine, observed.readAlias);
      if (plan.actions.length > 0) await engine.updateAliases(plan.actions);
    }
  } catch (error) {
    throw new OperationError(
      `switch-read: ${error instanceof Error ? error.message : String(error)}`,
      {
        kind: "resumable",
        detail: "the alias change is one atomic call (made entirely or not at all); rerun --phase switch-read",
      },
      { cause: error },
    );
  }
  const sameAlias = observed.readAlias === observed.writeAlias;
  const writesMoved = sameAlias && weight >= 100 && plan.actions.length > 0;
  await ctx.store.update((state) => {
    if (!state.build) return state;
    let b = markDone({ ...state.build, readWeight: weight }, "switch-read");
    let retired = state.retired;
    if (sameAlias && weight >= 100 && b.writeSwitchedAt === undefined) {
      // read and write are one alias (seed 003): writes moved with it
      b = markDone({ ...b, writeSwitchedAt: ctx.now().toISOString() }, "switch-write");
      if (b.blue) retired = [...retired.filter((r) => r.index !== b.blue), { index: b.blue, at: ctx.now().toISOString() }];
    }
    return { ...state, build: b, retired };
  });
  const changed = plan.actions.length > 0 || routingChanged;
  for (const line of lines) ctx.log.info(`switch-read: ${line}`);
  const where =
    weight >= 100 || build.blue === undefined
      ? `all reads on ${build.green}`
      : weight <= 0
        ? `all reads on ${build.blue ?? "blue"}`
        : `${weight}% of reads (through the read router) on ${build.green} via ${observed.canaryAlias}, the rest on ${build.blue ?? "blue"}`;
  const notes = [
    ...lines,
    ...(split ? [`weight ${weight} stored as es-reindex-routing:${observed.readAlias} for the application's read router`] : []),
    ...(plan.removesIndices.length > 0
      ? [
          `the bare index ${plan.removesIndices.join(", ")} was deleted to free its name for the alias; a rollback can no longer return to it`,
        ]
      : []),
    ...(writesMoved ? [`'${observed.readAlias}' is also the write alias: writes moved to ${build.green} too`] : []),
  ];
  return {
    phase: "switch-read",
    headline: changed ? `switch-read: ${where}` : `switch-read: nothing to do, ${where} already`,
    changed,
    report: new Report().list(notes),
    data: {
      green: build.green,
      blue: build.blue ?? null,
      weight,
      actions: plan.actions,
      readAlias: observed.readAlias,
      canaryAlias: observed.canaryAlias,
      writesMoved,
    },
  };
}
