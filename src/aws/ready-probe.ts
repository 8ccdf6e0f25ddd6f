import type { ReadyCheck } from "../deploy/green-plan/index.js";
import type { Observation, ReadyProbe } from "../deploy/readiness.js";
import type { TargetFacts } from "../traffic/estate-facts.js";
import { targetGroupNameFromArn } from "../traffic/estate.js";
import type { Aws } from "./connect.js";

/** How many stopped tasks or scaling activities to read to say why green failed. */
const RECENT = 5;

/**
 * One look at a green for the wait: target health of its target groups, and its ECS service (with
 * the reasons of stopped tasks once any failed) or its Auto Scaling Group and scaling activities.
 */
export function createReadyProbe(aws: Pick<Aws, "elb" | "containerServices" | "autoScalingGroups">): ReadyProbe {
  const health = async (arns: readonly string[]): Promise<Map<string, readonly TargetFacts[]>> =>
    new Map(
      await Promise.all(
        arns.map(async (arn) => [arn, await aws.elb.read.targetHealth({ arn, name: targetGroupNameFromArn(arn) })] as const),
      ),
    );

  return {
    async observe(check: ReadyCheck): Promise<Observation> {
      switch (check.kind) {
        case "pair":
          return { kind: "pair", targets: await health([check.targetGroup]) };
        case "ecs": {
          const [services, targets] = await Promise.all([
            aws.containerServices.services(check.cluster, [check.name]),
            health(check.targetGroups),
          ]);
          const service = services.get(check.name);
          const troubled = service?.deployments.some((d) => d.rolloutState === "FAILED" || d.failedTasks > 0) ?? false;
          const stoppedTasks = troubled ? await aws.containerServices.stoppedTasks(check.cluster, check.name, RECENT) : [];
          return { kind: "ecs", service, stoppedTasks, targets };
        }
        case "asg": {
          const [groups, activities, targets] = await Promise.all([
            aws.autoScalingGroups.groups([check.name]),
            aws.autoScalingGroups.activities(check.name, RECENT),
            health(check.targetGroups),
          ]);
          return { kind: "asg", group: groups.get(check.name), activities, targets };
        }
      }
    },
  };
}
