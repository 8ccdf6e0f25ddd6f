import { routeLabel, type RouteState, type TargetGroupState } from "../../traffic/estate.js";
import { TAG } from "../../traffic/tags.js";
import type { Draft, PairService } from "./draft.js";
import { attach, refusedAsLive, routeRow } from "./forward.js";
import type { GreenPlanInput } from "./steps.js";

/**
 * A target-group pair's green: nothing is created, the idle member of the pair is attached at
 * weight 0 and both members are tagged with their sides.
 */

export function planPair(input: GreenPlanInput, service: PairService, routes: readonly RouteState[], draft: Draft): void {
  for (const route of routes) {
    const green = route.green;
    if (!green) {
      draft.refusals.push(`${routeLabel(route)} (${service.name}): neither of the pair's target groups is idle`);
      continue;
    }
    if (refusedAsLive(route, [green], service.name, draft)) continue;
    const attached = green.attached;
    if (!attached) attach(route, service.name, green.arn, [], draft);
    // Weights alone cannot tell "green at 100" from "blue is the other member": the sides are
    // written down as tags, never created-by (the members belong to other tooling)
    tagPairMember(service.name, green, { project: input.config.project, release: input.release, colour: "green" }, draft);
    // blue's pointer to the member green now takes over would make a rollback "undo" to the new release
    if (route.blue)
      tagPairMember(
        service.name,
        route.blue,
        { project: input.config.project, release: undefined, colour: "blue", dropStandby: route.blue.tags.standbyArn === green.arn },
        draft,
      );
    draft.routes.push(routeRow(route, green.name, green.arn, attached ? "in place" : "attach"));
    draft.ready.push({
      kind: "pair",
      service: service.name,
      targetGroup: green.arn,
      minHealthy: service.minHealthyTargets,
      timeoutMs: service.readyTimeout,
    });
  }
}

/** A tag step for a pair member, only when its tags differ from what they should be. */
function tagPairMember(
  service: string,
  member: TargetGroupState,
  want: { project: string; release: string | undefined; colour: "green" | "blue"; dropStandby?: boolean },
  draft: Draft,
): void {
  const tags: Record<string, string> = { [TAG.project]: want.project, [TAG.service]: service, [TAG.colour]: want.colour };
  if (want.release !== undefined) tags[TAG.release] = want.release;
  const current = currentTags(member.tags);
  const missing = Object.entries(tags).filter(([key, value]) => current[key] !== value);
  // green takes over from a standby of an older promote (or a side that held the standby pointer): those markers go
  const remove = (want.colour === "green" ? [TAG.promotedAt, TAG.standby] : want.dropStandby ? [TAG.standby] : []).filter(
    (key) => current[key] !== undefined,
  );
  if (missing.length === 0 && remove.length === 0) return;
  draft.steps.push({ kind: "tag-target-group", service, arn: member.arn, name: member.name, tags: Object.fromEntries(missing), remove });
}

/** cutover's keys as they are on the target group, from the parsed tags the estate read. */
function currentTags(tags: TargetGroupState["tags"]): Readonly<Record<string, string | undefined>> {
  return {
    [TAG.project]: tags.project,
    [TAG.service]: tags.service,
    [TAG.release]: tags.release,
    [TAG.colour]: tags.colourTag,
    [TAG.promotedAt]: tags.promotedAt,
    [TAG.standby]: tags.standbyArn,
  };
}
