/**
 * What IAM authorizes for one recorded AWS call: the action, each resource ARN it is checked
 * against (the Service Authorization Reference's resource type for that action), and the context
 * keys the request carries. A call can need more than its own action:
 *
 * - tag-on-create: CreateRule / CreateTargetGroup with Tags also need elasticloadbalancing:AddTags
 *   on the new resource (`elasticloadbalancing:CreateAction`); CreateService / RegisterTaskDefinition
 *   with tags need ecs:TagResource (`ecs:CreateAction`); CreateAutoScalingGroup with Tags needs
 *   autoscaling:CreateOrUpdateTags;
 * - a task definition naming roles needs iam:PassRole on each, passed to ecs-tasks.amazonaws.com;
 * - an Auto Scaling group from a launch template needs ec2:RunInstances.
 *
 * Those are marked `implied`. A call this file does not know fails the test that uses it.
 */
import type { RecordedCall } from "./aws-recorder.js";

export interface IamRequest {
  readonly action: string;
  readonly resource: string;
  readonly context: Readonly<Record<string, string | string[]>>;
  /** Checked by AWS without being a call of its own. */
  readonly implied: boolean;
  /** The call it came from, for messages. */
  readonly call: string;
}

export interface Where {
  readonly partition: string;
  readonly region: string;
  readonly account: string;
}

/** moto does not return an Auto Scaling group's ARN on create; IAM policies name the group, never this id. */
const ASG_ID = "00000000-0000-4000-8000-000000000000";

