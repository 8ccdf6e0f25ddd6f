import type {
  ActionFacts,
  AlarmFacts,
  BackendFacts,
  ListenerFacts,
  ObservedEstate,
  ObservedRoute,
  ObservedRule,
  ObservedTargetGroup,
  RuleCondition,
  Stickiness,
  TargetFacts,
  TargetGroupFacts,
  WeightedTargetGroup,
} from "./estate-facts.js";
import { readCutoverTags, RETIRED, STANDBY, TAG, type Colour, type CutoverTags } from "./tags.js";

/**
 * One model of the estate: per route, which target group is blue and which is green, their
 * weights, health and releases, and the phase the route is in. Pure: it decides from what the
 * adapters observed (estate-facts.ts), so status, deploy-green, switch-traffic and rollback all read
 * the world the same way, and the rules below are unit-tested without AWS.
 *
 * Which side is which:
 * - tags first: a target group tagged `cutover:colour=green` (or `blue`) is that colour, when exactly
 *   one candidate of the route carries the tag; that is how green-live (green at 100, blue at 0) and a
 *   release switched in the opposite direction stay readable after the weights moved;
 * - else weights: blue is the target group carrying traffic; when several do (mid-switch), the
 *   first of them in the pair's order (or the forward action's, for ECS and ASG routes);
 * - green is the other one: for a target-group pair, the pair's other member, attached or not.
 */

export type RoutePhase =
  /** Nothing but blue in the forward action. */
  | "no-green"
  /** Green is listed in the forward action at weight 0. */
  | "green-attached"
  /** Both sides carry traffic. */
  | "switching"
  /** Green carries everything; blue is still listed (or tagged) and can take it back. */
  | "green-live";

export interface HealthSummary {
  readonly healthy: number;
  readonly total: number;
  /** The targets that are not healthy, with AWS's state and reason code. */
  readonly notHealthy: readonly TargetFacts[];
}

export interface TargetGroupState {
  readonly arn: string;
  readonly name: string;
  /** Listed in the route's forward action. */
  readonly attached: boolean;
  /** The ALB weight in the forward action (0 when not attached). */
  readonly weight: number;
  /** Percent of the route's traffic it receives, 0..100. */
  readonly share: number;
  readonly health: HealthSummary;
  /** The release it holds: its `cutover:release` tag, else its ECS service's or ASG's. */
  readonly release: string | undefined;
  readonly tags: CutoverTags;
  readonly targetGroup: TargetGroupFacts;
  readonly backend: BackendFacts | undefined;
}

export interface ForwardAction {
  readonly targetGroups: readonly WeightedTargetGroup[];
  readonly stickiness: Stickiness | undefined;
}

export interface HeaderRule {
  readonly arn: string;
  readonly priority: number | "default";
  readonly colour: Colour | undefined;
  /** Which header values it matches, from its `cutover:header-rule` tag; absent on rules cutover did not make for header routing. */
  readonly role?: Colour;
  readonly release: string | undefined;
  /** The http-header condition it matches, if any. */
  readonly header: { readonly name: string; readonly values: readonly string[] } | undefined;
  readonly conditions: readonly RuleCondition[];
  /** What matching requests get: the rule's last (terminal) action. */
  readonly action: ActionFacts | undefined;
  /** A rule cutover took over for a role: what it did before (tags.ts `adoptedFrom`). */
  readonly adoptedFrom?: string;
  /** A rule cutover moved to make room for header rules: the priority it had. */
  readonly originalPriority?: number;
  /** A header rule placed in room cutover made. */
  readonly madeRoom?: boolean;
  /** Cutover tagged it for this project (any service). */
  readonly cutoverProject?: string;
}

