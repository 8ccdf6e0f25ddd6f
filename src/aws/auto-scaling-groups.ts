import { DescribeAutoScalingGroupsCommand, type AutoScalingClient, type AutoScalingGroup } from "@aws-sdk/client-auto-scaling";
import type { AsgFacts } from "../traffic/estate-facts.js";
import { callAws, chunks, type AwsCalls } from "./aws-call.js";

/** EC2 Auto Scaling Groups, read side. */
export interface AutoScalingGroups {
  /** The named groups that exist; unknown names are simply absent (the API does not fail on them). */
  groups(names: readonly string[]): Promise<Map<string, AsgFacts>>;
}

/** DescribeAutoScalingGroups returns at most 100 groups a page; asking for 50 names keeps it to one. */
const BATCH = 50;

export function createAutoScalingGroups(client: AutoScalingClient, calls: AwsCalls): AutoScalingGroups {
  return {
    async groups(names) {
      const out = new Map<string, AsgFacts>();
      for (const batch of chunks([...new Set(names)], BATCH)) {
        const answer = await callAws(calls, "autoscaling", "DescribeAutoScalingGroups", batch.join(", "), () =>
          client.send(new DescribeAutoScalingGroupsCommand({ AutoScalingGroupNames: batch, MaxRecords: 100 })),
        );
        for (const group of answer.AutoScalingGroups ?? []) {
          if (group.AutoScalingGroupName) out.set(group.AutoScalingGroupName, groupFacts(group));
        }
      }
      return out;
    },
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
