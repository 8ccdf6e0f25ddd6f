/**
 * `--phase switch` as an operation: measure every green statement's lag against its input (its
 * consumed offsets from the backend, the end of its topics from Kafka), refuse while one is behind
 * by more than flink.maxLag, then stop the blue statements green replaces (with a savepoint where
 * the backend takes one; Confluent Cloud keeps what a resume needs). Read back: blue stopped and
 * resumable, green running.
 */
import { RefusedError } from "../../errors.js";
import type { Operation } from "../../run/operation.js";
import { readDeployed, type Deployed } from "../release/deployed.js";
import { renderSwitchPlan, switchData } from "../release/render-phases.js";
import { pairsToSwitch, planSwitch, type GreenLag, type SwitchPlan } from "../release/switch-plan.js";
import { measureLag } from "../statement-lag.js";
import { changing, ensureHeld, type PhaseDeps } from "./phase-deps.js";
import { readDeployedState } from "./read-world.js";

export interface SwitchPlanned {
  readonly deployed: Deployed;
  readonly switch: SwitchPlan;
}

export interface SwitchResult {
  readonly stopped: readonly { readonly name: string; readonly savepoint?: string; readonly ms: number }[];
}

export function switchOperation(deps: PhaseDeps, now: () => Date): Operation<SwitchPlanned, SwitchResult> {
  const { backend, flink } = deps;
  return {
    name: "flink switch",
    resume: deps.resume,
    plan: async () => {
      const signal = new AbortController().signal;
      const { deployed } = await readDeployedState(backend, deps.prefix, signal);
      const lags = new Map<string, GreenLag>();
      for (const pair of pairsToSwitch(deployed)) lags.set(pair.green.name, await lagOf(deps, pair.green.name, pair.green.info.sources));
      const plan = planSwitch(deployed, lags, flink.maxLag, now());
      if (plan.refusals.length > 0)
        throw new RefusedError(
          `switch refused: ${plan.refusals.length} green statement(s) not ready; blue keeps running`,
          plan.refusals,
          undefined,
          {
            report: renderSwitchPlan(plan),
            data: switchData(plan),
          },
        );
      return { deployed, switch: plan };
    },
    isEmpty: (planned) => planned.switch.stops.length === 0,
    apply: async (planned, run) => {
      const stopped: { name: string; savepoint?: string; ms: number }[] = [];
      for (const name of planned.switch.stops) {
        await ensureHeld(run, `stopping ${name}`);
        const started = run.now();
        const info = await changing(run, `asked blue ${name} to stop`, () =>
          backend.stop(name, { timeoutMs: flink.timeouts.stop, signal: run.signal }),
        );
        const ms = run.now() - started;
        run.journal.record(
          `stopped blue ${name}${info.savepoint ? ` with savepoint ${info.savepoint}` : ""} in ${(ms / 1000).toFixed(1)} s`,
        );
        stopped.push({ name, ...(info.savepoint ? { savepoint: info.savepoint } : {}), ms });
      }
      return { stopped };
    },
    verify: async (planned, _result, run) => {
      const after = readDeployed(deps.prefix, (await readDeployedState(backend, deps.prefix, run.signal)).infos);
      const unmet: string[] = [];
      const items = new Map([...after.tables.values()].flatMap((t) => [...t.dml.values()]).map((i) => [i.name, i] as const));
      for (const pair of planned.switch.pairs) {
        const blue = items.get(pair.blue);
        const green = items.get(pair.green);
        if (blue?.info.phase !== "STOPPED" || !blue.info.resumable)
          unmet.push(`blue ${pair.blue} is ${blue?.info.phase ?? "gone"}, not stopped and resumable`);
        if (green?.info.phase !== "RUNNING") unmet.push(`green ${pair.green} is ${green?.info.phase ?? "gone"}, not RUNNING`);
      }
      return unmet;
    },
  };
}

/** A green statement's lag; a failure to read it is a reason to refuse, not an error of the run. */
async function lagOf(deps: PhaseDeps, name: string, sources: readonly { readonly topic: string }[]): Promise<GreenLag> {
  const topics = [...new Set(sources.map((s) => s.topic))];
  if (topics.length === 0)
    return {
      total: undefined,
      problem: "the backend reports no input topics for it yet (Confluent reports offsets once it has processed some)",
    };
  try {
    const lag = await measureLag(deps.backend, deps.stream, name, topics);
    return { total: lag.total, ...(lag.asOf ? { asOf: lag.asOf } : {}) };
  } catch (error) {
    return { total: undefined, problem: error instanceof Error ? error.message : String(error) };
  }
}
