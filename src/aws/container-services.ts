import { DescribeServicesCommand, type ECSClient, type Service } from "@aws-sdk/client-ecs";
import type { EcsServiceFacts } from "../traffic/estate-facts.js";
import { callAws, chunks, type AwsCalls } from "./aws-call.js";

/** ECS services, read side. A missing cluster is an AwsError with code ClusterNotFound. */
export interface ContainerServices {
  /** The named services of one cluster that exist (deleted, INACTIVE ones included: check `status`). */
  services(cluster: string, names: readonly string[]): Promise<Map<string, EcsServiceFacts>>;
}

/** DescribeServices takes at most 10 services. */
const BATCH = 10;

export function createContainerServices(client: ECSClient, calls: AwsCalls): ContainerServices {
  return {
    async services(cluster, names) {
      const out = new Map<string, EcsServiceFacts>();
      for (const batch of chunks([...new Set(names)], BATCH)) {
        const answer = await callAws(calls, "ecs", "DescribeServices", `${cluster}/${batch.join(", ")}`, () =>
          client.send(new DescribeServicesCommand({ cluster, services: batch, include: ["TAGS"] })),
        );
        // names that do not exist come back in `failures` (reason MISSING), not as an error
        for (const service of answer.services ?? []) {
          if (service.serviceName) out.set(service.serviceName, serviceFacts(cluster, service));
        }
      }
      return out;
    },
  };
}

function serviceFacts(cluster: string, service: Service): EcsServiceFacts {
  return {
    type: "ecs",
    cluster,
    name: service.serviceName ?? "",
    arn: service.serviceArn ?? "",
    status: service.status,
    desiredCount: service.desiredCount ?? 0,
    runningCount: service.runningCount ?? 0,
    pendingCount: service.pendingCount ?? 0,
    launchType: service.launchType,
    taskDefinition: service.taskDefinition,
    deployments: (service.deployments ?? []).map((d) => ({
      id: d.id ?? "",
      status: d.status,
      rolloutState: d.rolloutState,
      rolloutStateReason: d.rolloutStateReason,
      taskDefinition: d.taskDefinition,
      desiredCount: d.desiredCount ?? 0,
      runningCount: d.runningCount ?? 0,
      failedTasks: d.failedTasks ?? 0,
    })),
    targetGroupArns: (service.loadBalancers ?? []).flatMap((lb) => (lb.targetGroupArn ? [lb.targetGroupArn] : [])),
    tags: Object.fromEntries((service.tags ?? []).map((t) => [t.key ?? "", t.value ?? ""])),
  };
}
