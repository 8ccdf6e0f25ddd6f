import { greenResourceName } from "../../release/naming.js";
import type { RouteState } from "../../traffic/estate.js";
import type { Tags } from "../../traffic/tags.js";
import type { EcsServiceSpec, JsonObject } from "../deploy-facts.js";
import { containerImage, containerNames, jsonDiff, withImage } from "../task-definition.js";
import { compact, greenTags, isThisRelease, shortName, type Draft, type EcsService } from "./draft.js";
import { healthAllowanceMs } from "./health-allowance.js";
import type { GreenPlanInput } from "./steps.js";
import { planTargetGroups } from "./target-groups.js";

/**
 * An ECS service's green: a new revision of blue's task definition with green's image, a service
 * copied from blue's beside it, and a green target group on each load balancer.
 */

export function planEcs(input: GreenPlanInput, service: EcsService, routes: readonly RouteState[], draft: Draft): void {
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
