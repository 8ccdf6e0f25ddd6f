import type { Config } from "../config/schema/index.js";
import { greenTargetGroupName } from "../release/naming.js";
import { COMMAND_METHODS, LOCK_METHODS, LOCKING_COMMANDS, grantsOf, type Grant, type Scope } from "./iam-actions.js";

/**
 * The least-privilege policy for a config's commands, computed from the tables in iam-actions.ts:
 * command → adapter methods → actions and scopes, each scope turned into the ARNs the config names.
 * Pure: it reads the config only, and connects to nothing.
 */

export interface PolicyStatement {
  readonly Sid: string;
  readonly Effect: "Allow";
  readonly Action: readonly string[];
  readonly Resource: readonly string[];
  readonly Condition?: Readonly<Record<string, Readonly<Record<string, string | readonly string[]>>>>;
}

export interface PolicyDocument {
  readonly Version: "2012-10-17";
  readonly Statement: readonly PolicyStatement[];
}

/** The commands whose policies `iam-policy` without --command merges. */
export const POLICY_COMMANDS = Object.keys(COMMAND_METHODS);

/** Every grant the command needs with this config (its lock included). */
export function commandGrants(config: Config, command: string): Grant[] {
  const methods = [...(COMMAND_METHODS[command] ?? []), ...(LOCKING_COMMANDS.includes(command) ? LOCK_METHODS[config.lock.type] : [])];
  return methods.flatMap(grantsOf).filter((grant) => serviceInUse(config, grant));
}

export function iamPolicy(config: Config, commands: readonly string[] = POLICY_COMMANDS): PolicyDocument {
  const arns = arnParts(config);
  const byScope = new Map<Scope, Set<string>>();
  for (const grant of commands.flatMap((command) => commandGrants(config, command))) {
    const actions = byScope.get(grant.on) ?? new Set<string>();
    actions.add(grant.action);
    byScope.set(grant.on, actions);
  }
  const statements: PolicyStatement[] = [];
  for (const [scope, actions] of [...byScope].sort(([a], [b]) => a.localeCompare(b))) {
    const resolved = resources(scope, config, arns);
    // nothing of that kind in the config (no alarms, no ECS service): nothing to allow
    if (resolved.resources.length === 0) continue;
    statements.push({
      Sid: sid(scope),
      Effect: "Allow",
      Action: [...actions].sort(),
      Resource: [...new Set(resolved.resources)].sort(),
      ...(resolved.condition ? { Condition: resolved.condition } : {}),
    });
  }
  return { Version: "2012-10-17", Statement: statements };
}

/** An ECS action is needed only with an ECS service in the config; likewise ASG, alarms, the table. */
function serviceInUse(config: Config, grant: Grant): boolean {
  const has = (type: string) => config.services.some((s) => s.type === type);
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
  const any = [...listenerArns, ...routeArns, ...tgArns][0]?.split(":");
  return {
    partition: any?.[1] ?? "aws",
    region: config.aws?.region ?? any?.[3] ?? "*",
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

function resources(
  scope: Scope,
  config: Config,
  { partition, region, account, loadBalancers }: ArnParts,
): { resources: string[]; condition?: PolicyStatement["Condition"] } {
  const arn = (service: string, resource: string, accountPart = account, regionPart = region) =>
    `arn:${partition}:${service}:${regionPart}:${accountPart}:${resource}`;
  const elb = (kind: string) => loadBalancers.map((name) => arn("elasticloadbalancing", `${kind}/app/${name}/*`));
  // greenTargetGroupName is `<service prefix>-<hash>`: everything before the hash names them all
  const greenTargetGroups = config.services
    .filter((s) => s.type !== "target-group")
    .map((s) => {
      const name = greenTargetGroupName(s.name, "release");
      return arn("elasticloadbalancing", `targetgroup/${name.slice(0, name.lastIndexOf("-"))}-*`);
    });
  const ecsServices = config.services.flatMap((s) => (s.type === "ecs" ? [s] : []));
  const passRole = (service: string) => ({
    resources: [arn("iam", "role/*", account, "")],
    condition: { StringEquals: { "iam:PassedToService": service } },
  });
  switch (scope) {
    case "any":
      return { resources: ["*"] };
    case "elb-listeners":
      return { resources: elb("listener") };
    case "elb-rules":
      return { resources: elb("listener-rule") };
    case "elb-load-balancers":
      return { resources: elb("loadbalancer") };
    case "elb-green-target-groups":
      return { resources: greenTargetGroups };
    case "elb-tagged":
      return { resources: [...elb("loadbalancer"), ...elb("listener-rule"), ...greenTargetGroups] };
    case "ecs-services":
      // the green service is `<blue service>-<release>`: the blue name with a wildcard covers both
      return { resources: ecsServices.map((s) => arn("ecs", `service/${s.cluster}/${s.service}*`)) };
    case "ecs-tasks":
      return { resources: [...new Set(ecsServices.map((s) => arn("ecs", `task/${s.cluster}/*`)))] };
    case "ecs-task-definitions":
      // the family is blue's, read from AWS rather than the config
      return { resources: ecsServices.length > 0 ? [arn("ecs", "task-definition/*")] : [] };
    case "asg-groups":
      return {
        resources: config.services.flatMap((s) =>
          s.type === "asg" ? [arn("autoscaling", `autoScalingGroup:*:autoScalingGroupName/${s.autoScalingGroup}*`)] : [],
        ),
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
      return passRole("ecs-tasks.amazonaws.com");
    case "pass-role-ec2":
      return passRole("ec2.amazonaws.com");
  }
}

/** `elb-listeners` → `ElbListeners`: IAM statement ids are alphanumeric. */
function sid(scope: Scope): string {
  return scope
    .split("-")
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join("");
}
