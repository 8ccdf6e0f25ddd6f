import { routeLabel, targetGroupNameFromArn, type RouteState } from "./estate.js";
import type { HeaderRole, HeaderRuleTarget } from "./header-rules/index.js";
import type { SidePlan } from "./side-plan.js";

/**
 * After promote or rollback applied its plan: does AWS now hold what the plan meant? Per route, the
 * forward action's weights and where each header rule sends requests, read back from the listener.
 * Pure. This, not a second plan from the new state, decides success: a plan recomputed afterwards
 * may legitimately see more to do (a standby that is now due), which is not a failure of this run.
 */
export function unmetIntent(plan: SidePlan, routes: readonly RouteState[]): string[] {
  const byRule = new Map(routes.map((r) => [r.rule.arn, r]));
  const skipped = new Set(plan.headerPlans.filter((p) => p.skipped !== undefined).map((p) => p.route));
  const unmet: string[] = [];
  for (const want of plan.intent) {
    const route = byRule.get(want.ruleArn);
    if (!route) {
      unmet.push(`${want.route}: not found when read again`);
      continue;
    }
    const wanted = weightsText(want.forward);
    const found = weightsText(route.forward?.targetGroups ?? []);
    if (wanted !== found) unmet.push(`${routeLabel(route)}: forwards ${found || "nowhere"}, planned ${wanted}`);
    if (want.header && !skipped.has(want.route)) {
      for (const role of ["green", "blue"] as const) {
        const problem = headerMismatch(route, role, want.header[role]);
        if (problem) unmet.push(`${routeLabel(route)}: ${problem}`);
      }
    }
  }
  return unmet;
}

function weightsText(targetGroups: readonly { arn: string; weight: number }[]): string {
  return [...targetGroups]
    .map((tg) => `${targetGroupNameFromArn(tg.arn)}=${tg.weight}`)
    .sort()
    .join(", ");
}

function headerMismatch(route: RouteState, role: HeaderRole, target: HeaderRuleTarget): string | undefined {
  const rule = route.headerRules.find((r) => r.role === role);
  const planned = "targetGroupArn" in target ? targetGroupNameFromArn(target.targetGroupArn) : `fixed ${target.fixedResponse.statusCode}`;
  if (!rule) return `no ${role} header rule, planned → ${planned}`;
  const action = rule.action;
  const actual =
    action?.type === "forward"
      ? action.targetGroups
          .filter((tg) => tg.weight > 0)
          .map((tg) => targetGroupNameFromArn(tg.arn))
          .join("+")
      : action?.type === "fixed-response"
        ? `fixed ${action.statusCode ?? "?"}`
        : (action?.type ?? "no action");
  return actual === planned ? undefined : `the ${role} header rule sends to ${actual}, planned → ${planned}`;
}
