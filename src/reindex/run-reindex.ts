/**
 * es-reindex for one configured index: observe, plan, and (unless a dry run) take the index's lock
 * and run the requested phase, or the phases of `all`, each resuming from the run state in the
 * engine. Errors leave the build resumable and say which phase to rerun.
 */
import type { SearchIndexConfig } from "../config/schema/index.js";
import { InputError, OperationError, RefusedError } from "../errors.js";
import type { Logger } from "../host/host.js";
import { Report } from "../report/report.js";
import type { SearchEngine } from "../search/engine.js";
import type { StreamSource } from "../stream/stream-source.js";
import { observeIndex } from "./observe.js";
import { PhaseInterrupted, type PhaseContext, type PhaseOutcome } from "./phase-context.js";
import { describeAliasAction, planReadSwitch, planRollback as planAliasRollback, planWriteSwitch } from "./plan-aliases.js";
import { runCatchUp } from "./phase-catch-up.js";
import { runCleanup } from "./phase-cleanup.js";
import { runCreate } from "./phase-create.js";
import { runFollow } from "./phase-follow.js";
import { runLoad } from "./phase-load.js";
import { runRollback } from "./phase-rollback.js";
import { runSwitchRead } from "./phase-switch-read.js";
import { runSwitchWrite } from "./phase-switch-write.js";
import { runValidate } from "./phase-validate.js";
import { planBuild, type BuildPlan } from "./plan-build.js";
import { missingSteps, phasesForAll, type EsPhase, type RunPhase } from "./plan-phases.js";
import { acquireReindexLock, type HeldReindexLock } from "./reindex-lock.js";
import type { Operation, RunContext, RunLock } from "../run/operation.js";
import { runOperation } from "../run/run-operation.js";
import { RunStateStore } from "./reindex-state.js";
import { renderPlan } from "./render-plan.js";

export interface ReindexRunOptions {
  readonly engine: SearchEngine;
  readonly stream: () => StreamSource;
  readonly config: SearchIndexConfig;
  readonly project: string;
  readonly configPath: string;
  readonly phase: EsPhase;
  readonly dryRun: boolean;
  readonly breakLock: string | undefined;
  readonly forMs: number | undefined;
  /** rollback: go back to a blue that cannot be caught up (an index-fed build after the write switch). */
  readonly acceptStale?: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly log: Logger;
  readonly now: () => Date;
  readonly signal: AbortSignal;
  readonly progressEveryMs?: number;
  readonly pollMs?: number;
}

export interface ReindexRunResult {
  readonly headline: string;
  readonly report: Report;
  readonly data: Readonly<Record<string, unknown>>;
}

const FOLLOW_GIVE_WAY_MS = 2_000;

/** Phases that need the Kafka source: refused up front for an index-fed build. */
const KAFKA_ONLY: readonly RunPhase[] = ["catch-up", "follow"];
/** Phases that may stop a running follow (it holds the lock until stopped) by taking the lock over. */
const OVERRIDES_FOLLOW: readonly RunPhase[] = ["switch-read", "switch-write", "rollback"];
/** Phases whose alias moves the read-back checks. */
const ALIAS_PHASES: readonly RunPhase[] = ["switch-read", "switch-write", "rollback"];

export async function runReindex(options: ReindexRunOptions): Promise<ReindexRunResult> {
  const { engine, config, phase } = options;
  const phases: RunPhase[] = phase === "all" ? phasesForAll(config) : [phase];
  if (config.source.type === "index") {
    const wrong = phases.find((p) => KAFKA_ONLY.includes(p));
    if (wrong)
      throw new InputError(
        `--phase ${wrong} needs a Kafka-fed index: '${config.name}' is copied from an index, which has no change stream`,
      );
  }
  const plannedAt = options.now();
  let held: HeldReindexLock | undefined;
  const lock: RunLock = {
    acquire: async () => {
      held = await acquireReindexLock({
        engine,
        project: options.project,
        index: config.name,
        phase,
        breakLock: options.breakLock,
        env: options.env,
        now: options.now,
        log: options.log,
        ...(phases.some((p) => OVERRIDES_FOLLOW.includes(p)) ? { takeOverFrom: ["follow"] } : {}),
      });
      return held;
    },
  };
  const operation: Operation<BuildPlan, PhaseOutcome[]> = {
    name: "es-reindex",
    resume: `cutover es-reindex --index ${config.name} --phase ${phase}`,
    plan: async () => {
      const observed = await observeIndex(engine, config);
      const store = await RunStateStore.open(engine, options.project, config.name, options.now);
      const plan = planBuild(observed, store.value, config, engine.kind, plannedAt);
      if (plan.misfit && phases.some((p) => p === "create" || p === "load")) throw new InputError(plan.misfit);
      return plan;
    },
    // `--phase plan` reads and shows; it takes no lock and changes nothing
    isEmpty: () => phase === "plan",
    apply: (plan, run) => runPhases(plan, run, options, phases, plannedAt, held),
    verify: (_plan, outcomes) => aliasesAsSwitched(engine, config, options, outcomes),
  };
  const outcome = await runOperation(operation, { dryRun: options.dryRun, lock, signal: options.signal, log: options.log });
  if (outcome.kind !== "applied") {
    const dryRun = outcome.kind === "dry-run";
    const report = renderPlan(outcome.plan, dryRun && phase !== "plan" ? phases : undefined);
    const headline =
      phase === "plan"
        ? `plan for ${config.name}: blue ${outcome.plan.blue ?? "(none)"}, green ${outcome.plan.green}${outcome.plan.create.kind === "new" ? " (new)" : ""}`
        : `${phase} for ${config.name} (dry run): nothing changed`;
    return { headline, report, data: { index: config.name, phase, dryRun, plan: planData(outcome.plan) } };
  }
  return result(config.name, phase, outcome.result);
}

