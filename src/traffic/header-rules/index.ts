/**
 * Header routing rules (seed 002's `x-client-mode`), planned without AWS: per route, one rule that
 * sends the green header values to green and, when blue values are configured, one that sends the
 * blue values to blue. Each carries the route's own conditions plus the header, so it only ever
 * takes requests the route's rule would have taken, and sits where the ALB evaluates it first.
 *
 * Where they go is placement.ts's to decide, a pure allocator of priorities: in the gap just before
 * the route's rule (`headerRouting.priorities: auto`), or the configured pair once checked.
 *
 * Existing header rules are found by their tags (project and service, read by the estate reader, and
 * the `cutover:header-rule` role); one of the role, whatever release made it, is compared with what
 * is wanted and kept, retagged, moved or repointed: never duplicated. The target is a parameter, so
 * promote and rollback reuse the same plan to send the green header to a fixed 404 or to the new live
 * side.
 *
 * The plan holds the exact ELBv2 request bodies (CreateRule with its Tags, ModifyRule,
 * SetRulePriorities, AddTags; bodies.ts) so `--dry-run` prints what would be sent;
 * aws/header-rule-writer.ts sends them.
 */

export type { ActionBody, AddTagsBody, ConditionBody, CreateRuleBody, ModifyRuleBody, SetRulePrioritiesBody, TagBody } from "./bodies.js";
export { headerRuleDifferences, targetLabel } from "./describe.js";
export { ALB_RULE_LIMITS } from "./limits.js";
export { placeHeaderRules, type Placement, type PlacementRequest } from "./placement.js";
export { headerRuleTags, planHeaderRules, planHeaderRulesForRoutes } from "./plan.js";
export type {
  DesiredHeaderRule,
  HeaderRole,
  HeaderRuleAspect,
  HeaderRuleChange,
  HeaderRulePlan,
  HeaderRulePlanContext,
  HeaderRuleTarget,
  HeaderRuleTargets,
} from "./types.js";
