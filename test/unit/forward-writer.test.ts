/**
 * The one forward write (the ELBv2 reader's snapshot, the writer's writeForward, composed by
 * setForward), through aws-sdk-client-mock: it keeps every other action, writes only a difference,
 * picks ModifyListener or ModifyRule by where the action lives, and checks AWS's answer.
 */
import {
  DescribeListenersCommand,
  DescribeRulesCommand,
  ElasticLoadBalancingV2Client,
  ModifyListenerCommand,
  ModifyRuleCommand,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import { mockClient } from "aws-sdk-client-mock";
import { beforeEach, describe, expect, it } from "vitest";
import { AwsCalls } from "../../src/aws/aws-call.js";
import { createLoadBalancerReader } from "../../src/aws/elb-reader.js";
import { createLoadBalancerWriter } from "../../src/aws/elb-writer.js";
import { setForward } from "../../src/rollout/set-forward.js";
import { jsonDiff } from "../../src/deploy/task-definition.js";

const elb = mockClient(ElasticLoadBalancingV2Client);
const BLUE = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/kie/1";
const GREEN = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/kie-e40dbc2/2";
const oidc = {
  Type: "authenticate-oidc" as const,
  Order: 1,
  AuthenticateOidcConfig: {
    Issuer: "https://idp",
    AuthorizationEndpoint: "https://idp/a",
    TokenEndpoint: "https://idp/t",
    UserInfoEndpoint: "https://idp/u",
    ClientId: "c",
  },
};
const place = (isDefault: boolean) => ({ listenerArn: "arn:listener", ruleArn: "arn:rule", isDefault, label: "alb-ks default action" });
const green0 = {
  targetGroups: [
    { arn: BLUE, weight: 1 },
    { arn: GREEN, weight: 0 },
  ],
  stickiness: { enabled: true, durationSeconds: 3600 },
};

beforeEach(() => elb.reset());

const adapters = (calls: AwsCalls) => {
  const client = new ElasticLoadBalancingV2Client({ region: "eu-west-1" });
  return { read: createLoadBalancerReader(client, calls), write: createLoadBalancerWriter(client, calls) };
};

describe("setForward", () => {
  it("rewrites the default action's forward with both target groups, keeping the OIDC action (and its secret)", async () => {
    elb.on(DescribeListenersCommand).resolves({
      Listeners: [{ ListenerArn: "arn:listener", DefaultActions: [oidc, { Type: "forward", Order: 2, TargetGroupArn: BLUE }] }],
    });
    elb.on(ModifyListenerCommand).callsFake((input: { ListenerArn: string; DefaultActions: unknown[] }) => ({
      Listeners: [{ ListenerArn: input.ListenerArn, DefaultActions: input.DefaultActions }],
    }));
    const calls = new AwsCalls();
    expect(await setForward(adapters(calls), place(true), green0)).toBe(true);
    expect(elb.commandCalls(ModifyListenerCommand)[0]?.args[0].input).toEqual({
      ListenerArn: "arn:listener",
      DefaultActions: [
        { ...oidc, AuthenticateOidcConfig: { ...oidc.AuthenticateOidcConfig, UseExistingClientSecret: true } },
        {
          Type: "forward",
          Order: 2,
          ForwardConfig: {
            TargetGroups: [
              { TargetGroupArn: BLUE, Weight: 1 },
              { TargetGroupArn: GREEN, Weight: 0 },
            ],
            TargetGroupStickinessConfig: { Enabled: true, DurationSeconds: 3600 },
          },
        },
      ],
    });
    expect(calls.byAction()).toEqual({ "elasticloadbalancing:DescribeListeners": 1, "elasticloadbalancing:ModifyListener": 1 });
  });

  it("writes nothing when the rule already forwards like that", async () => {
    elb.on(DescribeRulesCommand).resolves({
      Rules: [
        {
          RuleArn: "arn:rule",
          Actions: [
            {
              Type: "forward",
              ForwardConfig: {
                TargetGroups: [
                  { TargetGroupArn: BLUE, Weight: 1 },
                  { TargetGroupArn: GREEN, Weight: 0 },
                ],
                TargetGroupStickinessConfig: { Enabled: true, DurationSeconds: 3600 },
              },
            },
          ],
        },
      ],
    });
    expect(await setForward(adapters(new AwsCalls()), place(false), green0)).toBe(false);
    expect(elb.commandCalls(ModifyRuleCommand)).toHaveLength(0);
  });
});

describe("jsonDiff", () => {
  it("matches named entries by name and reports each changed leaf", () => {
    const before = {
      cpu: "256",
      containerDefinitions: [
        { name: "app", image: "a:1", environment: [{ name: "X", value: "1" }] },
        { name: "side", image: "s" },
      ],
    };
    const after = {
      cpu: "512",
      containerDefinitions: [
        { name: "side", image: "s" },
        { name: "app", image: "a:2", environment: [{ name: "X", value: "1" }] },
      ],
    };
    expect(jsonDiff(before, after)).toEqual(['containerDefinitions[app].image: "a:1" → "a:2"', 'cpu: "256" → "512"']);
    expect(jsonDiff({ a: 1 }, { b: 2 })).toEqual(["a: - 1", "b: + 2"]);
  });
});
