import type { Config } from "../config/schema/index.js";
import type { Stickiness, WeightedTargetGroup } from "./estate-facts.js";
import { routeLabel, targetGroupNameFromArn, type RouteState, type TargetGroupState } from "./estate.js";
import { sameForward } from "./forward-action.js";
import type { HeaderRulePlan, HeaderRuleTarget, HeaderRuleTargets } from "./header-rules/index.js";
import { CREATED_BY_CUTOVER, RETIRED, TAG, type Tags } from "./tags.js";

/**
 * What promote and rollback share: steps that move a route's sides (forward weights, tags) and
 * retire a side, planned from the estate model alone. Pure; src/release/apply-side-plan.ts sends
 * them, in the order the plan lists them.
 */

/** Where a route's forward action lives (the load-balancing adapter's ForwardPlace). */
export interface SidePlace {
  readonly listenerArn: string;
  readonly ruleArn: string;
  readonly isDefault: boolean;
  readonly label: string;
}

export type SideStep =
  | {
      readonly kind: "set-forward";
      readonly route: string;
      readonly place: SidePlace;
      readonly targetGroups: readonly WeightedTargetGroup[];
      readonly stickiness: Stickiness | undefined;
    }
  | {
      readonly kind: "tag";
      readonly route: string;
      readonly arn: string;
      readonly name: string;
      readonly add: Tags;
      readonly remove: readonly string[];
    }
  | { readonly kind: "scale-ecs-service"; readonly cluster: string; readonly name: string }
  | { readonly kind: "delete-ecs-service"; readonly cluster: string; readonly name: string }
  | { readonly kind: "scale-asg"; readonly name: string }
  | { readonly kind: "delete-asg"; readonly name: string }
  | { readonly kind: "delete-target-group"; readonly arn: string; readonly name: string };

/** One row per route: the forward action before and after, and what the route's sides become. */
export interface SideRow {
  readonly route: string;
  readonly service: string;
  /** `promote`, `already promoted`, `roll back`, `undo promote`, `nothing to roll back`. */
  readonly action: string;
  readonly before: readonly NamedWeight[];
  readonly after: readonly NamedWeight[];
  /** Tag changes on this route's target groups, in words. */
  readonly tags: readonly string[];
  readonly notes: readonly string[];
}

export interface NamedWeight {
  readonly name: string;
  readonly weight: number;
}

/** What a route should look like once the plan is applied: what the final re-read checks. */
export interface RouteIntent {
  readonly route: string;
  readonly ruleArn: string;
  readonly forward: readonly WeightedTargetGroup[];
  /** Where header requests should go; undefined without header routing. */
  readonly header: HeaderRuleTargets | undefined;
}

export interface SidePlan {
  readonly rows: readonly SideRow[];
  readonly intent: readonly RouteIntent[];
  /** Sent before the header rules: tags and forward actions, in order. */
  readonly steps: readonly SideStep[];
  readonly headerPlans: readonly HeaderRulePlan[];
  /** Sent after the header rules, which may still point at what they retire. */
  readonly retire: readonly SideStep[];
  /** Why the command must not run (exit 3, nothing changed). */
  readonly refusals: readonly string[];
}

/** Whether applying the plan would change anything: the plan's steps, and header rule changes. */
export function changeCount(plan: SidePlan): number {
  const header = plan.headerPlans.reduce((n, p) => n + p.changes.filter((c) => c.kind !== "keep").length, 0);
  return plan.steps.length + plan.retire.length + header;
}

export function placeOf(route: RouteState): SidePlace {
  return {
    listenerArn: route.listener.arn,
    ruleArn: route.rule.arn,
    isDefault: route.rule.priority === "default",
    label: `${routeLabel(route)} (${route.loadBalancerName}:${route.listener.port})`,
  };
}

/**
 * The forward action with `live` carrying everything: `live` at 100 (or its own weight when it
 * already has all the traffic, so an unchanged route stays unchanged), `zero` listed at 0 (added when
 * missing), `drop` removed, anything else at 0. The current order is kept.
 */
export function liveForward(route: RouteState, live: string, zero: readonly string[], drop: readonly string[]): WeightedTargetGroup[] {
  const current = route.forward?.targetGroups ?? [];
  const liveWeight = current.find((tg) => tg.arn === live)?.weight ?? 0;
  const others = current.filter((tg) => tg.arn !== live).reduce((n, tg) => n + tg.weight, 0);
  const weight = liveWeight > 0 && others === 0 ? liveWeight : 100;
  const out = current.filter((tg) => !drop.includes(tg.arn)).map((tg) => ({ arn: tg.arn, weight: tg.arn === live ? weight : 0 }));
  if (!out.some((tg) => tg.arn === live)) out.unshift({ arn: live, weight });
  for (const arn of zero) if (!out.some((tg) => tg.arn === arn) && !drop.includes(arn)) out.push({ arn, weight: 0 });
  return out;
}

