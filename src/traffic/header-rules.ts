import type { Config } from "../config/schema/index.js";
import { InputError, RefusedError } from "../errors.js";
import type { RuleCondition } from "./estate-facts.js";
import { routeLabel, targetGroupNameFromArn, type HeaderRule, type RouteState } from "./estate.js";
import { cutoverTags, TAG, type Colour, type Tags } from "./tags.js";

/**
 * Header routing rules (seed 002's `x-client-mode`), planned without AWS: per route, one rule that
 * sends the green header values to green and, when blue values are configured, one that sends the
 * blue values to blue. Each carries the route's own conditions plus the header, so it only ever
 * takes requests the route's rule would have taken, and sits where the ALB evaluates it first.
 *
 * Where they go (`headerRouting.priorities: auto`): in the gap just before the route's rule, i.e.
 * after every other rule that precedes it. A header rule placed before some unrelated rule would
 * take that rule's header-carrying requests too, so the gap is the only safe place; when it is full,
 * the plan refuses and names both rules. A default-action route's gap is after the listener's last
 * rule. Configured priorities are taken as given, once checked.
 *
 * Existing header rules are found by their tags (project and service, read by the estate reader, and
 * the `cutover:header-rule` role); one of the role, whatever release made it, is compared with what
 * is wanted and kept, retagged, moved or repointed: never duplicated. The target is a parameter, so
 * promote and rollback reuse the same plan to send the green header to a fixed 404 or to the new live
 * side.
 *
 * The plan holds the exact ELBv2 request bodies (CreateRule with its Tags, ModifyRule,
 * SetRulePriorities, AddTags) so `--dry-run` prints what would be sent; header-rule-writer.ts sends
 * them.
 */

export type HeaderRole = Colour;

/** What a header rule's matching requests get. */
export type HeaderRuleTarget =
  | { readonly targetGroupArn: string }
  | { readonly fixedResponse: { readonly statusCode: string; readonly contentType?: string; readonly messageBody?: string } };

export interface HeaderRuleTargets {
  readonly green: HeaderRuleTarget;
  readonly blue: HeaderRuleTarget;
}

/** ALB limits on one rule (Quotas for your Application Load Balancers; rule condition types). */
export const ALB_RULE_LIMITS = {
  /** Match evaluations per condition: at most three strings in one http-header condition. */
  valuesPerCondition: 3,
  /** Condition values (match evaluations) across every condition of a rule. */
  valuesPerRule: 5,
  /** `*` and `?` across the values of a rule. */
  wildcardsPerRule: 5,
  /** Rules per load balancer, the default rules apart; one listener's count is all the plan sees. */
  rulesPerListener: 100,
  maxPriority: 50_000,
} as const;

// ---------------------------------------------------------------- request bodies (the API's JSON shape)

export interface ConditionBody {
  Field: string;
  HttpHeaderConfig?: { HttpHeaderName: string; Values?: string[]; RegexValues?: string[] };
  PathPatternConfig?: { Values?: string[]; RegexValues?: string[] };
  HostHeaderConfig?: { Values?: string[]; RegexValues?: string[] };
  HttpRequestMethodConfig?: { Values: string[] };
  SourceIpConfig?: { Values: string[] };
  QueryStringConfig?: { Values: { Key?: string; Value: string }[] };
}

export type ActionBody =
  | { Type: "forward"; ForwardConfig: { TargetGroups: { TargetGroupArn: string; Weight: number }[] } }
  | { Type: "fixed-response"; FixedResponseConfig: { StatusCode: string; ContentType?: string; MessageBody?: string } };

export interface TagBody {
  Key: string;
  Value: string;
}

export interface CreateRuleBody {
  ListenerArn: string;
  Priority: number;
  Conditions: ConditionBody[];
  Actions: ActionBody[];
  Tags: TagBody[];
}

/** Only what differs is given: each list given replaces the rule's whole list (as in AWS). */
export interface ModifyRuleBody {
  RuleArn: string;
  Conditions?: ConditionBody[];
  Actions?: ActionBody[];
}

export interface SetRulePrioritiesBody {
  RulePriorities: { RuleArn: string; Priority: number }[];
}

