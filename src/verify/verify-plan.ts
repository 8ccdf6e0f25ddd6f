import type { Config, VerifyConfig } from "../config/schema/index.js";
import { routeLabel, type RouteState } from "../traffic/estate.js";
import { routingMismatches } from "../traffic/routing/route-paths.js";
import { planSmokeRequests, type SmokeCheck, type SmokeRequest, type SmokeTarget } from "./smoke-checks.js";

/**
 * What `cutover verify` will do, from the config and the estate read from AWS: the preconditions
 * (each selected route has a green side with healthy targets and, with header routing, a green
 * header rule that forwards to it), then the smoke requests. Pure.
 */

export interface VerifyPlan {
  /** Preconditions that are not met: verify refuses (exit 3) and sends nothing. */
  readonly refusals: readonly string[];
  /** Route by route, what was checked before any request. */
  readonly preconditions: readonly {
    readonly route: string;
    readonly green: string;
    readonly healthy: string;
    readonly headerRule: string;
  }[];
  readonly requests: readonly SmokeRequest[];
}

type VerifyRoute = Pick<
  RouteState,
  "loadBalancer" | "rule" | "dnsName" | "listener" | "service" | "green" | "headerRules" | "listenerRules" | "phase"
>;

export function planVerify(config: Config, routes: readonly VerifyRoute[], selectedServices: readonly string[]): VerifyPlan {
  const selected = routes.filter((r) => selectedServices.length === 0 || selectedServices.includes(r.service));
  const refusals: string[] = [];
  const preconditions = selected.map((route) => {
    const checked = checkRoute(config, route);
    refusals.push(...checked.refusals);
    return checked.row;
  });

  const verify = config.verify;
  const requests = verify ? verify.checks.flatMap((check) => requestsFor(config, verify, check, selected, refusals)) : [];
  return { refusals, preconditions, requests };
}

function checkRoute(config: Config, route: VerifyRoute) {
  const refusals: string[] = [];
  const label = routeLabel(route);
  const green = route.green;
  if (!green || !green.attached) refusals.push(`${label}: no green target group is attached; run deploy-green first`);
  else if (green.health.healthy === 0)
    refusals.push(`${label}: green ${green.name} has no healthy target (${green.health.total} registered)`);

  const wantsHeader = config.headerRouting !== undefined && routeWantsHeader(config, route);
  const greenRule = route.headerRules.find((rule) => rule.colour === "green");
  if (wantsHeader && !greenRule) refusals.push(`${label}: no green header rule; run deploy-green first`);
  else if (wantsHeader && green)
    // where the ALB sends green-header requests, by its rule order: the smoke checks only mean something if that is green
    refusals.push(
      ...routingMismatches(route, config.headerRouting, { green: { targetGroupArn: green.arn } }).filter(
        (p) => !p.includes("plain requests"),
      ),
    );

  return {
    refusals,
    row: {
      route: label,
      green: green ? `${green.name}${green.attached ? "" : " (not attached)"}` : "none",
      healthy: green ? `${green.health.healthy}/${green.health.total}` : "-",
      headerRule: !wantsHeader ? "not configured" : greenRule ? `priority ${String(greenRule.priority)}` : "missing",
    },
  };
}

function routeWantsHeader(config: Config, route: VerifyRoute): boolean {
  const lb = config.loadBalancers.find((l) => l.name === route.loadBalancer);
  const entry = lb?.routes.find((r) => r.service === route.service);
  return entry?.headerRouting ?? true;
}

function requestsFor(
  config: Config,
  verify: VerifyConfig,
  check: VerifyConfig["checks"][number],
  routes: readonly VerifyRoute[],
  refusals: string[],
): SmokeRequest[] {
  const matching = routes.filter(
    (r) =>
      (check.service === undefined || r.service === check.service) &&
      (check.loadBalancer === undefined || r.loadBalancer === check.loadBalancer),
  );
  // one request per load balancer: the path decides which of its rules answers
  const byLoadBalancer = new Map<string, VerifyRoute>();
  for (const route of matching) if (!byLoadBalancer.has(route.loadBalancer)) byLoadBalancer.set(route.loadBalancer, route);

  const header = config.headerRouting;
  const greenHeader = header ? { name: header.header, value: header.green[0] ?? "green" } : undefined;
  const targets: SmokeTarget[] = [];
  for (const route of byLoadBalancer.values()) {
    const baseUrl = check.baseUrl ?? verify.baseUrl ?? loadBalancerUrl(route);
    if (baseUrl === undefined) {
      refusals.push(`verify check '${check.name}': ${route.loadBalancer} has no DNS name; set verify.baseUrl`);
      continue;
    }
    if (!greenHeader && check.baseUrl === undefined && verify.baseUrl === undefined) {
      refusals.push(
        `verify check '${check.name}': without headerRouting a request to ${route.loadBalancer} would reach blue; ` +
          "configure headerRouting, or give a baseUrl that reaches green",
      );
      continue;
    }
    targets.push({ label: route.loadBalancer, baseUrl, greenHeader });
  }

  const smoke: SmokeCheck = {
    name: check.name,
    path: check.path,
    method: check.method,
    headers: check.headers,
    body: check.body,
    timeoutMs: check.timeout ?? verify.timeout,
    retries: check.retries ?? verify.retries,
    expect: {
      status: typeof check.expect.status === "number" ? [check.expect.status] : check.expect.status,
      bodyContains: check.expect.bodyContains,
      json: check.expect.json,
    },
  };
  return planSmokeRequests([smoke], targets);
}

/** `http(s)://<DNS name>[:port]`, from the listener's protocol and port. */
function loadBalancerUrl(route: VerifyRoute): string | undefined {
  if (!route.dnsName) return undefined;
  const https = route.listener.protocol === "HTTPS";
  const port = route.listener.port;
  const defaultPort = https ? 443 : 80;
  return `${https ? "https" : "http"}://${route.dnsName}${port === defaultPort ? "" : `:${port}`}`;
}
