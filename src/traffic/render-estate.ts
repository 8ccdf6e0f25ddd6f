import { Report } from "../report/report.js";
import type { BackendFacts, RuleCondition } from "./estate-facts.js";
import { routeLabel, type Estate, type HeaderRule, type RouteState, type TargetGroupState } from "./estate.js";
import { describeDestination, routePaths, type HeaderSettings } from "./routing/route-paths.js";

/**
 * The routing table: one table per load balancer, two rows (blue, green) per rule, a third for the
 * standby a promote kept (with when it was promoted away), and one per other target group forwarded to.
 */
export function renderEstate(estate: Estate, header?: HeaderSettings): Report {
  const report = new Report();
  if (estate.routes.length === 0) report.text("No routes selected.");

  for (const routes of groupBy(estate.routes, (r) => r.loadBalancer)) {
    const first = routes[0];
    if (!first) continue;
    report.heading(`${first.loadBalancer}: ${first.loadBalancerName}:${first.listener.port}`);
    report.table(
      ["rule", "service", "phase", "side", "target group", "traffic", "healthy", "release", "runs on"],
      routes.flatMap(routeRows),
    );
    report.list(routes.flatMap((r) => r.headerRules.map((h) => `${ruleName(r)} header rule ${describeHeaderRule(h)}`)));
    renderPaths(report, routes, header);
    report.list(routes.flatMap((r) => r.problems.map((p) => `${routeLabel(r)} (${r.service}): ${p}`)));
  }

  if (estate.alarms.length > 0) {
    report.heading("alarms");
    report.table(
      ["alarm", "state"],
      estate.alarms.map((a) => [a.name, a.state]),
    );
  }
  return report;
}

/**
 * Where each kind of request goes on each route, read from the listener's rules in priority order,
 * and every rule that takes some of them before the rule that should.
 */
function renderPaths(report: Report, routes: readonly RouteState[], header: HeaderSettings | undefined): void {
  const paths = routes.map((route) => ({ route, paths: routePaths(route, header) }));
  const kinds = paths[0]?.paths.map((p) => p.kind) ?? [];
  report.table(
    ["requests to", ...kinds],
    paths.map(({ route, paths: p }) => [ruleName(route), ...p.map((k) => `${k.destination} (${describeRule(k.rule)})`)]),
  );
  report.list(
    paths.flatMap(({ route, paths: p }) =>
      p.flatMap((k) =>
        k.shadowedBy.map(
          (s) => `${ruleName(route)}: ${describeRule(s)} takes some ${k.kind} requests first (${describeDestination(s.action)})`,
        ),
      ),
    ),
  );
}

function describeRule(rule: HeaderRule | undefined): string {
  if (!rule) return "no rule";
  if (rule.priority === "default") return "default action";
  return `rule ${rule.priority}${rule.role ? `, ${rule.role} header` : ""}`;
}

export function describePhase(route: RouteState): string {
  return route.phase === "switching" ? `switching (green ${route.greenShare}%)` : route.phase;
}

function routeRows(route: RouteState): string[][] {
  const standby = route.standby;
  // a pair's standby is also its green (the pair's other member): one row, labelled both ways
  const greenIsStandby = standby !== undefined && standby.arn === route.green?.arn;
  const sides: [string, TargetGroupState | undefined][] = [
    ["blue", route.blue],
    [greenIsStandby ? `green, ${describeStandby(standby)}` : "green", route.green],
    ...(standby === undefined || greenIsStandby ? [] : [[describeStandby(standby), standby] as [string, TargetGroupState]]),
    ...route.others.map((tg): [string, TargetGroupState] => ["other", tg]),
  ];
  return sides.map(([side, tg], i) => [
    i === 0 ? ruleName(route) : "",
    i === 0 ? route.service : "",
    i === 0 ? describePhase(route) : "",
    side,
    tg?.name ?? "-",
    tg === undefined ? "-" : tg.attached ? `${tg.share}%` : "not attached",
    tg === undefined ? "-" : describeHealth(tg),
    tg?.release ?? "-",
    tg?.backend ? describeBackend(tg.backend) : "-",
  ]);
}

/** `standby (promoted 2025-01-02T03:04:05.000Z)`: the side a rollback within `traffic.standby` goes back to. */
function describeStandby(standby: TargetGroupState): string {
  return standby.tags.promotedAt === undefined ? "standby" : `standby (promoted ${standby.tags.promotedAt})`;
}

function ruleName(route: RouteState): string {
  if (route.rule.priority === "default") return "default";
  const conditions = route.rule.conditions.map(describeCondition).join(" ");
  return conditions === "" ? `${route.rule.priority}` : `${route.rule.priority} ${conditions}`;
}

function describeCondition(condition: RuleCondition): string {
  const values = [...condition.values, ...(condition.regexValues ?? []).map((r) => `~${r}`)].join("|");
  return condition.field === "http-header" ? `${condition.header}: ${values}` : `${condition.field} ${values}`;
}

function describeHealth(tg: TargetGroupState): string {
  const { healthy, total, notHealthy } = tg.health;
  if (notHealthy.length === 0) return `${healthy}/${total}`;
  const reasons = new Map<string, number>();
  for (const t of notHealthy) {
    const key = t.reason ? `${t.state} ${t.reason}` : t.state;
    reasons.set(key, (reasons.get(key) ?? 0) + 1);
  }
  return `${healthy}/${total} (${[...reasons].map(([k, n]) => `${n} ${k}`).join(", ")})`;
}

function describeBackend(backend: BackendFacts): string {
  if (backend.type === "ecs") return `ECS ${backend.name} ${backend.runningCount}/${backend.desiredCount} running`;
  const inService = backend.instances.filter((i) => i.lifecycleState === "InService").length;
  return `ASG ${backend.name} ${inService}/${backend.desiredCapacity} in service`;
}

function describeHeaderRule(rule: HeaderRule): string {
  const match = rule.header ? `${rule.header.name}: ${rule.header.values.join("|")}` : "(no header condition)";
  const action = rule.action;
  const to =
    action === undefined
      ? "no action"
      : action.type === "forward"
        ? action.targetGroups.map((tg) => `${targetGroupName(tg.arn)}${action.targetGroups.length > 1 ? ` (${tg.weight})` : ""}`).join(", ")
        : action.type === "fixed-response"
          ? `fixed ${action.statusCode ?? "response"}`
          : action.awsType;
  return `${rule.priority}${rule.colour ? ` (${rule.colour})` : ""}: ${match} → ${to}`;
}

function targetGroupName(arn: string): string {
  return /:targetgroup\/([^/]+)\//.exec(arn)?.[1] ?? arn;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups.values()];
}
