/**
 * The AWS adapters and the estate reader, driven through aws-sdk-client-mock: batching, paging,
 * the shapes of AWS answers (and errors) that moto does not produce, and how errors are named.
 */
import { AutoScalingClient } from "@aws-sdk/client-auto-scaling";
import { CloudWatchClient } from "@aws-sdk/client-cloudwatch";
import { ClusterNotFoundException, DescribeServicesCommand, ECSClient } from "@aws-sdk/client-ecs";
import {
  DescribeListenersCommand,
  DescribeLoadBalancersCommand,
  DescribeRulesCommand,
  DescribeTagsCommand,
  DescribeTargetGroupsCommand,
  DescribeTargetHealthCommand,
  ElasticLoadBalancingV2Client,
  ListenerNotFoundException,
  TargetGroupNotFoundException,
  type Rule,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AwsCalls, AwsError } from "../../src/aws/aws-call.js";
import { awsSettings, connectAws, type Aws } from "../../src/aws/connect.js";
import { readEstate } from "../../src/aws/estate-reader.js";
import { createLoadBalancerReader } from "../../src/aws/elb-reader.js";
import { parseConfig } from "../../src/config/load.js";
import { RefusedError } from "../../src/errors.js";

const elb = mockClient(ElasticLoadBalancingV2Client);
const ecs = mockClient(ECSClient);
mockClient(AutoScalingClient);
mockClient(CloudWatchClient);

const ACCOUNT = "arn:aws:elasticloadbalancing:eu-west-1:123456789012";
const LB = `${ACCOUNT}:loadbalancer/app/spectate-feeds/50dc6c495c0c9188`;
const LISTENER = `${ACCOUNT}:listener/app/spectate-feeds/50dc6c495c0c9188/f2f7dc8efc522ab2`;
const tgArn = (name: string) => `${ACCOUNT}:targetgroup/${name}/73e2d6bc24d8a067`;
const ruleArn = (n: number | string) => `${ACCOUNT}:listener-rule/app/spectate-feeds/50dc6c495c0c9188/f2f7dc8efc522ab2/${n}`;

const CONFIG = parseConfig(
  `
version: 1
project: spectate
aws: { region: eu-west-1 }
services:
  - { name: feed-football, type: target-group, targetGroups: [feed-football-a, feed-football-b] }
  - { name: event-management, type: ecs, cluster: spectate, service: event-management, containerName: app, containerPort: 8080 }
loadBalancers:
  - name: feed-normalizers
    listener: { loadBalancer: spectate-feeds, port: 80 }
    routes:
      - { service: feed-football, rule: { priority: 10 } }
      - { service: event-management, rule: { priority: 20 } }
`,
  "cutover.yml",
  {},
).config;

const forwardRule = (priority: number, ...weights: [string, number][]): Rule => ({
  RuleArn: ruleArn(priority),
  Priority: String(priority),
  IsDefault: false,
  Conditions: [{ Field: "path-pattern", PathPatternConfig: { Values: [`/${priority}/*`] } }],
  Actions: [{ Type: "forward", ForwardConfig: { TargetGroups: weights.map(([n, w]) => ({ TargetGroupArn: tgArn(n), Weight: w })) } }],
});

/** A listener with football on rule 10 (a/b pair) and the ECS service on rule 20 (plain form). */
function mockFeeds(): void {
  elb
    .on(DescribeLoadBalancersCommand)
    .resolves({ LoadBalancers: [{ LoadBalancerArn: LB, LoadBalancerName: "spectate-feeds", DNSName: "feeds" }] });
  elb.on(DescribeListenersCommand).resolves({ Listeners: [{ ListenerArn: LISTENER, LoadBalancerArn: LB, Port: 80, Protocol: "HTTP" }] });
  elb.on(DescribeRulesCommand).resolves({
    Rules: [
      forwardRule(10, ["feed-football-a", 100], ["feed-football-b", 0]),
      {
        RuleArn: ruleArn(20),
        Priority: "20",
        Conditions: [],
        Actions: [{ Type: "forward", TargetGroupArn: tgArn("event-management") }],
      },
      {
        RuleArn: ruleArn("default"),
        Priority: "default",
        IsDefault: true,
        Actions: [{ Type: "fixed-response", FixedResponseConfig: { StatusCode: "404" } }],
      },
    ],
  });
  const described = (name: string) => ({ TargetGroupArn: tgArn(name), TargetGroupName: name, Protocol: "HTTP" as const, Port: 80 });
  elb.on(DescribeTargetGroupsCommand).callsFake((input: { Names?: string[]; TargetGroupArns?: string[] }) => ({
    TargetGroups: [...(input.Names ?? []), ...(input.TargetGroupArns ?? []).map((a) => a.split("/")[1] ?? "")].map(described),
  }));
  elb.on(DescribeTagsCommand).resolves({ TagDescriptions: [] });
  elb.on(DescribeTargetHealthCommand).resolves({
    TargetHealthDescriptions: [
      { Target: { Id: "i-1", Port: 80 }, TargetHealth: { State: "healthy" } },
      {
        Target: { Id: "i-2", Port: 80 },
        TargetHealth: { State: "unhealthy", Reason: "Target.FailedHealthChecks", Description: "Health checks failed" },
      },
    ],
  });
  ecs.on(DescribeServicesCommand).resolves({
    services: [
      {
        serviceName: "event-management",
        serviceArn: "arn:aws:ecs:eu-west-1:123456789012:service/spectate/event-management",
        status: "ACTIVE",
        desiredCount: 2,
        runningCount: 2,
        loadBalancers: [{ targetGroupArn: tgArn("event-management"), containerName: "app", containerPort: 8080 }],
        tags: [{ key: "cutover:release", value: "v2.3.0" }],
      },
    ],
  });
}

