import type { Aws } from "../aws/connect.js";
import { readModelledEstate } from "../aws/observe-estate.js";
import { ensureHeaderRules, type HeaderRuleReport } from "../aws/header-rule-writer.js";
import { readDeployFacts } from "../aws/green-reader.js";
import { createReadyProbe } from "../aws/ready-probe.js";
import type { Config } from "../config/schema/index.js";
import { greenTargetGroups, planGreen, type GreenPlan } from "../deploy/green-plan/index.js";
import type { ReadyResult } from "../deploy/readiness.js";
import { InputError, RefusedError } from "../errors.js";
import type { Logger } from "../host/host.js";
import type { Clock } from "../run/clock.js";
import type { Operation, RunContext, RunLock } from "../run/operation.js";
import { runOperation } from "../run/run-operation.js";
import { routeLabel, type RouteState } from "../traffic/estate.js";
import { routingMismatches } from "../traffic/routing/route-paths.js";
import { intentOf } from "../traffic/side-intent.js";
import { planHeaderRulesForRoutes, type HeaderRulePlan } from "../traffic/header-rules/index.js";
import { applyGreenPlan } from "./apply-green.js";
import { DEFAULT_BACKOFF, waitUntilReady, type Backoff } from "./wait-ready.js";

export interface DeployGreenOptions {
  readonly config: Config;
  readonly region: string;
  readonly release: string;
  readonly image: string | undefined;
  readonly services: readonly string[];
  readonly replaceGreen: boolean;
  /** What a person reruns after a failure part-way. */
  readonly resume?: string;
}

export interface DeployGreenDeps {
  readonly aws: Pick<Aws, "elb" | "containerServices" | "autoScalingGroups" | "alarms">;
  readonly log: Pick<Logger, "info">;
  readonly backoff?: Backoff;
}

/** What deploy-green planned, read from AWS. */
export interface DeployGreenPlan {
  readonly plan: GreenPlan;
  readonly routes: readonly RouteState[];
  /** The header rules planned (a dry run's name placeholders for green target groups not created yet). */
  readonly headerPlans: readonly HeaderRulePlan[];
}

export interface DeployGreenApplied {
  readonly ready: readonly ReadyResult[];
  /** ARNs of green's target groups, created or found. */
  readonly greenTargetGroups: readonly string[];
  readonly headerRules: HeaderRuleReport;
}

/**
 * deploy-green as an operation of the apply loop (src/run/): read → plan → create what is missing,
 * attach it at weight 0, add the header rules, wait until green is healthy → read back, where a new
 * plan must find nothing left to do. Each run recomputes the plan from AWS, so a rerun after a crash
 * or a timeout does only what is missing and then waits again.
 */
export function deployGreenOperation(options: DeployGreenOptions, deps: DeployGreenDeps): Operation<DeployGreenPlan, DeployGreenApplied> {
  const { config, release } = options;
  const { aws } = deps;
  const read = async (): Promise<DeployGreenPlan> => {
    const routes = (await readModelledEstate(config, aws, { region: options.region, services: options.services })).routes;
    const facts = await readDeployFacts(config, routes, release, aws);
    const plan = planGreen({ config, release, image: options.image, routes, facts, replaceGreen: options.replaceGreen });
    return { plan, routes, headerPlans: headerPlansFor(config, plan, routes, release, (value) => value) };
  };
  return {
    name: "deploy-green",
    resume: options.resume ?? `cutover deploy-green --release ${release}`,
    plan: async () => {
      const planned = await read();
      const { plan } = planned;
      if (plan.problems.length > 0) throw new InputError(`deploy-green: ${plan.problems.length} problem(s) with the input`, plan.problems);
      if (plan.refusals.length > 0) throw new RefusedError(`green cannot be deployed for release ${release}`, plan.refusals);
      return planned;
    },
    // everything in place still waits for green to be healthy: a rerun after a timeout waits again
    isEmpty: () => false,
    apply: (planned, run) => apply(planned, run, options, deps),
    verify: async () => {
      const again = await read();
      const headerChanges = again.headerPlans.flatMap((p) => p.changes.filter((c) => c.kind !== "keep"));
      // green reachable by header only if the listener's rule order says so
      const routing = again.headerPlans.flatMap((p) => {
        const route = again.routes.find((r) => routeLabel(r) === p.route);
        return route && p.skipped === undefined ? routingMismatches(route, config.headerRouting, intentOf(p)) : [];
      });
      return [
        ...again.plan.refusals,
        ...again.plan.steps.map((step) => `still to do: ${step.kind}${"name" in step ? ` ${step.name}` : ""}`),
        ...headerChanges.map((c) => `header rule still to ${c.kind}: ${c.header}: ${c.values.join("|")}`),
        ...routing,
      ];
    },
  };
}

