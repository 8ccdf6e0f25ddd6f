import {
  CreateAutoScalingGroupCommand,
  DeleteAutoScalingGroupCommand,
  DescribeAutoScalingGroupsCommand,
  DescribeScalingActivitiesCommand,
  UpdateAutoScalingGroupCommand,
  type AutoScalingClient,
  type AutoScalingGroup,
  type CreateAutoScalingGroupCommandInput,
} from "@aws-sdk/client-auto-scaling";
import type { AsgSpec, JsonObject, ScalingActivity } from "../deploy/deploy-facts.js";
import type { AsgFacts } from "../traffic/estate-facts.js";
import { callAws, chunks, type AwsCalls } from "./aws-call.js";

/** EC2 Auto Scaling Groups. */
export interface AutoScalingGroups {
  /** The named groups that exist; unknown names are simply absent (the API does not fail on them). */
  groups(names: readonly string[]): Promise<Map<string, AsgFacts>>;
  /** The same, with what it takes to create a copy of each (subnets, health check, tags). */
  groupSpecs(names: readonly string[]): Promise<Map<string, AsgSpec>>;
  /** Creates a group from a CreateAutoScalingGroup body (tags included). */
  createGroup(body: JsonObject): Promise<void>;
  /** Scales the group to zero instances (min and desired 0), keeping the group. */
  scaleToZero(name: string): Promise<void>;
  /** Deletes the group and terminates its instances. */
  deleteGroup(name: string): Promise<void>;
  /** The group's latest scaling activities, newest first. */
  activities(name: string, max: number): Promise<ScalingActivity[]>;
}

/** DescribeAutoScalingGroups returns at most 100 groups a page; asking for 50 names keeps it to one. */
const BATCH = 50;

export function createAutoScalingGroups(client: AutoScalingClient, calls: AwsCalls): AutoScalingGroups {
  const call = <T>(action: string, resource: string, send: () => Promise<T>) => callAws(calls, "autoscaling", action, resource, send);

  async function describe(names: readonly string[]): Promise<AutoScalingGroup[]> {
    const out: AutoScalingGroup[] = [];
    for (const batch of chunks([...new Set(names)], BATCH)) {
      const answer = await call("DescribeAutoScalingGroups", batch.join(", "), () =>
        client.send(new DescribeAutoScalingGroupsCommand({ AutoScalingGroupNames: batch, MaxRecords: 100 })),
      );
      out.push(...(answer.AutoScalingGroups ?? []).filter((g) => g.AutoScalingGroupName));
    }
    return out;
  }

  return {
    async groups(names) {
      return new Map((await describe(names)).map((g) => [g.AutoScalingGroupName ?? "", groupFacts(g)]));
    },

    async groupSpecs(names) {
      return new Map((await describe(names)).map((g) => [g.AutoScalingGroupName ?? "", groupSpec(g)]));
    },

    async createGroup(body) {
      const input = body as unknown as CreateAutoScalingGroupCommandInput;
      await call("CreateAutoScalingGroup", input.AutoScalingGroupName ?? "?", () => client.send(new CreateAutoScalingGroupCommand(input)));
    },

    async scaleToZero(name) {
      await call("UpdateAutoScalingGroup", name, () =>
        client.send(new UpdateAutoScalingGroupCommand({ AutoScalingGroupName: name, MinSize: 0, DesiredCapacity: 0 })),
      );
    },

    async deleteGroup(name) {
      await call("DeleteAutoScalingGroup", name, () =>
        client.send(new DeleteAutoScalingGroupCommand({ AutoScalingGroupName: name, ForceDelete: true })),
      );
    },

    async activities(name, max) {
      const answer = await call("DescribeScalingActivities", name, () =>
        client.send(new DescribeScalingActivitiesCommand({ AutoScalingGroupName: name, MaxRecords: max })),
      );
      return (answer.Activities ?? []).map((a) => ({
        id: a.ActivityId ?? "?",
        statusCode: a.StatusCode,
        statusMessage: a.StatusMessage,
        description: a.Description,
      }));
    },
  };
}

function groupSpec(group: AutoScalingGroup): AsgSpec {
  return {
    facts: groupFacts(group),
    subnets: (group.VPCZoneIdentifier ?? "").split(",").filter((s) => s !== ""),
    healthCheckType: group.HealthCheckType,
    healthCheckGracePeriod: group.HealthCheckGracePeriod,
    defaultCooldown: group.DefaultCooldown,
    terminationPolicies: group.TerminationPolicies ?? [],
    tagList: (group.Tags ?? []).map((t) => ({ key: t.Key ?? "", value: t.Value ?? "", propagateAtLaunch: t.PropagateAtLaunch ?? false })),
    mixedInstances: group.MixedInstancesPolicy !== undefined,
  };
}

function groupFacts(group: AutoScalingGroup): AsgFacts {
  const template = group.LaunchTemplate ?? group.MixedInstancesPolicy?.LaunchTemplate?.LaunchTemplateSpecification;
  return {
    type: "asg",
    name: group.AutoScalingGroupName ?? "",
    arn: group.AutoScalingGroupARN,
    minSize: group.MinSize ?? 0,
    maxSize: group.MaxSize ?? 0,
    desiredCapacity: group.DesiredCapacity ?? 0,
    launchTemplate: template && { id: template.LaunchTemplateId, name: template.LaunchTemplateName, version: template.Version },
    // newer groups may list target groups as traffic sources instead
    targetGroupArns: [
      ...new Set([
        ...(group.TargetGroupARNs ?? []),
        ...(group.TrafficSources ?? []).flatMap((s) => (s.Identifier && (s.Type ?? "elbv2") === "elbv2" ? [s.Identifier] : [])),
      ]),
    ],
    instances: (group.Instances ?? []).map((i) => ({
      id: i.InstanceId ?? "",
      lifecycleState: i.LifecycleState,
      healthStatus: i.HealthStatus,
    })),
    tags: Object.fromEntries((group.Tags ?? []).map((t) => [t.Key ?? "", t.Value ?? ""])),
  };
}
