import { readFileSync } from "node:fs";
import { join } from "node:path";
import { AutoScalingClient } from "@aws-sdk/client-auto-scaling";
import { CloudWatchClient } from "@aws-sdk/client-cloudwatch";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { ECSClient } from "@aws-sdk/client-ecs";
import { ElasticLoadBalancingV2Client } from "@aws-sdk/client-elastic-load-balancing-v2";
import { describe, expect, it } from "vitest";
import { createAlarms } from "../../src/aws/alarms.js";
import { createAutoScalingGroups } from "../../src/aws/auto-scaling-groups.js";
import { AwsCalls } from "../../src/aws/aws-call.js";
import { createContainerServices } from "../../src/aws/container-services.js";
import { ADAPTER_GRANTS, type AdapterName, type Grant } from "../../src/aws/iam-actions.js";
import { iamPolicy, type PolicyDocument } from "../../src/aws/iam-policy.js";
import { createLoadBalancerReader } from "../../src/aws/elb-reader.js";
import { createLoadBalancerWriter } from "../../src/aws/elb-writer.js";
import { createLockTable } from "../../src/aws/lock-table.js";
import { parseConfig } from "../../src/config/load.js";
import type { Config } from "../../src/config/schema/index.js";
import type { InputError } from "../../src/errors.js";

const root = join(import.meta.dirname, "../..");
const example = (name: string, env: Record<string, string> = {}) =>
  parseConfig(readFileSync(join(root, "examples", name), "utf8"), name, { AWS_REGION: "eu-west-1", ...env }).config;

/** Each adapter as connect.ts builds it, with the file that implements it. */
const region = { region: "eu-west-1" };
const ADAPTERS: Record<AdapterName, { methods: object; file: string }> = {
  elbRead: { methods: createLoadBalancerReader(new ElasticLoadBalancingV2Client(region), new AwsCalls()), file: "elb-reader.ts" },
  elbWrite: { methods: createLoadBalancerWriter(new ElasticLoadBalancingV2Client(region), new AwsCalls()), file: "elb-writer.ts" },
  containerServices: { methods: createContainerServices(new ECSClient(region), new AwsCalls()), file: "container-services.ts" },
  autoScalingGroups: { methods: createAutoScalingGroups(new AutoScalingClient(region), new AwsCalls()), file: "auto-scaling-groups.ts" },
  alarms: { methods: createAlarms(new CloudWatchClient(region), new AwsCalls()), file: "alarms.ts" },
  lockTable: { methods: createLockTable(new DynamoDBClient(region), new AwsCalls(), "t"), file: "lock-table.ts" },
};
const SERVICE_PREFIX: Record<AdapterName, string> = {
  elbRead: "elasticloadbalancing",
  elbWrite: "elasticloadbalancing",
  containerServices: "ecs",
  autoScalingGroups: "autoscaling",
  alarms: "cloudwatch",
  lockTable: "dynamodb",
};

