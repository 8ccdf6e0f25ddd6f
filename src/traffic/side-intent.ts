import { routeLabel, targetGroupNameFromArn, type RouteState } from "./estate.js";
import type { HeaderRulePlan, HeaderRuleTarget } from "./header-rules/index.js";
import { routingMismatches, type HeaderSettings, type RoutingIntent } from "./routing/route-paths.js";
import type { SidePlan } from "./side-plan.js";

/**
 * After promote or rollback applied its plan: does AWS now hold what the plan meant? Per route, the
 * forward action's weights and where each header rule sends requests, read back from the listener.
 * Pure. This, not a second plan from the new state, decides success: a plan recomputed afterwards
 * may legitimately see more to do (a standby that is now due), which is not a failure of this run.
 */
export function unmetIntent(plan: SidePlan, routes: readonly RouteState[], header?: HeaderSettings): string[] {
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
    // where each kind of request goes, read in the listener's rule order, against what the header plan meant
    const headerPlan = plan.headerPlans.find((p) => p.route === want.route);
    if (header && headerPlan && !skipped.has(want.route)) unmet.push(...routingMismatches(route, header, intentOf(headerPlan)));
  }
  return unmet;
}

function weightsText(targetGroups: readonly { arn: string; weight: number }[]): string {
  return [...targetGroups]
    .map((tg) => `${targetGroupNameFromArn(tg.arn)}=${tg.weight}`)
    .sort()
    .join(", ");
}

/** The targets a header plan meant for the route's header requests. */
export function intentOf(plan: HeaderRulePlan): RoutingIntent {
  const target = (role: "green" | "blue"): HeaderRuleTarget | undefined => plan.changes.find((c) => c.role === role)?.desired.target;
  const green = target("green");
  const blue = target("blue");
  return { ...(green ? { green } : {}), ...(blue ? { blue } : {}) };
}
