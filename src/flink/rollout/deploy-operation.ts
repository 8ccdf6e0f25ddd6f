/**
 * `--phase deploy` as an operation of the apply loop: the new tables and views, then each green
 * statement started at its position and waited for until it runs; blue keeps running. A failure
 * names the statement, leaves what was created in place (listed, for a rerun or a rollback), and
 * a rerun plans from what is there and finishes the rest.
 */
import { RefusedError, InputError } from "../../errors.js";
import type { Operation } from "../../run/operation.js";
import { describeStart } from "../plan/render-plan.js";
import type { DeployAction } from "../release/deploy-plan.js";
import { LABEL } from "../release/names.js";
import { changing, ensureHeld, type PhaseDeps } from "./phase-deps.js";
import type { PlannedRelease } from "./read-world.js";

export interface DeployResult {
  readonly created: readonly string[];
}

/**
 * `showOnly`: the plan phase, which shows conflicts with what is deployed instead of refusing on
 * them (it changes nothing either way); problems in the files are bad input for both.
 */
export function deployOperation(
  deps: PhaseDeps,
  plan: () => Promise<PlannedRelease>,
  showOnly = false,
): Operation<PlannedRelease, DeployResult> {
  const { backend, flink } = deps;
  return {
    name: "flink deploy",
    resume: deps.resume,
    plan: async () => {
      const planned = await plan();
      const { deploy } = planned;
      if (deploy.problems.length > 0)
        throw new InputError(`the Flink release cannot be deployed: ${deploy.problems.length} problem(s)`, deploy.problems);
      if (deploy.refusals.length > 0 && !showOnly)
        throw new RefusedError(
          `the Flink release cannot be deployed over what is there: ${deploy.refusals.length} conflict(s)`,
          deploy.refusals,
        );
      return planned;
    },
    isEmpty: (planned) => planned.deploy.actions.length === 0,
    apply: async (planned, run) => {
      const created: string[] = [];
      for (const action of planned.deploy.actions) {
        await ensureHeld(run, `${describe(action)}`);
        if (action.kind === "create-ddl") {
          await changing(run, `asked to create ${action.object} (${action.record.name})`, () =>
            backend.runDdl(action.sql, { record: action.record, timeoutMs: flink.timeouts.ddl, signal: run.signal }),
          );
          run.journal.record(`created ${action.object} (${action.record.name})`);
          created.push(action.record.name);
          continue;
        }
        if (action.replaceFailed) {
          await changing(run, `asked to delete ${action.name}`, () =>
            backend.delete(action.name, { timeoutMs: flink.timeouts.stop, signal: run.signal }),
          );
          run.journal.record(`deleted ${action.name}, left FAILED by an earlier attempt`);
        }
        const started = run.now();
        await changing(run, `started ${action.name}`, () =>
          backend.create(
            {
              name: action.name,
              sql: action.sql,
              contentHash: action.contentHash,
              labels: action.labels,
              properties: action.properties,
              sources: action.sources,
              start: action.start,
            },
            { timeoutMs: flink.timeouts.start, signal: run.signal },
          ),
        );
        run.journal.record(
          `started ${action.name} writing ${action.writes}, reading from ${describeStart(action.startFrom)} (running after ${Math.round((run.now() - started) / 100) / 10} s)`,
        );
        created.push(action.name);
      }
      return { created };
    },
    verify: async (planned, result, run) => {
      const infos = await backend.list({ labels: { [LABEL.project]: deps.prefix } }, { signal: run.signal });
      const byName = new Map(infos.map((info) => [info.name, info] as const));
      const unmet: string[] = [];
      for (const action of planned.deploy.actions) {
        const name = action.kind === "create-ddl" ? action.record.name : action.name;
        const info = byName.get(name);
        if (!info) unmet.push(`${name} is not there`);
        else if (action.kind === "create-ddl" ? info.phase !== "COMPLETED" : info.phase !== "RUNNING" && info.phase !== "DEGRADED")
          unmet.push(`${name} is ${info.phase}${info.detail ? ` (${info.detail})` : ""}`);
      }
      if (unmet.length === 0 && result.created.length > 0)
        deps.log.info(`read back: the ${result.created.length} statement(s) and table(s) created are in place`);
      return unmet;
    },
  };
}

function describe(action: DeployAction): string {
  return action.kind === "create-ddl" ? `creating ${action.object}` : `starting ${action.name}`;
}
