import { AwsError, type AwsCalls } from "../../../aws/aws-call.js";
import type { Aws } from "../../../aws/connect.js";
import type { ForwardSnapshot } from "../../../aws/load-balancing.js";
import type { Clock } from "../../../deploy/wait-ready.js";
import { OperationError, RefusedError } from "../../../errors.js";
import type { ForwardBody } from "../../../traffic/forward-action.js";
import {
  describeWeights,
  rollbackCommand,
  sameWeights,
  type SwitchPlan,
  type SwitchRoute,
  type SwitchStep,
} from "../../../traffic/switch-plan.js";

/**
 * Walks a switch plan: before each step and while baking, checks green's health, the alarms and
 * that every route still has the weights cutover set last; then one write per route, checked from
 * the write's own answer. Any failure puts every route back to where this run found it.
 */

/** The release lock as the switch sees it; the lead wires src/lock/ in here. */
export interface ReleaseGuard {
  /** Takes the lock before the first change; throws RefusedError when another run holds it. */
  take(): Promise<void>;
  /** Still ours? A rollback may have taken it over; then the switch stops without touching the weights again. */
  stillHeld(): Promise<boolean>;
}

const NO_LOCK: ReleaseGuard = { take: async () => undefined, stillHeld: async () => true };

export interface SwitchDeps {
  readonly aws: Pick<Aws, "loadBalancing" | "alarms">;
  readonly clock: Clock;
  readonly log: { info(message: string): void; warn(message: string): void };
  readonly signal: AbortSignal;
  /** For the per-step call counts in the result. */
  readonly calls?: AwsCalls;
  readonly guard?: ReleaseGuard;
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
}

export interface RestoreRow {
  readonly route: string;
  readonly outcome: "restored" | "already" | "left" | "failed";
  readonly detail: string;
}

export interface SwitchOutcome {
  readonly rows: readonly StepRow[];
  readonly stepCalls: readonly StepCalls[];
  readonly weight: number;
}

type StopReason = "alarm" | "unhealthy" | "drift" | "check" | "interrupted" | "taken-over";

/** Why the switch stopped part-way; caught below and turned into a restore and an exit code. */
class Stop extends Error {
  constructor(
    readonly reason: StopReason,
    message: string,
    readonly problems: readonly string[] = [message],
    /** Routes whose weights someone else set: never written again by this run. */
    readonly foreign: readonly string[] = [],
  ) {
    super(message);
    this.name = "Stop";
  }
}

