import type { Config, Service } from "../config/schema.js";
import { greenResourceName, greenTargetGroupName } from "../release/naming.js";
import type { Stickiness, TargetGroupFacts } from "../traffic/estate-facts.js";
import { routeLabel, type RouteState, type TargetGroupState } from "../traffic/estate.js";
import { cutoverTags, CREATED_BY_CUTOVER, TAG, type Tags } from "../traffic/tags.js";
import type { AsgSpec, DeployFacts, EcsServiceSpec, JsonObject } from "./deploy-facts.js";
import { containerImage, containerNames, jsonDiff, withImage } from "./task-definition.js";

/**
 * deploy-green's plan: from the config, the estate model and what already exists in AWS, the exact
 * changes that bring each selected service's green side up beside blue at weight 0, and what to wait
 * for. Pure: the same inputs give the same plan, so a rerun after a crash plans only what is missing
 * and a finished deploy plans nothing.
 *
 * Something created by an earlier step of the same plan is named by a placeholder (`<new target
 * group NAME>`) wherever a later body needs its ARN; the applier fills it in. --dry-run prints the
 * bodies with the placeholders.
 */

export interface GreenPlanInput {
  readonly config: Config;
  readonly release: string;
  /** `--image`; wins over the config's `image`. */
  readonly image: string | undefined;
  /** The routes of the selected services, modelled. */
  readonly routes: readonly RouteState[];
  readonly facts: DeployFacts;
  /** Replace a green of an older release that never went live (`--replace-green`). */
  readonly replaceGreen: boolean;
}

/** Where a route's forward action lives (the same shape the load-balancing adapter takes). */
export interface Place {
  readonly listenerArn: string;
  readonly ruleArn: string;
  readonly isDefault: boolean;
  readonly label: string;
}

export type GreenStep =
  | {
      readonly kind: "register-task-definition";
      readonly service: string;
      readonly family: string;
      /** The placeholder later bodies use for the new revision's ARN. */
      readonly placeholder: string;
      readonly definition: JsonObject;
      readonly tags: Tags;
      /** Against blue's task definition, one line per change. */
      readonly diff: readonly string[];
    }
  | {
      readonly kind: "create-target-group";
      readonly service: string;
      readonly loadBalancer: string;
      readonly name: string;
      readonly placeholder: string;
      readonly body: JsonObject;
      readonly tags: Tags;
    }
  | {
      readonly kind: "set-forward";
      readonly service: string;
      readonly route: string;
      readonly place: Place;
      readonly targetGroups: readonly { readonly arn: string; readonly weight: number }[];
      readonly stickiness: Stickiness | undefined;
      /** Every action's type in order (`authenticate-oidc`, `forward`): the others are written back as they are. */
      readonly actionTypes: readonly string[];
      /** Why: `attach green at 0`, `attach green at 0, drop the stale green X`. */
      readonly why: string;
    }
  | { readonly kind: "create-ecs-service"; readonly service: string; readonly name: string; readonly body: JsonObject }
  | { readonly kind: "create-asg"; readonly service: string; readonly name: string; readonly body: JsonObject }
  | { readonly kind: "delete-ecs-service"; readonly service: string; readonly cluster: string; readonly name: string }
  | { readonly kind: "delete-asg"; readonly service: string; readonly name: string }
  | { readonly kind: "delete-target-group"; readonly service: string; readonly arn: string; readonly name: string }
  | {
      /** A pair's members, owned by other tooling: only tagged, so every later command reads the sides the same way. */
      readonly kind: "tag-target-group";
      readonly service: string;
      readonly arn: string;
      readonly name: string;
      readonly tags: Tags;
      /** Tag keys to take off (a standby marker left by an older promote). */
      readonly remove: readonly string[];
    };

