import type { AsgFacts, EcsServiceFacts, TargetGroupFacts } from "../traffic/estate-facts.js";
import type { Tags } from "../traffic/tags.js";

/**
 * What deploy-green reads from AWS beyond the estate model: enough of blue to copy it, and whatever
 * green this release already has. Plain data with no SDK types; the adapters fill it, tests build it.
 */

/** A JSON object as the API reads and writes it (a task definition, a network configuration). */
export type JsonObject = Readonly<Record<string, unknown>>;

/** How an ECS service runs, besides what the estate model keeps (estate-facts.ts). */
export interface EcsServiceSpec {
  readonly facts: EcsServiceFacts;
  readonly capacityProviderStrategy: readonly JsonObject[];
  readonly platformVersion: string | undefined;
  readonly networkConfiguration: JsonObject | undefined;
  readonly loadBalancers: readonly { readonly targetGroupArn: string; readonly containerName: string; readonly containerPort: number }[];
  readonly healthCheckGracePeriodSeconds: number | undefined;
  readonly deploymentConfiguration: JsonObject | undefined;
  readonly placementConstraints: readonly JsonObject[];
  readonly placementStrategy: readonly JsonObject[];
  readonly schedulingStrategy: string | undefined;
  readonly enableExecuteCommand: boolean | undefined;
  readonly enableECSManagedTags: boolean | undefined;
  readonly propagateTags: string | undefined;
}

export interface TaskDefinitionFacts {
  readonly arn: string;
  readonly family: string;
  /** The definition as RegisterTaskDefinition takes it: read-only fields (ARN, revision, status...) left out. */
  readonly definition: JsonObject;
  readonly tags: Tags;
}

export interface AsgTag {
  readonly key: string;
  readonly value: string;
  readonly propagateAtLaunch: boolean;
}

/** How an Auto Scaling Group is built, besides what the estate model keeps. */
export interface AsgSpec {
  readonly facts: AsgFacts;
  readonly subnets: readonly string[];
  readonly healthCheckType: string | undefined;
  readonly healthCheckGracePeriod: number | undefined;
  readonly defaultCooldown: number | undefined;
  readonly terminationPolicies: readonly string[];
  readonly tagList: readonly AsgTag[];
  /** Set when the group uses a mixed instances policy, which deploy-green does not copy. */
  readonly mixedInstances: boolean;
}

/** A target group deploy-green looked up by the name it gives green. */
export interface NamedTargetGroup {
  readonly facts: TargetGroupFacts;
  readonly tags: Tags;
}

/** Everything deploy-green found, keyed by the config's service name. */
export interface DeployFacts {
  readonly ecs: ReadonlyMap<string, EcsDeployFacts>;
  readonly asg: ReadonlyMap<string, AsgDeployFacts>;
  /** Green target groups that already exist, by name. */
  readonly targetGroups: ReadonlyMap<string, NamedTargetGroup>;
}

export interface EcsDeployFacts {
  readonly blue: EcsServiceSpec | undefined;
  readonly blueTaskDefinition: TaskDefinitionFacts | undefined;
  /** This release's green service, when an earlier run created it. */
  readonly green: EcsServiceSpec | undefined;
  /** The green service's task definition, else the family's latest (an earlier run may have registered it). */
  readonly greenTaskDefinition: TaskDefinitionFacts | undefined;
}

export interface AsgDeployFacts {
  readonly blue: AsgSpec | undefined;
  readonly green: AsgSpec | undefined;
}

// ---------------------------------------------------------------- while waiting

export interface StoppedTask {
  readonly arn: string;
  readonly stoppedReason: string | undefined;
  /** `app: exit 1 (Essential container in task exited)`, per container that says why. */
  readonly containers: readonly string[];
}

export interface ScalingActivity {
  readonly id: string;
  /** Successful | Failed | Cancelled | InProgress | ... */
  readonly statusCode: string | undefined;
  readonly statusMessage: string | undefined;
  readonly description: string | undefined;
}