export interface AddTagsBody {
  ResourceArns: string[];
  Tags: TagBody[];
}

// ---------------------------------------------------------------- the plan

/** What a header rule must look like once the plan is applied; the writer verifies against it. */
export interface DesiredHeaderRule {
  readonly role: HeaderRole;
  readonly priority: number;
  readonly conditions: readonly RuleCondition[];
  readonly target: HeaderRuleTarget;
  readonly release: string;
  readonly tags: Tags;
}

interface ChangeBase {
  readonly role: HeaderRole;
  readonly header: string;
  readonly values: readonly string[];
  readonly priority: number;
  /** The target group's name, or `fixed 404`. */
  readonly target: string;
  readonly desired: DesiredHeaderRule;
}

export type HeaderRuleChange =
  | (ChangeBase & { readonly kind: "create"; readonly createRule: CreateRuleBody })
  | (ChangeBase & {
      readonly kind: "modify";
      readonly ruleArn: string;
      /** What differs, in words. */
      readonly reasons: readonly string[];
      readonly setRulePriorities?: SetRulePrioritiesBody;
      readonly modifyRule?: ModifyRuleBody;
      readonly addTags?: AddTagsBody;
    })
  | (ChangeBase & { readonly kind: "keep"; readonly ruleArn: string });

export interface HeaderRulePlan {
  /** `feed-normalizers rule 10`, `alb-ks default action`. */
  readonly route: string;
  readonly loadBalancer: string;
  readonly service: string;
  readonly listenerArn: string;
  /** Empty when the route gets no header rules (`skipped` says why). */
  readonly changes: readonly HeaderRuleChange[];
  readonly skipped?: string;
  /** Worth telling, not changed: a duplicate header rule, a blue rule no longer configured. */
  readonly notes: readonly string[];
}

/** What other routes planned in the same run, on the same listener (see planHeaderRulesForRoutes). */
export interface HeaderRulePlanContext {
  readonly plannedPriorities?: readonly number[];
  /** Header rules that another route of the same service on this listener already took as its own. */
  readonly claimedRules?: readonly string[];
  /**
   * Keep an existing rule's `cutover:release` tag (the release whose deploy-green made it): promote and
   * rollback repoint rules without claiming them for a release, so a rerun plans the same tags.
   */
  readonly keepRelease?: boolean;
}

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

  const priorities = placeRules(route, settings.priorities, roles, current, own, context.plannedPriorities ?? [], label);

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

export type HeaderRuleAspect = "priority" | "conditions" | "action" | "tags";

/** The tags of a header rule: cutover's usual ones, the colour being the role, plus the role marker. */
export function headerRuleTags(project: string, service: string, release: string, role: HeaderRole): Tags {
  return { ...cutoverTags({ project, service, release, colour: role }), [TAG.headerRule]: role };
}

export function targetLabel(target: HeaderRuleTarget): string {
  return "targetGroupArn" in target ? targetGroupNameFromArn(target.targetGroupArn) : `fixed ${target.fixedResponse.statusCode}`;
}

// ---------------------------------------------------------------- checks

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

/** Problems of the settings alone, whatever the estate: bad input (exit 2). */
function checkSettings(settings: NonNullable<Config["headerRouting"]>): void {
  const problems: string[] = [];
  for (const role of ["green", "blue"] as const) {
    const values = settings[role];
    if (values.length > ALB_RULE_LIMITS.valuesPerCondition)
      problems.push(
        `headerRouting.${role}: ${values.length} values; an ALB http-header condition takes at most ${ALB_RULE_LIMITS.valuesPerCondition}`,
      );
  }
  // ALB compares header values without regard to case
  const green = new Set(settings.green.map((v) => v.toLowerCase()));
  const both = settings.blue.filter((v) => green.has(v.toLowerCase()));
  if (both.length > 0) problems.push(`headerRouting: ${both.join(", ")} is both a green and a blue value; a request must pick one side`);
  if (problems.length > 0) throw new InputError(`headerRouting cannot be used as configured`, problems);
}

const COPYABLE = new Set(["path-pattern", "host-header", "http-request-method", "source-ip", "query-string", "http-header"]);
const WILDCARD_FIELDS = new Set(["path-pattern", "host-header", "http-header", "query-string"]);

