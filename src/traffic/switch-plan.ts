import type { Config } from "../config/schema/index.js";
import type { WeightedTargetGroup } from "./estate-facts.js";
import { routeLabel, type RouteState } from "./estate.js";
import type { ForwardBody } from "./forward-action.js";
import { planTrafficSteps, remainingSteps, type TrafficStep } from "./step-plan.js";

/**
 * switch-traffic's plan, pure: from the modelled routes and the config, the steps still ahead and,
 * per step, the forward action every route gets; plus the restore plan (each route's forward action
 * as this run found it). Every route of every load balancer moves together, so one green weight
 * describes where the whole switch stands; routes that disagree are refused, never guessed.
 */

/** Where a route's forward action lives; the shape the load-balancing adapter writes to. */
export interface RoutePlace {
  readonly listenerArn: string;
  readonly ruleArn: string;
  readonly isDefault: boolean;
  readonly label: string;
}

/** When green counts as healthy: a target-group pair needs its minimum; cutover's own green needs every target. */
export type HealthRule = { readonly kind: "min-healthy"; readonly min: number } | { readonly kind: "all-healthy" };

export interface SwitchRoute {
  readonly label: string;
  readonly service: string;
  readonly place: RoutePlace;
  readonly blue: { readonly arn: string; readonly name: string };
  readonly green: { readonly arn: string; readonly name: string };
  readonly health: HealthRule;
  /** The forward action as this run found it: what a failure restores. */
  readonly start: ForwardBody;
}

export type SwitchStep =
  /** `forwards[i]` is what `routes[i]` gets: one ModifyListener or ModifyRule each. */
  | { readonly kind: "set-weight"; readonly weight: number; readonly forwards: readonly ForwardBody[] }
  | { readonly kind: "bake"; readonly durationMs: number; readonly alarms: readonly string[] };

export interface SwitchPlan {
  /** Green's weight on every route now (percent). */
  readonly from: number;
  /** Green's weight once every step is done. */
  readonly to: number;
  readonly routes: readonly SwitchRoute[];
  readonly steps: readonly SwitchStep[];
  /** The alarms watched before each step and during each bake. */
  readonly alarms: readonly string[];
  /** Why the switch cannot start; non-empty means nothing may change. */
  readonly refusals: readonly string[];
}

export interface SwitchInput {
  readonly config: Pick<Config, "traffic" | "services">;
  readonly routes: readonly RouteState[];
  /** `--to`: one weight, then stop (down as well as up). */
  readonly to: number | undefined;
}

export function planSwitch({ config, routes, to }: SwitchInput): SwitchPlan {
  const refusals: string[] = [];
  const planned: SwitchRoute[] = [];
  const shares: { label: string; share: number }[] = [];
  if (routes.length === 0) refusals.push("no route to switch: the config (or --service) selects no load balancer route");

  for (const route of routes) {
    const label = routeLabel(route);
    const why = unswitchable(route);
    if (why) {
      refusals.push(`${label} (${route.service}): ${why}`);
      continue;
    }
    // checked by unswitchable; narrowed again for the compiler
    if (!route.blue || !route.green || !route.forward) continue;
    shares.push({ label, share: route.greenShare });
    const service = config.services.find((s) => s.name === route.service);
    planned.push({
      label,
      service: route.service,
      place: { listenerArn: route.listener.arn, ruleArn: route.rule.arn, isDefault: route.rule.priority === "default", label },
      blue: { arn: route.blue.arn, name: route.blue.name },
      green: { arn: route.green.arn, name: route.green.name },
      health: service?.type === "target-group" ? { kind: "min-healthy", min: service.minHealthyTargets } : { kind: "all-healthy" },
      start: { targetGroups: route.forward.targetGroups, stickiness: route.forward.stickiness },
    });
  }

  const distinct = new Set(shares.map((s) => s.share));
  if (distinct.size > 1) {
    refusals.push(
      `the routes are at different green weights (${shares.map((s) => `${s.label}: ${s.share}%`).join(", ")}); ` +
        "bring them together with --to <weight> or `cutover rollback` first",
    );
  }
  const from = shares[0]?.share ?? 0;
  if (refusals.length > 0) return { from, to: from, routes: planned, steps: [], alarms: config.traffic.alarms, refusals };

  const ahead = stepsAhead(config.traffic, from, to);
  const stickiness = configuredStickiness(config.traffic.stickiness);
  const steps: SwitchStep[] = ahead.map((step) =>
    step.type === "bake"
      ? { kind: "bake", durationMs: step.durationMs, alarms: step.alarms }
      : { kind: "set-weight", weight: step.weight, forwards: planned.map((r) => forwardAt(r, step.weight, stickiness)) },
  );
  const last = [...steps].reverse().find((s) => s.kind === "set-weight");
  return { from, to: last?.kind === "set-weight" ? last.weight : from, routes: planned, steps, alarms: config.traffic.alarms, refusals };
}