export interface RouteState {
  /** The config's name for the load balancer entry. */
  readonly loadBalancer: string;
  readonly loadBalancerName: string;
  readonly loadBalancerArn: string;
  readonly dnsName: string | undefined;
  readonly listener: ListenerFacts;
  readonly rule: { readonly arn: string; readonly priority: number | "default"; readonly conditions: readonly RuleCondition[] };
  readonly service: string;
  readonly serviceType: ObservedRoute["serviceType"];
  readonly phase: RoutePhase;
  /** Percent of the route's traffic on green, 0..100 (0 without green). */
  readonly greenShare: number;
  readonly blue: TargetGroupState | undefined;
  readonly green: TargetGroupState | undefined;
  /**
   * The side a promote took out of service and keeps for a rollback (tags.ts): tagged
   * `cutover:colour=standby` or pointed at by the live side's `cutover:standby`. For an ECS service or
   * ASG it is never green; for a target-group pair it is also green (the pair's other member).
   */
  readonly standby?: TargetGroupState;
  /** Forwarded to, but neither blue nor green (someone added a third target group). */
  readonly others: readonly TargetGroupState[];
  readonly forward: ForwardAction | undefined;
  /** Every action of the rule in order, e.g. [authenticate-oidc, forward]: writes keep the others. */
  readonly actionTypes: readonly string[];
  readonly headerRules: readonly HeaderRule[];
  /** The numeric priorities of every rule on the route's listener (header rules and other routes' rules included). */
  readonly listenerPriorities: readonly number[];
  /** Every rule of the route's listener, as cutover reads header rules: where each kind of request goes is read from these. */
  readonly listenerRules: readonly HeaderRule[];
  /** What does not look right, in words; empty when all is well. */
  readonly problems: readonly string[];
}

export interface Estate {
  readonly project: string;
  readonly region: string;
  readonly routes: readonly RouteState[];
  readonly alarms: readonly AlarmFacts[];
}

export function modelEstate(observed: ObservedEstate): Estate {
  return {
    project: observed.project,
    region: observed.region,
    routes: observed.routes.map((route) => modelRoute(observed, route)),
    alarms: observed.alarms,
  };
}

/** `feed-normalizers priority 10`, `frontend default action`: how messages name a route. */
export function routeLabel(route: Pick<RouteState, "loadBalancer" | "rule">): string {
  return `${route.loadBalancer} ${route.rule.priority === "default" ? "default action" : `rule ${route.rule.priority}`}`;
}

function modelRoute(observed: ObservedEstate, route: ObservedRoute): RouteState {
  const problems = [...route.notes];
  const forwards = route.rule.actions.filter((a): a is Extract<ActionFacts, { type: "forward" }> => a.type === "forward");
  const forwardFacts = forwards[0];
  const forward: ForwardAction | undefined = forwardFacts && {
    targetGroups: forwardFacts.targetGroups,
    stickiness: forwardFacts.stickiness,
  };
  if (!forward) {
    const types = route.rule.actions.map(actionType).join(", ") || "no action";
    problems.push(`does not forward to target groups (${types}): cutover can only weigh a forward action`);
  }

  const weights = new Map((forward?.targetGroups ?? []).map((tg) => [tg.arn, tg.weight]));
  const total = [...weights.values()].reduce((sum, w) => sum + w, 0);
  const listed = unique([...(route.pair ?? []), ...weights.keys()]);
  // a standby that promote detached (afterPromote: remove-blue) is found through the live side's pointer
  const pointed = listed.flatMap((arn) => {
    const standby = observed.targetGroups[arn]?.tags[TAG.standby];
    // a pointer to a standby since retired (kept because other tooling owns it), or to a pair member a
    // later deploy-green took as its green, no longer counts
    const tags = standby === undefined ? undefined : observed.targetGroups[standby]?.tags;
    return standby !== undefined && tags !== undefined && tags[TAG.colour] !== RETIRED && tags[TAG.colour] !== "green" ? [standby] : [];
  });
  const candidates = unique([...listed, ...pointed]);

  const state = (arn: string): TargetGroupState => {
    const weight = weights.get(arn) ?? 0;
    return targetGroupState(observed.targetGroups[arn], arn, {
      attached: weights.has(arn),
      weight,
      share: total > 0 ? Math.round((weight * 10_000) / total) / 100 : 0,
    });
  };
  const states = new Map(candidates.map((arn) => [arn, state(arn)]));
  const standbys = candidates.filter((arn) => pointed.includes(arn) || states.get(arn)?.tags.colourTag === STANDBY);
  const { blue, green, sideProblems } = chooseSides(route, candidates, states, standbys);
  problems.push(...sideProblems);
  const standby = latestStandby(
    standbys.filter((arn) => arn !== blue),
    pointed,
    states,
  );

  for (const tg of states.values()) {
    if (tg.tags.project !== undefined && tg.tags.project !== observed.project)
      problems.push(`${tg.name} is tagged for project '${tg.tags.project}', not '${observed.project}'`);
    if (tg.tags.service !== undefined && tg.tags.service !== route.service)
      problems.push(`${tg.name} is tagged for service '${tg.tags.service}', not '${route.service}'`);
  }
  if (route.pair) {
    for (const arn of weights.keys()) {
      if (!route.pair.includes(arn))
        problems.push(`forwards to ${states.get(arn)?.name ?? arn}, which is not one of the service's two target groups`);
    }
  }

  const blueState = blue === undefined ? undefined : states.get(blue);
  const greenState = green === undefined ? undefined : states.get(green);
  const others = candidates
    .filter((arn) => arn !== blue && arn !== green && weights.has(arn) && !standbys.includes(arn))
    .flatMap((arn) => states.get(arn) ?? []);
  if (forward && total === 0) problems.push("every target group in the forward action has weight 0: the ALB answers 503");

  return {
    loadBalancer: route.loadBalancer,
    loadBalancerName: route.loadBalancerFacts.name,
    loadBalancerArn: route.loadBalancerFacts.arn,
    dnsName: route.loadBalancerFacts.dnsName,
    listener: route.listener,
    rule: { arn: route.rule.arn, priority: route.rule.priority, conditions: route.rule.conditions },
    service: route.service,
    serviceType: route.serviceType,
    phase: phaseOf(blueState, greenState, others),
    greenShare: greenState?.attached ? greenState.share : 0,
    blue: blueState,
    green: greenState,
    ...(standby === undefined ? {} : { standby }),
    others,
    forward,
    actionTypes: route.rule.actions.map(actionType),
    headerRules: route.headerRules.map(headerRule),
    listenerPriorities: route.listenerPriorities ?? [],
    // an observation without the whole listener (older tests, a hand-made estate) still has the route's own rules
    listenerRules: (route.listenerRules ?? [route.rule, ...route.headerRules]).map(headerRule),
    problems,
  };
}

