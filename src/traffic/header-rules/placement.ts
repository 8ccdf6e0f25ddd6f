import { ALB_RULE_LIMITS } from "./limits.js";
import type { HeaderRole } from "./types.js";

/**
 * Where a route's header rules may go on its listener: a pure allocator of rule priorities, with no
 * knowledge of AWS, the config file or the rules' conditions.
 *
 * A header rule carries its route's conditions plus the header, so it must be evaluated before the
 * route's rule. With `auto` it goes in the gap just before the route's rule, after every other rule
 * that precedes it: placed before some unrelated rule, it would take that rule's header-carrying
 * requests too, so the gap is the only safe place. Within the gap the priorities nearest the
 * route's rule come first, leaving room before them for others. A default-action route's gap is
 * after the listener's last rule. Configured priorities are taken as given, once checked.
 *
 * A role whose existing rule already sits where it may stay keeps its priority, so a rerun moves
 * nothing.
 */

export interface PlacementRequest {
  /** The priority of the route's own rule, or `default` for the listener's default action. */
  readonly routePriority: number | "default";
  /** Every priority the listener holds now, the route's own header rules included. */
  readonly listenerPriorities: readonly number[];
  /** Priorities other routes of the same run will take on this listener. */
  readonly planned: readonly number[];
  /**
   * The priorities of the route's own header rules, of any role and extras included: the gap is
   * bounded by the rules before the route, not by the route's own header rules.
   */
  readonly ownPriorities: readonly number[];
  /** The roles to place in order (green first), each with its existing rule's priority, if it has one. */
  readonly roles: readonly { readonly role: HeaderRole; readonly current?: number | undefined }[];
  /** `headerRouting.priorities`: `auto`, or one priority per role. */
  readonly configured: "auto" | { readonly green: number; readonly blue: number };
  /** The highest priority a rule may have; the ALB's own limit unless given. */
  readonly maxPriority?: number;
}

export type Placement =
  | { readonly kind: "placed"; readonly priorities: ReadonlyMap<HeaderRole, number> }
  /** Each reason is one sentence about the route, without its label (the caller names the route). */
  | { readonly kind: "refused"; readonly reasons: readonly string[] };

export function placeHeaderRules(request: PlacementRequest): Placement {
  const { routePriority, configured } = request;
  // everything on the listener, and what other routes of this run will add
  const taken = new Set([...request.listenerPriorities, ...request.planned]);
  const placed = new Map<HeaderRole, number>();

  for (const { role, current } of request.roles) {
    const valid =
      current !== undefined &&
      (configured === "auto" ? routePriority === "default" || current < routePriority : current === configured[role]);
    if (valid) placed.set(role, current);
  }
  const used = new Set(placed.values());
  const isFree = (p: number) => !taken.has(p) && !used.has(p);
  const missing = request.roles.map((r) => r.role).filter((role) => !placed.has(role));

  if (configured !== "auto") {
    const reasons: string[] = [];
    for (const role of missing) {
      const wanted = configured[role];
      if (routePriority !== "default" && wanted >= routePriority)
        reasons.push(
          `headerRouting.priorities.${role} is ${wanted}, not below the route's rule ${routePriority}: the ALB would never reach the header rule`,
        );
      else if (!isFree(wanted))
        reasons.push(
          `headerRouting.priorities.${role} is ${wanted}, which another rule on the listener holds ` +
            "(the configured pair serves every route; with several header-routed routes on one listener, use auto)",
        );
      else {
        placed.set(role, wanted);
        used.add(wanted);
      }
    }
    return reasons.length > 0 ? { kind: "refused", reasons } : { kind: "placed", priorities: placed };
  }

  if (missing.length === 0) return { kind: "placed", priorities: placed };
  const gap = gapBeforeRoute(request);
  const free = freePriorities(gap, missing.length, isFree);
  if (free.length < missing.length)
    return {
      kind: "refused",
      reasons: [
        `no free priority ${gap.description} for ${missing.length === 1 ? `its ${missing[0]} header rule` : "its header rules"} ` +
          `(${missing.length} needed, ${free.length} free): a header rule must be evaluated after the rules before the route and ` +
          "before the route's own rule; free priorities there, or set headerRouting.priorities: { green: N, blue: M }",
      ],
    };
  missing.forEach((role, i) => placed.set(role, free[i] ?? 0));
  return { kind: "placed", priorities: placed };
}

/** Priorities searched from `from` to `to` inclusive, one `step` at a time; none when `to` is behind `from`. */
interface Gap {
  readonly from: number;
  readonly to: number;
  readonly step: 1 | -1;
  readonly description: string;
}

/**
 * The gap: after the nearest rule that is not the route's own (nor one of its header rules), up to
 * the route's rule, nearest the route's rule first. An empty gap is searched in its own direction
 * too, so it yields nothing rather than a priority outside it (0, or one past the ALB's highest).
 */
function gapBeforeRoute(request: PlacementRequest): Gap {
  const { routePriority } = request;
  const own = new Set(request.ownPriorities);
  const others = [...request.listenerPriorities, ...request.planned].filter((p) => !own.has(p) && p !== routePriority);
  if (routePriority === "default") {
    const last = Math.max(0, ...others);
    return {
      from: last + 1,
      to: request.maxPriority ?? ALB_RULE_LIMITS.maxPriority,
      step: 1,
      description: `after the listener's last rule (${last})`,
    };
  }
  const before = Math.max(0, ...others.filter((p) => p < routePriority));
  return {
    from: routePriority - 1,
    to: before + 1,
    step: -1,
    description: before === 0 ? `before rule ${routePriority}` : `between rule ${before} and rule ${routePriority}`,
  };
}

/** Up to `count` priorities of the gap, in its order, that `free` accepts. */
function freePriorities(gap: Gap, count: number, free: (p: number) => boolean): number[] {
  const out: number[] = [];
  for (let p = gap.from; out.length < count && (gap.step > 0 ? p <= gap.to : p >= gap.to); p += gap.step) if (free(p)) out.push(p);
  return out;
}
