import { observeEstate } from "../../../aws/observe-estate.js";
import { Report } from "../../../report/report.js";
import type { Estate } from "../../../traffic/estate.js";
import { routeLabel } from "../../../traffic/estate.js";
import { describePhase, renderEstate } from "../../../traffic/render-estate.js";
import { routePaths } from "../../../traffic/routing/route-paths.js";
import type { CommandContext, CommandResult } from "../../command.js";

/**
 * `cutover status`: which side is live on every route, the weights, health and releases, read from
 * AWS alone. Read-only, so it is safe at any time: mid-switch, after a crash, with --dry-run or not.
 */
export async function run({ settings, loaded, host, env }: CommandContext): Promise<CommandResult> {
  const config = loaded.config;
  if (config.loadBalancers.length === 0) {
    const report = new Report().text("The config lists no loadBalancers, so there is no traffic to show.");
    return {
      headline: `Status of ${config.project}: no load balancers`,
      report,
      outputs: {},
      data: { project: config.project, routes: [] },
    };
  }

  const { estate, calls } = await observeEstate(config, { env, host, services: settings.services });
  host.log.debug(`AWS API calls: ${JSON.stringify(calls)}`);
  const report = renderEstate(estate, config.headerRouting).text(`Read with ${calls.total} AWS API call${calls.total === 1 ? "" : "s"}.`);
  return {
    headline: `Status of ${estate.project} in ${estate.region}: ${summarise(estate)}`,
    report,
    outputs: {},
    // where each kind of request goes, per route, as the listener's rule order has it
    data: {
      ...estate,
      paths: estate.routes.map((r) => ({
        route: routeLabel(r),
        requests: routePaths(r, config.headerRouting).map((p) => ({
          kind: p.kind,
          destination: p.destination,
          rule: p.rule?.priority ?? null,
          shadowedBy: p.shadowedBy.map((s) => s.priority),
        })),
      })),
      awsCalls: calls,
    },
  };
}

function summarise(estate: Estate): string {
  const loadBalancers = new Set(estate.routes.map((r) => r.loadBalancer)).size;
  const phases = new Map<string, number>();
  for (const route of estate.routes) phases.set(describePhase(route), (phases.get(describePhase(route)) ?? 0) + 1);
  const problems = estate.routes.reduce((n, r) => n + r.problems.length, 0);
  return [
    `${estate.routes.length} route(s) on ${loadBalancers} load balancer(s)`,
    [...phases].map(([phase, n]) => `${n} ${phase}`).join(", "),
    ...(problems > 0 ? [`${problems} problem(s)`] : []),
  ]
    .filter((part) => part !== "")
    .join("; ");
}
