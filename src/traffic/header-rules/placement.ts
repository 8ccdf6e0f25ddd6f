import { ALB_RULE_LIMITS } from "./limits.js";
import type { HeaderRole } from "./types.js";

/**
 * Where a route's header rules may go on its listener: a pure allocator of rule priorities, with no
 * knowledge of AWS or the config file; what it knows of conditions comes in as `canPass`.
 *
 * A header rule carries its route's conditions plus the header, so it must be evaluated before the
 * route's rule. It may also sit before an earlier rule when no request can match both (`canPass`:
 * different literal path prefixes, different hosts), since that rule then never sees a request the
 * header rule takes. So, from just before the route's rule downwards, every free priority is a
 * candidate until a rule that cannot be passed; nearest the route's rule first, leaving room before
 * them. A default-action route's header rules go after the listener's last rule.
 *
 * Where nothing fits and `makeRoom` allows it, the route's rule and the rules right after it move up
 * (order kept, in one SetRulePriorities call) to open the gap; the caller records the original
 * priorities so promote and rollback can put them back.
 *
 * A role whose existing rule already sits where it may stay keeps its priority, so a rerun moves
 * nothing. Configured priorities are taken as given, once checked.
 */

export interface PlacementRequest {
  /** The priority of the route's own rule, or `default` for the listener's default action. */
  readonly routePriority: number | "default";
  /** Every priority the listener holds now, the route's own header rules included. */
  readonly listenerPriorities: readonly number[];
  /** Priorities other routes of the same run will take on this listener. */
  readonly planned: readonly number[];
  /** The priorities of the route's own header rules, of any role and extras included: never in the way. */
  readonly ownPriorities: readonly number[];
  /** The roles to place in order (green first), each with its existing rule's priority, if it has one. */
  readonly roles: readonly { readonly role: HeaderRole; readonly current?: number | undefined }[];
  /** `headerRouting.priorities`: `auto`, or one priority per role. */
  readonly configured: "auto" | { readonly green: number; readonly blue: number };
  /** Whether the role's header rule may be evaluated before the rule at this priority (no request matches both). */
  readonly canPass?: (role: HeaderRole, priority: number) => boolean;
  /** `headerRouting.makeRoom`: renumber the route's rule and those after it when nothing fits. */
  readonly makeRoom?: boolean;
  /** The highest priority a rule may have; the ALB's own limit unless given. */
  readonly maxPriority?: number;
}

/** A rule moved to open a gap: from its priority to another, order kept. */
export interface PriorityMove {
  readonly from: number;
  readonly to: number;
}

export type Placement =
  | { readonly kind: "placed"; readonly priorities: ReadonlyMap<HeaderRole, number>; readonly moves: readonly PriorityMove[] }
  /** Each reason is one sentence about the route, without its label (the caller names the route). */
  | { readonly kind: "refused"; readonly reasons: readonly string[] };

