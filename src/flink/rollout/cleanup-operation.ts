/**
 * `--phase cleanup` as an operation: delete what a switch or a rollback retired, statement first,
 * then its table or view (views before tables), then the record of its DDL. Nothing a running
 * statement reads is in the plan (cleanup-plan.ts). Read back: none of it is listed any more.
 */
import type { Operation } from "../../run/operation.js";
import { planCleanup, type CleanupPlan } from "../release/cleanup-plan.js";
import { LABEL } from "../release/names.js";
import { changing, ensureHeld, type PhaseDeps } from "./phase-deps.js";
import { readDeployedState } from "./read-world.js";

export interface CleanupResult {
  readonly deleted: readonly string[];
}

export function cleanupOperation(deps: PhaseDeps): Operation<CleanupPlan, CleanupResult> {
  const { backend, flink } = deps;
  return {
    name: "flink cleanup",
    resume: deps.resume,
    plan: async () => {
      const signal = new AbortController().signal;
      const { deployed } = await readDeployedState(backend, deps.prefix, signal);
      // every other statement of the environment too: a table one of them reads is never dropped
      const others = (await backend.list({}, { signal })).filter((info) => info.labels[LABEL.project] !== deps.prefix);
      return planCleanup(deployed, others);
    },
    isEmpty: (plan) => plan.steps.length === 0,
    apply: async (plan, run) => {
      const deleted: string[] = [];
      for (const step of plan.steps) {
        if (step.statement) {
          await ensureHeld(run, `deleting ${step.statement}`);
          await changing(run, `asked to delete ${step.statement}`, () =>
            backend.delete(step.statement!, { timeoutMs: flink.timeouts.stop, signal: run.signal }),
          );
          run.journal.record(`deleted statement ${step.statement}`);
          deleted.push(step.statement);
        }
        if (step.drop) {
          await ensureHeld(run, `dropping ${step.object ?? step.key}`);
          await changing(run, `asked to drop ${step.object ?? step.key}`, () =>
            backend.runDdl(step.drop!, { timeoutMs: flink.timeouts.ddl, signal: run.signal }),
          );
          run.journal.record(`dropped ${step.object ?? step.key}`);
        }
        if (step.ddlRecord) {
          // on the gateway the DROP removed the record with the table; Confluent keeps the DDL statement
          await changing(run, `asked to delete ${step.ddlRecord}`, () =>
            backend.delete(step.ddlRecord!, { timeoutMs: flink.timeouts.stop, signal: run.signal }),
          );
          deleted.push(step.ddlRecord);
        }
      }
      return { deleted };
    },
    verify: async (plan, _result, run) => {
      const { infos } = await readDeployedState(backend, deps.prefix, run.signal);
      const left = new Set(infos.map((i) => i.name));
      return plan.steps
        .flatMap((s) => [s.statement, s.ddlRecord])
        .filter((n): n is string => n !== undefined && left.has(n))
        .map((n) => `${n} is still there`);
    },
  };
}