function conditionProblems(route: RouteState, header: string, conditions: readonly RuleCondition[], role: HeaderRole): string[] {
  const problems: string[] = [];
  for (const c of route.rule.conditions) {
    if (!COPYABLE.has(c.field)) problems.push(`its rule has a ${c.field} condition, which cutover cannot copy into a header rule`);
    if (c.field === "http-header" && c.header?.toLowerCase() === header.toLowerCase())
      problems.push(`its rule already matches on the ${header} header; a header rule would need both values at once`);
  }
  const values = conditions.reduce((n, c) => n + c.values.length + (c.regexValues?.length ?? 0), 0);
  if (values > ALB_RULE_LIMITS.valuesPerRule)
    problems.push(
      `the ${role} header rule would hold ${values} condition values (the rule's ${values - countHeaderValues(conditions)} and ` +
        `${countHeaderValues(conditions)} header values); an ALB rule takes at most ${ALB_RULE_LIMITS.valuesPerRule}`,
    );
  const wildcards = conditions
    .filter((c) => WILDCARD_FIELDS.has(c.field))
    .flatMap((c) => c.values)
    .reduce((n, v) => n + (v.match(/(?<!\\)[*?]/g)?.length ?? 0), 0);
  if (wildcards > ALB_RULE_LIMITS.wildcardsPerRule)
    problems.push(
      `the ${role} header rule would hold ${wildcards} wildcards; an ALB rule takes at most ${ALB_RULE_LIMITS.wildcardsPerRule}`,
    );
  return [...new Set(problems)];
}

function countHeaderValues(conditions: readonly RuleCondition[]): number {
  const last = conditions[conditions.length - 1];
  return last ? last.values.length : 0;
}

function refused(label: string, reasons: readonly string[]): RefusedError {
  const named = reasons.map((r) => `${label}: ${r}`);
  return new RefusedError(`header rules for ${label}: ${reasons[0] ?? "refused"}; nothing was changed`, named);
}

// ---------------------------------------------------------------- priorities

/**
 * A priority for each role: an existing rule's own when still valid, else configured or from the
 * gap before the route's rule.
 */
function placeRules(
  route: RouteState,
  configured: NonNullable<Config["headerRouting"]>["priorities"],
  roles: readonly HeaderRole[],
  current: ReadonlyMap<HeaderRole, HeaderRule>,
  own: readonly HeaderRule[],
  planned: readonly number[],
  label: string,
): Map<HeaderRole, number> {
  const routePriority = route.rule.priority;
  const ownPriorities = new Set(own.map((r) => r.priority));
  // everything on the listener, and what other routes of this run will add
  const taken = new Set([...route.listenerPriorities, ...planned]);
  const placed = new Map<HeaderRole, number>();
  const reasons: string[] = [];

  for (const role of roles) {
    const at = current.get(role)?.priority;
    const valid =
      typeof at === "number" && (configured === "auto" ? routePriority === "default" || at < routePriority : at === configured[role]);
    if (valid) placed.set(role, at);
  }
  const used = new Set(placed.values());

  if (configured !== "auto") {
    for (const role of roles) {
      if (placed.has(role)) continue;
      const wanted = configured[role];
      if (routePriority !== "default" && wanted >= routePriority)
        reasons.push(
          `headerRouting.priorities.${role} is ${wanted}, not below the route's rule ${routePriority}: the ALB would never reach the header rule`,
        );
      else if (taken.has(wanted) || used.has(wanted))
        reasons.push(
          `headerRouting.priorities.${role} is ${wanted}, which another rule on the listener holds ` +
            "(the configured pair serves every route; with several header-routed routes on one listener, use auto)",
        );
      else {
        placed.set(role, wanted);
        used.add(wanted);
      }
    }
    if (reasons.length > 0) throw refused(label, reasons);
    return placed;
  }

  // the gap: after the nearest rule that is not this route's (or this run's other routes'), before the route's rule
  const others = [...route.listenerPriorities, ...planned].filter((p) => !ownPriorities.has(p) && p !== routePriority);
  const missing = roles.filter((role) => !placed.has(role));
  if (missing.length === 0) return placed;
  let free: number[];
  let gap: string;
  if (routePriority === "default") {
    const last = Math.max(0, ...others);
    free = freePriorities(last + 1, ALB_RULE_LIMITS.maxPriority, missing.length, (p) => !taken.has(p) && !used.has(p));
    gap = `after the listener's last rule (${last})`;
  } else {
    const before = Math.max(0, ...others.filter((p) => p < routePriority));
    // nearest the route's rule first, leaving room before it for others
    free = freePriorities(routePriority - 1, before + 1, missing.length, (p) => !taken.has(p) && !used.has(p));
    gap = before === 0 ? `before rule ${routePriority}` : `between rule ${before} and rule ${routePriority}`;
  }
  if (free.length < missing.length)
    throw refused(label, [
      `no free priority ${gap} for ${missing.length === 1 ? `its ${missing[0]} header rule` : "its header rules"} ` +
        `(${missing.length} needed, ${free.length} free): a header rule must be evaluated after the rules before the route and ` +
        "before the route's own rule; free priorities there, or set headerRouting.priorities: { green: N, blue: M }",
    ]);
  missing.forEach((role, i) => placed.set(role, free[i] ?? 0));
  return placed;
}

