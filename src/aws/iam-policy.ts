import type { Config } from "../config/schema/index.js";
import { greenTargetGroupName } from "../release/naming.js";
import { COMMAND_METHODS, LOCK_METHODS, LOCKING_COMMANDS, grantsOf, type Grant, type Scope } from "./iam-actions.js";

/**
 * The least-privilege policy for a config's commands, computed from the tables in iam-actions.ts:
 * command → adapter methods → actions and scopes, each scope turned into the ARNs the config names.
 * Beside the document: notes saying which actions AWS only allows on "*" (or on a pattern wider
 * than the config's names) and which AWS checks without a call of their own, and warnings for what
 * the config leaves out (passRoles). Pure: it reads the config only, and connects to nothing.
 */

export type Condition = Readonly<Record<string, Readonly<Record<string, string | readonly string[]>>>>;

export interface PolicyStatement {
  readonly Sid: string;
  readonly Effect: "Allow";
  readonly Action: readonly string[];
  readonly Resource: readonly string[];
  readonly Condition?: Condition;
}

export interface PolicyDocument {
  readonly Version: "2012-10-17";
  readonly Statement: readonly PolicyStatement[];
}

export interface PolicyNote {
  readonly sid: string;
  /** Omitted when the note is about the whole statement. */
  readonly action?: string;
  /** `wide`: a resource wider than the config's names, and why. `without-call`: AWS checks it while another call runs. */
  readonly kind: "wide" | "without-call";
  readonly text: string;
}

export interface IamPolicy {
  readonly document: PolicyDocument;
  readonly notes: readonly PolicyNote[];
  /** What the config leaves out that the policy would need: nothing wider is granted in its place. */
  readonly warnings: readonly string[];
}

/** The commands whose policies `iam-policy` without --command merges. */
export const POLICY_COMMANDS = Object.keys(COMMAND_METHODS);

/** Every grant the command needs with this config (its lock included). */
export function commandGrants(config: Config, command: string): Grant[] {
  const methods = [...(COMMAND_METHODS[command] ?? []), ...(LOCKING_COMMANDS.includes(command) ? LOCK_METHODS[config.lock.type] : [])];
  return methods.flatMap(grantsOf).filter((grant) => inUse(config, grant));
}

export function iamPolicy(config: Config, commands: readonly string[] = POLICY_COMMANDS): IamPolicy {
  const arns = arnParts(config);
  const byScope = new Map<Scope, Map<string, Grant>>();
  for (const grant of commands.flatMap((command) => commandGrants(config, command))) {
    const actions = byScope.get(grant.on) ?? new Map<string, Grant>();
    // an action both called and implied somewhere is called: no note
    const earlier = actions.get(grant.action);
    if (!earlier || (earlier.implied && !grant.implied)) actions.set(grant.action, grant);
    byScope.set(grant.on, actions);
  }
  const statements: PolicyStatement[] = [];
  const notes: PolicyNote[] = [];
  const warnings: string[] = [];
  for (const [scope, actions] of [...byScope].sort(([a], [b]) => a.localeCompare(b))) {
    const resolved = resources(scope, config, arns);
    if (resolved.warning) warnings.push(resolved.warning);
    // nothing of that kind in the config (no alarms, no roles named): nothing to allow
    if (resolved.resources.length === 0) continue;
    const Sid = sid(scope);
    statements.push({
      Sid,
      Effect: "Allow",
      Action: [...actions.keys()].sort(),
      Resource: [...new Set(resolved.resources)].sort(),
      ...(resolved.condition ? { Condition: resolved.condition } : {}),
    });
    if (resolved.wide) notes.push({ sid: Sid, kind: "wide", text: resolved.wide });
    for (const grant of [...actions.values()].sort((a, b) => a.action.localeCompare(b.action)))
      if (grant.implied)
        notes.push({
          sid: Sid,
          action: grant.action,
          kind: "without-call",
          text: `checked by AWS during ${grant.implied}; never called on its own`,
        });
  }
  return { document: { Version: "2012-10-17", Statement: statements }, notes, warnings };
}

