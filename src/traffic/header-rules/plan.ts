import type { Config } from "../../config/schema/index.js";
import { RefusedError } from "../../errors.js";
import type { RuleCondition } from "../estate-facts.js";
import { routeLabel, type HeaderRule, type RouteState } from "../estate.js";
import { disjoint } from "../routing/condition-overlap.js";
import { projectListener } from "../routing/project-listener.js";
import { routingMismatches } from "../routing/route-paths.js";
import { cutoverTags, TAG, type Tags } from "../tags.js";
import { adoptable, decodeAdoptedFrom, describeForeign, encodeAdoptedFrom } from "./adoption.js";
import { createRuleBody, conditionBody, actionBody, tagBodies, type ModifyRuleBody } from "./bodies.js";
import { checkSettings, conditionProblems, refused } from "./checks.js";
import { headerRuleDifferences, sameConditions, targetLabel } from "./describe.js";
import { ALB_RULE_LIMITS } from "./limits.js";
import { placeHeaderRules } from "./placement.js";
import { movesOf, roomToGiveBack, withMoves } from "./room.js";
import type {
  ChangeBase,
  DesiredHeaderRule,
  HeaderRole,
  HeaderRuleAspect,
  HeaderRuleChange,
  HeaderRulePlan,
  HeaderRulePlanContext,
  HeaderRuleTargets,
  RuleMove,
} from "./types.js";

/**
 * The header rule changes for one route. Throws InputError when `headerRouting` itself cannot work
 * on an ALB, RefusedError when this route and listener leave no valid place, exceed a limit, or
 * would leave a header request reaching anything but its target by the listener's rule order.
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
    // the one the ALB reaches first is the one that routes: the others are only reported
    const candidates = own.filter((r) => r.role === role).sort((a, b) => Number(a.priority) - Number(b.priority));
    const best = candidates.find((r) => sameConditions(r.conditions, conditionsOf(role))) ?? candidates[0];
    if (best) current.set(role, best);
    for (const extra of candidates.filter((r) => r !== best))
      notes.push(`header rule at priority ${String(extra.priority)} is a second ${role} header rule for this route; left as it is`);
  }
  if (settings.blue.length === 0)
    for (const stale of own.filter((r) => r.role === "blue"))
      notes.push(`blue header rule at priority ${String(stale.priority)} is left as it is: headerRouting.blue is empty`);

  // a rule another tool made for exactly this (the route's conditions and the header) becomes cutover's
  const adopted = new Map<HeaderRole, string>();
  for (const role of roles) {
    if (current.has(role)) continue;
    const rule = adoptable(route, conditionsOf(role), claimed);
    if (!rule) continue;
    const from = encodeAdoptedFrom(rule);
    if (!from)
      throw refused(label, [
        `${describeForeign(rule)} already sends ${role} header requests of this route elsewhere, in a way cutover cannot put back; change or remove it`,
      ]);
    current.set(role, rule);
    adopted.set(role, from);
    notes.push(
      `${describeForeign(rule)}, made by another tool for ${settings.header}: ${valuesOf(role).join("|")}, is taken over as the ${role} header rule`,
    );
  }

  const routePriority = route.rule.priority;
  const placement = placeHeaderRules({
    routePriority,
    listenerPriorities: route.listenerPriorities,
    planned: context.plannedPriorities ?? [],
    ownPriorities: [...own, ...current.values()].flatMap((r) => (typeof r.priority === "number" ? [r.priority] : [])),
    roles: roles.map((role) => ({ role, current: numberOrUndefined(current.get(role)?.priority) })),
    configured: settings.priorities,
    canPass: (role, priority) => {
      // a rule not read (or not there) proves nothing
      const at = route.listenerRules.filter((r) => r.priority === priority);
      return at.length > 0 && at.every((r) => disjoint(r.conditions, conditionsOf(role)));
    },
    // room is made for a release (deploy-green), never by promote or rollback, which give it back
    makeRoom: settings.makeRoom && !context.giveRoomBack,
  });
  if (placement.kind === "refused" && context.giveRoomBack && settings.makeRoom && current.size === 0)
    return {
      ...base,
      changes: [],
      skipped:
        "no free priority for header rules without moving rules, which only a release's deploy-green does: header requests reach the route's rule",
      notes,
    };
  if (placement.kind === "refused") throw refused(label, placement.reasons);
  const priorities = placement.priorities;
  const moves = movesOf(route, placement.moves);

  const ruleRelease = (role: HeaderRole) => (context.keepRelease ? current.get(role)?.release : undefined) ?? release;
  const creates = roles.filter((role) => !current.has(role)).length;
  const ruleCount = route.listenerPriorities.length + (context.plannedPriorities?.length ?? 0) + creates;
  if (creates > 0 && ruleCount > ALB_RULE_LIMITS.rulesPerListener)
    throw refused(label, [
      `the listener would hold ${ruleCount} rules; an ALB takes at most ${ALB_RULE_LIMITS.rulesPerListener} besides its default rules`,
    ]);

  const changes = roles.map((role): HeaderRuleChange => {
    const rule = current.get(role);
    // a rollback puts a taken-over rule back to what it did
    const restored = context.restoreAdopted ? decodeAdoptedFrom(rule?.adoptedFrom) : undefined;
    const target = restored ?? (role === "green" ? targets.green : targets.blue);
    const adoptedFrom = adopted.get(role) ?? (context.settleAdoption ? undefined : rule?.adoptedFrom);
    const desired: DesiredHeaderRule = {
      role,
      priority: priorities.get(role) ?? 0,
      conditions: conditionsOf(role),
      target,
      release: ruleRelease(role),
      tags: {
        ...headerRuleTags(config.project, route.service, ruleRelease(role), role),
        ...(adoptedFrom === undefined ? {} : { [TAG.adoptedFrom]: adoptedFrom }),
        ...(moves.length > 0 || rule?.madeRoom ? { [TAG.madeRoom]: "true" } : {}),
      },
    };
    const common: ChangeBase = {
      role,
      header: settings.header,
      values: valuesOf(role),
      priority: desired.priority,
      target: targetLabel(target),
      desired,
    };
    if (!rule) return { ...common, kind: "create", createRule: createRuleBody(route.listener.arn, desired) };
    return compare(common, rule, context.settleAdoption && rule.adoptedFrom !== undefined ? [TAG.adoptedFrom] : []);
  });
  const plan: HeaderRulePlan = { ...base, changes, notes, ...(moves.length > 0 ? { moves } : {}) };
  checkRouting(config, route, plan, label);
  return plan;
}

/**
 * Where header requests would go once the plan is applied, read in rule order: anything but the
 * planned target, or a rule of another tool taking some of them first, refuses the plan before any
 * change, naming the rules.
 */
