import {
  CreateServiceCommand,
  DeleteServiceCommand,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  DescribeTasksCommand,
  ListTasksCommand,
  RegisterTaskDefinitionCommand,
  UpdateServiceCommand,
  type CreateServiceCommandInput,
  type ECSClient,
  type RegisterTaskDefinitionCommandInput,
  type Service,
  type TaskDefinition,
} from "@aws-sdk/client-ecs";
import type { EcsServiceSpec, JsonObject, StoppedTask, TaskDefinitionFacts } from "../deploy/deploy-facts.js";
import type { EcsServiceFacts } from "../traffic/estate-facts.js";
import type { Tags } from "../traffic/tags.js";
import { callAws, chunks, isAwsCode, type AwsCalls } from "./aws-call.js";

/** ECS services and task definitions. A missing cluster is an AwsError with code ClusterNotFound. */
export interface ContainerServices {
  /** The named services of one cluster that exist (deleted, INACTIVE ones included: check `status`). */
  services(cluster: string, names: readonly string[]): Promise<Map<string, EcsServiceFacts>>;
  /** The same, with what it takes to create a copy of each (network, capacity, load balancers). */
  serviceSpecs(cluster: string, names: readonly string[]): Promise<Map<string, EcsServiceSpec>>;
  /** A task definition by ARN or `family[:revision]` (a bare family is its latest ACTIVE revision); undefined when none. */
  taskDefinition(ref: string): Promise<TaskDefinitionFacts | undefined>;
  /** Registers a revision; returns its ARN. */
  registerTaskDefinition(definition: JsonObject, tags: Tags): Promise<string>;
  /** Creates a service from a CreateService body (tags included); returns its ARN. */
  createService(body: JsonObject): Promise<string>;
  /** Sets the service's desired count (promote scales a retired blue it did not create to zero). */
  scaleService(cluster: string, name: string, desiredCount: number): Promise<void>;
  /** Scales the service to zero and deletes it (ECS drains its tasks). */
  deleteService(cluster: string, name: string): Promise<void>;
  /** The service's most recently stopped tasks, with why they stopped. */
  stoppedTasks(cluster: string, service: string, max: number): Promise<StoppedTask[]>;
}

/** DescribeServices takes at most 10 services; DescribeTasks 100 tasks. */
const BATCH = 10;

/** Read-only fields of a described task definition that RegisterTaskDefinition refuses. */
const READ_ONLY = [
  "taskDefinitionArn",
  "revision",
  "status",
  "requiresAttributes",
  "compatibilities",
  "registeredAt",
  "registeredBy",
  "deregisteredAt",
] as const;

