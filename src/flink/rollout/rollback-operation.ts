/**
 * `--phase rollback` as an operation: resume the blue statements of the latest release from where
 * they stopped (the gateway: their savepoint; Confluent Cloud: its own resume), then stop green.
 * Read back: blue running, green stopped.
 */
import { RefusedError } from "../../errors.js";
import type { Operation } from "../../run/operation.js";
import type { StatementInfo } from "../statement-port.js";
import { readDeployed } from "../release/deployed.js";
import { renderRollbackPlan } from "../release/render-phases.js";
import { planRollback, type RollbackPlan } from "../release/rollback-plan.js";
import { changing, ensureHeld, type PhaseDeps } from "./phase-deps.js";
import { readDeployedState } from "./read-world.js";

export interface RollbackResult {
  readonly resumed: readonly { readonly name: string; readonly ms: number }[];
  readonly stopped: readonly { readonly name: string; readonly savepoint?: string; readonly ms: number }[];
}

export function rollbackOperation(deps: PhaseDeps): Operation<RollbackPlan, RollbackResult> {
  const { backend, flink } = deps;
  return {
    name: "flink rollback",
    resume: deps.resume,
    plan: async () => {
      const { deployed } = await readDeployedState(backend, deps.prefix, new AbortController().signal);
      const plan = planRollback(deployed);
      if (plan.refusals.length > 0)
        throw new RefusedError(`rollback refused: ${plan.refusals.length} blue statement(s) cannot come back`, plan.refusals, undefined, {
          report: renderRollbackPlan(plan),
          data: plan,
        });
      return plan;
    },
    isEmpty: (plan) => plan.resumes.length + plan.stops.length === 0,
    apply: async (plan, run) => {
      const resumed: { name: string; ms: number }[] = [];
      const stopped: { name: string; savepoint?: string; ms: number }[] = [];
      for (const name of plan.resumes) {
        await ensureHeld(run, `resuming ${name}`);
        const started = run.now();
        await changing(run, `asked blue ${name} to resume`, () =>
          backend.resume(name, { timeoutMs: flink.timeouts.start, signal: run.signal }),
        );
        const ms = run.now() - started;
        run.journal.record(`resumed blue ${name} in ${(ms / 1000).toFixed(1)} s`);
        resumed.push({ name, ms });
      }
      for (const name of plan.stops) {
        await ensureHeld(run, `stopping ${name}`);
        const started = run.now();
        const info: StatementInfo = await changing(run, `asked green ${name} to stop`, () =>
          backend.stop(name, { timeoutMs: flink.timeouts.stop, signal: run.signal }),
        );
        const ms = run.now() - started;
        run.journal.record(
          `stopped green ${name}${info.savepoint ? ` with savepoint ${info.savepoint}` : ""} in ${(ms / 1000).toFixed(1)} s`,
        );
        stopped.push({ name, ...(info.savepoint ? { savepoint: info.savepoint } : {}), ms });
      }
      return { resumed, stopped };
    },
    verify: async (plan, _result, run) => {
      const after = readDeployed(deps.prefix, (await readDeployedState(backend, deps.prefix, run.signal)).infos);
      const items = new Map([...after.tables.values()].flatMap((t) => [...t.dml.values()]).map((i) => [i.name, i] as const));
      const unmet: string[] = [];
      for (const name of plan.resumes)
        if (items.get(name)?.info.phase !== "RUNNING") unmet.push(`blue ${name} is ${items.get(name)?.info.phase ?? "gone"}, not RUNNING`);
      for (const name of plan.stops)
        if (items.get(name)?.info.phase !== "STOPPED") unmet.push(`green ${name} is ${items.get(name)?.info.phase ?? "gone"}, not STOPPED`);
      return unmet;
    },
  };
}
