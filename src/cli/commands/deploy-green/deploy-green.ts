import { AwsError } from "../../../aws/aws-call.js";
import type { Aws } from "../../../aws/connect.js";
import { readEstate } from "../../../aws/estate-reader.js";
import { readDeployFacts } from "../../../aws/green-reader.js";
import { createReadyProbe } from "../../../aws/ready-probe.js";
import type { Config } from "../../../config/schema/index.js";
import { applyGreenPlan } from "../../../deploy/apply-green.js";
import { greenTargetGroups, planGreen, type GreenPlan } from "../../../deploy/green-plan/index.js";
import { DEFAULT_BACKOFF, waitUntilReady, type Backoff, type Clock, type ReadyResult } from "../../../deploy/wait-ready.js";
import { InputError, OperationError, RefusedError } from "../../../errors.js";
import { ensureHeaderRules, type HeaderRuleReport } from "../../../aws/header-rule-writer.js";
import { modelEstate, type RouteState } from "../../../traffic/estate.js";
import type { HeldLock } from "../../../lock/release-lock.js";
import { planHeaderRulesForRoutes, type HeaderRulePlan } from "../../../traffic/header-rules/index.js";

export interface DeployGreenOptions {
  readonly config: Config;
  readonly region: string;
  readonly release: string;
  readonly image: string | undefined;
  readonly services: readonly string[];
  readonly dryRun: boolean;
  readonly replaceGreen: boolean;
}

export interface DeployGreenDeps {
  readonly aws: Pick<Aws, "loadBalancing" | "containerServices" | "autoScalingGroups" | "alarms">;
  readonly clock: Clock;
  readonly log: { info(message: string): void };
  readonly backoff?: Backoff;
  /** The release lock this run holds (none for a dry run): checked again just before the first change. */
  readonly lock?: Pick<HeldLock, "check">;
}

export interface DeployGreenOutcome {
  readonly plan: GreenPlan;
  readonly routes: readonly RouteState[];
  /** One line per change made (empty for a dry run or when everything existed). */
  readonly changes: readonly string[];
  readonly ready: readonly ReadyResult[];
  /** ARNs, or placeholders for a dry run's target groups to be created. */
  readonly greenTargetGroups: readonly string[];
  /** The header rules planned (a dry run's name placeholders for green target groups not created yet). */
  readonly headerPlans: readonly HeaderRulePlan[];
  /** What was done about them; undefined for a dry run. */
  readonly headerRules: HeaderRuleReport | undefined;
}

/**
 * Read → plan → apply → wait. Each run recomputes the plan from AWS, so a rerun after a crash or a
 * timeout does only what is missing and then waits again; a dry run stops after the plan.
 */
export async function deployGreen(options: DeployGreenOptions, deps: DeployGreenDeps): Promise<DeployGreenOutcome> {
  const { config, release, dryRun } = options;
  const { aws } = deps;

  const { plan, routes } = await untouchedOnAwsError(async () => {
    const estate = modelEstate(await readEstate(config, aws, { region: options.region, services: options.services }));
    const facts = await readDeployFacts(config, estate.routes, release, aws);
    const plan = planGreen({ config, release, image: options.image, routes: estate.routes, facts, replaceGreen: options.replaceGreen });
    return { plan, routes: estate.routes };
  });
  if (plan.problems.length > 0) throw new InputError(`deploy-green: ${plan.problems.length} problem(s) with the input`, plan.problems);
  if (plan.refusals.length > 0) throw new RefusedError(`green cannot be deployed for release ${release}`, plan.refusals);
  // planned before anything changes, so a header rule that cannot be placed refuses the whole run
  const headerPlansFor = (resolveArn: <T>(value: T) => T) =>
    planHeaderRulesForRoutes(
      config,
      greenAndBlue(plan, routes, resolveArn).map(({ route, green, blue }) => ({
        route,
        targets: { green: { targetGroupArn: green }, blue: { targetGroupArn: blue } },
      })),
      release,
    );
  const headerPlans = headerPlansFor((value) => value);

  const changes: string[] = [];
  const onStep = (line: string) => {
    changes.push(line);
    deps.log.info(line);
  };
  // A stale green (--replace-green) is deleted last: its target group can be deleted only once no
  // rule forwards to it, and the green header rule did until it was repointed to the new green.
  const isDelete = (step: GreenPlan["steps"][number]) => step.kind.startsWith("delete-");
  let resolve = <T>(value: T): T => value;
  let headerRules: HeaderRuleReport | undefined;
  if (!dryRun) {
    // the tags lock is not atomic: a run that raced this one shows up here, before anything changed
    await deps.lock?.check();
    try {
      resolve = (await applyGreenPlan({ ...plan, steps: plan.steps.filter((s) => !isDelete(s)) }, aws, onStep)).resolve;
      // header rules while nothing waits yet: verify and early users reach green through them
      headerRules = await ensureHeaderRules(aws.loadBalancing, headerPlansFor(resolve));
      for (const row of headerRules.rows.filter((r) => r.action !== "kept"))
        onStep(`${row.route}: ${row.action} the ${row.role} header rule ${row.header}: ${row.values} at priority ${row.priority}`);
      await applyGreenPlan({ ...plan, steps: plan.steps.filter(isDelete) }, aws, onStep);
    } catch (error) {
      if (!(error instanceof AwsError)) throw error;
      if (changes.length === 0) throw new OperationError(error.message, { kind: "untouched" }, { cause: error });
      throw new OperationError(
        error.message,
        {
          kind: "resumable",
          detail: `Made before the failure: ${changes.join("; ")}. Green carries no traffic; the next deploy-green run for ${release} continues from there.`,
        },
        { cause: error },
      );
    }
  }

  const ready = dryRun
    ? []
    : await waitUntilReady(
        plan.ready.map((check) => resolve(check)),
        createReadyProbe(aws),
        deps.clock,
        (service, detail) => deps.log.info(`${service}: ${detail}`),
        deps.backoff ?? DEFAULT_BACKOFF,
      );
  return {
    plan,
    routes,
    changes,
    ready,
    greenTargetGroups: greenTargetGroups(plan).map((arn) => resolve(arn)),
    headerPlans,
    headerRules,
  };
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

async function untouchedOnAwsError<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof AwsError)
      throw new OperationError(`could not read the estate: ${error.message}`, { kind: "untouched" }, { cause: error });
    throw error;
  }
}