let aws: Aws;
beforeEach(() => {
  aws = connectAws(awsSettings(CONFIG.aws, { AWS_ACCESS_KEY_ID: "AKIDEXAMPLE", AWS_SECRET_ACCESS_KEY: "secret" }));
});
afterEach(() => {
  aws.close();
  for (const mock of [elb, ecs]) mock.reset();
});

describe("estate reader", () => {
  it("reads both forward forms, target health with reasons, and the ECS service behind a target group", async () => {
    mockFeeds();
    const observed = await readEstate(CONFIG, aws, { region: "eu-west-1", services: [] });

    const [football, events] = observed.routes;
    expect(football?.rule.actions).toEqual([
      {
        type: "forward",
        targetGroups: [
          { arn: tgArn("feed-football-a"), weight: 100 },
          { arn: tgArn("feed-football-b"), weight: 0 },
        ],
        stickiness: undefined,
      },
    ]);
    expect(football?.pair).toEqual([tgArn("feed-football-a"), tgArn("feed-football-b")]);
    expect(events?.rule.actions).toEqual([
      { type: "forward", targetGroups: [{ arn: tgArn("event-management"), weight: 1 }], stickiness: undefined },
    ]);
    expect(observed.targetGroups[tgArn("event-management")]?.backend).toMatchObject({
      type: "ecs",
      name: "event-management",
      runningCount: 2,
    });
    expect(observed.targetGroups[tgArn("feed-football-a")]?.targets[1]).toEqual({
      id: "i-2",
      port: 80,
      state: "unhealthy",
      reason: "Target.FailedHealthChecks",
      description: "Health checks failed",
    });

    // the pair by name in one call, the ECS target group by ARN in another; every rule's tags in one
    // (read first: a rule moved to make room for header rules is found by its tag), the target groups' in another
    expect(elb.commandCalls(DescribeTargetGroupsCommand).map((c) => c.args[0].input)).toEqual([
      { Names: ["feed-football-a", "feed-football-b"] },
      { TargetGroupArns: [tgArn("event-management")] },
    ]);
    expect(aws.calls.byAction()).toEqual({
      "ecs:DescribeServices": 1,
      "elasticloadbalancing:DescribeListeners": 1,
      "elasticloadbalancing:DescribeLoadBalancers": 1,
      "elasticloadbalancing:DescribeRules": 1,
      "elasticloadbalancing:DescribeTags": 2,
      "elasticloadbalancing:DescribeTargetGroups": 2,
      "elasticloadbalancing:DescribeTargetHealth": 3,
    });
  });

  it("names the action and the config's load balancer when AWS fails", async () => {
    mockFeeds();
    elb
      .on(DescribeRulesCommand)
      .rejects(new ListenerNotFoundException({ message: "The specified listener does not exist.", $metadata: {} }));
    const failure = readEstate(CONFIG, aws, { region: "eu-west-1", services: [] });
    await expect(failure).rejects.toBeInstanceOf(AwsError);
    await expect(failure).rejects.toThrow(
      "DescribeRules on feed-normalizers (spectate-feeds:80): ListenerNotFound: The specified listener does not exist.",
    );
  });

  it("finds which names of a batch are missing when AWS fails the whole batch, and refuses listing them", async () => {
    mockFeeds();
    const notFound = () => new TargetGroupNotFoundException({ message: "One or more target groups not found", $metadata: {} });
    elb.on(DescribeTargetGroupsCommand, { Names: ["feed-football-a", "feed-football-b"] }).rejects(notFound());
    elb.on(DescribeTargetGroupsCommand, { Names: ["feed-football-b"] }).rejects(notFound());
    elb
      .on(DescribeTargetGroupsCommand, { Names: ["feed-football-a"] })
      .resolves({ TargetGroups: [{ TargetGroupArn: tgArn("feed-football-a"), TargetGroupName: "feed-football-a" }] });

    const failure = readEstate(CONFIG, aws, { region: "eu-west-1", services: ["feed-football"] });
    await expect(failure).rejects.toBeInstanceOf(RefusedError);
    await expect(failure).rejects.toMatchObject({
      message: "1 resource the config names does not exist in AWS (eu-west-1)",
      reasons: ["services[0] (feed-football).targetGroups[1]: no target group named 'feed-football-b'"],
    });
  });

  it("finds a listener and a rule given by ARN, and names a rule ARN the listener does not have", async () => {
    mockFeeds();
    const byArn = parseConfig(
      `
version: 1
project: spectate
aws: { region: eu-west-1 }
services:
  - { name: feed-football, type: target-group, targetGroups: [feed-football-a, feed-football-b] }
loadBalancers:
  - name: feeds
    listener: { arn: "${LISTENER}" }
    routes:
      - { service: feed-football, rule: { arn: "${ruleArn(10)}" } }
      - { service: feed-football, rule: { arn: "${ruleArn(99)}" } }
`,
      "cutover.yml",
      {},
    ).config;
    const failure = readEstate(byArn, aws, { region: "eu-west-1", services: [] });
    await expect(failure).rejects.toMatchObject({
      reasons: [`loadBalancers[0] (feeds).routes[1].rule.arn: listener spectate-feeds:80 has no rule ${ruleArn(99)}`],
    });
    expect(elb.commandCalls(DescribeListenersCommand).map((c) => c.args[0].input)).toEqual([{ ListenerArns: [LISTENER] }]);
    expect(elb.commandCalls(DescribeLoadBalancersCommand).map((c) => c.args[0].input)).toEqual([{ LoadBalancerArns: [LB] }]);
  });

  it("notes a missing ECS cluster on the route instead of failing", async () => {
    mockFeeds();
    ecs.on(DescribeServicesCommand).rejects(new ClusterNotFoundException({ message: "Cluster not found.", $metadata: {} }));
    const observed = await readEstate(CONFIG, aws, { region: "eu-west-1", services: ["event-management"] });
    expect(observed.routes.map((r) => [r.service, r.notes])).toEqual([
      ["event-management", ["services[1].cluster: no ECS cluster 'spectate'"]],
    ]);
  });
});

