import type { Config } from "../config/schema/index.js";
import { routeLabel, type RouteState, type TargetGroupState } from "./estate.js";
import { planHeaderRulesForRoutes, type HeaderRuleTargets } from "./header-rules/index.js";
import {
  afterReleaseTarget,
  dedupe,
  describeTag,
  forwardStep,
  liveForward,
  namedWeights,
  retireSteps,
  tagStep,
  type RouteIntent,
  type SidePlan,
  type SideRow,
  type SideStep,
} from "./side-plan.js";
import { RETIRED, STANDBY, TAG } from "./tags.js";

/**
 * promote's plan: green becomes the live side on every selected route. Pure: from the estate model,
 * the config and the time, the exact tag, forward-action and header-rule changes and what to retire.
 *
 * - Green must already carry 100% on the route: promote never moves live traffic itself (that is
 *   switch-traffic's job, with its health and alarm watch), so green at 0% or part-way is refused
 *   (exit 3) naming the route and its share; `switch-traffic --to 100` first.
 * - The promoted side is tagged blue (and points at the side it replaced), the old side `standby`
 *   with `promoted-at` (tags.ts). The forward action lists the new live side alone at 100, the old
 *   side at 0 (`traffic.afterPromote: keep-blue-at-zero`) or not at all (`remove-blue`).
 * - Header rules: the blue header goes to the new live side; the green header answers a fixed 404
 *   (`headerRouting.afterRelease: not-found`) or follows the live side (`live`).
 * - A standby is retired by `--cleanup`, once `traffic.standby` has passed since its promotion, or
 *   when this promote makes a newer one (one standby per route: a rollback goes back one release).
 * - A route promoted already plans nothing more (besides a due retirement): a rerun says so.
 */

export interface PromoteInput {
  readonly config: Config;
  readonly routes: readonly RouteState[];
  readonly now: Date;
  /** `--cleanup`: retire the old side now instead of keeping it as standby. */
  readonly cleanup: boolean;
  /** `--release`, for the tags of header rules promote has to create; else the promoted side's release. */
  readonly release: string | undefined;
}