export function createContainerServices(client: ECSClient, calls: AwsCalls): ContainerServices {
  const call = <T>(action: string, resource: string, send: () => Promise<T>) => callAws(calls, "ecs", action, resource, send);

  async function describe(cluster: string, names: readonly string[]): Promise<Service[]> {
    const out: Service[] = [];
    for (const batch of chunks([...new Set(names)], BATCH)) {
      const answer = await call("DescribeServices", `${cluster}/${batch.join(", ")}`, () =>
        client.send(new DescribeServicesCommand({ cluster, services: batch, include: ["TAGS"] })),
      );
      // names that do not exist come back in `failures` (reason MISSING), not as an error
      out.push(...(answer.services ?? []).filter((s) => s.serviceName));
    }
    return out;
  }

  return {
    async services(cluster, names) {
      return new Map((await describe(cluster, names)).map((s) => [s.serviceName ?? "", serviceFacts(cluster, s)]));
    },

    async serviceSpecs(cluster, names) {
      return new Map((await describe(cluster, names)).map((s) => [s.serviceName ?? "", serviceSpec(cluster, s)]));
    },

    async taskDefinition(ref) {
      try {
        const answer = await call("DescribeTaskDefinition", ref, () =>
          client.send(new DescribeTaskDefinitionCommand({ taskDefinition: ref, include: ["TAGS"] })),
        );
        return answer.taskDefinition && taskDefinitionFacts(answer.taskDefinition, answer.tags ?? []);
      } catch (error) {
        // ECS answers an unknown family or revision with a ClientException, not a NotFound
        if (isAwsCode(error, "Client") && /unable to describe|not found|does not exist/i.test(error.detail)) return undefined;
        throw error;
      }
    },

    async registerTaskDefinition(definition, tags) {
      const input = { ...definition, tags: toEcsTags(tags) } as RegisterTaskDefinitionCommandInput;
      const answer = await call("RegisterTaskDefinition", input.family ?? "?", () => client.send(new RegisterTaskDefinitionCommand(input)));
      const arn = answer.taskDefinition?.taskDefinitionArn;
      if (!arn) throw new Error(`RegisterTaskDefinition on ${input.family ?? "?"}: the answer names no task definition`);
      return arn;
    },

    async createService(body) {
      const input = body as unknown as CreateServiceCommandInput;
      const answer = await call("CreateService", `${input.cluster ?? "?"}/${input.serviceName ?? "?"}`, () =>
        client.send(new CreateServiceCommand(input)),
      );
      return answer.service?.serviceArn ?? "";
    },

    async scaleService(cluster, name, desiredCount) {
      await call("UpdateService", `${cluster}/${name}`, () =>
        client.send(new UpdateServiceCommand({ cluster, service: name, desiredCount })),
      );
    },

    async deleteService(cluster, name) {
      await call("DeleteService", `${cluster}/${name}`, () =>
        client.send(new DeleteServiceCommand({ cluster, service: name, force: true })),
      );
    },

    async stoppedTasks(cluster, service, max) {
      const listed = await call("ListTasks", `${cluster}/${service}`, () =>
        client.send(new ListTasksCommand({ cluster, serviceName: service, desiredStatus: "STOPPED", maxResults: max })),
      );
      const arns = listed.taskArns ?? [];
      if (arns.length === 0) return [];
      const described = await call("DescribeTasks", `${cluster}/${service}`, () =>
        client.send(new DescribeTasksCommand({ cluster, tasks: arns })),
      );
      return (described.tasks ?? []).map((task) => ({
        arn: task.taskArn ?? "?",
        stoppedReason: task.stoppedReason,
        containers: (task.containers ?? []).flatMap((c) =>
          c.reason || (c.exitCode !== undefined && c.exitCode !== 0)
            ? [`${c.name ?? "?"}: ${[c.exitCode === undefined ? undefined : `exit ${c.exitCode}`, c.reason].filter(Boolean).join(" ")}`]
            : [],
        ),
      }));
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

function serviceSpec(cluster: string, service: Service): EcsServiceSpec {
  return {
    facts: serviceFacts(cluster, service),
    capacityProviderStrategy: json(service.capacityProviderStrategy ?? []),
    platformVersion: service.platformVersion,
    networkConfiguration: service.networkConfiguration && json(service.networkConfiguration),
    loadBalancers: (service.loadBalancers ?? []).flatMap((lb) =>
      lb.targetGroupArn && lb.containerName && lb.containerPort !== undefined
        ? [{ targetGroupArn: lb.targetGroupArn, containerName: lb.containerName, containerPort: lb.containerPort }]
        : [],
    ),
    healthCheckGracePeriodSeconds: service.healthCheckGracePeriodSeconds,
    deploymentConfiguration: service.deploymentConfiguration && json(service.deploymentConfiguration),
    placementConstraints: json(service.placementConstraints ?? []),
    placementStrategy: json(service.placementStrategy ?? []),
    schedulingStrategy: service.schedulingStrategy,
    enableExecuteCommand: service.enableExecuteCommand,
    enableECSManagedTags: service.enableECSManagedTags,
    propagateTags: service.propagateTags,
  };
}

function taskDefinitionFacts(definition: TaskDefinition, tags: readonly { key?: string; value?: string }[]): TaskDefinitionFacts {
  const registrable: Record<string, unknown> = { ...json(definition) };
  for (const field of READ_ONLY) delete registrable[field];
  return {
    arn: definition.taskDefinitionArn ?? "",
    family: definition.family ?? "",
    definition: registrable,
    tags: Object.fromEntries(tags.map((t) => [t.key ?? "", t.value ?? ""])),
  };
}

function toEcsTags(tags: Tags): { key: string; value: string }[] {
  return Object.entries(tags).map(([key, value]) => ({ key, value }));
}

/** SDK shapes are plain data already; the round trip drops undefined fields and Dates become strings. */
function json<T>(value: T): T extends readonly unknown[] ? JsonObject[] : JsonObject {
  return JSON.parse(JSON.stringify(value)) as T extends readonly unknown[] ? JsonObject[] : JsonObject;
}
