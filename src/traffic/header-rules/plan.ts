import type { Config } from "../../config/schema/index.js";
import { RefusedError } from "../../errors.js";
import type { RuleCondition } from "../estate-facts.js";
import { routeLabel, type HeaderRule, type RouteState } from "../estate.js";
import { cutoverTags, TAG, type Tags } from "../tags.js";
import { createRuleBody, conditionBody, actionBody, tagBodies, type ModifyRuleBody } from "./bodies.js";
import { checkSettings, conditionProblems, refused } from "./checks.js";
import { headerRuleDifferences, sameConditions, targetLabel } from "./describe.js";
import { ALB_RULE_LIMITS } from "./limits.js";
import { placeHeaderRules } from "./placement.js";
import type {
  ChangeBase,
  DesiredHeaderRule,
  HeaderRole,
  HeaderRuleAspect,
  HeaderRuleChange,
  HeaderRulePlan,
  HeaderRulePlanContext,
  HeaderRuleTargets,
} from "./types.js";

/**
 * The header rule changes for one route. Throws InputError when `headerRouting` itself cannot work
 * on an ALB, RefusedError when this route and listener leave no valid place or exceed a limit.
 */
export function planHeaderRules(
  config: Config,
  route: RouteState,
  targets: HeaderRuleTargets,
  release: string,
  context: HeaderRulePlanContext = {},
): HeaderRulePlan {
  const label = routeLabel(route);
  const base = { route: label, loadBalancer: route.loadBalancer, service: route.service, listenerArn: route.listener.arn };
  const settings = config.headerRouting;
  const existing = route.headerRules.filter((r) => r.role !== undefined);
  const leftAlone = existing.length > 0 ? [`${existing.length} existing header rule(s) left as they are`] : [];
  if (!settings) return { ...base, changes: [], skipped: "no headerRouting section in the config", notes: leftAlone };
  if (!routeWantsHeaders(config, route)) return { ...base, changes: [], skipped: "the route says headerRouting: false", notes: leftAlone };

  checkSettings(settings);
  const roles: HeaderRole[] = settings.blue.length > 0 ? ["green", "blue"] : ["green"];
  const valuesOf = (role: HeaderRole) => (role === "green" ? settings.green : settings.blue);
  const conditionsOf = (role: HeaderRole): RuleCondition[] => [
    ...route.rule.conditions,
    { field: "http-header", header: settings.header, values: valuesOf(role) },
  ];
  const refusals = roles.flatMap((role) => conditionProblems(route, settings.header, conditionsOf(role), role));
  if (refusals.length > 0) throw refused(label, refusals);

  // this route's own header rules, one per role; extras are reported, never touched
  const claimed = new Set(context.claimedRules ?? []);
  const own = existing.filter((r) => !claimed.has(r.arn) && typeof r.priority === "number");
  const notes: string[] = [];
  const current = new Map<HeaderRole, HeaderRule>();
  for (const role of roles) {
    const candidates = own.filter((r) => r.role === role);
    const best = candidates.find((r) => sameConditions(r.conditions, conditionsOf(role))) ?? candidates[0];
    if (best) current.set(role, best);
    for (const extra of candidates.filter((r) => r !== best))
      notes.push(`header rule at priority ${String(extra.priority)} is a second ${role} header rule for this route; left as it is`);
  }
  if (settings.blue.length === 0)
    for (const stale of own.filter((r) => r.role === "blue"))
      notes.push(`blue header rule at priority ${String(stale.priority)} is left as it is: headerRouting.blue is empty`);

  const placement = placeHeaderRules({
    routePriority: route.rule.priority,
    listenerPriorities: route.listenerPriorities,
    planned: context.plannedPriorities ?? [],
    ownPriorities: own.flatMap((r) => (typeof r.priority === "number" ? [r.priority] : [])),
    roles: roles.map((role) => ({ role, current: numberOrUndefined(current.get(role)?.priority) })),
    configured: settings.priorities,
  });
  if (placement.kind === "refused") throw refused(label, placement.reasons);
  const priorities = placement.priorities;

  const ruleRelease = (role: HeaderRole) => (context.keepRelease ? current.get(role)?.release : undefined) ?? release;
  const creates = roles.filter((role) => !current.has(role)).length;
  const ruleCount = route.listenerPriorities.length + (context.plannedPriorities?.length ?? 0) + creates;
  if (creates > 0 && ruleCount > ALB_RULE_LIMITS.rulesPerListener)
    throw refused(label, [
      `the listener would hold ${ruleCount} rules; an ALB takes at most ${ALB_RULE_LIMITS.rulesPerListener} besides its default rules`,
    ]);

  const changes = roles.map((role): HeaderRuleChange => {
    const target = role === "green" ? targets.green : targets.blue;
    const desired: DesiredHeaderRule = {
      role,
      priority: priorities.get(role) ?? 0,
      conditions: conditionsOf(role),
      target,
      release: ruleRelease(role),
      tags: headerRuleTags(config.project, route.service, ruleRelease(role), role),
    };
    const common: ChangeBase = {
      role,
      header: settings.header,
      values: valuesOf(role),
      priority: desired.priority,
      target: targetLabel(target),
      desired,
    };
    const rule = current.get(role);
    return rule ? compare(common, rule) : { ...common, kind: "create", createRule: createRuleBody(route.listener.arn, desired) };
  });
  return { ...base, changes, notes };
}

