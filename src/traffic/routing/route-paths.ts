import type { ActionFacts, RuleCondition } from "../estate-facts.js";
import { routeLabel, targetGroupNameFromArn, type HeaderRule, type RouteState } from "../estate.js";
import type { HeaderRuleTarget } from "../header-rules/types.js";
import { sameConditions } from "../header-rules/describe.js";
import { pathOf, type RequestKind } from "./request-paths.js";

/**
 * Per route, where its three kinds of request go, read from the listener's rules in priority order:
 * plain requests, and requests carrying the routing header with a green or a blue value. This is
 * what `status` shows and what deploy-green, verify, promote and rollback compare with their intent.
 */

export interface HeaderSettings {
  readonly header: string;
  readonly green: readonly string[];
  readonly blue: readonly string[];
}

export type KindName = "plain" | "green header" | "blue header";

export interface KindPath {
  readonly kind: KindName;
  /** The rule that takes them; undefined when no rule does (a listener read without its default rule). */
  readonly rule: HeaderRule | undefined;
  /** Where they end: `spectate-frontend-b`, `a=75 b=25`, `fixed 404`. */
  readonly destination: string;
  /** Rules before it that may take some of them. */
  readonly shadowedBy: readonly HeaderRule[];
}

export function kindsOf(route: Pick<RouteState, "rule">, header: HeaderSettings | undefined): { kind: KindName; request: RequestKind }[] {
  const own: readonly RuleCondition[] = route.rule.conditions;
  const kinds: { kind: KindName; request: RequestKind }[] = [
    { kind: "plain", request: { conditions: own, absentHeaders: header ? [header.header] : [] } },
  ];
  if (!header) return kinds;
  const withHeader = (values: readonly string[]): RequestKind => ({
    conditions: [...own, { field: "http-header", header: header.header, values }],
    absentHeaders: [],
  });
  kinds.push({ kind: "green header", request: withHeader(header.green) });
  if (header.blue.length > 0) kinds.push({ kind: "blue header", request: withHeader(header.blue) });
  return kinds;
}

export function routePaths(route: Pick<RouteState, "rule" | "listenerRules">, header: HeaderSettings | undefined): KindPath[] {
  return kindsOf(route, header).map(({ kind, request }) => {
    const path = pathOf(route.listenerRules, request);
    return { kind, rule: path.rule, destination: describeDestination(path.rule?.action), shadowedBy: path.shadowedBy };
  });
}

export function describeDestination(action: ActionFacts | undefined): string {
  if (!action) return "nowhere";
  switch (action.type) {
    case "forward": {
      const live = action.targetGroups.filter((tg) => tg.weight > 0);
      if (live.length === 1 && live[0]) return targetGroupNameFromArn(live[0].arn);
      return live.map((tg) => `${targetGroupNameFromArn(tg.arn)}=${tg.weight}`).join(" ") || "no weight anywhere";
    }
    case "fixed-response":
      return `fixed ${action.statusCode ?? "?"}`;
    default:
      return action.awsType;
  }
}

/** What a route's requests should get: plain ones its own rule; header ones these targets (or no check). */
export interface RoutingIntent {
  readonly green?: HeaderRuleTarget;
  readonly blue?: HeaderRuleTarget;
}

/**
 * Where the ALB, by its rule order, sends a kind of request elsewhere than intended, in words; empty
 * when all is as intended. A rule shadowing a header kind is a mismatch (some of those requests would
 * not reach cutover's rule); one shadowing plain requests was there before and is not cutover's to judge.
 */
export function routingMismatches(
  route: Pick<RouteState, "rule" | "listenerRules" | "loadBalancer">,
  header: HeaderSettings | undefined,
  intent: RoutingIntent,
): string[] {
  const label = routeLabel(route);
  const out: string[] = [];
  const paths = routePaths(route, header);
  // rules that take some of the route's requests before its own rule, header or not, were there
  // before cutover; so are header rules with exactly their conditions (another route's, placed by them)
  const before = paths.find((p) => p.kind === "plain")?.shadowedBy ?? [];
  const preExisting = (rule: HeaderRule) =>
    before.some(
      (b) => b.arn === rule.arn || (header !== undefined && sameConditions(withoutHeader(rule.conditions, header.header), b.conditions)),
    );
  for (const path of paths) {
    if (path.kind === "plain") {
      if (path.rule?.arn !== route.rule.arn) out.push(`${label}: plain requests reach ${ruleName(path.rule)}, not the route's own rule`);
      continue;
    }
    const target = path.kind === "green header" ? intent.green : intent.blue;
    if (!target) continue;
    const wanted = "targetGroupArn" in target ? targetGroupNameFromArn(target.targetGroupArn) : `fixed ${target.fixedResponse.statusCode}`;
    if (path.destination !== wanted)
      out.push(`${label}: ${path.kind} requests reach ${path.destination} through ${ruleName(path.rule)}, intended ${wanted}`);
    for (const shadow of path.shadowedBy.filter((s) => !preExisting(s)))
      out.push(`${label}: ${ruleName(shadow)} takes some ${path.kind} requests first (${describeDestination(shadow.action)})`);
  }
  return out;
}

export function ruleName(rule: Pick<HeaderRule, "priority" | "role"> | undefined): string {
  if (!rule) return "no rule";
  if (rule.priority === "default") return "the default action";
  return `rule ${rule.priority}${rule.role ? ` (cutover's ${rule.role} header rule)` : ""}`;
}

function withoutHeader(conditions: readonly RuleCondition[], header: string): RuleCondition[] {
  return conditions.filter((c) => !(c.field === "http-header" && (c.header ?? "").toLowerCase() === header.toLowerCase()));
}