export async function switchTraffic(plan: SwitchPlan, options: SwitchOptions, deps: SwitchDeps): Promise<SwitchOutcome> {
  const lb = deps.aws.loadBalancing;
  const guard = deps.guard ?? NO_LOCK;
  const names = new Map(plan.routes.flatMap((r) => [[r.blue.arn, r.blue.name] as const, [r.green.arn, r.green.name] as const]));
  /** What cutover set last on each route (at first: what it found), by rule ARN. */
  const expected = new Map(plan.routes.map((r) => [r.place.ruleArn, r.start]));
  /** Every forward this run wrote or was writing: a restore writes over these and nothing else. */
  const ours = new Map(plan.routes.map((r) => [r.place.ruleArn, [r.start] as ForwardBody[]]));
  const rows: StepRow[] = [];
  const stepCalls: StepCalls[] = [];
  let changed = false;
  let greenWeight = plan.from;

  const checks = async (needHealthyGreen: boolean): Promise<Map<string, ForwardSnapshot>> => {
    const found = await lb.readForwards(plan.routes.map((r) => r.place));
    const drift: string[] = [];
    const foreign: string[] = [];
    for (const route of plan.routes) {
      const now = found.get(route.place.ruleArn)?.forward;
      const want = expected.get(route.place.ruleArn) ?? route.start;
      if (now && sameWeights(now, want)) continue;
      foreign.push(route.place.ruleArn);
      drift.push(
        `${route.label}: the weights are ${now ? describeWeights(now, names) : "gone (no forward action)"}, ` +
          `but cutover set ${describeWeights(want, names)}`,
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
    if (deps.signal.aborted) throw new Stop("interrupted", `interrupted (${reasonOf(deps.signal)}) at green ${greenWeight}%`);
  };

  // LOCK: take the release lock before the first change; a holder refuses the run here (exit 3), nothing changed.
  await guard.take();
  try {
    for (const [index, step] of plan.steps.entries()) {
      stopIfAsked();
      if (step.kind === "bake") {
        await bake(step, greenWeight > 0, checks, stopIfAsked, deps);
        continue;
      }
      // LOCK: still ours? A rollback that took the lock over owns the weights now: stop, touch nothing.
      if (!(await guard.stillHeld()))
        throw new Stop("taken-over", "the release lock was taken over (a rollback?) before the step to " + `${step.weight}%`);
      const before = deps.calls?.byAction() ?? {};
      const started = deps.clock.now();
      const snapshots = await checks(step.weight > 0);
      const number = plan.steps.slice(0, index + 1).filter((s) => s.kind === "set-weight").length;
      for (const [i, route] of plan.routes.entries()) {
        const forward = step.forwards[i];
        const snapshot = snapshots.get(route.place.ruleArn);
        if (!forward || !snapshot) throw new Stop("check", `${route.label}: no longer found`);
        ours.get(route.place.ruleArn)?.push(forward);
        changed = true;
        const answer = await lb.writeForward(route.place, snapshot, forward);
        if (!answer.forward || !sameWeights(answer.forward, forward))
          throw new Stop(
            "check",
            `${route.label}: AWS answered the write with ${answer.forward ? describeWeights(answer.forward, names) : "no forward action"}, ` +
              `not ${describeWeights(forward, names)}`,
          );
        expected.set(route.place.ruleArn, forward);
        rows.push(row(route, number, step.weight, forward, deps.clock.now()));
      }
      greenWeight = step.weight;
      deps.log.info(`green at ${step.weight}% on ${plan.routes.length} route(s)`);
      if (deps.calls)
        stepCalls.push(countStep(number, step.weight, plan.routes.length, before, deps.calls.byAction(), started, deps.clock.now()));
    }
    return { rows, stepCalls, weight: greenWeight };
  } catch (error) {
    if (error instanceof Stop && error.reason === "taken-over")
      throw new OperationError(
        error.message,
        { kind: "resumable", detail: `the weights were left as they are (green at ${greenWeight}%) for whoever holds the lock` },
        { cause: error },
      );
    if (!changed) throw error instanceof Stop || error instanceof AwsError ? beforeAnyChange(error) : error;
    const foreign = new Set(error instanceof Stop ? error.foreign : []);
    const restored = await restore(plan, ours, foreign, names, deps);
    throw afterRestore(error, restored, options, rows);
  }
}

/** Waits out a bake, looking every poll; never one long sleep, so an alarm or a signal is seen within a poll. */
async function bake(
  step: Extract<SwitchStep, { kind: "bake" }>,
  greenCarries: boolean,
  checks: (needHealthyGreen: boolean) => Promise<unknown>,
  stopIfAsked: () => void,
  deps: SwitchDeps,
): Promise<void> {
  const end = deps.clock.now() + step.durationMs;
  const poll = deps.pollMs ?? 5_000;
  for (;;) {
    await checks(greenCarries);
    const left = end - deps.clock.now();
    if (left <= 0) return;
    await deps.clock.sleep(Math.min(poll, left));
    stopIfAsked();
  }
}

async function unhealthyGreens(routes: readonly SwitchRoute[], aws: SwitchDeps["aws"]): Promise<string[]> {
  const problems: string[] = [];
  for (const route of routes) {
    const targets = await aws.loadBalancing.targetHealth({ arn: route.green.arn, name: route.green.name });
    const healthy = targets.filter((t) => t.state === "healthy").length;
    const sick = targets.filter((t) => t.state !== "healthy").map((t) => `${t.id} ${t.state}${t.reason ? ` (${t.reason})` : ""}`);
    const enough = route.health.kind === "min-healthy" ? healthy >= route.health.min : healthy > 0 && sick.length === 0;
    if (!enough) {
      const need = route.health.kind === "min-healthy" ? `at least ${route.health.min}` : "all";
      problems.push(
        `${route.label}: green ${route.green.name} has ${healthy}/${targets.length} healthy target(s), needs ${need}` +
          (sick.length > 0 ? `: ${sick.join(", ")}` : ""),
      );
    }
  }
  return problems;
}

async function alarmsFiring(plan: SwitchPlan, aws: SwitchDeps["aws"]): Promise<string[]> {
  if (plan.alarms.length === 0) return [];
  // Only ALARM stops the switch. OK and INSUFFICIENT_DATA do not: AWS starts every new alarm as
  // INSUFFICIENT_DATA (moto as OK), and a quiet metric stays there. A name with no alarm means the
  // safety net the config asked for is not there, so that stops it too.
  return (await aws.alarms.states(plan.alarms)).flatMap((a) =>
    a.state === "ALARM"
      ? [`alarm ${a.name} is in ALARM${a.reason ? `: ${a.reason}` : ""}`]
      : a.state === "missing"
        ? [`alarm ${a.name}: no CloudWatch alarm has that name`]
        : [],
  );
}

/**
 * Every route back to the forward action this run found, retried, route by route. A route whose
 * weights are neither the start nor anything this run wrote was changed by someone else: it is left
 * as they set it (overwriting a person's fix with older weights would be worse than stopping), and said.
 */
async function restore(
  plan: SwitchPlan,
  ours: ReadonlyMap<string, readonly ForwardBody[]>,
  foreign: ReadonlySet<string>,
  names: ReadonlyMap<string, string>,
  deps: SwitchDeps,
): Promise<RestoreRow[]> {
  const lb = deps.aws.loadBalancing;
  const done = new Map<string, RestoreRow>();
  for (const route of plan.routes.filter((r) => foreign.has(r.place.ruleArn)))
    done.set(route.place.ruleArn, { route: route.label, outcome: "left", detail: "weights set by someone else, left as found" });
  const attempts = deps.restoreAttempts ?? 3;
  const lastError = new Map<string, string>();
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const pending = plan.routes.filter((r) => !done.has(r.place.ruleArn));
    if (pending.length === 0) break;
    if (attempt > 1) await deps.clock.sleep(deps.retryMs ?? 2_000);
    let found: Map<string, ForwardSnapshot>;
    try {
      found = await lb.readForwards(pending.map((r) => r.place));
    } catch (error) {
      for (const route of pending) lastError.set(route.place.ruleArn, messageOf(error));
      continue;
    }
    for (const route of pending) {
      const key = route.place.ruleArn;
      const now = found.get(key);
      try {
        if (!now?.forward) throw new Error("no forward action found to restore");
        if (sameWeights(now.forward, route.start)) {
          done.set(key, { route: route.label, outcome: "already", detail: describeWeights(route.start, names) });
          continue;
        }
        if (!(ours.get(key) ?? []).some((f) => now.forward && sameWeights(f, now.forward))) {
          done.set(key, {
            route: route.label,
            outcome: "left",
            detail: `weights ${describeWeights(now.forward, names)} were set by someone else, left as found`,
          });
          continue;
        }
        const answer = await lb.writeForward(route.place, now, route.start);
        if (!answer.forward || !sameWeights(answer.forward, route.start)) throw new Error("AWS did not answer with the restored weights");
        done.set(key, { route: route.label, outcome: "restored", detail: describeWeights(route.start, names) });
      } catch (error) {
        lastError.set(key, messageOf(error));
        deps.log.warn(`restoring ${route.label} (try ${attempt}/${attempts}): ${messageOf(error)}`);
      }
    }
  }
  return plan.routes.map(
    (r) =>
      done.get(r.place.ruleArn) ?? {
        route: r.label,
        outcome: "failed",
        detail: `should be ${describeWeights(r.start, names)}; ${lastError.get(r.place.ruleArn) ?? "not restored"}`,
      },
  );
}

/** A check that fails before any write: a precondition (exit 3), or an AWS error with nothing touched (exit 1). */
function beforeAnyChange(error: Stop | AwsError): Error {
  if (error instanceof AwsError) return new OperationError(error.message, { kind: "untouched" }, { cause: error });
  if (error.reason === "interrupted") return new OperationError(error.message, { kind: "untouched" }, { cause: error });
  return new RefusedError(`switch-traffic cannot start: ${error.message}`, error.problems);
}

function afterRestore(error: unknown, restored: readonly RestoreRow[], options: SwitchOptions, rows: readonly StepRow[]): Error {
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
  if (error instanceof Stop && error.reason === "drift")
    return new RefusedError(`switch-traffic stopped${reached}: ${error.message}`, error.problems, aftermath);
  const message = `switch-traffic stopped${reached}: ${error instanceof Stop ? error.problems.join("; ") : messageOf(error)}`;
  return new OperationError(message, aftermath, { cause: error });
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
): StepCalls {
  let routeCalls = 0;
  let checkCalls = 0;
  for (const [action, n] of Object.entries(after)) {
    const delta = n - (before[action] ?? 0);
    if (ROUTE_CALLS.test(action)) routeCalls += delta;
    else checkCalls += delta;
  }
  return { step, weight, routes, routeCalls, checkCalls, ms: ended - started };
}

function reasonOf(signal: AbortSignal): string {
  const reason: unknown = signal.reason;
  return reason instanceof Error ? reason.message : "aborted";
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
