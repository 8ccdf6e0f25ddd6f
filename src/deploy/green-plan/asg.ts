import { greenResourceName } from "../../release/naming.js";
import type { RouteState } from "../../traffic/estate.js";
import type { AsgSpec, JsonObject } from "../deploy-facts.js";
import { compact, greenTags, type AsgService, type Draft } from "./draft.js";
import { healthAllowanceMs } from "./health-allowance.js";
import type { GreenPlanInput } from "./steps.js";
import { planTargetGroups } from "./target-groups.js";

/**
 * An Auto Scaling Group's green: a group copied from blue's (its launch template, subnets, health
 * check and tags) beside it, registered in a green target group on each load balancer.
 */

export function planAsg(input: GreenPlanInput, service: AsgService, routes: readonly RouteState[], draft: Draft): void {
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
