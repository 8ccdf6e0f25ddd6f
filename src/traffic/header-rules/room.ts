import type { HeaderRule, RouteState } from "../estate.js";
import type { PriorityMove } from "./placement.js";
import type { HeaderRole, RuleMove } from "./types.js";

/**
 * Room made for header rules (`headerRouting.makeRoom`): the rules moved and the header rules placed
 * in the gap. At promote and rollback the room is given back for the whole listener at once: the
 * header rules placed there are deleted, and every moved rule returns to the priority its tag
 * recorded, in one SetRulePriorities call. Pure.
 */

export interface RoomBack {
  readonly moves: readonly RuleMove[];
  readonly deletes: readonly { readonly ruleArn: string; readonly role: HeaderRole | undefined; readonly priority: number }[];
}

export function roomToGiveBack(route: Pick<RouteState, "listenerRules">): RoomBack {
  const moves = route.listenerRules.flatMap((r): RuleMove[] =>
    r.originalPriority !== undefined && typeof r.priority === "number"
      ? [{ ruleArn: r.arn, from: r.priority, to: r.originalPriority, back: true, original: r.originalPriority }]
      : [],
  );
  const deletes = route.listenerRules.flatMap((r) =>
    r.madeRoom && typeof r.priority === "number" ? [{ ruleArn: r.arn, role: r.role, priority: r.priority }] : [],
  );
  return { moves, deletes };
}

/** The allocator's moves (by priority) as rule moves (by ARN). */
export function movesOf(route: Pick<RouteState, "listenerRules">, moves: readonly PriorityMove[]): RuleMove[] {
  return moves.flatMap((m) => {
    const rule = route.listenerRules.find((r) => r.priority === m.from);
    return rule ? [{ ruleArn: rule.arn, from: m.from, to: m.to, back: false, original: rule.originalPriority ?? m.from }] : [];
  });
}

/** The route with the listener as it is once `moves` are made: for planning the next route on it. */
export function withMoves<R extends Pick<RouteState, "rule" | "listenerRules" | "listenerPriorities" | "headerRules">>(
  route: R,
  moves: readonly RuleMove[],
  gone: ReadonlySet<string> = new Set(),
): R {
  if (moves.length === 0 && gone.size === 0) return route;
  const to = new Map(moves.map((m) => [m.ruleArn, m]));
  // a rule moved earlier in the run keeps the priority it had first, as its tag will
  const moved = (r: HeaderRule): HeaderRule => {
    const m = to.get(r.arn);
    if (!m) return r;
    return m.back
      ? { ...r, priority: m.to, originalPriority: undefined }
      : { ...r, priority: m.to, originalPriority: r.originalPriority ?? m.original };
  };
  const listenerRules = route.listenerRules.filter((r) => !gone.has(r.arn)).map(moved);
  return {
    ...route,
    rule: { ...route.rule, priority: to.get(route.rule.arn)?.to ?? route.rule.priority },
    listenerRules,
    headerRules: route.headerRules.filter((r) => !gone.has(r.arn)).map(moved),
    listenerPriorities: listenerRules.flatMap((r) => (typeof r.priority === "number" ? [r.priority] : [])),
  };
}