/**
 * Plans several routes of one run together, so that routes sharing a listener never pick the same
 * priority or take the same existing rule. Every route's refusals are gathered into one RefusedError.
 */
export function planHeaderRulesForRoutes(
  config: Config,
  entries: readonly { readonly route: RouteState; readonly targets: HeaderRuleTargets }[],
  release: string,
  options: Pick<HeaderRulePlanContext, "keepRelease"> = {},
): HeaderRulePlan[] {
  const planned = new Map<string, number[]>();
  const claimed = new Map<string, string[]>();
  const reasons: string[] = [];
  const plans: HeaderRulePlan[] = [];
  for (const { route, targets } of entries) {
    const listener = route.listener.arn;
    try {
      const plan = planHeaderRules(config, route, targets, release, {
        plannedPriorities: planned.get(listener) ?? [],
        claimedRules: claimed.get(listener) ?? [],
        ...options,
      });
      plans.push(plan);
      // only new or moved priorities: a kept rule's is already among the listener's
      const added = plan.changes.flatMap((c) => (c.kind === "create" || (c.kind === "modify" && c.setRulePriorities) ? [c.priority] : []));
      planned.set(listener, [...(planned.get(listener) ?? []), ...added]);
      claimed.set(listener, [...(claimed.get(listener) ?? []), ...plan.changes.flatMap((c) => (c.kind === "create" ? [] : [c.ruleArn]))]);
    } catch (error) {
      if (!(error instanceof RefusedError)) throw error;
      reasons.push(...error.reasons);
    }
  }
  if (reasons.length > 0) throw new RefusedError(`header rules: ${reasons.length} problem(s); nothing was changed`, reasons);
  return plans;
}

/** The tags of a header rule: cutover's usual ones, the colour being the role, plus the role marker. */
export function headerRuleTags(project: string, service: string, release: string, role: HeaderRole): Tags {
  return { ...cutoverTags({ project, service, release, colour: role }), [TAG.headerRule]: role };
}

function routeWantsHeaders(config: Config, route: RouteState): boolean {
  const lb = config.loadBalancers.find((l) => l.name === route.loadBalancer);
  const entries = lb?.routes.filter((r) => r.service === route.service) ?? [];
  // one service on several rules of a load balancer: the entry naming this rule decides
  const entry =
    entries.find((r) => {
      if (r.rule === "default") return route.rule.priority === "default";
      return "priority" in r.rule ? r.rule.priority === route.rule.priority : r.rule.arn === route.rule.arn;
    }) ?? entries[0];
  return entry?.headerRouting ?? true;
}

function compare(common: ChangeBase, rule: HeaderRule): HeaderRuleChange {
  const differences = headerRuleDifferences(common.desired, rule);
  if (differences.length === 0) return { ...common, kind: "keep", ruleArn: rule.arn };
  const has = (aspect: HeaderRuleAspect) => differences.some((d) => d.aspect === aspect);
  const desired = common.desired;
  const modify: ModifyRuleBody = {
    RuleArn: rule.arn,
    ...(has("conditions") ? { Conditions: desired.conditions.map(conditionBody) } : {}),
    ...(has("action") ? { Actions: [actionBody(desired.target)] } : {}),
  };
  return {
    ...common,
    kind: "modify",
    ruleArn: rule.arn,
    reasons: differences.map((d) => d.text),
    ...(has("priority") ? { setRulePriorities: { RulePriorities: [{ RuleArn: rule.arn, Priority: desired.priority }] } } : {}),
    ...(has("conditions") || has("action") ? { modifyRule: modify } : {}),
    ...(has("tags") ? { addTags: { ResourceArns: [rule.arn], Tags: tagBodies(desired.tags) } } : {}),
  };
}

function numberOrUndefined(priority: number | "default" | undefined): number | undefined {
  return typeof priority === "number" ? priority : undefined;
}