describe("the IAM table is held to the adapters", () => {
  for (const [name, adapter] of Object.entries(ADAPTERS) as [AdapterName, (typeof ADAPTERS)[AdapterName]][]) {
    it(`${name}: one row per method, no row for a method that is gone`, () => {
      const methods = Object.entries(adapter.methods)
        .filter(([, v]) => typeof v === "function")
        .map(([k]) => k)
        .sort();
      expect(Object.keys(ADAPTER_GRANTS[name]).sort()).toEqual(methods);
    });

    it(`${name}: every action its file sends through callAws has a row`, () => {
      const source = readFileSync(join(root, "src/aws", adapter.file), "utf8");
      const called = [...source.matchAll(/\bcall(?:Aws)?\(\s*(?:calls,\s*"[a-z]+",\s*)?"([A-Za-z]+)"/g)].map(
        (m) => `${SERVICE_PREFIX[name]}:${m[1]}`,
      );
      expect(called.length).toBeGreaterThan(0);
      const granted = new Set(
        (Object.values(ADAPTER_GRANTS[name]) as (readonly Grant[])[]).flatMap((grants) => grants.map((g) => g.action)),
      );
      expect(called.filter((action) => !granted.has(action))).toEqual([]);
    });
  }
});

describe("iam-policy", () => {
  const spectate = example("spectate-three-albs.yml");
  const doc = (config: Config, commands: string[]) => iamPolicy(config, commands).document;
  const statement = (policy: PolicyDocument, action: string) => policy.Statement.filter((s) => s.Action.includes(action));
  const actions = (policy: PolicyDocument) => policy.Statement.flatMap((s) => s.Action);
  const withText = (name: string, extra: string) =>
    parseConfig(readFileSync(join(root, "examples", name), "utf8") + extra, name, { AWS_REGION: "eu-west-1" }).config;

  it("scopes ELBv2 writes to the named load balancers' listeners and rules, and green target groups to their services", () => {
    const policy = doc(spectate, ["deploy-green"]);
    expect(statement(policy, "elasticloadbalancing:ModifyListener")[0]?.Resource).toEqual(
      ["spectate-events", "spectate-feeds", "spectate-frontend"].map(
        (lb) => `arn:aws:elasticloadbalancing:eu-west-1:*:listener/app/${lb}/*`,
      ),
    );
    expect(statement(policy, "elasticloadbalancing:ModifyRule")[0]?.Resource).toContain(
      "arn:aws:elasticloadbalancing:eu-west-1:*:listener-rule/app/spectate-feeds/*",
    );
    // only event-management is ECS: the Ansible-owned target groups are never created or deleted
    expect(statement(policy, "elasticloadbalancing:CreateTargetGroup")[0]?.Resource).toEqual([
      "arn:aws:elasticloadbalancing:eu-west-1:*:targetgroup/event-management-*",
    ]);
    // blue's own name and `<blue>-<release>`, not every service whose name starts with blue's
    expect(statement(policy, "ecs:CreateService")[0]?.Resource).toEqual([
      "arn:aws:ecs:eu-west-1:*:service/spectate/event-management",
      "arn:aws:ecs:eu-west-1:*:service/spectate/event-management-*",
    ]);
    expect(statement(policy, "cloudwatch:DescribeAlarms")[0]?.Resource).toEqual([
      "arn:aws:cloudwatch:eu-west-1:*:alarm:spectate-events-5xx",
      "arn:aws:cloudwatch:eu-west-1:*:alarm:spectate-frontend-5xx",
    ]);
    expect(actions(policy).filter((a) => a.startsWith("autoscaling:") || a.startsWith("ec2:"))).toEqual([]);
    expect(statement(policy, "elasticloadbalancing:DescribeRules")[0]?.Resource).toEqual(["*"]);
  });

  it("tags only cutover's keys, on the load balancers (lock), listener rules and target groups, the pairs' included", () => {
    const pairsOnly = parseConfig(
      `version: 1
project: pairs
aws: { region: eu-west-1 }
services:
  - { name: frontend, type: target-group, targetGroups: [spectate-frontend-a, "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/spectate-frontend-b/0123456789abcdef"] }
loadBalancers:
  - { name: frontend, listener: { loadBalancer: spectate-frontend, port: 80 }, routes: [{ service: frontend }] }
traffic: { strategy: all-at-once }
`,
      "pairs.yml",
      {},
    ).config;
    const [tagging, ...others] = statement(doc(pairsOnly, ["promote"]), "elasticloadbalancing:AddTags");
    expect(others).toEqual([]);
    expect(tagging).toEqual({
      Sid: "ElbTagged",
      Effect: "Allow",
      Action: ["elasticloadbalancing:AddTags", "elasticloadbalancing:RemoveTags"],
      Resource: [
        "arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener-rule/app/spectate-frontend/*",
        "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/spectate-frontend/*",
        "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/spectate-frontend-a/*",
        "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/spectate-frontend-b/0123456789abcdef",
      ],
      Condition: { "ForAllValues:StringLike": { "aws:TagKeys": ["cutover:*"] } },
    });
    // nothing to create or pass: no ECS, Auto Scaling, EC2 or IAM action at all
    expect(actions(doc(pairsOnly, ["deploy-green"])).filter((a) => !a.startsWith("elasticloadbalancing:"))).toEqual([]);
    // an ECS or ASG service's first blue target group is not in the config: any, said so in a note
    const wide = iamPolicy(spectate, ["promote"]);
    expect(statement(wide.document, "elasticloadbalancing:AddTags")[0]?.Resource).toContain(
      "arn:aws:elasticloadbalancing:eu-west-1:*:targetgroup/*",
    );
    expect(wide.notes.filter((n) => n.sid === "ElbTagged" && n.kind === "wide")).toHaveLength(1);
  });

  it("status and verify read only", () => {
    for (const command of ["status", "verify"]) {
      const read = actions(doc(spectate, [command]));
      expect(read.length).toBeGreaterThan(5);
      expect(read.filter((a) => !/:(Describe|List|Get)/.test(a))).toEqual([]);
    }
  });

  it("the DynamoDB lock: its three item calls on the table, this project's key only", () => {
    const config = withText("spectate-three-albs.yml", "\nlock: { type: dynamodb, table: cutover-locks }\n");
    const [lock, ...others] = statement(doc(config, ["rollback"]), "dynamodb:PutItem");
    expect(others).toEqual([]);
    expect(lock).toEqual({
      Sid: "DynamodbLockTable",
      Effect: "Allow",
      Action: ["dynamodb:DeleteItem", "dynamodb:GetItem", "dynamodb:PutItem"],
      Resource: ["arn:aws:dynamodb:eu-west-1:*:table/cutover-locks"],
      Condition: { "ForAllValues:StringEquals": { "dynamodb:LeadingKeys": ["cutover:spectate"] } },
    });
    expect(actions(doc(config, ["status"])).some((a) => a.startsWith("dynamodb:"))).toBe(false);
    // deploy-green removes tags too: a pair member it takes as green loses its standby markers
    expect(actions(doc(config, ["deploy-green"]))).toContain("elasticloadbalancing:RemoveTags");
  });

  it("iam:PassRole: only the roles passRoles names, only for deploy-green, only to the service that runs them", () => {
    const role = "arn:aws:iam::123456789012:role/event-management-task";
    const named = parseConfig(
      readFileSync(join(root, "examples/spectate-three-albs.yml"), "utf8").replace(
        "    containerPort: 8080\n",
        `    containerPort: 8080\n    passRoles: ["\${TASK_ROLE}"]\n`,
      ),
      "c.yml",
      { AWS_REGION: "eu-west-1", TASK_ROLE: role },
    ).config;
    const deploy = iamPolicy(named, ["deploy-green"]);
    expect(statement(deploy.document, "iam:PassRole")).toEqual([
      {
        Sid: "PassRoleEcsTasks",
        Effect: "Allow",
        Action: ["iam:PassRole"],
        Resource: [role],
        Condition: { StringEquals: { "iam:PassedToService": "ecs-tasks.amazonaws.com" } },
      },
    ]);
    expect(deploy.warnings).toEqual([]);
    expect(deploy.notes).toContainEqual(expect.objectContaining({ sid: "PassRoleEcsTasks", action: "iam:PassRole", kind: "without-call" }));
    for (const command of ["status", "verify", "switch-traffic", "promote", "rollback"])
      expect(actions(doc(named, [command])), command).not.toContain("iam:PassRole");

    // no roles named: no PassRole at all, and a warning that says what to add
    const unnamed = iamPolicy(spectate, ["deploy-green"]);
    expect(actions(unnamed.document)).not.toContain("iam:PassRole");
    expect(unnamed.warnings).toEqual([expect.stringMatching(/^services event-management: passRoles is not set, so no iam:PassRole/)]);
    expect(JSON.stringify(iamPolicy(spectate).document)).not.toContain("role/*");
  });

  it("passRoles must be IAM role ARNs", () => {
    const problems = (() => {
      try {
        parseConfig(
          readFileSync(join(root, "examples/kie-server-asg.yml"), "utf8").replace(
            "    capacity: match-blue\n",
            "    capacity: match-blue\n    passRoles: [arn:aws:iam::123456789012:user/someone]\n",
          ),
          "c.yml",
          { AWS_REGION: "eu-west-1" },
        );
      } catch (error) {
        return (error as InputError).problems;
      }
      return [];
    })();
    expect(problems).toEqual([expect.stringMatching(/services\[0\]\.passRoles\[0\].*must be an IAM role ARN/)]);
  });

  it("an ASG service: Auto Scaling writes on its groups, and what creating from a launch template needs", () => {
    const policy = iamPolicy(example("kie-server-asg.yml"), ["deploy-green"]);
    const create = statement(policy.document, "autoscaling:CreateAutoScalingGroup")[0];
    expect(create?.Resource).toEqual([
      "arn:aws:autoscaling:eu-west-1:*:autoScalingGroup:*:autoScalingGroupName/kie-server",
      "arn:aws:autoscaling:eu-west-1:*:autoScalingGroup:*:autoScalingGroupName/kie-server-*",
    ]);
    expect(statement(policy.document, "ec2:RunInstances")[0]?.Resource).toEqual(["*"]);
    expect(statement(policy.document, "ec2:CreateTags")[0]?.Condition).toEqual({ StringEquals: { "ec2:CreateAction": "RunInstances" } });
    expect(actions(policy.document).some((a) => a.startsWith("ecs:") || a === "iam:PassRole")).toBe(false);
    expect(policy.warnings).toEqual([expect.stringMatching(/^services kie-server: passRoles is not set.*instance profile/)]);
  });
});
