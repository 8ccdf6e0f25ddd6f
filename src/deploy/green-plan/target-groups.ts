import { greenTargetGroupName } from "../../release/naming.js";
import type { TargetGroupFacts } from "../../traffic/estate-facts.js";
import { routeLabel, type RouteState, type TargetGroupState } from "../../traffic/estate.js";
import { CREATED_BY_CUTOVER, TAG } from "../../traffic/tags.js";
import type { JsonObject } from "../deploy-facts.js";
import { compact, greenTags, isThisRelease, type AsgService, type Draft, type EcsService } from "./draft.js";
import { attach, refusedAsLive, routeRow } from "./forward.js";
import type { GreenPlanInput } from "./steps.js";

/**
 * One green target group per load balancer the service is routed on, found or created, and attached
 * at weight 0 to every route. Returns their ARNs (or placeholders), undefined when refused.
 */
export function planTargetGroups(input: GreenPlanInput, service: EcsService | AsgService, routes: readonly RouteState[], draft: Draft) {
  const { config, release } = input;
  const refusalsBefore = draft.refusals.length;
  const planned: { arn: string; name: string; routes: readonly RouteState[]; created: boolean }[] = [];

  for (const { name, routes: lbRoutes } of greenTargetGroupNames(service.name, routes, release)) {
    const first = lbRoutes[0];
    const blueTg = first?.blue?.targetGroup;
    if (!first || !blueTg) continue;
    const existing = input.facts.targetGroups.get(name);
    if (existing) {
      if (!isThisRelease(existing.tags, config.project, release) || existing.tags[TAG.service] !== service.name) {
        draft.refusals.push(
          `${routeLabel(first)} (${service.name}): a target group named '${name}' exists but is not tagged as ${service.name}'s green for release ${release}`,
        );
        continue;
      }
      draft.reused.push(`target group ${name}`);
      planned.push({ arn: existing.facts.arn, name, routes: lbRoutes, created: false });
    } else {
      const placeholder = `<new target group ${name}>`;
      draft.steps.push({
        kind: "create-target-group",
        service: service.name,
        loadBalancer: first.loadBalancerName,
        name,
        placeholder,
        body: targetGroupBody(name, blueTg, service.targetGroup),
        tags: greenTags(config.project, service.name, release),
      });
      planned.push({ arn: placeholder, name, routes: lbRoutes, created: true });
    }
  }

  for (const tg of planned) {
    for (const route of tg.routes) {
      const ours = (s: TargetGroupState) => s.arn === tg.arn || s.name === tg.name;
      const others = [route.green, ...route.others].filter((s): s is TargetGroupState => s !== undefined && s.attached && !ours(s));
      if (refusedAsLive(route, others, service.name, draft)) continue;
      const stale = staleGreens(route, others, service.name, input, draft);
      if (!stale) continue;
      const attached = route.forward?.targetGroups.some((w) => w.arn === tg.arn) ?? false;
      if (!attached || stale.length > 0) attach(route, service.name, tg.arn, stale, draft);
      draft.routes.push(routeRow(route, tg.name, tg.arn, tg.created ? "create" : attached && stale.length === 0 ? "in place" : "attach"));
    }
  }
  return draft.refusals.length > refusalsBefore ? undefined : planned.map((tg) => tg.arn);
}

/** The green target group's name on each load balancer the service's routes use, with those routes. */
export function greenTargetGroupNames(
  service: string,
  routes: readonly RouteState[],
  release: string,
): { name: string; routes: readonly RouteState[] }[] {
  const byLoadBalancer = new Map<string, RouteState[]>();
  for (const r of routes) byLoadBalancer.set(r.loadBalancerArn, [...(byLoadBalancer.get(r.loadBalancerArn) ?? []), r]);
  const several = byLoadBalancer.size > 1;
  return [...byLoadBalancer.values()].map((lbRoutes) => ({
    name: greenTargetGroupName(service, release, several ? lbRoutes[0]?.loadBalancerName : undefined),
    routes: lbRoutes,
  }));
}

function targetGroupBody(name: string, blue: TargetGroupFacts, configured: EcsService["targetGroup"]): JsonObject {
  const hc = blue.healthCheck;
  const protocol = configured?.protocol ?? blue.protocol;
  return compact({
    Name: name,
    Protocol: protocol,
    Port: configured?.port ?? blue.port,
    VpcId: blue.vpcId,
    TargetType: blue.targetType,
    HealthCheckEnabled: hc.enabled,
    HealthCheckProtocol: hc.protocol,
    HealthCheckPort: hc.port,
    HealthCheckPath: configured?.healthCheckPath ?? hc.path,
    HealthCheckIntervalSeconds: hc.intervalSeconds,
    HealthCheckTimeoutSeconds: hc.timeoutSeconds,
    HealthyThresholdCount: hc.healthyThreshold,
    UnhealthyThresholdCount: hc.unhealthyThreshold,
    Matcher: hc.matcher !== undefined && (protocol === "HTTP" || protocol === "HTTPS") ? { HttpCode: hc.matcher } : undefined,
  });
}

/**
 * Target groups besides blue and this release's green in a route's forward action. A green of an
 * older release that never carried traffic goes only with --replace-green; the steps that remove
 * it come first, so a crash in the middle leaves it detached rather than half-replaced.
 */
function staleGreens(
  route: RouteState,
  others: readonly TargetGroupState[],
  service: string,
  input: GreenPlanInput,
  draft: Draft,
): TargetGroupState[] | undefined {
  if (others.length === 0) return [];
  const label = `${routeLabel(route)} (${service})`;
  const foreign = others.filter((s) => s.tags.createdBy !== CREATED_BY_CUTOVER);
  if (foreign.length > 0) {
    draft.refusals.push(
      `${label}: also forwards to ${foreign.map((s) => s.name).join(", ")}, which cutover did not create; remove it first`,
    );
    return undefined;
  }
  if (!input.replaceGreen) {
    for (const s of others)
      draft.refusals.push(
        `${label}: green ${s.name} holds release ${s.release ?? "(none)"}, which carries no traffic (never switched to, or rolled back); run again with --replace-green to replace it with ${input.release}`,
      );
    return undefined;
  }
  return [...others];
}