function checkRouting(config: Config, route: RouteState, plan: HeaderRulePlan, label: string): void {
  const settings = config.headerRouting;
  if (!settings) return;
  const moved = plan.moves?.find((m) => m.ruleArn === route.rule.arn);
  const after = {
    ...route,
    listenerRules: projectListener(route.listenerRules, [plan]),
    rule: moved ? { ...route.rule, priority: moved.to } : route.rule,
  };
  const target = (role: HeaderRole) => plan.changes.find((c) => c.role === role)?.desired.target;
  const green = target("green");
  const blue = target("blue");
  const problems = routingMismatches(after, settings, { ...(green ? { green } : {}), ...(blue ? { blue } : {}) }).filter(
    (p) => !p.includes("plain requests"),
  );
  if (problems.length > 0)
    throw refused(label, [
      ...problems.map((p) => p.replace(`${label}: `, "")),
      "a rule another tool made matches these requests before cutover's header rule: move it after the route's rule, remove it, " +
        "or make its conditions exactly the route's plus the header (cutover then takes it over)",
    ]);
}

/**
 * Plans several routes of one run together, so that routes sharing a listener never pick the same
 * priority or take the same existing rule, and a route planned after room was made (or given back)
 * on its listener sees the listener as it will be. Every route's refusals are gathered into one
 * RefusedError.
 */
