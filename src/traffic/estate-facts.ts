import type { Tags } from "./tags.js";

/**
 * What the AWS adapters observed, as plain data with no SDK types: the input of the estate model
 * (estate.ts). The adapters in src/aws produce these; tests build them in memory.
 */

export interface LoadBalancerFacts {
  readonly arn: string;
  readonly name: string;
  readonly dnsName: string | undefined;
  readonly vpcId: string | undefined;
}

export interface ListenerFacts {
  readonly arn: string;
  readonly loadBalancerArn: string;
  readonly port: number;
  readonly protocol: string | undefined;
}

/** A rule condition; `field` is the ALB's (path-pattern, host-header, http-header, query-string, ...). */
export interface RuleCondition {
  readonly field: string;
  /** Plain values; for query-string, `key=value` (or `value`) for display. */
  readonly values: readonly string[];
  /** http-header only: the header's name. */
  readonly header?: string;
  readonly regexValues?: readonly string[];
  /** query-string only: the pairs as the API gives them, for writing back. */
  readonly queryPairs?: readonly { readonly key: string | undefined; readonly value: string }[];
}

export interface WeightedTargetGroup {
  readonly arn: string;
  /** The ALB weight (0..999), not a percentage; shares are worked out in the model. */
  readonly weight: number;
}

export interface Stickiness {
  readonly enabled: boolean;
  readonly durationSeconds: number | undefined;
}

/** One action of a listener or rule, in the order the ALB runs them. */
export type ActionFacts =
  | { readonly type: "forward"; readonly targetGroups: readonly WeightedTargetGroup[]; readonly stickiness: Stickiness | undefined }
  | { readonly type: "fixed-response"; readonly statusCode: string | undefined }
  | { readonly type: "other"; readonly awsType: string };

export interface RuleFacts {
  readonly arn: string;
  /** `default` is the listener's default action, which ModifyListener (not ModifyRule) changes. */
  readonly priority: number | "default";
  readonly conditions: readonly RuleCondition[];
  readonly actions: readonly ActionFacts[];
}

export interface HealthCheckFacts {
  readonly enabled: boolean | undefined;
  readonly protocol: string | undefined;
  readonly port: string | undefined;
  readonly path: string | undefined;
  readonly intervalSeconds: number | undefined;
  readonly timeoutSeconds: number | undefined;
  readonly healthyThreshold: number | undefined;
  readonly unhealthyThreshold: number | undefined;
  readonly matcher: string | undefined;
}

export interface TargetGroupFacts {
  readonly arn: string;
  readonly name: string;
  readonly protocol: string | undefined;
  readonly port: number | undefined;
  readonly targetType: string | undefined;
  readonly vpcId: string | undefined;
  readonly loadBalancerArns: readonly string[];
  readonly healthCheck: HealthCheckFacts;
}

export interface TargetFacts {
  readonly id: string;
  readonly port: number | undefined;
  /** healthy | initial | unhealthy | unused | draining | unavailable | unhealthy.draining */
  readonly state: string;
  /** AWS's reason code, e.g. Target.FailedHealthChecks, Target.InvalidState. */
  readonly reason: string | undefined;
  readonly description: string | undefined;
}

export interface EcsDeploymentFacts {
  readonly id: string;
  /** PRIMARY | ACTIVE | INACTIVE */
  readonly status: string | undefined;
  /** COMPLETED | IN_PROGRESS | FAILED */
  readonly rolloutState: string | undefined;
  readonly rolloutStateReason: string | undefined;
  readonly taskDefinition: string | undefined;
  readonly desiredCount: number;
  readonly runningCount: number;
  readonly failedTasks: number;
}

export interface EcsServiceFacts {
  readonly type: "ecs";
  readonly cluster: string;
  readonly name: string;
  readonly arn: string;
  readonly status: string | undefined;
  readonly desiredCount: number;
  readonly runningCount: number;
  readonly pendingCount: number;
  readonly launchType: string | undefined;
  readonly taskDefinition: string | undefined;
  readonly deployments: readonly EcsDeploymentFacts[];
  readonly targetGroupArns: readonly string[];
  readonly tags: Tags;
}

export interface AsgInstanceFacts {
  readonly id: string;
  /** InService, Pending, Terminating, Standby, ... */
  readonly lifecycleState: string | undefined;
  /** Healthy | Unhealthy */
  readonly healthStatus: string | undefined;
}

export interface AsgFacts {
  readonly type: "asg";
  readonly name: string;
  readonly arn: string | undefined;
  readonly minSize: number;
  readonly maxSize: number;
  readonly desiredCapacity: number;
  readonly launchTemplate:
    { readonly id: string | undefined; readonly name: string | undefined; readonly version: string | undefined } | undefined;
  readonly targetGroupArns: readonly string[];
  readonly instances: readonly AsgInstanceFacts[];
  readonly tags: Tags;
}

/** What runs behind a target group, when the config says an ECS service or an ASG fills it. */
export type BackendFacts = EcsServiceFacts | AsgFacts;

export interface AlarmFacts {
  readonly name: string;
  /** OK | ALARM | INSUFFICIENT_DATA, or `missing` when no alarm has that name. */
  readonly state: string;
  readonly reason: string | undefined;
}

// ---------------------------------------------------------------- the whole observation

export interface ObservedTargetGroup {
  readonly targetGroup: TargetGroupFacts;
  readonly tags: Tags;
  readonly targets: readonly TargetFacts[];
  readonly backend: BackendFacts | undefined;
}

export interface ObservedRule extends RuleFacts {
  readonly tags: Tags;
}

/** One `loadBalancers[].routes[]` entry of the config, as found in AWS. */
export interface ObservedRoute {
  /** The config's name for the load balancer entry. */
  readonly loadBalancer: string;
  readonly service: string;
  readonly serviceType: "ecs" | "asg" | "target-group";
  readonly loadBalancerFacts: LoadBalancerFacts;
  readonly listener: ListenerFacts;
  /** The rule carrying the route; the listener's default rule for a default-action route. */
  readonly rule: ObservedRule;
  /** For a target-group service: its two target groups' ARNs, in the config's order. */
  readonly pair: readonly [string, string] | undefined;
  /** Other rules on the same listener that cutover tagged for this service (header routing). */
  readonly headerRules: readonly ObservedRule[];
  /** The numeric priorities of every rule on the listener, so that planning can find free ones. */
  readonly listenerPriorities?: readonly number[];
  /** Every rule of the listener with its tags, the default rule included: where requests go is read from these. */
  readonly listenerRules?: readonly ObservedRule[];
  /** What could be read but does not look right (a missing ECS service, say). */
  readonly notes: readonly string[];
}

export interface ObservedEstate {
  readonly project: string;
  readonly region: string;
  readonly routes: readonly ObservedRoute[];
  /** Every target group the routes forward to or pair with, by ARN. */
  readonly targetGroups: Readonly<Record<string, ObservedTargetGroup>>;
  readonly alarms: readonly AlarmFacts[];
}