async function apply(
  planned: DeployGreenPlan,
  run: RunContext,
  options: DeployGreenOptions,
  deps: DeployGreenDeps,
): Promise<DeployGreenApplied> {
  const { plan, routes } = planned;
  const { aws } = deps;
  // the tags lock is not atomic: a run that raced this one shows up here, before anything changed
  if (!(await run.stillHeld())) throw new RefusedError("the release lock changed hands before the first change; nothing was changed");
  const record = (line: string) => run.journal.record(line);
  // A stale green (--replace-green) is deleted last: its target group can be deleted only once no
  // rule forwards to it, and the green header rule did until it was repointed to the new green.
  const isDelete = (step: GreenPlan["steps"][number]) => step.kind.startsWith("delete-");
  const resolve = (await applyGreenPlan({ ...plan, steps: plan.steps.filter((s) => !isDelete(s)) }, aws, record)).resolve;
  // header rules while nothing waits yet: verify and early users reach green through them
  const headerRules = await ensureHeaderRules(aws.elb, headerPlansFor(options.config, plan, routes, options.release, resolve));
  for (const row of headerRules.rows.filter((r) => r.action !== "kept"))
    record(`${row.route}: ${row.action} the ${row.role} header rule ${row.header}: ${row.values} at priority ${row.priority}`);
  await applyGreenPlan({ ...plan, steps: plan.steps.filter(isDelete) }, aws, record);
  const ready = await waitUntilReady(
    plan.ready.map((check) => resolve(check)),
    createReadyProbe(aws),
    { now: () => run.now(), sleep: (ms) => run.sleep(ms) },
    (service, detail) => deps.log.info(`${service}: ${detail}`),
    deps.backoff ?? DEFAULT_BACKOFF,
    run.signal,
  );
  return { ready, greenTargetGroups: greenTargetGroups(plan).map((arn) => resolve(arn)), headerRules };
}

/** Planned before anything changes, so a header rule that cannot be placed refuses the whole run. */
function headerPlansFor(
  config: Config,
  plan: GreenPlan,
  routes: readonly RouteState[],
  release: string,
  resolveArn: <T>(value: T) => T,
): HeaderRulePlan[] {
  return planHeaderRulesForRoutes(
    config,
    greenAndBlue(plan, routes, resolveArn).map(({ route, green, blue }) => ({
      route,
      targets: { green: { targetGroupArn: green }, blue: { targetGroupArn: blue } },
    })),
    release,
  );
}

/** For tests and callers without a CLI: runs the operation through the loop, never as a dry run. */
export async function deployGreen(
  options: DeployGreenOptions,
  deps: DeployGreenDeps & { readonly clock?: Clock; readonly lock?: RunLock; readonly signal?: AbortSignal },
): Promise<DeployGreenPlan & DeployGreenApplied> {
  const outcome = await runOperation(deployGreenOperation(options, deps), {
    dryRun: false,
    ...(deps.lock ? { lock: deps.lock } : {}),
    signal: deps.signal ?? new AbortController().signal,
    log: {
      warn: () => undefined,
      error: () => undefined,
      debug: () => undefined,
      verbatim: () => undefined,
      group: (_t, body) => body(),
      ...deps.log,
    },
    ...(deps.clock ? { clock: deps.clock } : {}),
  });
  if (outcome.kind !== "applied") throw new Error("deploy-green always applies");
  return { ...outcome.plan, ...outcome.result };
}

/** Per modelled route, the green target group deploy-green attached (ARN, or a dry run's placeholder) and blue's. */
export function greenAndBlue(
  plan: GreenPlan,
  routes: readonly RouteState[],
  resolve: <T>(value: T) => T,
): { route: RouteState; green: string; blue: string }[] {
  return plan.routes.flatMap((row) => {
    const route = routes.find((r) => r.rule.arn === row.ruleArn && r.service === row.service);
    return route?.blue ? [{ route, green: resolve(row.greenArn), blue: route.blue.arn }] : [];
  });
}
