import type { RuleCondition } from "../estate-facts.js";
import { targetGroupNameFromArn, type HeaderRule } from "../estate.js";
import type { DesiredHeaderRule, HeaderRuleAspect, HeaderRuleTarget } from "./types.js";

/** Header rules compared and put in words: the planner decides from the differences, and the writer checks its writes with them. */

/**
 * What differs between a header rule as it is and as it should be, in words; empty when it is
 * right. The planner decides from it, and the writer checks its own writes with it.
 */
export function headerRuleDifferences(desired: DesiredHeaderRule, actual: HeaderRule): { aspect: HeaderRuleAspect; text: string }[] {
  const out: { aspect: HeaderRuleAspect; text: string }[] = [];
  if (actual.priority !== desired.priority)
    out.push({ aspect: "priority", text: `at priority ${String(actual.priority)}, wanted at ${desired.priority}` });
  if (!sameConditions(actual.conditions, desired.conditions))
    out.push({
      aspect: "conditions",
      text: `matches ${describeConditions(actual.conditions)}, wanted ${describeConditions(desired.conditions)}`,
    });
  if (!actionMatches(actual.action, desired.target))
    out.push({ aspect: "action", text: `${describeAction(actual.action)}, wanted ${targetLabel(desired.target)}` });
  const tagged = [
    actual.role === desired.role ? undefined : `role ${actual.role ?? "none"}`,
    actual.colour === desired.role ? undefined : `colour ${actual.colour ?? "none"}`,
    actual.release === desired.release ? undefined : `release ${actual.release ?? "none"}`,
  ].filter((t) => t !== undefined);
  if (tagged.length > 0)
    out.push({ aspect: "tags", text: `tagged ${tagged.join(", ")}, wanted ${desired.role} for release ${desired.release}` });
  return out;
}

export function targetLabel(target: HeaderRuleTarget): string {
  return "targetGroupArn" in target ? targetGroupNameFromArn(target.targetGroupArn) : `fixed ${target.fixedResponse.statusCode}`;
}

/** Conditions compared as the ALB reads them: order of conditions and values aside, header names in any case. */
export function sameConditions(a: readonly RuleCondition[], b: readonly RuleCondition[]): boolean {
  const key = (c: RuleCondition) =>
    JSON.stringify([
      c.field,
      c.header?.toLowerCase() ?? "",
      [...(c.field === "query-string" ? (c.queryPairs ?? []).map((p) => `${p.key ?? ""}=${p.value}`) : c.values)].sort(),
      [...(c.regexValues ?? [])].sort(),
    ]);
  const norm = (list: readonly RuleCondition[]) => list.map(key).sort().join("\n");
  return norm(a) === norm(b);
}

function actionMatches(action: HeaderRule["action"], target: HeaderRuleTarget): boolean {
  if (!action) return false;
  if ("targetGroupArn" in target) {
    const [only, ...rest] = action.type === "forward" ? action.targetGroups : [];
    return rest.length === 0 && only?.arn === target.targetGroupArn && only.weight > 0;
  }
  return action.type === "fixed-response" && action.statusCode === target.fixedResponse.statusCode;
}

function describeAction(action: HeaderRule["action"]): string {
  if (!action) return "has no action";
  switch (action.type) {
    case "forward":
      return `forwards to ${action.targetGroups.map((tg) => targetGroupNameFromArn(tg.arn)).join(", ") || "nothing"}`;
    case "fixed-response":
      return `answers fixed ${action.statusCode ?? "?"}`;
    default:
      return `does ${action.awsType}`;
  }
}

function describeConditions(conditions: readonly RuleCondition[]): string {
  if (conditions.length === 0) return "everything";
  return conditions
    .map((c) => `${c.field}${c.header ? ` ${c.header}` : ""} ${[...c.values, ...(c.regexValues ?? [])].join("|")}`)
    .join(" and ");
}
