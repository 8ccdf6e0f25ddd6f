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
import { iamPolicy } from "../../src/aws/iam-policy.js";
import { createLoadBalancerReader } from "../../src/aws/elb-reader.js";
import { createLoadBalancerWriter } from "../../src/aws/elb-writer.js";
import { createLockTable } from "../../src/aws/lock-table.js";
import { parseConfig } from "../../src/config/load.js";

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
  const statement = (policy: ReturnType<typeof iamPolicy>, action: string) => policy.Statement.filter((s) => s.Action.includes(action));

  it("scopes ELBv2 writes to the named load balancers' listeners and rules, and green target groups to their services", () => {
    const policy = iamPolicy(spectate, ["deploy-green"]);
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
    expect(statement(policy, "ecs:CreateService")[0]?.Resource).toEqual(["arn:aws:ecs:eu-west-1:*:service/spectate/event-management*"]);
    expect(statement(policy, "cloudwatch:DescribeAlarms")[0]?.Resource).toEqual([
      "arn:aws:cloudwatch:eu-west-1:*:alarm:spectate-events-5xx",
      "arn:aws:cloudwatch:eu-west-1:*:alarm:spectate-frontend-5xx",
    ]);
    expect(policy.Statement.flatMap((s) => s.Action).filter((a) => a.startsWith("autoscaling:"))).toEqual([]);
    // the tags lock: AddTags and RemoveTags on the load balancers
    expect(statement(policy, "elasticloadbalancing:RemoveTags")[0]?.Resource).toContain(
      "arn:aws:elasticloadbalancing:eu-west-1:*:loadbalancer/app/spectate-frontend/*",
    );
    expect(statement(policy, "elasticloadbalancing:DescribeRules")[0]?.Resource).toEqual(["*"]);
  });

  it("status and verify read only", () => {
    for (const command of ["status", "verify"]) {
      const actions = iamPolicy(spectate, [command]).Statement.flatMap((s) => s.Action);
      expect(actions.length).toBeGreaterThan(5);
      expect(actions.filter((a) => !/:(Describe|List|Get)/.test(a))).toEqual([]);
    }
  });

  it("the DynamoDB lock: its three item calls on the table, this project's key only", () => {
    const text =
      readFileSync(join(root, "examples/spectate-three-albs.yml"), "utf8") + "\nlock: { type: dynamodb, table: cutover-locks }\n";
    const config = parseConfig(text, "c.yml", { AWS_REGION: "eu-west-1" }).config;
    const [lock, ...others] = statement(iamPolicy(config, ["rollback"]), "dynamodb:PutItem");
    expect(others).toEqual([]);
    expect(lock).toEqual({
      Sid: "DynamodbLockTable",
      Effect: "Allow",
      Action: ["dynamodb:DeleteItem", "dynamodb:GetItem", "dynamodb:PutItem"],
      Resource: ["arn:aws:dynamodb:eu-west-1:*:table/cutover-locks"],
      Condition: { "ForAllValues:StringEquals": { "dynamodb:LeadingKeys": ["cutover:spectate"] } },
    });
    expect(
      iamPolicy(config, ["status"])
        .Statement.flatMap((s) => s.Action)
        .some((a) => a.startsWith("dynamodb:")),
    ).toBe(false);
    // deploy-green removes tags too: a pair member it takes as green loses its standby markers
    expect(iamPolicy(config, ["deploy-green"]).Statement.flatMap((s) => s.Action)).toContain("elasticloadbalancing:RemoveTags");
  });

  it("an ASG service: Auto Scaling writes on its groups, and what creating from a launch template needs", () => {
    const policy = iamPolicy(example("kie-server-asg.yml"), ["deploy-green"]);
    const create = statement(policy, "autoscaling:CreateAutoScalingGroup")[0];
    expect(create?.Resource[0]).toMatch(/^arn:aws:autoscaling:eu-west-1:\*:autoScalingGroup:\*:autoScalingGroupName\/.+\*$/);
    expect(statement(policy, "ec2:RunInstances")[0]?.Resource).toEqual(["*"]);
    expect(statement(policy, "iam:PassRole")[0]?.Condition).toEqual({ StringEquals: { "iam:PassedToService": "ec2.amazonaws.com" } });
    expect(policy.Statement.flatMap((s) => s.Action).some((a) => a.startsWith("ecs:"))).toBe(false);
  });
});