function chooseSides(
  route: ObservedRoute,
  candidates: readonly string[],
  states: ReadonlyMap<string, TargetGroupState>,
  standbys: readonly string[],
): { blue: string | undefined; green: string | undefined; sideProblems: string[] } {
  const sideProblems: string[] = [];
  // a pair's sides are its two members; anything else forwarded to is reported, never a side.
  // A standby of an ECS service or ASG is never green (it is a release that was live); a pair's
  // standby member still is, being the pair's only other side.
  const members = route.pair
    ? candidates.filter((arn) => route.pair?.includes(arn))
    : candidates.filter((arn) => !standbys.includes(arn) || states.get(arn)?.tags.colour === "blue" || (states.get(arn)?.weight ?? 0) > 0);
  const tagged = (colour: Colour) => members.filter((arn) => states.get(arn)?.tags.colour === colour);
  const weightOf = (arn: string) => states.get(arn)?.weight ?? 0;
  const nameOf = (arn: string) => states.get(arn)?.name ?? arn;

  const taggedGreen = tagged("green");
  const taggedBlue = tagged("blue");
  for (const [colour, list] of [
    ["green", taggedGreen],
    ["blue", taggedBlue],
  ] as const) {
    if (list.length > 1) sideProblems.push(`${list.map(nameOf).join(" and ")} are all tagged ${colour}; deciding by weights`);
  }

  let green = taggedGreen.length === 1 ? taggedGreen[0] : undefined;
  let blue = taggedBlue.length === 1 && taggedBlue[0] !== green ? taggedBlue[0] : undefined;
  if (blue === undefined) {
    const others = members.filter((arn) => arn !== green);
    blue = others.find((arn) => weightOf(arn) > 0) ?? (green !== undefined ? others[0] : undefined);
  }
  // with neither tags nor traffic to go by, naming either side would be a guess
  if (green === undefined && blue !== undefined) {
    const rest = members.filter((arn) => arn !== blue);
    // a third target group in an ECS/ASG route: the one with more traffic is the likelier green
    const likeliest = [...rest].sort((a, b) => weightOf(b) - weightOf(a))[0];
    green = likeliest;
    if (likeliest !== undefined && rest.length > 1)
      sideProblems.push(`more than one target group besides blue (${rest.map(nameOf).join(", ")}); took ${nameOf(likeliest)} as green`);
  }
  if (blue === undefined) sideProblems.push("no target group carries traffic");
  return { blue, green, sideProblems };
}

