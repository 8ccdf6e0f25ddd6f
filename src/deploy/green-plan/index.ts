import { routeLabel } from "../../traffic/estate.js";
import { planAsg } from "./asg.js";
import { Draft } from "./draft.js";
import { planEcs } from "./ecs.js";
import type { GreenPlan, GreenPlanInput } from "./steps.js";
import { planPair } from "./target-group-pair.js";

/**
 * deploy-green's plan: from the config, the estate model and what already exists in AWS, the exact
 * changes that bring each selected service's green side up beside blue at weight 0, and what to wait
 * for. Pure: the same inputs give the same plan, so a rerun after a crash plans only what is missing
 * and a finished deploy plans nothing.
 *
 * Something created by an earlier step of the same plan is named by a placeholder (`<new target
 * group NAME>`) wherever a later body needs its ARN; the applier fills it in. --dry-run prints the
 * bodies with the placeholders.
 */

export type { GreenPlan, GreenPlanInput, GreenStep, Place, ReadyCheck, RoutePlan } from "./steps.js";
export { healthAllowanceMs } from "./health-allowance.js";
export { greenTargetGroupNames } from "./target-groups.js";

export function planGreen(input: GreenPlanInput): GreenPlan {
  const draft = new Draft();
  for (const service of input.config.services) {
    const routes = input.routes.filter((r) => r.service === service.name);
    if (routes.length === 0) continue;
    const unusable = routes.filter((r) => r.forward === undefined || r.blue === undefined);
    if (unusable.length > 0) {
      for (const r of unusable)
        draft.refusals.push(`${routeLabel(r)} (${service.name}): ${r.problems.join("; ") || "no blue target group"}`);
      continue;
    }
    if (service.type === "ecs") planEcs(input, service, routes, draft);
    else if (service.type === "asg") planAsg(input, service, routes, draft);
    else planPair(input, service, routes, draft);
  }
  // a stale green shared by two rules of one load balancer is deleted once
  const seen = new Set<string>();
  const steps = draft.steps.filter((step) => {
    if (!step.kind.startsWith("delete-")) return true;
    const key = JSON.stringify(step);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  // a plan that is refused or has bad input changes nothing, not even the services that were fine
  const blocked = draft.refusals.length > 0 || draft.problems.length > 0;
  return { release: input.release, ...draft, steps: blocked ? [] : steps };
}

/** The target groups a plan reads after applying: every green ARN or placeholder, in route order. */
export function greenTargetGroups(plan: GreenPlan): string[] {
  return [...new Set(plan.routes.map((r) => r.greenArn))];
}
