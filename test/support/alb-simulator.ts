/**
 * Where an Application Load Balancer sends one concrete request, from its listener's rules as
 * DescribeRules returns them: rules in priority order, the first whose every condition matches
 * wins. Independent of cutover's own reasoning about rule order (src/traffic/routing/), so tests can
 * check that reasoning against what the ALB would do. Covers the conditions cutover's tests use:
 * path-pattern, host-header and http-header, with ALB wildcards (`*`, `?`).
 */
import type { Rule } from "@aws-sdk/client-elastic-load-balancing-v2";

export interface SimulatedRequest {
  readonly path: string;
  readonly host?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

function glob(pattern: string, value: string, ignoreCase: boolean): boolean {
  const escaped = pattern
    .replace(/[.+^${}()|[\]\\]/g, "\\$&")
    .replace(/\*/g, ".*")
    .replace(/\?/g, ".");
  return new RegExp(`^${escaped}$`, ignoreCase ? "i" : "").test(value);
}

function matches(rule: Rule, request: SimulatedRequest): boolean {
  return (rule.Conditions ?? []).every((c) => {
    switch (c.Field) {
      case "path-pattern":
        return (c.PathPatternConfig?.Values ?? c.Values ?? []).some((v) => glob(v, request.path, false));
      case "host-header":
        return (c.HostHeaderConfig?.Values ?? c.Values ?? []).some((v) => glob(v, request.host ?? "", true));
      case "http-header": {
        const name = (c.HttpHeaderConfig?.HttpHeaderName ?? "").toLowerCase();
        const sent = Object.entries(request.headers ?? {}).find(([k]) => k.toLowerCase() === name)?.[1];
        return sent !== undefined && (c.HttpHeaderConfig?.Values ?? []).some((v) => glob(v, sent, true));
      }
      default:
        throw new Error(`the simulator does not know ${c.Field ?? "?"} conditions`);
    }
  });
}

/** `fixed 404`, one target group's name, or `a=75 b=25`; and the priority of the rule that took it. */
export function albRoute(rules: readonly Rule[], request: SimulatedRequest): { to: string; priority: string } {
  const ordered = [...rules].sort((a, b) => rank(a) - rank(b));
  const rule = ordered.find((r) => matches(r, request));
  if (!rule) return { to: "nothing", priority: "-" };
  const action = [...(rule.Actions ?? [])].sort((a, b) => (a.Order ?? 0) - (b.Order ?? 0)).at(-1);
  let to = action?.Type ?? "no action";
  if (action?.Type === "fixed-response") to = `fixed ${action.FixedResponseConfig?.StatusCode ?? "?"}`;
  if (action?.Type === "forward") {
    const groups =
      action.ForwardConfig?.TargetGroups ?? (action.TargetGroupArn ? [{ TargetGroupArn: action.TargetGroupArn, Weight: 1 }] : []);
    const live = groups.filter((g) => (g.Weight ?? 1) > 0);
    const name = (arn: string | undefined) => /:targetgroup\/([^/]+)\//.exec(arn ?? "")?.[1] ?? "?";
    to = live.length === 1 ? name(live[0]?.TargetGroupArn) : live.map((g) => `${name(g.TargetGroupArn)}=${g.Weight ?? 1}`).join(" ");
  }
  return { to, priority: rule.Priority ?? "?" };
}

function rank(rule: Rule): number {
  return rule.IsDefault || rule.Priority === "default" ? Number.POSITIVE_INFINITY : Number(rule.Priority);
}
