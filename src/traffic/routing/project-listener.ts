import type { ActionFacts } from "../estate-facts.js";
import type { HeaderRule } from "../estate.js";
import type { HeaderRulePlan, HeaderRuleTarget } from "../header-rules/types.js";

/**
 * The listener's rules as they will be once header rule plans are applied: moved rules at their new
 * priorities, created and changed header rules as planned. Pure; lets a plan be judged by where
 * requests would go before anything is sent.
 */
export function projectListener(rules: readonly HeaderRule[], plans: readonly HeaderRulePlan[]): HeaderRule[] {
  const byArn = new Map(rules.map((r) => [r.arn, r]));
  for (const plan of plans) {
    for (const gone of plan.deletes ?? []) byArn.delete(gone.ruleArn);
    for (const move of plan.moves ?? []) {
      const rule = byArn.get(move.ruleArn);
      if (rule) byArn.set(move.ruleArn, { ...rule, priority: move.to });
    }
    for (const change of plan.changes) {
      const desired = change.desired;
      const projected = {
        priority: desired.priority,
        conditions: desired.conditions,
        action: actionOf(desired.target),
        role: desired.role,
        colour: desired.role,
        release: desired.release,
      };
      if (change.kind === "create") {
        const arn = `planned:${plan.route}:${change.role}`;
        byArn.set(arn, { arn, header: undefined, ...projected });
        continue;
      }
      const rule = byArn.get(change.ruleArn);
      if (rule) byArn.set(change.ruleArn, { ...rule, ...projected });
    }
  }
  return [...byArn.values()];
}

export function actionOf(target: HeaderRuleTarget): ActionFacts {
  return "targetGroupArn" in target
    ? { type: "forward", targetGroups: [{ arn: target.targetGroupArn, weight: 1 }], stickiness: undefined }
    : { type: "fixed-response", statusCode: target.fixedResponse.statusCode };
}
