import type { AwsCalls } from "../aws/aws-call.js";
import type { Aws } from "../aws/connect.js";
import type { ForwardSnapshot } from "../aws/elb-reader.js";
import { RefusedError } from "../errors.js";
import type { Logger } from "../host/host.js";
import { settleBounded, WRITE_CONCURRENCY } from "../run/bounded.js";
import type { Clock } from "../run/clock.js";
import type { Operation, RunContext, RunLock } from "../run/operation.js";
import { Interrupted, reasonOf, runOperation } from "../run/run-operation.js";
import type { ForwardBody } from "../traffic/forward-action.js";
import { alarmsFiring, unhealthyGreens } from "./switch-checks.js";
import { afterRestore, restore } from "./switch-restore.js";
import { newWalk, Stop, type Walk } from "./switch-state.js";
import {
  describeWeights,
  rollbackCommand,
  sameWeights,
  type SwitchPlan,
  type SwitchRoute,
  type SwitchStep,
} from "../traffic/switch-plan.js";

/**
 * switch-traffic as an operation of the apply loop (src/run/): before each step and while baking,
 * checks green's health, the alarms and that every route still has the weights cutover set last;
 * then one write per route, all routes of a step together, each checked from the write's own
 * answer. Any failure, a signal included, puts every route back to where this run found it, all
 * routes at once.
 */

export interface SwitchDeps {
  readonly aws: Pick<Aws, "elb" | "alarms">;
  readonly clock: Clock;
  readonly log: Pick<Logger, "info" | "warn"> & Partial<Logger>;
  readonly signal: AbortSignal;
  /** For the per-step call counts in the result. */
  readonly calls?: AwsCalls;
  /** The release lock, taken before the first change; a rollback may take it over. */
  readonly lock?: RunLock;
  /** How often a bake looks at health, alarms and weights (default 5 s). */
  readonly pollMs?: number;
  /** Tries per route when putting weights back (default 3), `retryMs` apart (default 2 s). */
  readonly restoreAttempts?: number;
  readonly retryMs?: number;
}

export interface SwitchOptions {
  readonly configPath: string;
  readonly release: string | undefined;
}

/** One route's weights after one step: the report's table. */
export interface StepRow {
  readonly at: string;
  readonly step: number;
  readonly weight: number;
  readonly route: string;
  readonly blue: string;
  readonly green: string;
}

/** What a set-weight step cost, its checks included. */
export interface StepCalls {
  readonly step: number;
  readonly weight: number;
  readonly routes: number;
  /** The drift read, the writes (each checked from its own answer). */
  readonly routeCalls: number;
  /** Target health and alarm reads. */
  readonly checkCalls: number;
  readonly ms: number;
  /** Between the first and the last route's write answer within the step. */
  readonly skewMs: number;
  /** The median time one write took to answer: one API round trip, the scale for the skew. */
  readonly writeMs: number;
}

export interface SwitchOutcome {
  readonly rows: readonly StepRow[];
  readonly stepCalls: readonly StepCalls[];
  readonly weight: number;
}

/** Runs a plan already made (the CLI reads and plans inside the operation; tests hand one in). */
export async function switchTraffic(plan: SwitchPlan, options: SwitchOptions, deps: SwitchDeps): Promise<SwitchOutcome> {
  const outcome = await runOperation(
    switchOperation(async () => plan, options, deps),
    {
      dryRun: false,
      ...(deps.lock ? { lock: deps.lock } : {}),
      signal: deps.signal,
      log: { debug: () => undefined, error: () => undefined, verbatim: () => undefined, group: (_t, body) => body(), ...deps.log },
      clock: deps.clock,
    },
  );
  return outcome.kind === "applied" ? outcome.result : { rows: [], stepCalls: [], weight: plan.from };
}