/** An ECS action is needed only with an ECS service in the config; likewise ASG (and EC2), alarms, the table. */
function inUse(config: Config, grant: Grant): boolean {
  const has = (type: string) => config.services.some((s) => s.type === type);
  const routes = config.loadBalancers.flatMap((lb) => lb.routes);
  if (grant.onlyWith === "default-routes" && !routes.some((r) => r.rule === "default")) return false;
  if (grant.onlyWith === "rule-routes" && !routes.some((r) => r.rule !== "default")) return false;
  if (grant.on === "pass-role-ecs-tasks") return has("ecs");
  if (grant.on === "pass-role-ec2") return has("asg");
  switch (grant.action.split(":")[0]) {
    case "ecs":
      return has("ecs");
    case "autoscaling":
    case "ec2":
      return has("asg");
    case "cloudwatch":
      return config.traffic.alarms.length > 0;
    case "dynamodb":
      return config.lock.type === "dynamodb";
    default:
      return true;
  }
}

interface ArnParts {
  readonly partition: string;
  readonly region: string;
  readonly account: string;
  /** The load balancers' names, from names or listener ARNs. */
  readonly loadBalancers: readonly string[];
}

/** Account and partition from any ARN the config holds; `*` when it holds none. */
function arnParts(config: Config): ArnParts {
  const listenerArns = config.loadBalancers.flatMap((lb) => ("arn" in lb.listener ? [lb.listener.arn] : []));
  const routeArns = config.loadBalancers.flatMap((lb) =>
    lb.routes.flatMap((r) => (typeof r.rule === "object" && "arn" in r.rule ? [r.rule.arn] : [])),
  );
  const tgArns = config.services.flatMap((s) => (s.type === "target-group" ? s.targetGroups.filter((t) => t.startsWith("arn:")) : []));
  const roleArns = config.services.flatMap((s) => (s.type === "target-group" ? [] : (s.passRoles ?? [])));
  const any = [...listenerArns, ...routeArns, ...tgArns, ...roleArns][0]?.split(":");
  const regional = [...listenerArns, ...routeArns, ...tgArns][0]?.split(":");
  return {
    partition: any?.[1] ?? "aws",
    region: config.aws?.region ?? regional?.[3] ?? "*",
    account: any?.[4] ?? "*",
    loadBalancers: [
      ...new Set(
        config.loadBalancers.map((lb) =>
          "loadBalancer" in lb.listener ? lb.listener.loadBalancer : (/:listener\/app\/([^/]+)\//.exec(lb.listener.arn)?.[1] ?? "*"),
        ),
      ),
    ].sort(),
  };
}

interface Resolved {
  readonly resources: string[];
  readonly condition?: Condition;
  /** Why the resources are wider than the config's names. */
  readonly wide?: string;
  readonly warning?: string;
}

/** Tag keys cutover writes: its own and nobody else's. */
const CUTOVER_TAG_KEYS: Condition = { "ForAllValues:StringLike": { "aws:TagKeys": ["cutover:*"] } };

function resources(scope: Scope, config: Config, { partition, region, account, loadBalancers }: ArnParts): Resolved {
  const arn = (service: string, resource: string) => `arn:${partition}:${service}:${region}:${account}:${resource}`;
  const elb = (kind: string) => loadBalancers.map((name) => arn("elasticloadbalancing", `${kind}/app/${name}/*`));
  // greenTargetGroupName is `<service prefix>-<hash>`: everything before the hash names them all
  const greenTargetGroups = config.services
    .filter((s) => s.type !== "target-group")
    .map((s) => {
      const name = greenTargetGroupName(s.name, "release");
      return arn("elasticloadbalancing", `targetgroup/${name.slice(0, name.lastIndexOf("-"))}-*`);
    });
  // a pair member named by name has an id after it; one named by ARN is exactly that
  const pairTargetGroups = config.services.flatMap((s) =>
    s.type === "target-group"
      ? s.targetGroups.map((t) => (t.startsWith("arn:") ? t : arn("elasticloadbalancing", `targetgroup/${t}/*`)))
      : [],
  );
  const ecsServices = config.services.flatMap((s) => (s.type === "ecs" ? [s] : []));
  const asgServices = config.services.flatMap((s) => (s.type === "asg" ? [s] : []));
  // green is `<blue>-<release>`: blue's own name and that prefix, not every name starting with blue's
  const serviceArns = ecsServices.flatMap((s) => [
    arn("ecs", `service/${s.cluster}/${s.service}`),
    arn("ecs", `service/${s.cluster}/${s.service}-*`),
  ]);
  const clusters = [...new Set(ecsServices.map((s) => s.cluster))];
  const passRole = (
    services: readonly { name: string; passRoles?: readonly string[] | undefined }[],
    to: string,
    what: string,
  ): Resolved => {
    const missing = services.filter((s) => (s.passRoles ?? []).length === 0).map((s) => s.name);
    return {
      resources: services.flatMap((s) => s.passRoles ?? []),
      condition: { StringEquals: { "iam:PassedToService": to } },
      ...(missing.length > 0
        ? {
            warning: `services ${missing.join(", ")}: passRoles is not set, so no iam:PassRole is granted. If ${what} names an IAM role, deploy-green fails with AccessDenied until the role's ARN is listed under the service's passRoles.`,
          }
        : {}),
    };
  };
  switch (scope) {
    case "any":
      return { resources: ["*"], wide: 'AWS authorizes these actions on "*" only: they have no resource-level permissions.' };
    case "elb-listeners":
      return { resources: elb("listener") };
    case "elb-rules":
      return { resources: elb("listener-rule") };
    case "elb-green-target-groups":
      return { resources: greenTargetGroups };
    case "elb-tagged": {
      const ownBlue = ecsServices.length + asgServices.length > 0;
      return {
        resources: [
          ...elb("loadbalancer"),
          ...elb("listener-rule"),
          ...(ownBlue ? [arn("elasticloadbalancing", "targetgroup/*")] : [...greenTargetGroups, ...pairTargetGroups]),
        ],
        condition: CUTOVER_TAG_KEYS,
        ...(ownBlue
          ? {
              wide: "Target groups: any, because the target group an ECS or ASG service's blue started on is read from the listener, not named in the config (promote and rollback tag it). Only cutover:* tag keys can be added or removed.",
            }
          : {}),
      };
    }
    case "ecs-services":
      return { resources: serviceArns };
    case "ecs-container-instances":
      return { resources: clusters.map((c) => arn("ecs", `container-instance/${c}/*`)) };
    case "ecs-tasks":
      return { resources: clusters.map((c) => arn("ecs", `task/${c}/*`)) };
    case "ecs-task-definitions":
      return {
        resources: ecsServices.length > 0 ? [arn("ecs", "task-definition/*")] : [],
        wide: "Task definitions: any family, because green's is blue's family, read from the running service, not named in the config.",
      };
    case "ecs-created":
      return {
        resources: ecsServices.length > 0 ? [...serviceArns, arn("ecs", "task-definition/*")] : [],
        condition: { StringEquals: { "ecs:CreateAction": ["CreateService", "RegisterTaskDefinition"] } },
      };
    case "asg-groups":
      // the group id in an Auto Scaling group ARN is AWS's: only the name can be matched
      return {
        resources: asgServices.flatMap((s) => [
          arn("autoscaling", `autoScalingGroup:*:autoScalingGroupName/${s.autoScalingGroup}`),
          arn("autoscaling", `autoScalingGroup:*:autoScalingGroupName/${s.autoScalingGroup}-*`),
        ]),
      };
    case "ec2-run":
      return {
        resources: ["*"],
        wide: "RunInstances is checked on the launch template's image, subnets, security groups and the instances it launches, which are in the launch template, not in the config.",
      };
    case "ec2-launch-tags":
      return {
        resources: [arn("ec2", "instance/*"), arn("ec2", "volume/*")],
        condition: { StringEquals: { "ec2:CreateAction": "RunInstances" } },
      };
    case "cloudwatch-alarms":
      return { resources: config.traffic.alarms.map((name) => arn("cloudwatch", `alarm:${name}`)) };
    case "dynamodb-lock-table":
      if (config.lock.type !== "dynamodb") return { resources: [] };
      return {
        resources: [arn("dynamodb", `table/${config.lock.table}`)],
        // only this project's item: another project's lock in the same table stays out of reach
        condition: { "ForAllValues:StringEquals": { "dynamodb:LeadingKeys": [`cutover:${config.project}`] } },
      };
    case "pass-role-ecs-tasks":
      return passRole(ecsServices, "ecs-tasks.amazonaws.com", "blue's task definition (task role or execution role)");
    case "pass-role-ec2":
      return passRole(asgServices, "ec2.amazonaws.com", "the launch template's instance profile");
  }
}

/** `elb-listeners` → `ElbListeners`: IAM statement ids are alphanumeric. */
function sid(scope: Scope): string {
  return scope
    .split("-")
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join("");
}