export function placeHeaderRules(request: PlacementRequest): Placement {
  const { routePriority, configured } = request;
  const canPass = request.canPass ?? (() => false);
  const own = new Set(request.ownPriorities);
  // everything on the listener, and what other routes of this run will add
  const taken = new Set([...request.listenerPriorities, ...request.planned]);
  const others = [...taken].filter((p) => !own.has(p) && p !== routePriority);
  const placed = new Map<HeaderRole, number>();
  /** Whether a header rule of `role` at `at` is reached before the route's rule by all it should take. */
  const clearUpTo = (role: HeaderRole, at: number) =>
    routePriority === "default"
      ? others.every((p) => p < at || canPass(role, p))
      : at < routePriority && others.every((p) => p <= at || p >= routePriority || canPass(role, p));

  for (const { role, current } of request.roles) {
    // an existing rule of a default-action route may stay wherever it is: it was put there on purpose
    const stays = (at: number) => routePriority === "default" || clearUpTo(role, at);
    const valid = current !== undefined && (configured === "auto" ? stays(current) : current === configured[role]);
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
      else if (routePriority !== "default" && !clearUpTo(role, wanted))
        reasons.push(
          `headerRouting.priorities.${role} is ${wanted}, before a rule that may take the same requests: the header rule would take them from it; use auto`,
        );
      else {
        placed.set(role, wanted);
        used.add(wanted);
      }
    }
    return reasons.length > 0 ? { kind: "refused", reasons } : { kind: "placed", priorities: placed, moves: [] };
  }

  if (missing.length === 0) return { kind: "placed", priorities: placed, moves: [] };
  const max = request.maxPriority ?? ALB_RULE_LIMITS.maxPriority;
  const found = missing.map((role) => ({ role, at: candidates(request, role, clearUpTo, isFree, used, max) }));
  if (found.every((f) => f.at !== undefined)) {
    for (const f of found) placed.set(f.role, f.at as number);
    return { kind: "placed", priorities: placed, moves: [] };
  }
  if (request.makeRoom && routePriority !== "default") {
    const room = makeRoom(routePriority, missing.length, request, own, max);
    if (room) {
      missing.forEach((role, i) => placed.set(role, routePriority + i));
      return { kind: "placed", priorities: placed, moves: room };
    }
  }
  const last = Math.max(0, ...others);
  // the nearest rule below the route that a header rule may not pass
  const barrier =
    routePriority === "default"
      ? undefined
      : Math.max(0, ...others.filter((p) => p < routePriority && !missing.every((role) => canPass(role, p))));
  const where =
    routePriority === "default"
      ? `after the listener's last rule (${last})`
      : barrier
        ? `between rule ${barrier} and rule ${routePriority}`
        : `before rule ${routePriority}`;
  const free = found.filter((f) => f.at !== undefined).length;
  return {
    kind: "refused",
    reasons: [
      `no free priority ${where} for ${missing.length === 1 ? `its ${missing[0]} header rule` : "its header rules"} ` +
        `(${missing.length} needed, ${free} free): a header rule ` +
        "must be evaluated before the route's rule and may pass only rules that cannot take the same requests (other path " +
        "prefixes or hosts); free priorities there, or let cutover renumber the route's rule and those after it with " +
        "headerRouting.makeRoom: true (put back at promote and rollback)",
    ],
  };
}

/** The first free priority for a role, nearest the route's rule; each one found is taken. */
function candidates(
  request: PlacementRequest,
  role: HeaderRole,
  clearUpTo: (role: HeaderRole, at: number) => boolean,
  isFree: (p: number) => boolean,
  used: Set<number>,
  max: number,
): number | undefined {
  const { routePriority } = request;
  if (routePriority === "default") {
    for (let p = Math.max(0, ...request.listenerPriorities, ...request.planned) + 1; p <= max; p++)
      if (isFree(p) && clearUpTo(role, p)) return take(p);
    return undefined;
  }
  for (let p = routePriority - 1; p >= 1; p--) {
    if (!clearUpTo(role, p)) return undefined;
    if (isFree(p)) return take(p);
  }
  return undefined;

  function take(p: number): number {
    used.add(p);
    return p;
  }
}

/**
 * The route's rule and the rules right after it, moved up by `count` as far as they are packed: the
 * gap opens at the route's own priority. Undefined when the last one would pass the ALB's maximum.
 */
function makeRoom(
  routePriority: number,
  count: number,
  request: Pick<PlacementRequest, "listenerPriorities" | "planned">,
  own: ReadonlySet<number>,
  max: number,
): PriorityMove[] | undefined {
  const moves: PriorityMove[] = [];
  const existing = new Set(request.listenerPriorities);
  const after = [...new Set([...request.listenerPriorities, ...request.planned])]
    .filter((p) => p >= routePriority && !own.has(p))
    .sort((a, b) => a - b);
  let next = routePriority + count;
  for (const p of after) {
    if (p >= next) break;
    // a priority another route of this run only plans cannot be moved: it does not exist yet
    if (!existing.has(p)) return undefined;
    moves.push({ from: p, to: next });
    next += 1;
  }
  return next - 1 > max ? undefined : moves;
}