export function planPromote(input: PromoteInput): SidePlan {
  const { config, now } = input;
  const keepAtZero = config.traffic.afterPromote === "keep-blue-at-zero";
  const rows: SideRow[] = [];
  const tags: SideStep[] = [];
  const forwards: SideStep[] = [];
  const retire: SideStep[] = [];
  const refusals: string[] = [];
  const header: { route: RouteState; targets: HeaderRuleTargets }[] = [];
  const intent: RouteIntent[] = [];

  for (const route of input.routes) {
    const label = routeLabel(route);
    const live = route.blue;
    const standby = route.standby;
    const green = greenInProgress(route);
    if (!live) {
      refusals.push(`${label}: no target group carries traffic; nothing to promote`);
      continue;
    }
    if (green === undefined && live.tags.colour !== "blue") {
      refusals.push(`${label}: no green to promote (deploy-green, then switch-traffic, first)`);
      continue;
    }
    if (green && green.share < 100) {
      refusals.push(
        `${label}: green ${green.name} carries ${green.share}% of the traffic, not 100%; promote never moves live traffic: run switch-traffic --to 100 first`,
      );
      continue;
    }

    const notes: string[] = [];
    const rowTags: SideStep[] = [];
    const rowRetire: SideStep[] = [];
    const newLive = green ?? live;
    const demoted = green ? live : undefined;
    const retireDemoted = demoted !== undefined && input.cleanup;
    const retiring: TargetGroupState[] = [];
    // a promote that stopped between its two tags left the standby without its clock: start it now
    const unclocked = !demoted && standby !== undefined && standby.tags.promotedAt === undefined;
    if (unclocked && !input.cleanup) {
      rowTags.push(...tagStep(route, standby, { [TAG.colour]: STANDBY, [TAG.promotedAt]: now.toISOString() }, []));
      notes.push(`standby ${standby.name} kept for rollback until ${new Date(now.getTime() + config.traffic.standby).toISOString()}`);
    } else if (standby && standby.arn !== newLive.arn && standby.arn !== demoted?.arn) {
      const due = standbyDue(standby, config, now);
      if (input.cleanup || due.passed || demoted) {
        retiring.push(standby);
        if (!input.cleanup && !due.passed && demoted)
          notes.push(`standby ${standby.name} retired before its standby time ended (${due.until}): ${demoted.name} is the newer standby`);
      } else notes.push(`standby ${standby.name} kept for rollback until ${due.until}`);
    }
    if (demoted && retireDemoted) retiring.push(demoted);
    const keptStandby = demoted && !retireDemoted ? demoted : standby && !retiring.includes(standby) ? standby : undefined;

    // the live side first, pointing at its standby: a crash before the second tag still reads right
    rowTags.push(
      ...tagStep(
        route,
        newLive,
        { [TAG.colour]: "blue", ...(keptStandby ? { [TAG.standby]: keptStandby.arn } : {}) },
        keptStandby ? [] : [TAG.standby],
      ),
    );
    if (demoted && !retireDemoted)
      rowTags.push(...tagStep(route, demoted, { [TAG.colour]: STANDBY, [TAG.promotedAt]: now.toISOString() }, []));

    // a pair's members both stay pair members; only what is retired or removed leaves the action
    const zero = keepAtZero && keptStandby?.attached ? [keptStandby.arn] : keepAtZero && demoted && !retireDemoted ? [demoted.arn] : [];
    const drop = [
      ...retiring.map((s) => s.arn),
      ...(!keepAtZero && demoted ? [demoted.arn] : []),
      ...(!keepAtZero && keptStandby ? [keptStandby.arn] : []),
    ].filter((arn) => arn !== newLive.arn);
    const targetGroups = liveForward(route, newLive.arn, zero, drop);
    const rowForward = forwardStep(route, targetGroups);

    for (const side of retiring) {
      const retired = retireSteps(route, side);
      rowRetire.push(...retired.steps, ...retired.tags);
      notes.push(retired.words);
    }

    const targets = { green: afterReleaseTarget(config, newLive.arn), blue: { targetGroupArn: newLive.arn } };
    header.push({ route, targets });
    intent.push({ route: label, ruleArn: route.rule.arn, forward: targetGroups, header: config.headerRouting ? targets : undefined });
    tags.push(...rowTags);
    forwards.push(...rowForward);
    retire.push(...rowRetire);
    const changed = rowTags.length + rowForward.length + rowRetire.length > 0;
    rows.push({
      route: label,
      service: route.service,
      action: demoted ? "promote" : changed ? "finish promote" : "already promoted",
      before: namedWeights(route.forward?.targetGroups ?? []),
      after: namedWeights(targetGroups),
      tags: [...rowTags, ...rowRetire].filter((s) => s.kind === "tag").map(describeTag),
      notes,
    });
  }

  if (refusals.length > 0) return { rows, intent: [], steps: [], headerPlans: [], retire: [], refusals };
  const release =
    input.release ?? header.map((h) => h.route.green?.release ?? h.route.blue?.release).find((r) => r !== undefined) ?? "promoted";
  const headerPlans = planHeaderRulesForRoutes(config, header, release, { keepRelease: true, settleAdoption: true, giveRoomBack: true });
  return { rows, intent, steps: [...tags, ...forwards], headerPlans, retire: dedupe(retire), refusals };
}

/**
 * The release in progress on the route, if any: green that is neither the standby a promote left
 * nor a retired pair member, unless it carries traffic (then it is a release, whatever its tags say).
 */
export function greenInProgress(route: RouteState): TargetGroupState | undefined {
  const green = route.green;
  if (!green) return undefined;
  if (green.share > 0) return green;
  if (green.arn === route.standby?.arn || green.tags.colourTag === RETIRED) return undefined;
  return green;
}

/** Whether the standby time has passed since the side was promoted away; a standby without the tag is due. */
export function standbyDue(side: TargetGroupState, config: Config, now: Date): { passed: boolean; until: string } {
  const since = Date.parse(side.tags.promotedAt ?? "");
  if (Number.isNaN(since)) return { passed: true, until: "unknown (no promoted-at tag)" };
  const until = new Date(since + config.traffic.standby);
  return { passed: now.getTime() >= until.getTime(), until: until.toISOString() };
}
