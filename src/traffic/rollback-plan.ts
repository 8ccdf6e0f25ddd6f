import type { Config } from "../config/schema/index.js";
import { routeLabel, type RouteState, type TargetGroupState } from "./estate.js";
import { planHeaderRulesForRoutes, type HeaderRuleTargets } from "./header-rules/index.js";
import { standbyDue } from "./promote-plan.js";
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
import { CREATED_BY_CUTOVER, RETIRED, TAG } from "./tags.js";

/**
 * rollback's plan: every selected route straight back to the side that was live before the release,
 * from the estate model alone, so it works days later, on another runner, after a crash, mid-switch
 * or after a promote. Pure.
 *
 * Which side it goes back to:
 * - a release in progress (green attached, switching or green-live): back to blue;
 * - no release in progress but a standby left by a promote (within `traffic.standby` or not, as
 *   long as it still exists): back to the standby, and the promoted side becomes green again;
 * - neither: nothing to roll back; blue keeps all the traffic.
 *
 * The forward action gets the side it goes back to at 100 and everything else at 0 (green stays
 * listed for debugging); header rules: blue header → that side; green header → per
 * `headerRouting.afterRelease`, as after a promote (or green while it exists with
 * `afterRollback: keep-green`); a rule taken over from another tool goes back to what it did, and
 * room made for header rules is given back. Tags are only corrected where a promote left them
 * otherwise. `--destroy-green` retires green afterwards as `promote --cleanup` retires a standby.
 */

export interface RollbackInput {
  readonly config: Config;
  readonly routes: readonly RouteState[];
  readonly now: Date;
  readonly destroyGreen: boolean;
}

export function planRollback(input: RollbackInput): SidePlan {
  const { config } = input;
  const rows: SideRow[] = [];
  const forwards: SideStep[] = [];
  const tags: SideStep[] = [];
  const retire: SideStep[] = [];
  const refusals: string[] = [];
  const header: { route: RouteState; targets: HeaderRuleTargets }[] = [];
  const intent: RouteIntent[] = [];

  for (const route of input.routes) {
    const label = routeLabel(route);
    const { back, away, undo } = sidesOf(route);
    if (!back) {
      refusals.push(`${label}: neither a blue nor a standby target group to go back to`);
      continue;
    }
    const notes: string[] = [];
    if (undo) {
      const due = standbyDue(back, config, input.now);
      notes.push(
        due.passed
          ? `undoing the promote of ${away?.name ?? "?"}: standby ${back.name}'s time ended ${due.until}, but it still exists`
          : `undoing the promote of ${away?.name ?? "?"}: back to standby ${back.name}`,
      );
    }
    if (back.health.total > 0 && back.health.healthy === 0)
      notes.push(`${back.name} has no healthy target (0/${back.health.total}); sending it the traffic anyway`);

    const destroy = input.destroyGreen && away !== undefined && away.tags.colourTag !== RETIRED;
    const deleted = destroy && route.serviceType !== "target-group" && away.tags.createdBy === CREATED_BY_CUTOVER;
    const targetGroups = liveForward(route, back.arn, [], deleted && away ? [away.arn] : []);
    const rowForward = forwardStep(route, targetGroups);

    // tags only where a promote left them otherwise; an untagged side stays untagged
    const rowTags: SideStep[] = [];
    if ((back.tags.colourTag !== undefined && back.tags.colourTag !== "blue") || back.tags.promotedAt !== undefined)
      rowTags.push(...tagStep(route, back, back.tags.colourTag === undefined ? {} : { [TAG.colour]: "blue" }, [TAG.promotedAt]));
    if (away && !destroy && ((away.tags.colourTag !== undefined && away.tags.colourTag !== "green") || away.tags.standbyArn !== undefined))
      rowTags.push(...tagStep(route, away, away.tags.colourTag === undefined ? {} : { [TAG.colour]: "green" }, [TAG.standby]));

    const rowRetire: SideStep[] = [];
    if (destroy) {
      const retired = retireSteps(route, away);
      rowRetire.push(...retired.steps, ...retired.tags);
      notes.push(retired.words);
    }

    // green-header requests follow afterRelease, as after a promote; `afterRollback: keep-green` keeps green reachable while it exists
    const keepGreen = config.headerRouting?.afterRollback === "keep-green" && away !== undefined && !deleted && !destroy;
    const targets = {
      green: keepGreen ? { targetGroupArn: away.arn } : afterReleaseTarget(config, back.arn),
      blue: { targetGroupArn: back.arn },
    };
    header.push({ route, targets });
    intent.push({ route: label, ruleArn: route.rule.arn, forward: targetGroups, header: config.headerRouting ? targets : undefined });
    forwards.push(...rowForward);
    tags.push(...rowTags);
    retire.push(...rowRetire);
    const changed = rowForward.length + rowTags.length + rowRetire.length > 0;
    rows.push({
      route: label,
      service: route.service,
      action: undo ? "undo promote" : away ? (changed ? "roll back" : "rolled back already") : "nothing to roll back",
      before: namedWeights(route.forward?.targetGroups ?? []),
      after: namedWeights(targetGroups),
      tags: [...rowTags, ...rowRetire].filter((s) => s.kind === "tag").map(describeTag),
      notes,
    });
  }

  if (refusals.length > 0) return { rows, intent: [], steps: [], headerPlans: [], retire: [], refusals };
  const release = header.map((h) => h.route.green?.release ?? h.route.blue?.release).find((r) => r !== undefined) ?? "rollback";
  const headerPlans = planHeaderRulesForRoutes(config, header, release, { keepRelease: true, restoreAdopted: true, giveRoomBack: true });
  // traffic first: at 3 a.m. what matters most is where requests go; tags and retirements follow
  return { rows, intent, steps: [...forwards, ...tags], headerPlans, retire: dedupe(retire), refusals };
}

/**
 * The side to go back to and the side to leave. A release in progress wins over a standby: after a
 * promote, the next release's green is what a rollback undoes, not the promote before it.
 */
export function sidesOf(route: RouteState): { back: TargetGroupState | undefined; away: TargetGroupState | undefined; undo: boolean } {
  const { blue, green, standby } = route;
  if (standby && (green === undefined || green.arn === standby.arn))
    return { back: standby, away: blue && blue.arn !== standby.arn ? blue : undefined, undo: true };
  return { back: blue, away: green, undo: false };
}