/** The steps still ahead of `from`: the configured strategy resumed, or `--to`'s one weight (and its bake). */
function stepsAhead(traffic: Config["traffic"], from: number, to: number | undefined): TrafficStep[] {
  if (to === undefined) return remainingSteps(planTrafficSteps(traffic), from);
  if (to === from) return [];
  // the same bake rule as the strategy's steps: time or alarms to watch, else none
  const bake: TrafficStep[] =
    traffic.bakeTime > 0 || traffic.alarms.length > 0 ? [{ type: "bake", durationMs: traffic.bakeTime, alarms: traffic.alarms }] : [];
  return [{ type: "set-weight", weight: to }, ...bake];
}

/** Why a route cannot take part, or undefined when it can. */
function unswitchable(route: RouteState): string | undefined {
  if (!route.forward) return "does not forward to target groups";
  if (!route.blue) return "no target group carries traffic, so there is no blue to move from";
  if (!route.green?.attached) return "no green is attached to the forward action: run `cutover deploy-green` first";
  if (route.others.length > 0)
    return `also forwards to ${route.others.map((o) => o.name).join(", ")}, which is neither blue nor green; remove it first`;
  return undefined;
}

/**
 * The route's forward action with green at `weight` and blue at the rest, in the order AWS lists
 * them (so an unchanged route compares equal). Stickiness: the config's when it has one, else as found.
 */
export function forwardAt(route: SwitchRoute, weight: number, stickiness: ForwardBody["stickiness"] | undefined): ForwardBody {
  const weightOf = (tg: WeightedTargetGroup): number => (tg.arn === route.green.arn ? weight : 100 - weight);
  return {
    targetGroups: route.start.targetGroups.map((tg) => ({ arn: tg.arn, weight: weightOf(tg) })),
    stickiness: stickiness ?? route.start.stickiness,
  };
}

function configuredStickiness(sticky: Config["traffic"]["stickiness"]): ForwardBody["stickiness"] | undefined {
  return sticky === undefined ? undefined : { enabled: sticky.enabled, durationSeconds: Math.round(sticky.duration / 1000) };
}

/** Target group weights as `name=weight` pairs, how drift and restore messages show a forward action. */
export function describeWeights(forward: Pick<ForwardBody, "targetGroups">, names: ReadonlyMap<string, string>): string {
  return forward.targetGroups.map((tg) => `${names.get(tg.arn) ?? tg.arn}=${tg.weight}`).join(", ");
}

/** Same target groups at the same weights (order and stickiness aside): what the drift check compares. */
export function sameWeights(a: Pick<ForwardBody, "targetGroups">, b: Pick<ForwardBody, "targetGroups">): boolean {
  const key = (f: Pick<ForwardBody, "targetGroups">) =>
    [...f.targetGroups]
      .map((t) => `${t.arn}=${t.weight}`)
      .sort()
      .join(",");
  return key(a) === key(b);
}

/** The exact command that finishes what a failed restore left, for the operator to paste. */
export function rollbackCommand(configPath: string, release: string | undefined): string {
  return `cutover rollback --config ${configPath}${release === undefined ? "" : ` --release ${release}`}`;
}
