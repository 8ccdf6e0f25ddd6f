import type { ForwardSnapshot } from "../aws/elb-reader.js";
import { OperationError, RefusedError } from "../errors.js";
import { settleBounded, WRITE_CONCURRENCY } from "../run/bounded.js";
import type { Clock } from "../run/clock.js";
import type { RunContext } from "../run/operation.js";
import { describeWeights, rollbackCommand, sameWeights, type SwitchPlan } from "../traffic/switch-plan.js";
import { stepsReport } from "./switch-report.js";
import { Stop, type Walk } from "./switch-state.js";
import type { StepRow, SwitchDeps, SwitchOptions } from "./switch-traffic.js";

/** How a switch that stopped part-way puts every route back, and what it says afterwards. */

export interface RestoreRow {
  readonly route: string;
  readonly outcome: "restored" | "already" | "left" | "failed";
  readonly detail: string;
}

/**
 * Every route back to the forward action this run found, all routes at once, retried. A route whose
 * weights are neither the start nor anything this run wrote was changed by someone else: it is left
 * as they set it (overwriting a person's fix with older weights would be worse than stopping), and
 * said. Runs after a stop request too: its waits use the clock without the run's signal.
 */
export async function restore(
  plan: SwitchPlan,
  w: Walk,
  foreign: ReadonlySet<string>,
  run: RunContext,
  deps: Omit<SwitchDeps, "clock" | "signal" | "lock"> & { readonly clock?: Clock },
): Promise<RestoreRow[]> {
  const lb = deps.aws.elb;
  const done = new Map<string, RestoreRow>();
  for (const route of plan.routes.filter((r) => foreign.has(r.place.ruleArn)))
    done.set(route.place.ruleArn, { route: route.label, outcome: "left", detail: "weights set by someone else, left as found" });
  const attempts = deps.restoreAttempts ?? 3;
  const lastError = new Map<string, string>();
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const pending = plan.routes.filter((r) => !done.has(r.place.ruleArn));
    if (pending.length === 0) break;
    // not cut short by the very signal that started the restore
    if (attempt > 1) await run.sleepThrough(deps.retryMs ?? 2_000);
    let found: Map<string, ForwardSnapshot>;
    try {
      found = await lb.read.readForwards(pending.map((r) => r.place));
    } catch (error) {
      for (const route of pending) lastError.set(route.place.ruleArn, messageOf(error));
      continue;
    }
    await settleBounded(pending, WRITE_CONCURRENCY, async (route) => {
      const key = route.place.ruleArn;
      const now = found.get(key);
      try {
        if (!now?.forward) throw new Error("no forward action found to restore");
        if (sameWeights(now.forward, route.start)) {
          done.set(key, { route: route.label, outcome: "already", detail: describeWeights(route.start, w.names) });
          return;
        }
        if (!(w.ours.get(key) ?? []).some((f) => now.forward && sameWeights(f, now.forward))) {
          done.set(key, {
            route: route.label,
            outcome: "left",
            detail: `weights ${describeWeights(now.forward, w.names)} were set by someone else, left as found`,
          });
          return;
        }
        const answer = await lb.write.writeForward(route.place, now, route.start);
        if (!answer.forward || !sameWeights(answer.forward, route.start)) throw new Error("AWS did not answer with the restored weights");
        done.set(key, { route: route.label, outcome: "restored", detail: describeWeights(route.start, w.names) });
      } catch (error) {
        lastError.set(key, messageOf(error));
        deps.log.warn(`restoring ${route.label} (try ${attempt}/${attempts}): ${messageOf(error)}`);
      }
    });
  }
  return plan.routes.map(
    (r) =>
      done.get(r.place.ruleArn) ?? {
        route: r.label,
        outcome: "failed",
        detail: `should be ${describeWeights(r.start, w.names)}; ${lastError.get(r.place.ruleArn) ?? "not restored"}`,
      },
  );
}

export function afterRestore(
  error: unknown,
  restored: readonly RestoreRow[],
  options: SwitchOptions,
  rows: readonly StepRow[],
  plan: Pick<SwitchPlan, "from" | "routes">,
): Error {
  const failed = restored.filter((r) => r.outcome === "failed");
  const lines = restored.map((r) => `${r.route}: ${r.outcome} (${r.detail})`);
  const reached = rows.length > 0 ? ` after reaching green ${rows[rows.length - 1]?.weight ?? 0}%` : "";
  const aftermath =
    failed.length > 0
      ? {
          kind: "resumable" as const,
          detail:
            `${failed.length} route(s) could not be put back: ${lines.join("; ")}. ` +
            `Finish with: ${rollbackCommand(options.configPath, options.release)}`,
        }
      : { kind: "restored" as const, detail: lines.join("; ") };
  // the summary shows how far the switch went, and where each route was put back
  const report = stepsReport(rows, plan.from, plan.routes.length, "weights per step, until the stop")
    .heading("put back")
    .table(
      ["route", "outcome", "weights"],
      restored.map((r) => [r.route, r.outcome, r.detail]),
    );
  const partial = { report, data: { steps: rows, restored } };
  if (error instanceof Stop && error.reason === "drift")
    return new RefusedError(`switch-traffic stopped${reached}: ${error.message}`, error.problems, aftermath, partial);
  const message = `switch-traffic stopped${reached}: ${error instanceof Stop ? error.problems.join("; ") : messageOf(error)}`;
  return new OperationError(message, aftermath, { cause: error, partial });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