/** The standby to go back to: the one the live side points at, else the most recently promoted away. */
function latestStandby(
  standbys: readonly string[],
  pointed: readonly string[],
  states: ReadonlyMap<string, TargetGroupState>,
): TargetGroupState | undefined {
  const byPointer = standbys.find((arn) => pointed.includes(arn));
  const latest = [...standbys].sort((a, b) =>
    (states.get(b)?.tags.promotedAt ?? "").localeCompare(states.get(a)?.tags.promotedAt ?? ""),
  )[0];
  const arn = byPointer ?? latest;
  return arn === undefined ? undefined : states.get(arn);
}

function phaseOf(blue: TargetGroupState | undefined, green: TargetGroupState | undefined, others: readonly TargetGroupState[]): RoutePhase {
  if (green === undefined || !green.attached) return "no-green";
  if (green.share === 0) return "green-attached";
  const elsewhere = (blue?.share ?? 0) + others.reduce((sum, tg) => sum + tg.share, 0);
  return elsewhere === 0 ? "green-live" : "switching";
}

function targetGroupState(
  observed: ObservedTargetGroup | undefined,
  arn: string,
  traffic: { attached: boolean; weight: number; share: number },
): TargetGroupState {
  // The reader describes every candidate; a gap here means a target group vanished mid-read.
  const targetGroup = observed?.targetGroup ?? emptyTargetGroup(arn);
  const tags = readCutoverTags(observed?.tags ?? {});
  const targets = observed?.targets ?? [];
  const backend = observed?.backend;
  return {
    arn,
    name: targetGroup.name,
    ...traffic,
    health: {
      healthy: targets.filter((t) => t.state === "healthy").length,
      total: targets.length,
      notHealthy: targets.filter((t) => t.state !== "healthy"),
    },
    release: tags.release ?? (backend ? readCutoverTags(backend.tags).release : undefined),
    tags,
    targetGroup,
    backend,
  };
}

/** A rule cutover tagged for the route, as the planners read it (the header-rule writer reads its own writes back through this too). */
export function headerRule(rule: ObservedRule): HeaderRule {
  const tags = readCutoverTags(rule.tags);
  const header = rule.conditions.find((c) => c.field === "http-header");
  const role = rule.tags[TAG.headerRule];
  return {
    arn: rule.arn,
    priority: rule.priority,
    colour: tags.colour,
    ...(role === "green" || role === "blue" ? { role } : {}),
    release: tags.release,
    header: header?.header === undefined ? undefined : { name: header.header, values: header.values },
    conditions: rule.conditions,
    action: rule.actions[rule.actions.length - 1],
    ...(rule.tags[TAG.adoptedFrom] === undefined ? {} : { adoptedFrom: rule.tags[TAG.adoptedFrom] }),
    ...(Number.isInteger(Number(rule.tags[TAG.originalPriority] ?? "x"))
      ? { originalPriority: Number(rule.tags[TAG.originalPriority]) }
      : {}),
    ...(rule.tags[TAG.madeRoom] === "true" ? { madeRoom: true } : {}),
    ...(tags.project === undefined ? {} : { cutoverProject: tags.project }),
  };
}

function actionType(action: ActionFacts): string {
  return action.type === "other" ? action.awsType : action.type;
}

/** The name is the ARN's `targetgroup/<name>/<id>` segment. */
export function targetGroupNameFromArn(arn: string): string {
  return /:targetgroup\/([^/]+)\//.exec(arn)?.[1] ?? arn;
}

function emptyTargetGroup(arn: string): TargetGroupFacts {
  return {
    arn,
    name: targetGroupNameFromArn(arn),
    protocol: undefined,
    port: undefined,
    targetType: undefined,
    vpcId: undefined,
    loadBalancerArns: [],
    healthCheck: {
      enabled: undefined,
      protocol: undefined,
      port: undefined,
      path: undefined,
      intervalSeconds: undefined,
      timeoutSeconds: undefined,
      healthyThreshold: undefined,
      unhealthyThreshold: undefined,
      matcher: undefined,
    },
  };
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