describe("load balancing adapter", () => {
  const client = () => new ElasticLoadBalancingV2Client({ region: "eu-west-1", credentials: { accessKeyId: "a", secretAccessKey: "b" } });

  it("asks DescribeTags for at most 20 ARNs at a time", async () => {
    elb.on(DescribeTagsCommand).callsFake((input: { ResourceArns: string[] }) => ({
      TagDescriptions: input.ResourceArns.map((ResourceArn) => ({ ResourceArn, Tags: [{ Key: "cutover:colour", Value: "blue" }] })),
    }));
    const calls = new AwsCalls();
    const arns = Array.from({ length: 25 }, (_, i) => tgArn(`tg-${i}`));
    const tags = await createLoadBalancerReader(client(), calls).tags(arns);
    expect(elb.commandCalls(DescribeTagsCommand).map((c) => c.args[0].input.ResourceArns?.length)).toEqual([20, 5]);
    expect(tags.get(tgArn("tg-24"))).toEqual({ "cutover:colour": "blue" });
    expect(calls.total).toBe(2);
  });

  it("reports a single missing name as absent, and any other error as an AwsError", async () => {
    elb
      .on(DescribeTargetGroupsCommand)
      .rejects(new TargetGroupNotFoundException({ message: "One or more target groups not found", $metadata: {} }));
    const reader = createLoadBalancerReader(client(), new AwsCalls());
    expect(await reader.targetGroupsByName(["feed-football-c"])).toEqual(new Map());

    elb.on(DescribeTargetGroupsCommand).rejects(Object.assign(new Error("Rate exceeded"), { name: "ThrottlingException" }));
    await expect(reader.targetGroupsByName(["feed-football-a"])).rejects.toThrow(
      "DescribeTargetGroups on feed-football-a: Throttling: Rate exceeded",
    );
  });

  it("follows DescribeRules pages, counting each", async () => {
    elb
      .on(DescribeRulesCommand, { Marker: undefined })
      .resolves({ Rules: [forwardRule(10, ["a", 1])], NextMarker: "page-2" })
      .on(DescribeRulesCommand, { Marker: "page-2" })
      .resolves({ Rules: [forwardRule(20, ["b", 1])] });
    const calls = new AwsCalls();
    const rules = await createLoadBalancerReader(client(), calls).rules({ arn: LISTENER, loadBalancerArn: LB, port: 80, protocol: "HTTP" });
    expect(rules.map((r) => r.priority)).toEqual([10, 20]);
    expect(calls.byAction()).toEqual({ "elasticloadbalancing:DescribeRules": 2 });
  });

  it("reads header, query-string and stickiness settings into plain data", async () => {
    elb.on(DescribeRulesCommand).resolves({
      Rules: [
        {
          RuleArn: ruleArn(5),
          Priority: "5",
          Conditions: [
            { Field: "http-header", HttpHeaderConfig: { HttpHeaderName: "x-client-mode", Values: ["green"] } },
            { Field: "query-string", QueryStringConfig: { Values: [{ Key: "v", Value: "2" }, { Value: "beta" }] } },
            { Field: "host-header", Values: ["legacy.example.com"] },
          ],
          Actions: [
            {
              Type: "forward",
              Order: 2,
              ForwardConfig: {
                TargetGroups: [{ TargetGroupArn: tgArn("b") }],
                TargetGroupStickinessConfig: { Enabled: true, DurationSeconds: 3600 },
              },
            },
            { Type: "authenticate-oidc", Order: 1 },
          ],
        },
      ],
    });
    const [rule] = await createLoadBalancerReader(client(), new AwsCalls()).rules({
      arn: LISTENER,
      loadBalancerArn: LB,
      port: 80,
      protocol: "HTTP",
    });
    expect(rule?.conditions).toEqual([
      { field: "http-header", header: "x-client-mode", values: ["green"] },
      {
        field: "query-string",
        values: ["v=2", "beta"],
        queryPairs: [
          { key: "v", value: "2" },
          { key: undefined, value: "beta" },
        ],
      },
      { field: "host-header", values: ["legacy.example.com"] },
    ]);
    expect(rule?.actions).toEqual([
      { type: "other", awsType: "authenticate-oidc" },
      { type: "forward", targetGroups: [{ arn: tgArn("b"), weight: 1 }], stickiness: { enabled: true, durationSeconds: 3600 } },
    ]);
  });
});

