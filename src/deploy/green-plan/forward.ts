import { routeLabel, type RouteState, type TargetGroupState } from "../../traffic/estate.js";
import { CREATED_BY_CUTOVER, TAG } from "../../traffic/tags.js";
import type { Draft } from "./draft.js";
import type { RoutePlan } from "./steps.js";

/** What deploy-green does to one route's forward action, whatever runs green: refuse, attach, report. */

/** A route whose green already carries traffic belongs to a release in progress: not deploy-green's to touch. */
export function refusedAsLive(route: RouteState, sides: readonly TargetGroupState[], service: string, draft: Draft): boolean {
  const live = sides.filter((s) => s.weight > 0);
  for (const s of live)
    draft.refusals.push(
      `${routeLabel(route)} (${service}): ${s.name} already carries ${s.share}% of the traffic (release ${s.release ?? "unknown"}, ${route.phase}); finish it with promote or put it back with rollback first`,
    );
  return live.length > 0;
}

/** The forward action with green at weight 0 beside what is there, stale greens dropped; stickiness kept. */
export function attach(route: RouteState, service: string, green: string, stale: readonly TargetGroupState[], draft: Draft): void {
  const current = route.forward?.targetGroups ?? [];
  const kept = current.filter((tg) => !stale.some((s) => s.arn === tg.arn) && tg.arn !== green);
  draft.steps.push({
    kind: "set-forward",
    service,
    route: routeLabel(route),
    place: {
      listenerArn: route.listener.arn,
      ruleArn: route.rule.arn,
      isDefault: route.rule.priority === "default",
      label: `${routeLabel(route)} (${route.loadBalancerName}:${route.listener.port})`,
    },
    targetGroups: [...kept, { arn: green, weight: 0 }],
    stickiness: route.forward?.stickiness,
    actionTypes: route.actionTypes,
    why: ["attach green at weight 0", ...stale.map((s) => `drop the stale green ${s.name} (release ${s.release ?? "?"})`)].join(", "),
  });
  // detached first, so that a crash in between leaves nothing half-deleted on the route
  for (const s of stale) {
    const backend = s.backend;
    if (backend?.tags[TAG.createdBy] === CREATED_BY_CUTOVER) {
      if (backend.type === "ecs") draft.steps.push({ kind: "delete-ecs-service", service, cluster: backend.cluster, name: backend.name });
      else draft.steps.push({ kind: "delete-asg", service, name: backend.name });
    }
    draft.steps.push({ kind: "delete-target-group", service, arn: s.arn, name: s.name });
  }
}

/** The report's row for one route. */
export function routeRow(route: RouteState, green: string, greenArn: string, action: string): RoutePlan {
  return {
    route: routeLabel(route),
    ruleArn: route.rule.arn,
    service: route.service,
    blue: route.blue?.name ?? "-",
    green,
    greenArn,
    action,
  };
}