/** The phases, in order, under the lock the loop took; a failure is explained with the phase to rerun. */
async function runPhases(
  plan: BuildPlan,
  run: RunContext,
  options: ReindexRunOptions,
  phases: readonly RunPhase[],
  plannedAt: Date,
  held: HeldReindexLock | undefined,
): Promise<PhaseOutcome[]> {
  const { engine, config, phase } = options;
  const outcomes: PhaseOutcome[] = [];
  let current: RunPhase = phases[0] ?? "plan";
  try {
    // a follow run taken over may be finishing one write: let it see the lock gone first
    if (held?.tookOverFromFollow) await run.sleep(FOLLOW_GIVE_WAY_MS);
    // read again under the lock: another run may have moved on since the plan was made
    const store = await RunStateStore.open(engine, options.project, config.name, options.now, () => held?.check() ?? Promise.resolve());
    const ctx: PhaseContext = {
      engine,
      stream: options.stream,
      config,
      project: options.project,
      configPath: options.configPath,
      store,
      log: options.log,
      now: options.now,
      signal: run.signal,
      forMs: options.forMs,
      acceptStale: options.acceptStale ?? false,
      progressEveryMs: options.progressEveryMs ?? 10_000,
      pollMs: options.pollMs ?? 1_000,
    };
    for (const next of phases) {
      current = next;
      if (ctx.signal.aborted) throw new PhaseInterrupted(next);
      // within `all`, create names the build as the plan printed it, not a second later
      const outcome = await runPhase(
        next === "create" && phase === "all" ? { ...ctx, now: () => plannedAt } : ctx,
        next,
        phase === "all",
        plan,
      );
      if (outcome) {
        outcomes.push(outcome);
        options.log.info(outcome.headline);
        // what a later failure, the read-back's included, reports as made: never "untouched"
        if (outcome.changed) run.journal.record(outcome.headline, { log: false });
      }
    }
    return outcomes;
  } catch (error) {
    throw explain(error, { index: config.name, phase: current, requested: phase, outcomes, signal: options.signal, lost: held?.lost });
  }
}

/** After a phase that moved aliases, where they point now must be where it moved them. */
async function aliasesAsSwitched(
  engine: SearchEngine,
  config: SearchIndexConfig,
  options: ReindexRunOptions,
  outcomes: readonly PhaseOutcome[],
): Promise<string[]> {
  const last = [...outcomes].reverse().find((o) => ALIAS_PHASES.includes(o.phase));
  if (!last) return [];
  const build = (await RunStateStore.open(engine, options.project, config.name, options.now)).build;
  if (!build) return [];
  const observed = await observeIndex(engine, config);
  const left =
    last.phase === "rollback"
      ? build.blue
        ? planAliasRollback(observed, build.blue)
        : { actions: [] }
      : last.phase === "switch-write"
        ? planWriteSwitch(observed, build.green)
        : planReadSwitch(observed, build.green, build.blue, build.readWeight ?? config.readWeight);
  return left.actions.map((action) => `${last.phase}: still to ${describeAliasAction(action)}`);
}