/** Up to `count` priorities from `from` towards `to` (either way round) that `free` accepts. */
function freePriorities(from: number, to: number, count: number, free: (p: number) => boolean): number[] {
  const out: number[] = [];
  const step = from <= to ? 1 : -1;
  for (let p = from; out.length < count && (step > 0 ? p <= to : p >= to); p += step) if (free(p)) out.push(p);
  return out;
}

// ---------------------------------------------------------------- compare and build

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

function createRuleBody(listenerArn: string, desired: DesiredHeaderRule): CreateRuleBody {
  return {
    ListenerArn: listenerArn,
    Priority: desired.priority,
    Conditions: desired.conditions.map(conditionBody),
    Actions: [actionBody(desired.target)],
    Tags: tagBodies(desired.tags),
  };
}

function tagBodies(tags: Tags): TagBody[] {
  return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
}

function actionBody(target: HeaderRuleTarget): ActionBody {
  if ("targetGroupArn" in target)
    return { Type: "forward", ForwardConfig: { TargetGroups: [{ TargetGroupArn: target.targetGroupArn, Weight: 1 }] } };
  const { statusCode, contentType, messageBody } = target.fixedResponse;
  return {
    Type: "fixed-response",
    FixedResponseConfig: {
      StatusCode: statusCode,
      ...(contentType === undefined ? {} : { ContentType: contentType }),
      ...(messageBody === undefined ? {} : { MessageBody: messageBody }),
    },
  };
}

function conditionBody(condition: RuleCondition): ConditionBody {
  const values = condition.values.length > 0 ? { Values: [...condition.values] } : {};
  const regex = condition.regexValues && condition.regexValues.length > 0 ? { RegexValues: [...condition.regexValues] } : {};
  switch (condition.field) {
    case "http-header":
      return { Field: condition.field, HttpHeaderConfig: { HttpHeaderName: condition.header ?? "", ...values, ...regex } };
    case "path-pattern":
      return { Field: condition.field, PathPatternConfig: { ...values, ...regex } };
    case "host-header":
      return { Field: condition.field, HostHeaderConfig: { ...values, ...regex } };
    case "http-request-method":
      return { Field: condition.field, HttpRequestMethodConfig: { Values: [...condition.values] } };
    case "source-ip":
      return { Field: condition.field, SourceIpConfig: { Values: [...condition.values] } };
    case "query-string":
      return {
        Field: condition.field,
        QueryStringConfig: {
          Values: (condition.queryPairs ?? []).map((p) => (p.key === undefined ? { Value: p.value } : { Key: p.key, Value: p.value })),
        },
      };
    default:
      // conditionProblems refuses any other field before a body is built
      throw new Error(`cannot write a ${condition.field} condition`);
  }
}

/** Conditions compared as the ALB reads them: order of conditions and values aside, header names in any case. */
function sameConditions(a: readonly RuleCondition[], b: readonly RuleCondition[]): boolean {
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