describe("AWS settings", () => {
  it("takes the region and endpoint from the config, else from the environment", () => {
    expect(
      awsSettings({ region: "eu-west-1", endpoint: "http://127.0.0.1:55000" }, { AWS_ENDPOINT_URL: "http://elsewhere" }),
    ).toMatchObject({
      region: "eu-west-1",
      endpoint: "http://127.0.0.1:55000",
      retryMode: "adaptive",
      maxAttempts: 5,
    });
    expect(awsSettings({ region: "eu-west-1", endpoint: "" }, { AWS_ENDPOINT_URL: "http://elsewhere" }).endpoint).toBe("http://elsewhere");
    expect(awsSettings(undefined, { AWS_REGION: "us-east-1" }).region).toBe("us-east-1");
    expect(() => awsSettings(undefined, {})).toThrow("aws.region: is required");
  });

  it("uses keys from the environment unless a profile is named, as the SDK's chain does", () => {
    const keys = { AWS_ACCESS_KEY_ID: "AKID", AWS_SECRET_ACCESS_KEY: "s", AWS_SESSION_TOKEN: "t" };
    expect(awsSettings({ region: "eu-west-1" }, keys).credentials).toEqual({
      accessKeyId: "AKID",
      secretAccessKey: "s",
      sessionToken: "t",
    });
    expect(awsSettings({ region: "eu-west-1", profile: "release" }, keys)).toMatchObject({ profile: "release", credentials: undefined });
    expect(awsSettings({ region: "eu-west-1" }, { ...keys, AWS_PROFILE: "ops" }).credentials).toBeUndefined();
  });

  it("honours AWS_RETRY_MODE and AWS_MAX_ATTEMPTS", () => {
    expect(awsSettings({ region: "eu-west-1" }, { AWS_RETRY_MODE: "standard", AWS_MAX_ATTEMPTS: "2" })).toMatchObject({
      retryMode: "standard",
      maxAttempts: 2,
    });
  });
});