async function runPhase(ctx: PhaseContext, phase: RunPhase, inAll: boolean, plan: BuildPlan): Promise<PhaseOutcome | undefined> {
  if (phase === "plan")
    return {
      phase,
      headline: `plan: blue ${plan.blue ?? "(none)"}, green ${plan.green}`,
      changed: false,
      // within `all` the phases' own reports follow; the plan's "to do" table would be stale by then
      report: inAll ? new Report() : renderPlan(plan),
      data: { plan: planData(plan) },
    };
  if (phase === "create") return runCreate(ctx);
  if (phase === "cleanup") return runCleanup(ctx);
  const build = ctx.store.build;
  if (!build) throw new RefusedError(`index '${ctx.config.name}' has no build yet: run --phase create (or all) first`);
  if (phase === "rollback") return runRollback(ctx, build);
  const missing = missingSteps(phase, build, build.source);
  if (missing.length > 0) {
    throw new RefusedError(`${phase} needs ${missing.join(", ")} done first on build ${build.green}`, [
      `done so far: ${build.done.join(", ") || "nothing"}; run --phase ${missing[0] ?? "create"} (or all)`,
    ]);
  }
  switch (phase) {
    case "load":
      return runLoad(ctx, build);
    case "catch-up":
      return runCatchUp(ctx, build);
    case "validate":
      // a rerun of `all` does not measure again what already passed
      if (inAll && build.validation?.passed) return undefined;
      return runValidate(ctx, build);
    case "switch-read":
      // one alias for reads and writes on a Kafka-fed build: moving it is the write switch, with its catch-up
      if (ctx.config.source.type === "kafka" && ctx.config.aliases.read === ctx.config.aliases.write && ctx.config.readWeight >= 100) {
        return runSwitchWrite(ctx, build);
      }
      return runSwitchRead(ctx, build);
    case "follow":
      return runFollow(ctx, build);
    case "switch-write":
      return runSwitchWrite(ctx, build);
  }
}

function result(index: string, phase: EsPhase, outcomes: readonly PhaseOutcome[]): ReindexRunResult {
  const report = new Report();
  for (const outcome of outcomes) report.heading(outcome.headline).concat(outcome.report);
  const last = outcomes.at(-1);
  const changed = outcomes.filter((o) => o.changed).length;
  const headline =
    phase === "all"
      ? `es-reindex ${index} --phase all: ${outcomes.length} phase(s) run, ${changed} changed something; ${last?.headline ?? ""}`
      : `es-reindex ${index}: ${last?.headline ?? phase}`;
  return { headline, report, data: { index, phase, dryRun: false, phases: outcomes.map(outcomeData) } };
}

function outcomeData(outcome: PhaseOutcome): Record<string, unknown> {
  return { phase: outcome.phase, headline: outcome.headline, changed: outcome.changed, ...outcome.data };
}

function planData(plan: BuildPlan): Record<string, unknown> {
  return {
    index: plan.index,
    engine: plan.engine,
    aliases: plan.aliases,
    blue: plan.blue ?? null,
    green: plan.green,
    newBuild: plan.create.kind === "new",
    source: plan.source,
    loadMethod: plan.loadMethod,
    misfit: plan.misfit ?? null,
    phases: plan.phases,
    cleanup: plan.cleanup,
    notes: plan.notes,
  };
}

/** The error the operator sees: what failed, in which phase, and how to resume. */
function explain(
  error: unknown,
  at: {
    index: string;
    phase: RunPhase;
    requested: EsPhase;
    outcomes: readonly PhaseOutcome[];
    signal: AbortSignal;
    lost: AbortSignal | undefined;
  },
): Error {
  const { phase, requested, outcomes, signal, lost } = at;
  const rerun = requested === "all" ? "all" : phase;
  const partial = outcomes.length > 0 ? result(at.index, requested, outcomes) : undefined;
  const partialResult = partial ? { report: partial.report, data: partial.data } : undefined;
  if (error instanceof PhaseInterrupted || signal.aborted || lost?.aborted) {
    const why = lost?.aborted ? "the lock was taken by another run" : "interrupted";
    return new OperationError(
      `${phase} stopped: ${why}`,
      { kind: "resumable", detail: `the run state in the engine holds the progress; rerun --phase ${rerun} to continue` },
      { cause: error, ...(partialResult ? { partial: partialResult } : {}) },
    );
  }
  if (error instanceof InputError) return error;
  if (error instanceof RefusedError) {
    if (error.partial || !partialResult) return error;
    return new RefusedError(error.message, error.reasons, error.aftermath, partialResult);
  }
  if (error instanceof OperationError) {
    if (error.partial || !partialResult) return error;
    return new OperationError(error.message, error.aftermath, { cause: error.cause, partial: partialResult });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new OperationError(
    `${phase}: ${message}`,
    { kind: "resumable", detail: `the run state in the engine holds the progress; rerun --phase ${rerun} to resume` },
    { cause: error, ...(partialResult ? { partial: partialResult } : {}) },
  );
}