/** What "green is ready" means for one service; polled by wait-ready.ts. */
export type ReadyCheck =
  | {
      readonly kind: "ecs";
      readonly service: string;
      readonly cluster: string;
      readonly name: string;
      readonly taskDefinition: string;
      readonly targetGroups: readonly string[];
      readonly desired: number;
      readonly timeoutMs: number;
      readonly allowanceMs: number;
    }
  | {
      readonly kind: "asg";
      readonly service: string;
      readonly name: string;
      readonly targetGroups: readonly string[];
      readonly desired: number;
      readonly timeoutMs: number;
      readonly allowanceMs: number;
    }
  | {
      readonly kind: "pair";
      readonly service: string;
      readonly targetGroup: string;
      readonly minHealthy: number;
      readonly timeoutMs: number;
    };

/** One row of the report per route. */
export interface RoutePlan {
  readonly route: string;
  readonly ruleArn: string;
  readonly service: string;
  readonly blue: string;
  readonly green: string;
  /** The green target group's ARN or placeholder. */
  readonly greenArn: string;
  /** `create`, `attach` or `in place`. */
  readonly action: string;
}

export interface GreenPlan {
  readonly release: string;
  readonly steps: readonly GreenStep[];
  readonly ready: readonly ReadyCheck[];
  readonly routes: readonly RoutePlan[];
  /** What was found from an earlier run and is kept. */
  readonly reused: readonly string[];
  /** Preconditions that do not hold: exit 3, nothing changed. */
  readonly refusals: readonly string[];
  /** Bad input (no image): exit 2. */
  readonly problems: readonly string[];
}

type EcsService = Extract<Service, { type: "ecs" }>;
type AsgService = Extract<Service, { type: "asg" }>;
type PairService = Extract<Service, { type: "target-group" }>;

/** Collects one service's part of the plan. */
class Draft {
  readonly steps: GreenStep[] = [];
  readonly ready: ReadyCheck[] = [];
  readonly routes: RoutePlan[] = [];
  readonly reused: string[] = [];
  readonly refusals: string[] = [];
  readonly problems: string[] = [];
}

