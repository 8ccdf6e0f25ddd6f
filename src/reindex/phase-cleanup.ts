/**
 * cleanup: deletes builds older than the retention that no alias points at; never the build under
 * way, never the newest blue. It runs under the index's lock, so never beside another run. A bare
 * index under the configured name leaves its name behind as an alias of the live index.
 */
import { Report } from "../report/report.js";
import { observeIndex } from "./observe.js";
import { planCleanup } from "./plan-cleanup.js";
import type { PhaseContext, PhaseOutcome } from "./phase-context.js";

export async function runCleanup(ctx: PhaseContext): Promise<PhaseOutcome> {
  const { engine, config, store } = ctx;
  const observed = await observeIndex(engine, config);
  const plan = planCleanup(observed, store.value, ctx.now(), config.retention);
  const deleted: string[] = [];
  for (const item of plan.delete) {
    if (item.aliasNameTo)
      await engine.updateAliases([{ removeIndex: { index: item.index } }, { add: { index: item.aliasNameTo, alias: item.index } }]);
    else await engine.deleteIndex(item.index);
    deleted.push(item.index);
    ctx.log.info(
      `cleanup: deleted ${item.index} (${item.reason})${item.aliasNameTo ? `; '${item.index}' is now an alias of ${item.aliasNameTo}` : ""}`,
    );
  }
  if (deleted.length > 0) await store.update((state) => ({ ...state, retired: state.retired.filter((r) => !deleted.includes(r.index)) }));
  return {
    phase: "cleanup",
    headline: deleted.length > 0 ? `cleanup: ${deleted.length} old build(s) deleted` : "cleanup: nothing to delete",
    changed: deleted.length > 0,
    report: new Report().table(
      ["index", "action", "why"],
      [...plan.delete.map((d) => [d.index, "deleted", d.reason]), ...plan.keep.map((k) => [k.index, "kept", k.reason])],
    ),
    data: { deleted, kept: plan.keep },
  };
}