export function switchOperation(
  makePlan: () => Promise<SwitchPlan>,
  options: SwitchOptions,
  deps: Omit<SwitchDeps, "clock" | "signal" | "lock">,
): Operation<SwitchPlan, SwitchOutcome> {
  const state = new Map<SwitchPlan, Walk>();
  const walkOf = (plan: SwitchPlan) => {
    let walk = state.get(plan);
    if (!walk) state.set(plan, (walk = newWalk(plan)));
    return walk;
  };
  return {
    name: "switch-traffic",
    resume: rollbackCommand(options.configPath, options.release),
    plan: async () => {
      const plan = await makePlan();
      if (plan.refusals.length > 0) throw new RefusedError("traffic cannot be switched", plan.refusals);
      return plan;
    },
    isEmpty: (plan) => plan.steps.length === 0,
    apply: (plan, run) => walk(plan, walkOf(plan), run, deps),
    restore: async (plan, run, cause) => {
      const walk = walkOf(plan);
      const foreign = new Set(cause instanceof Stop ? cause.foreign : []);
      const restored = await restore(plan, walk, foreign, run, deps);
      return afterRestore(cause, restored, options, walk.rows, plan);
    },
  };
}

async function walk(
  plan: SwitchPlan,
  w: Walk,
  run: RunContext,
  deps: Omit<SwitchDeps, "clock" | "signal" | "lock">,
): Promise<SwitchOutcome> {
  const lb = deps.aws.elb;
  const stepCalls: StepCalls[] = [];
  const checks = async (needHealthyGreen: boolean): Promise<Map<string, ForwardSnapshot>> => {
    const found = await lb.read.readForwards(plan.routes.map((r) => r.place));
    const drift: string[] = [];
    const foreign: string[] = [];
    for (const route of plan.routes) {
      const now = found.get(route.place.ruleArn)?.forward;
      const want = w.expected.get(route.place.ruleArn) ?? route.start;
      if (now && sameWeights(now, want)) continue;
      foreign.push(route.place.ruleArn);
      drift.push(
        `${route.label}: the weights are ${now ? describeWeights(now, w.names) : "gone (no forward action)"}, ` +
          `but cutover set ${describeWeights(want, w.names)}`,
      );
    }
    if (drift.length > 0)
      throw new Stop("drift", `someone or something else changed the weights on ${drift.length} route(s)`, drift, foreign);
    const problems = [...(needHealthyGreen ? await unhealthyGreens(plan.routes, deps.aws) : []), ...(await alarmsFiring(plan, deps.aws))];
    if (problems.length > 0) {
      const alarm = problems.some((p) => p.startsWith("alarm "));
      throw new Stop(alarm ? "alarm" : "unhealthy", problems[0] ?? "a check failed", problems);
    }
    return found;
  };
  const stopIfAsked = () => {
    if (run.signal.aborted) throw new Interrupted(`interrupted (${reasonOf(run.signal)}) at green ${w.greenWeight}%`);
  };

  try {
    for (const [index, step] of plan.steps.entries()) {
      stopIfAsked();
      if (step.kind === "bake") {
        await bake(step, w.greenWeight > 0, checks, stopIfAsked, run, deps.pollMs ?? 5_000);
        continue;
      }
      // still ours? A rollback that took the lock over owns the weights now: stop, touch nothing
      if (!(await run.stillHeld()))
        throw new Stop("taken-over", `the release lock was taken over (a rollback?) before the step to ${step.weight}%`);
      const before = deps.calls?.byAction() ?? {};
      const started = run.now();
      const snapshots = await checks(step.weight > 0);
      stopIfAsked();
      const number = plan.steps.slice(0, index + 1).filter((s) => s.kind === "set-weight").length;
      const answered = await writeStep(plan, step, snapshots, w, run, lb);
      w.greenWeight = step.weight;
      for (const [i, route] of plan.routes.entries())
        w.rows.push(row(route, number, step.weight, step.forwards[i] as ForwardBody, answered.answeredAt[i] ?? run.now()));
      deps.log.info(`green at ${step.weight}% on ${plan.routes.length} route(s)`);
      if (deps.calls)
        stepCalls.push(countStep(number, step.weight, plan.routes.length, before, deps.calls.byAction(), started, run.now(), answered));
    }
    return { rows: w.rows, stepCalls, weight: w.greenWeight };
  } catch (error) {
    // before the first write a failed check is a precondition not met: exit 3, nothing changed
    if (run.journal.changes.length === 0 && error instanceof Stop && error.reason !== "taken-over")
      throw new RefusedError(`switch-traffic cannot start: ${error.message}`, error.problems);
    throw error;
  }
}