export function planGreen(input: GreenPlanInput): GreenPlan {
  const draft = new Draft();
  for (const service of input.config.services) {
    const routes = input.routes.filter((r) => r.service === service.name);
    if (routes.length === 0) continue;
    const unusable = routes.filter((r) => r.forward === undefined || r.blue === undefined);
    if (unusable.length > 0) {
      for (const r of unusable)
        draft.refusals.push(`${routeLabel(r)} (${service.name}): ${r.problems.join("; ") || "no blue target group"}`);
      continue;
    }
    if (service.type === "ecs") planEcs(input, service, routes, draft);
    else if (service.type === "asg") planAsg(input, service, routes, draft);
    else planPair(input, service, routes, draft);
  }
  // a stale green shared by two rules of one load balancer is deleted once
  const seen = new Set<string>();
  const steps = draft.steps.filter((step) => {
    if (!step.kind.startsWith("delete-")) return true;
    const key = JSON.stringify(step);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  // a plan that is refused or has bad input changes nothing, not even the services that were fine
  const blocked = draft.refusals.length > 0 || draft.problems.length > 0;
  return { release: input.release, ...draft, steps: blocked ? [] : steps };
}

// ---------------------------------------------------------------- target-group pairs

function planPair(input: GreenPlanInput, service: PairService, routes: readonly RouteState[], draft: Draft): void {
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

// ---------------------------------------------------------------- ECS

function planEcs(input: GreenPlanInput, service: EcsService, routes: readonly RouteState[], draft: Draft): void {
  const { release, config } = input;
  const where = `services[${config.services.indexOf(service)}] (${service.name})`;
  const image = input.image ?? service.image;
  if (image === undefined) {
    draft.problems.push(`${where}.image: no image for green: give --image or set image in the config`);
    return;
  }
  const facts = input.facts.ecs.get(service.name);
  const blue = facts?.blue;
  const blueTd = facts?.blueTaskDefinition;
  if (!blue || blue.facts.status !== "ACTIVE" || !blueTd) {
    draft.refusals.push(`${where}: no active blue ECS service '${service.service}' in cluster '${service.cluster}' to copy`);
    return;
  }
  if (!containerNames(blueTd.definition).includes(service.containerName)) {
    draft.refusals.push(
      `${where}.containerName: blue's task definition ${blueTd.arn} has no container '${service.containerName}' (it has: ${containerNames(blueTd.definition).join(", ")})`,
    );
    return;
  }
  const greenName = greenResourceName(service.service, release);
  const green = facts.green && facts.green.facts.status !== "INACTIVE" ? facts.green : undefined;
  if (green && green.facts.status !== "ACTIVE") {
    draft.refusals.push(
      `${where}: ECS service '${greenName}' is ${green.facts.status ?? "not active"}; wait until it is gone, then run again`,
    );
    return;
  }
  const tags = greenTags(config.project, service.name, release);

  // the task definition: green's own, one an earlier run registered, or a new revision of blue's
  let taskDefinition: string;
  const found = facts.greenTaskDefinition;
  if (green) {
    taskDefinition = green.facts.taskDefinition ?? "";
    const running = found && containerImage(found.definition, service.containerName);
    if (running !== undefined && running !== image) {
      draft.refusals.push(
        `${where}: green '${greenName}' for release ${release} already runs ${running}, not ${image}; use a new release to deploy another image`,
      );
      return;
    }
    draft.reused.push(`ECS service ${greenName} (task definition ${shortName(taskDefinition)})`);
  } else if (
    found &&
    isThisRelease(found.tags, config.project, release) &&
    containerImage(found.definition, service.containerName) === image
  ) {
    taskDefinition = found.arn;
    draft.reused.push(`task definition ${shortName(found.arn)}`);
  } else {
    const definition = withImage(blueTd.definition, service.containerName, image);
    taskDefinition = `<new revision of ${blueTd.family}>`;
    draft.steps.push({
      kind: "register-task-definition",
      service: service.name,
      family: blueTd.family,
      placeholder: taskDefinition,
      definition,
      tags,
      diff: jsonDiff(blueTd.definition, definition),
    });
  }

  const targetGroups = planTargetGroups(input, service, routes, draft);
  if (!targetGroups) return;

  const desired = green ? green.facts.desiredCount : service.desiredCount === "match-blue" ? blue.facts.desiredCount : service.desiredCount;
  if (!green) {
    draft.steps.push({
      kind: "create-ecs-service",
      service: service.name,
      name: greenName,
      body: ecsServiceBody(blue, {
        cluster: service.cluster,
        name: greenName,
        taskDefinition,
        desired,
        loadBalancers: targetGroups.map((arn) => ({
          targetGroupArn: arn,
          containerName: service.containerName,
          containerPort: service.containerPort,
        })),
        tags,
      }),
    });
  }
  draft.ready.push({
    kind: "ecs",
    service: service.name,
    cluster: service.cluster,
    name: greenName,
    taskDefinition,
    targetGroups,
    desired,
    timeoutMs: service.readyTimeout,
    allowanceMs: healthAllowanceMs(routes[0]?.blue?.targetGroup, blue.healthCheckGracePeriodSeconds),
  });
}

function ecsServiceBody(
  blue: EcsServiceSpec,
  green: {
    cluster: string;
    name: string;
    taskDefinition: string;
    desired: number;
    loadBalancers: readonly JsonObject[];
    tags: Tags;
  },
): JsonObject {
  const capacity = blue.capacityProviderStrategy.length > 0 ? { capacityProviderStrategy: blue.capacityProviderStrategy } : {};
  const launchType = blue.capacityProviderStrategy.length === 0 && blue.facts.launchType ? { launchType: blue.facts.launchType } : {};
  const deployment = blue.deploymentConfiguration ?? {};
  return compact({
    cluster: green.cluster,
    serviceName: green.name,
    taskDefinition: green.taskDefinition,
    desiredCount: green.desired,
    ...capacity,
    ...launchType,
    platformVersion: blue.platformVersion,
    networkConfiguration: blue.networkConfiguration,
    loadBalancers: green.loadBalancers,
    healthCheckGracePeriodSeconds: blue.healthCheckGracePeriodSeconds,
    // a new service has nothing to roll back to; the breaker still marks the rollout FAILED, so the
    // wait stops early instead of at readyTimeout
    deploymentConfiguration: {
      ...deployment,
      deploymentCircuitBreaker: deployment.deploymentCircuitBreaker ?? { enable: true, rollback: false },
    },
    placementConstraints: blue.placementConstraints.length > 0 ? blue.placementConstraints : undefined,
    placementStrategy: blue.placementStrategy.length > 0 ? blue.placementStrategy : undefined,
    schedulingStrategy: blue.schedulingStrategy,
    enableExecuteCommand: blue.enableExecuteCommand,
    enableECSManagedTags: blue.enableECSManagedTags,
    propagateTags: blue.propagateTags,
    tags: Object.entries(green.tags).map(([key, value]) => ({ key, value })),
  });
}

// ---------------------------------------------------------------- Auto Scaling Groups

function planAsg(input: GreenPlanInput, service: AsgService, routes: readonly RouteState[], draft: Draft): void {
  const { release, config } = input;
  const where = `services[${config.services.indexOf(service)}] (${service.name})`;
  const facts = input.facts.asg.get(service.name);
  const blue = facts?.blue;
  if (!blue) {
    draft.refusals.push(`${where}: no blue Auto Scaling Group '${service.autoScalingGroup}' to copy`);
    return;
  }
  const template = launchTemplate(service, blue);
  if (!template) {
    draft.refusals.push(
      `${where}: blue group '${blue.facts.name}' has no launch template deploy-green can copy (a mixed instances policy or a launch configuration): set launchTemplate in the config`,
    );
    return;
  }
  const greenName = greenResourceName(service.autoScalingGroup, release);
  const green = facts.green;
  if (green) draft.reused.push(`Auto Scaling Group ${greenName}`);

  const targetGroups = planTargetGroups(input, service, routes, draft);
  if (!targetGroups) return;

  const capacity =
    service.capacity === "match-blue"
      ? { min: blue.facts.minSize, max: blue.facts.maxSize, desired: blue.facts.desiredCapacity }
      : service.capacity;
  if (!green) {
    const tags = greenTags(config.project, service.name, release);
    // blue's own tags carry over (cost centre, owner); its Name and cutover's tags are green's own
    const carried = blue.tagList.filter((t) => !t.key.startsWith("aws:") && !t.key.startsWith("cutover:") && t.key !== "Name");
    const named = blue.tagList.some((t) => t.key === "Name") ? [{ key: "Name", value: greenName, propagateAtLaunch: true }] : [];
    const allTags = [...carried, ...named, ...Object.entries(tags).map(([key, value]) => ({ key, value, propagateAtLaunch: true }))];
    draft.steps.push({
      kind: "create-asg",
      service: service.name,
      name: greenName,
      body: compact({
        AutoScalingGroupName: greenName,
        LaunchTemplate: template,
        MinSize: capacity.min,
        MaxSize: capacity.max,
        DesiredCapacity: capacity.desired,
        VPCZoneIdentifier: blue.subnets.join(","),
        TargetGroupARNs: targetGroups,
        HealthCheckType: blue.healthCheckType ?? "ELB",
        HealthCheckGracePeriod: blue.healthCheckGracePeriod,
        DefaultCooldown: blue.defaultCooldown,
        TerminationPolicies: blue.terminationPolicies.length > 0 ? blue.terminationPolicies : undefined,
        Tags: allTags.map((t) => ({
          Key: t.key,
          Value: t.value,
          PropagateAtLaunch: t.propagateAtLaunch,
          ResourceId: greenName,
          ResourceType: "auto-scaling-group",
        })),
      }),
    });
  }
  draft.ready.push({
    kind: "asg",
    service: service.name,
    name: greenName,
    targetGroups,
    desired: green ? green.facts.desiredCapacity : capacity.desired,
    timeoutMs: service.readyTimeout,
    allowanceMs: healthAllowanceMs(routes[0]?.blue?.targetGroup, blue.healthCheckGracePeriod),
  });
}

function launchTemplate(service: AsgService, blue: AsgSpec): JsonObject | undefined {
  const configured = service.launchTemplate;
  if (configured)
    return configured.id !== undefined
      ? { LaunchTemplateId: configured.id, Version: configured.version }
      : { LaunchTemplateName: configured.name, Version: configured.version };
  const lt = blue.facts.launchTemplate;
  if (blue.mixedInstances || !lt || (lt.id === undefined && lt.name === undefined)) return undefined;
  return compact({
    ...(lt.id !== undefined ? { LaunchTemplateId: lt.id } : { LaunchTemplateName: lt.name }),
    Version: lt.version,
  });
}

// ---------------------------------------------------------------- green target groups (ECS, ASG)

/**
 * One green target group per load balancer the service is routed on, found or created, and attached
 * at weight 0 to every route. Returns their ARNs (or placeholders), undefined when refused.
 */
function planTargetGroups(input: GreenPlanInput, service: EcsService | AsgService, routes: readonly RouteState[], draft: Draft) {
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
        `${label}: green ${s.name} holds release ${s.release ?? "(none)"}, which never went live; run again with --replace-green to replace it with ${input.release}`,
      );
    return undefined;
  }
  return [...others];
}

// ---------------------------------------------------------------- shared

/** A route whose green already carries traffic belongs to a release in progress: not deploy-green's to touch. */
function refusedAsLive(route: RouteState, sides: readonly TargetGroupState[], service: string, draft: Draft): boolean {
  const live = sides.filter((s) => s.weight > 0);
  for (const s of live)
    draft.refusals.push(
      `${routeLabel(route)} (${service}): ${s.name} already carries ${s.share}% of the traffic (release ${s.release ?? "unknown"}, ${route.phase}); finish it with promote or put it back with rollback first`,
    );
  return live.length > 0;
}

/** The forward action with green at weight 0 beside what is there, stale greens dropped; stickiness kept. */
function attach(route: RouteState, service: string, green: string, stale: readonly TargetGroupState[], draft: Draft): void {
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

function routeRow(route: RouteState, green: string, greenArn: string, action: string): RoutePlan {
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

function greenTags(project: string, service: string, release: string): Tags {
  return cutoverTags({ project, service, release, colour: "green" });
}

function isThisRelease(tags: Tags, project: string, release: string): boolean {
  return tags[TAG.project] === project && tags[TAG.release] === release;
}

/**
 * How long a new target may take before `unhealthy` means it failed rather than that it is still
 * starting: the grace period, plus enough checks to pass or fail, plus one timeout.
 */
export function healthAllowanceMs(targetGroup: TargetGroupFacts | undefined, graceSeconds: number | undefined): number {
  const hc = targetGroup?.healthCheck;
  const interval = hc?.intervalSeconds ?? 30;
  const checks = Math.max(hc?.healthyThreshold ?? 5, hc?.unhealthyThreshold ?? 2);
  return ((graceSeconds ?? 0) + interval * checks + (hc?.timeoutSeconds ?? 5)) * 1000;
}

/** `event-management:7` from a task definition ARN. */
function shortName(arn: string): string {
  return arn.split("/").pop() ?? arn;
}

/** Drops undefined fields, so bodies print and compare as the API would take them. */
function compact(body: Record<string, unknown>): JsonObject {
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
}

/** The target groups a plan reads after applying: every green ARN or placeholder, in route order. */
export function greenTargetGroups(plan: GreenPlan): string[] {
  return [...new Set(plan.routes.map((r) => r.greenArn))];
}