export function planHeaderRulesForRoutes(
  config: Config,
  entries: readonly { readonly route: RouteState; readonly targets: HeaderRuleTargets }[],
  release: string,
  options: Pick<HeaderRulePlanContext, "keepRelease" | "restoreAdopted" | "settleAdoption" | "giveRoomBack"> = {},
): HeaderRulePlan[] {
  const planned = new Map<string, number[]>();
  const claimed = new Map<string, string[]>();
  const moved = new Map<string, RuleMove[]>();
  const gone = new Map<string, Set<string>>();
  const reasons: string[] = [];
  const plans: HeaderRulePlan[] = [];
  for (const { route: observed, targets } of entries) {
    const listener = observed.listener.arn;
    let back: { moves: readonly RuleMove[]; deletes: NonNullable<HeaderRulePlan["deletes"]> } | undefined;
    if (options.giveRoomBack && !moved.has(listener)) {
      back = roomToGiveBack(observed);
      moved.set(listener, [...back.moves]);
      gone.set(listener, new Set(back.deletes.map((d) => d.ruleArn)));
    }
    const shifted = withMoves(observed, moved.get(listener) ?? [], gone.get(listener));
    // the header rules earlier routes of this run will create are rules on the listener too: what they may take decides placement
    const earlier = plans.filter((p) => p.listenerArn === listener).map((p) => ({ ...p, moves: [], deletes: [] }));
    const route = earlier.length > 0 ? { ...shifted, listenerRules: projectListener(shifted.listenerRules, earlier) } : shifted;
    // the room given back took this route's header rules with it: none are planned again
    if (options.giveRoomBack && observed.headerRules.some((r) => r.madeRoom)) {
      plans.push({
        route: routeLabel(observed),
        loadBalancer: observed.loadBalancer,
        service: observed.service,
        listenerArn: listener,
        changes: [],
        skipped: "the room made for its header rules is given back: they are removed, and header requests reach the route's rule",
        notes: [],
        ...(back && (back.moves.length > 0 || back.deletes.length > 0) ? { moves: back.moves, deletes: back.deletes } : {}),
      });
      continue;
    }
    try {
      const plan = planHeaderRules(config, route, targets, release, {
        plannedPriorities: planned.get(listener) ?? [],
        claimedRules: claimed.get(listener) ?? [],
        ...options,
      });
      const withBack: HeaderRulePlan =
        back && (back.moves.length > 0 || back.deletes.length > 0)
          ? { ...plan, moves: [...back.moves, ...(plan.moves ?? [])], deletes: back.deletes }
          : plan;
      plans.push(withBack);
      // only new or moved priorities: a kept rule's is already among the listener's
      const added = plan.changes.flatMap((c) => (c.kind === "create" || (c.kind === "modify" && c.setRulePriorities) ? [c.priority] : []));
      planned.set(listener, [...(planned.get(listener) ?? []), ...added]);
      claimed.set(listener, [...(claimed.get(listener) ?? []), ...plan.changes.flatMap((c) => (c.kind === "create" ? [] : [c.ruleArn]))]);
      if (plan.moves) moved.set(listener, [...(moved.get(listener) ?? []), ...plan.moves]);
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

function compare(common: ChangeBase, rule: HeaderRule, removeTags: readonly string[]): HeaderRuleChange {
  const differences = headerRuleDifferences(common.desired, rule);
  const extraTags = Object.entries(common.desired.tags).filter(([key]) => key === TAG.adoptedFrom || key === TAG.madeRoom);
  const tagsMissing = extraTags.some(([key, value]) => (key === TAG.adoptedFrom ? rule.adoptedFrom !== value : !rule.madeRoom));
  if (differences.length === 0 && !tagsMissing && removeTags.length === 0) return { ...common, kind: "keep", ruleArn: rule.arn };
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
    reasons: [
      ...differences.map((d) => d.text),
      ...(tagsMissing ? ["its taken-over or made-room tags are missing"] : []),
      ...(removeTags.length > 0 ? ["the release is promoted: what it did before is no longer kept"] : []),
    ],
    ...(has("priority") ? { setRulePriorities: { RulePriorities: [{ RuleArn: rule.arn, Priority: desired.priority }] } } : {}),
    ...(has("conditions") || has("action") ? { modifyRule: modify } : {}),
    ...(has("tags") || tagsMissing ? { addTags: { ResourceArns: [rule.arn], Tags: tagBodies(desired.tags) } } : {}),
    ...(removeTags.length > 0 ? { removeTags: { arns: [rule.arn], keys: [...removeTags] } } : {}),
  };
}

function numberOrUndefined(priority: number | "default" | undefined): number | undefined {
  return typeof priority === "number" ? priority : undefined;
}