/**
 * One step: every route's write at once (bounded), each checked from AWS's answer. Every write is
 * tried; a route whose write failed is reported after all have settled, so the restore knows
 * exactly which routes this run may have changed. Returns when each route's answer came.
 */
async function writeStep(
  plan: SwitchPlan,
  step: Extract<SwitchStep, { kind: "set-weight" }>,
  snapshots: ReadonlyMap<string, ForwardSnapshot>,
  w: Walk,
  run: RunContext,
  lb: SwitchDeps["aws"]["elb"],
): Promise<{ answeredAt: number[]; tookMs: number[] }> {
  const answeredAt: number[] = [];
  const tookMs: number[] = [];
  const settled = await settleBounded([...plan.routes.entries()], WRITE_CONCURRENCY, async ([i, route]) => {
    const forward = step.forwards[i];
    const snapshot = snapshots.get(route.place.ruleArn);
    if (!forward || !snapshot) throw new Stop("check", `${route.label}: no longer found`);
    w.ours.get(route.place.ruleArn)?.push(forward);
    // noted before the call: a write whose answer is lost may still have been made, and is put back
    run.journal.record(`${route.label}: green ${step.weight}%`, { log: false });
    const sent = run.now();
    const answer = await lb.write.writeForward(route.place, snapshot, forward);
    answeredAt[i] = run.now();
    tookMs[i] = answeredAt[i] - sent;
    if (!answer.forward || !sameWeights(answer.forward, forward))
      throw new Stop(
        "check",
        `${route.label}: AWS answered the write with ${answer.forward ? describeWeights(answer.forward, w.names) : "no forward action"}, ` +
          `not ${describeWeights(forward, w.names)}`,
      );
    w.expected.set(route.place.ruleArn, forward);
  });
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === "rejected");
  if (failed) throw failed.reason;
  return { answeredAt, tookMs };
}

/** Waits out a bake, looking every poll; the wait ends at once on a signal, so a stop is acted on within moments. */
async function bake(
  step: Extract<SwitchStep, { kind: "bake" }>,
  greenCarries: boolean,
  checks: (needHealthyGreen: boolean) => Promise<unknown>,
  stopIfAsked: () => void,
  run: RunContext,
  pollMs: number,
): Promise<void> {
  const end = run.now() + step.durationMs;
  for (;;) {
    await checks(greenCarries);
    stopIfAsked();
    const left = end - run.now();
    if (left <= 0) return;
    await run.sleep(Math.min(pollMs, left));
    stopIfAsked();
  }
}

function row(route: SwitchRoute, step: number, weight: number, forward: ForwardBody, at: number): StepRow {
  const weightOf = (arn: string) => forward.targetGroups.find((t) => t.arn === arn)?.weight ?? 0;
  return {
    at: new Date(at).toISOString(),
    step,
    weight,
    route: route.label,
    blue: `${route.blue.name}=${weightOf(route.blue.arn)}`,
    green: `${route.green.name}=${weightOf(route.green.arn)}`,
  };
}

const ROUTE_CALLS = /:(DescribeRules|DescribeListeners|ModifyRule|ModifyListener)$/;

function countStep(
  step: number,
  weight: number,
  routes: number,
  before: Record<string, number>,
  after: Record<string, number>,
  started: number,
  ended: number,
  answered: { readonly answeredAt: readonly number[]; readonly tookMs: readonly number[] },
): StepCalls {
  let routeCalls = 0;
  let checkCalls = 0;
  for (const [action, n] of Object.entries(after)) {
    const delta = n - (before[action] ?? 0);
    if (ROUTE_CALLS.test(action)) routeCalls += delta;
    else checkCalls += delta;
  }
  const times = answered.answeredAt.filter((t) => t !== undefined);
  const skewMs = times.length > 0 ? Math.max(...times) - Math.min(...times) : 0;
  const took = answered.tookMs.filter((t) => t !== undefined).sort((a, b) => a - b);
  return { step, weight, routes, routeCalls, checkCalls, ms: ended - started, skewMs, writeMs: took[Math.floor(took.length / 2)] ?? 0 };
}