/** A set-forward step when the wanted forward differs from the route's. */
export function forwardStep(route: RouteState, targetGroups: readonly WeightedTargetGroup[]): SideStep[] {
  const stickiness = route.forward?.stickiness;
  const current = { targetGroups: route.forward?.targetGroups ?? [], stickiness };
  if (sameForward(current, { targetGroups, stickiness })) return [];
  return [{ kind: "set-forward", route: routeLabel(route), place: placeOf(route), targetGroups, stickiness }];
}

/** A tag step with only what differs from the side's tags now; none when nothing does. */
export function tagStep(route: RouteState, side: TargetGroupState, add: Tags, remove: readonly string[]): SideStep[] {
  const raw = rawTags(side);
  const adding = Object.fromEntries(Object.entries(add).filter(([key, value]) => raw[key] !== value));
  const removing = remove.filter((key) => raw[key] !== undefined);
  if (Object.keys(adding).length === 0 && removing.length === 0) return [];
  return [{ kind: "tag", route: routeLabel(route), arn: side.arn, name: side.name, add: adding, remove: removing }];
}

/** The tags the model read, under their AWS keys, for comparing. */
function rawTags(side: TargetGroupState): Record<string, string> {
  const t = side.tags;
  const entries: [string, string | undefined][] = [
    [TAG.colour, t.colourTag],
    [TAG.promotedAt, t.promotedAt],
    [TAG.standby, t.standbyArn],
  ];
  return Object.fromEntries(entries.filter((e): e is [string, string] => e[1] !== undefined));
}

/**
 * Retiring a side: what cutover created for it is deleted (ECS service or ASG, then its target
 * group); what other tooling owns is kept: a target-group pair's member is only retagged, the
 * configured original service or ASG is scaled to zero and its target group retagged. The caller
 * has already taken the side out of every forward action and header rule.
 */
export function retireSteps(route: RouteState, side: TargetGroupState): { steps: SideStep[]; tags: SideStep[]; words: string } {
  const ours = side.tags.createdBy === CREATED_BY_CUTOVER && route.serviceType !== "target-group";
  const backend = side.backend;
  const steps: SideStep[] = [];
  if (route.serviceType !== "target-group" && backend) {
    const backendOurs = backend.tags[TAG.createdBy] === CREATED_BY_CUTOVER;
    if (backend.type === "ecs")
      steps.push({ kind: backendOurs ? "delete-ecs-service" : "scale-ecs-service", cluster: backend.cluster, name: backend.name });
    else steps.push({ kind: backendOurs ? "delete-asg" : "scale-asg", name: backend.name });
  }
  if (ours) {
    steps.push({ kind: "delete-target-group", arn: side.arn, name: side.name });
    return { steps, tags: [], words: `retire ${side.name}: delete ${describeRetire(steps)}` };
  }
  const tags = tagStep(route, side, { [TAG.colour]: RETIRED }, [TAG.promotedAt, TAG.standby]);
  const kept = route.serviceType === "target-group" ? "kept (other tooling owns it)" : "target group kept (cutover did not create it)";
  return { steps, tags, words: `retire ${side.name}: ${steps.length > 0 ? `${describeRetire(steps)}; ` : ""}${kept}` };
}

function describeRetire(steps: readonly SideStep[]): string {
  return steps
    .map((s) => {
      switch (s.kind) {
        case "scale-ecs-service":
          return `scale ECS service ${s.name} to 0`;
        case "delete-ecs-service":
          return `ECS service ${s.name}`;
        case "scale-asg":
          return `scale ASG ${s.name} to 0`;
        case "delete-asg":
          return `ASG ${s.name}`;
        case "delete-target-group":
          return `target group ${s.name}`;
        default:
          return s.kind;
      }
    })
    .join(", ");
}

/** Deletions and scalings named once, though several routes share a target group or service. */
export function dedupe(steps: readonly SideStep[]): SideStep[] {
  const seen = new Set<string>();
  return steps.filter((s) => {
    const key = JSON.stringify(s.kind === "tag" || s.kind === "set-forward" ? [s.kind, s.route, s] : s);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** What the green header gets once no green exists (`headerRouting.afterRelease`). */
export function afterReleaseTarget(config: Config, live: string): HeaderRuleTarget {
  return config.headerRouting?.afterRelease === "live" ? { targetGroupArn: live } : { fixedResponse: { statusCode: "404" } };
}

export function namedWeights(targetGroups: readonly WeightedTargetGroup[]): NamedWeight[] {
  return targetGroups.map((tg) => ({ name: targetGroupNameFromArn(tg.arn), weight: tg.weight }));
}

export function describeTag(step: SideStep): string {
  if (step.kind !== "tag") return "";
  const added = Object.entries(step.add).map(([k, v]) => `${k}=${k === TAG.standby ? targetGroupNameFromArn(v) : v}`);
  return `${step.name}: ${[...added, ...step.remove.map((k) => `-${k}`)].join(" ")}`;
}
