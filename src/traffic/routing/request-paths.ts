import type { ActionFacts, RuleCondition } from "../estate-facts.js";
import { disjoint, implied } from "./condition-overlap.js";

/**
 * Where a kind of request goes on one listener, read in rule order as the ALB evaluates them. Pure.
 *
 * A kind of request is what a route's requests share: the route's own conditions, and the routing
 * header with the green values, the blue values, or not sent at all. Walking the rules by priority,
 * a rule either cannot take such a request (a condition provably excludes it), certainly takes it
 * (each of its conditions is one of the request's), or may take some of them. The request's
 * destination is the first rule that certainly takes it; every rule before it that may take some of
 * them shadows it, and is reported: the ALB would send part of those requests elsewhere.
 */

export interface ListenerRule {
  readonly arn: string;
  readonly priority: number | "default";
  readonly conditions: readonly RuleCondition[];
  /** What matching requests get: the rule's last (terminal) action. */
  readonly action: ActionFacts | undefined;
}

export interface RequestKind {
  /** Conditions every such request meets. */
  readonly conditions: readonly RuleCondition[];
  /** Headers such a request does not send: a rule that needs one cannot take it. */
  readonly absentHeaders: readonly string[];
}

export interface RequestPath<R extends ListenerRule = ListenerRule> {
  /** The rule that takes every such request not taken earlier; undefined only on a listener without its default rule. */
  readonly rule: R | undefined;
  /** Rules before it that may take some of them. */
  readonly shadowedBy: readonly R[];
}

export function orderedRules<R extends ListenerRule>(rules: readonly R[]): R[] {
  const rank = (r: R) => (r.priority === "default" ? Number.POSITIVE_INFINITY : r.priority);
  return [...rules].sort((a, b) => rank(a) - rank(b));
}

export function pathOf<R extends ListenerRule>(rules: readonly R[], kind: RequestKind): RequestPath<R> {
  const absent = new Set(kind.absentHeaders.map((h) => h.toLowerCase()));
  const shadowedBy: R[] = [];
  for (const rule of orderedRules(rules)) {
    const needsAbsent = rule.conditions.some((c) => c.field === "http-header" && absent.has((c.header ?? "").toLowerCase()));
    if (needsAbsent || disjoint(rule.conditions, kind.conditions)) continue;
    if (implied(rule.conditions, kind.conditions)) return { rule, shadowedBy };
    shadowedBy.push(rule);
  }
  return { rule: undefined, shadowedBy };
}