export function iamRequests(call: RecordedCall, where: Where): IamRequest[] {
  const arn = (service: string, resource: string) => `arn:${where.partition}:${service}:${where.region}:${where.account}:${resource}`;
  const label = `${call.service}:${call.action}`;
  const out: IamRequest[] = [];
  const add = (action: string, resource: string, context: IamRequest["context"] = {}, implied = false) =>
    out.push({ action, resource, context, implied, call: label });
  const own = (resource: string, context: IamRequest["context"] = {}) => add(label, resource, context);

  if (call.params.kind === "query") {
    const q = call.params.values;
    const members = (prefix: string) => {
      const found: string[] = [];
      for (let i = 1; q.has(`${prefix}.member.${i}`); i++) found.push(q.get(`${prefix}.member.${i}`) as string);
      return found;
    };
    const tagKeys = () => {
      const found: string[] = [];
      for (let i = 1; q.has(`Tags.member.${i}.Key`); i++) found.push(q.get(`Tags.member.${i}.Key`) as string);
      return found;
    };
    const responseField = (name: string) => new RegExp(`<${name}>([^<]+)</${name}>`).exec(call.response)?.[1];
    const asgArn = (name: string) => arn("autoscaling", `autoScalingGroup:${ASG_ID}:autoScalingGroupName/${name}`);
    switch (label) {
      case "elasticloadbalancing:DescribeLoadBalancers":
      case "elasticloadbalancing:DescribeListeners":
      case "elasticloadbalancing:DescribeRules":
      case "elasticloadbalancing:DescribeTargetGroups":
      case "elasticloadbalancing:DescribeTargetHealth":
      case "elasticloadbalancing:DescribeTags":
      case "autoscaling:DescribeAutoScalingGroups":
      case "autoscaling:DescribeScalingActivities":
        own("*");
        break;
      case "elasticloadbalancing:CreateRule": {
        own(required(q.get("ListenerArn"), label));
        const keys = tagKeys();
        if (keys.length > 0)
          add("elasticloadbalancing:AddTags", required(responseField("RuleArn"), label), tagContext(keys, "CreateRule"), true);
        break;
      }
      case "elasticloadbalancing:CreateTargetGroup": {
        const created = required(responseField("TargetGroupArn"), label);
        own(created);
        const keys = tagKeys();
        if (keys.length > 0) add("elasticloadbalancing:AddTags", created, tagContext(keys, "CreateTargetGroup"), true);
        break;
      }
      case "elasticloadbalancing:ModifyRule":
      case "elasticloadbalancing:DeleteRule":
        own(required(q.get("RuleArn"), label));
        break;
      case "elasticloadbalancing:SetRulePriorities":
        for (let i = 1; q.has(`RulePriorities.member.${i}.RuleArn`); i++) own(q.get(`RulePriorities.member.${i}.RuleArn`) as string);
        break;
      case "elasticloadbalancing:ModifyListener":
        own(required(q.get("ListenerArn"), label));
        break;
      case "elasticloadbalancing:DeleteTargetGroup":
        own(required(q.get("TargetGroupArn"), label));
        break;
      case "elasticloadbalancing:AddTags":
        for (const resource of members("ResourceArns")) own(resource, { "aws:TagKeys": tagKeys() });
        break;
      case "elasticloadbalancing:RemoveTags":
        for (const resource of members("ResourceArns")) own(resource, { "aws:TagKeys": members("TagKeys") });
        break;
      case "autoscaling:CreateAutoScalingGroup": {
        const name = required(q.get("AutoScalingGroupName"), label);
        own(asgArn(name));
        const keys = tagKeys();
        if (keys.length > 0) add("autoscaling:CreateOrUpdateTags", asgArn(name), { "aws:TagKeys": keys }, true);
        if (q.has("LaunchTemplate.LaunchTemplateId") || q.has("LaunchTemplate.LaunchTemplateName"))
          add("ec2:RunInstances", arn("ec2", "instance/*"), {}, true);
        break;
      }
      case "autoscaling:UpdateAutoScalingGroup":
      case "autoscaling:DeleteAutoScalingGroup":
        own(asgArn(required(q.get("AutoScalingGroupName"), label)));
        break;
      case "monitoring:DescribeAlarms":
        for (const name of members("AlarmNames")) add("cloudwatch:DescribeAlarms", arn("cloudwatch", `alarm:${name}`));
        break;
      default:
        throw new Error(`iam-requests: no IAM mapping for ${label}`);
    }
    return out;
  }

  const j = call.params.values;
  const text = (key: string) => (typeof j[key] === "string" ? j[key] : undefined);
  const cluster = () => {
    const c = text("cluster") ?? "default";
    return c.startsWith("arn:") ? c : arn("ecs", `cluster/${c}`);
  };
  const clusterName = () => cluster().slice(cluster().indexOf("cluster/") + "cluster/".length);
  const service = (name: string) => (name.startsWith("arn:") ? name : arn("ecs", `service/${clusterName()}/${name}`));
  const ecsTags = () => (Array.isArray(j.tags) ? (j.tags as { key: string }[]).map((t) => t.key) : []);
  const lockKey = (record: unknown) => (record as { lockId?: { S?: string } } | undefined)?.lockId?.S;
  switch (label) {
    case "ecs:DescribeServices":
      for (const name of j.services as string[]) own(service(name), { "ecs:cluster": cluster() });
      break;
    case "ecs:DescribeTaskDefinition":
      own("*");
      break;
    case "ecs:RegisterTaskDefinition": {
      const created = required(
        (JSON.parse(call.response) as { taskDefinition?: { taskDefinitionArn?: string } }).taskDefinition?.taskDefinitionArn,
        label,
      );
      own(created);
      if (ecsTags().length > 0)
        add("ecs:TagResource", created, { "aws:TagKeys": ecsTags(), "ecs:CreateAction": "RegisterTaskDefinition" }, true);
      for (const role of new Set([text("taskRoleArn"), text("executionRoleArn")]))
        if (role) add("iam:PassRole", role, { "iam:PassedToService": "ecs-tasks.amazonaws.com" }, true);
      break;
    }
    case "ecs:CreateService": {
      const created = service(required(text("serviceName"), label));
      own(created, { "ecs:cluster": cluster() });
      if (ecsTags().length > 0) add("ecs:TagResource", created, { "aws:TagKeys": ecsTags(), "ecs:CreateAction": "CreateService" }, true);
      break;
    }
    case "ecs:UpdateService":
    case "ecs:DeleteService":
      own(service(required(text("service"), label)), { "ecs:cluster": cluster() });
      break;
    case "ecs:ListTasks":
      // authorized against the cluster's container instances, narrowed by ecs:cluster
      own(arn("ecs", `container-instance/${clusterName()}/*`), { "ecs:cluster": cluster() });
      break;
    case "ecs:DescribeTasks":
      for (const task of j.tasks as string[]) own(task, { "ecs:cluster": cluster() });
      break;
    case "monitoring:DescribeAlarms":
      // CloudWatch is signed as `monitoring`; the SDK speaks its JSON protocol
      for (const name of j.AlarmNames as string[]) add("cloudwatch:DescribeAlarms", arn("cloudwatch", `alarm:${name}`));
      break;
    case "dynamodb:GetItem":
    case "dynamodb:DeleteItem":
      own(arn("dynamodb", `table/${required(text("TableName"), label)}`), { "dynamodb:LeadingKeys": [required(lockKey(j.Key), label)] });
      break;
    case "dynamodb:PutItem":
      own(arn("dynamodb", `table/${required(text("TableName"), label)}`), { "dynamodb:LeadingKeys": [required(lockKey(j.Item), label)] });
      break;
    default:
      throw new Error(`iam-requests: no IAM mapping for ${label}`);
  }
  return out;
}

function tagContext(keys: string[], createAction: string): IamRequest["context"] {
  return { "aws:TagKeys": keys, "elasticloadbalancing:CreateAction": createAction };
}

function required(value: string | undefined, what: string): string {
  if (value === undefined) throw new Error(`iam-requests: ${what}: a field the mapping needs is missing`);
  return value;
}
