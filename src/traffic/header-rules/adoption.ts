import type { RuleCondition } from "../estate-facts.js";
import type { HeaderRule, RouteState } from "../estate.js";
import { sameConditions } from "./describe.js";
import type { HeaderRole, HeaderRuleTarget } from "./types.js";

/**
 * Header rules another tool made (seed 002's optional `x-client-mode: blue → tg-n` and
 * `x-client-mode: green → 404`): a rule on the route's listener with exactly the route's conditions
 * plus the header with exactly the role's values, evaluated before the route's rule, is taken over
 * as cutover's rule for that role. What it did is recorded (`cutover:adopted-from`) so a rollback
 * puts it back. Pure.
 */

/** Not cutover's rule, and not the route's own: a rule another tool made. */
export function isForeign(rule: HeaderRule, route: Pick<RouteState, "rule">): boolean {
  return rule.role === undefined && rule.cutoverProject === undefined && rule.arn !== route.rule.arn;
}

export function adoptable(
  route: Pick<RouteState, "rule" | "listenerRules">,
  conditions: readonly RuleCondition[],
  taken: ReadonlySet<string>,
): HeaderRule | undefined {
  const routePriority = route.rule.priority;
  return route.listenerRules.find(
    (r) =>
      isForeign(r, route) &&
      !taken.has(r.arn) &&
      typeof r.priority === "number" &&
      (routePriority === "default" || r.priority < routePriority) &&
      sameConditions(r.conditions, conditions),
  );
}

/** What a rule does, as the adopted-from tag records it; undefined for what cutover cannot put back. */
export function encodeAdoptedFrom(rule: HeaderRule): string | undefined {
  const action = rule.action;
  if (action?.type === "fixed-response" && action.statusCode) return `fixed-response:${action.statusCode}`;
  if (action?.type === "forward") {
    const live = action.targetGroups.filter((tg) => tg.weight > 0);
    if (live.length === 1 && live[0] && action.targetGroups.length === 1) return `forward:${live[0].arn}`;
  }
  return undefined;
}

export function decodeAdoptedFrom(value: string | undefined): HeaderRuleTarget | undefined {
  if (value?.startsWith("fixed-response:")) return { fixedResponse: { statusCode: value.slice("fixed-response:".length) } };
  if (value?.startsWith("forward:")) return { targetGroupArn: value.slice("forward:".length) };
  return undefined;
}

export function describeForeign(rule: HeaderRule): string {
  return `rule ${String(rule.priority)} (${rule.arn.split("/").pop() ?? rule.arn})`;
}

export type { HeaderRole };
