import { describe, expect, it } from "vitest";
import { configSchema, type Config } from "../../src/config/schema/index.js";
import type { ObservedEstate, ObservedRoute, ObservedTargetGroup } from "../../src/traffic/estate-facts.js";
import { modelEstate, type RouteState } from "../../src/traffic/estate.js";
import { planSwitch, rollbackCommand, sameWeights, type SwitchPlan } from "../../src/traffic/switch-plan.js";
import { cutoverTags } from "../../src/traffic/tags.js";

/** In-memory estates, modelled as the command models what it reads: no AWS at all. */
const tgArn = (name: string) => `arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/${name}/0123456789abcdef`;

function tg(name: string, colour?: "green" | "blue"): ObservedTargetGroup {
  return {
    targetGroup: {
      arn: tgArn(name),
      name,
      protocol: "HTTP",
      port: 80,
      targetType: "instance",
      vpcId: "vpc-1",
      loadBalancerArns: [],
      healthCheck: {
        enabled: true,
        protocol: "HTTP",
        port: "traffic-port",
        path: "/",
        intervalSeconds: 30,
        timeoutSeconds: 5,
        healthyThreshold: 5,
        unhealthyThreshold: 2,
        matcher: "200",
      },
    },
    tags: colour ? cutoverTags({ project: "spectate", service: "events", release: "v2", colour }) : {},
    targets: [],
    backend: undefined,
  };
}

interface RouteSpec {
  lb: string;
  priority: number | "default";
  service: string;
  weights: [string, number][];
  pair?: [string, string];
  sticky?: boolean;
}

function estate(specs: RouteSpec[], colours: Record<string, "green" | "blue"> = {}): RouteState[] {
  const names = new Set(specs.flatMap((s) => [...s.weights.map(([n]) => n), ...(s.pair ?? [])]));
  const routes: ObservedRoute[] = specs.map((s) => ({
    loadBalancer: s.lb,
    service: s.service,
    serviceType: s.pair ? "target-group" : "ecs",
    loadBalancerFacts: { arn: `arn:lb/${s.lb}`, name: s.lb, dnsName: undefined, vpcId: "vpc-1" },
    listener: { arn: `arn:listener/${s.lb}`, loadBalancerArn: `arn:lb/${s.lb}`, port: 80, protocol: "HTTP" },
    rule: {
      arn: `arn:rule/${s.lb}/${s.priority}`,
      priority: s.priority,
      conditions: [],
      actions: [
        { type: "other", awsType: "authenticate-oidc" },
        {
          type: "forward",
          targetGroups: s.weights.map(([n, weight]) => ({ arn: tgArn(n), weight })),
          stickiness: s.sticky ? { enabled: true, durationSeconds: 60 } : undefined,
        },
      ],
      tags: {},
    },
    pair: s.pair ? [tgArn(s.pair[0]), tgArn(s.pair[1])] : undefined,
    headerRules: [],
    notes: [],
  }));
  const observed: ObservedEstate = {
    project: "spectate",
    region: "eu-west-1",
    routes,
    targetGroups: Object.fromEntries([...names].map((n) => [tgArn(n), tg(n, colours[n])])),
    alarms: [],
  };
  return [...modelEstate(observed).routes];
}

function config(traffic: Record<string, unknown>): Config {
  return configSchema.parse({
    version: 1,
    project: "spectate",
    services: [
      { name: "frontend", type: "target-group", targetGroups: ["frontend-a", "frontend-b"], minHealthyTargets: 2 },
      { name: "feed", type: "target-group", targetGroups: ["feed-a", "feed-b"] },
    ],
    traffic,
  });
}

/** Three ALBs: a pair on a default action, a pair behind rule 10 whose live side is b, an ECS route. */
function seed(greenAt = 0): RouteState[] {
  return estate(
    [
      {
        lb: "frontend",
        priority: "default",
        service: "frontend",
        weights: [
          ["frontend-a", 100 - greenAt],
          ["frontend-b", greenAt],
        ],
        pair: ["frontend-a", "frontend-b"],
      },
      {
        lb: "feeds",
        priority: 10,
        service: "feed",
        weights: [
          ["feed-b", 100 - greenAt],
          ["feed-a", greenAt],
        ],
        pair: ["feed-b", "feed-a"],
      },
      {
        lb: "events",
        priority: "default",
        service: "events",
        weights: [
          ["events", 100 - greenAt],
          ["events-v2", greenAt],
        ],
      },
    ],
    // tagged as promote and deploy-green leave them: an untagged pair at 100/0 reads with the live side as blue
    { "events-v2": "green", events: "blue", "frontend-b": "green", "frontend-a": "blue", "feed-a": "green", "feed-b": "blue" },
  );
}

/** Per set-weight step: its weight and each route's `name=weight` list. */
function weights(plan: SwitchPlan): [number, string[]][] {
  const name = (arn: string) => /targetgroup\/([^/]+)\//.exec(arn)?.[1] ?? arn;
  return plan.steps.flatMap((s) =>
    s.kind === "set-weight" ? [[s.weight, s.forwards.map((f) => f.targetGroups.map((t) => `${name(t.arn)}=${t.weight}`).join(","))]] : [],
  ) as [number, string[]][];
}

describe("planSwitch: strategies", () => {
  it("all-at-once: one step to 100 on every route of every ALB, with a bake watching the alarms", () => {
    const plan = planSwitch({ config: config({ bakeTime: "2m", alarms: ["5xx"] }), routes: seed(), to: undefined });
    expect(plan.refusals).toEqual([]);
    expect(weights(plan)).toEqual([[100, ["frontend-a=0,frontend-b=100", "feed-b=0,feed-a=100", "events=0,events-v2=100"]]]);
    expect(plan.steps[1]).toEqual({ kind: "bake", durationMs: 120_000, alarms: ["5xx"] });
    expect(plan).toMatchObject({ from: 0, to: 100, alarms: ["5xx"] });
  });

  it("canary: the configured weights in order, a step's own bake overriding the default", () => {
    const plan = planSwitch({
      config: config({ strategy: "canary", steps: [10, { weight: 50, bake: "30s" }, 100], bakeTime: "1m" }),
      routes: seed(),
      to: undefined,
    });
    expect(plan.steps.map((s) => (s.kind === "bake" ? `bake ${s.durationMs}` : `set ${s.weight}`))).toEqual([
      "set 10",
      "bake 60000",
      "set 50",
      "bake 30000",
      "set 100",
      "bake 60000",
    ]);
    expect(weights(plan)[0]?.[1]).toEqual(["frontend-a=90,frontend-b=10", "feed-b=90,feed-a=10", "events=90,events-v2=10"]);
  });

  it("linear: increments up to 100, no bake when there is neither time nor alarm", () => {
    const plan = planSwitch({ config: config({ strategy: "linear", increment: 30 }), routes: seed(), to: undefined });
    expect(weights(plan).map(([w]) => w)).toEqual([30, 60, 90, 100]);
    expect(plan.steps.every((s) => s.kind === "set-weight")).toBe(true);
  });

  it("resumes from the weight the routes are at now", () => {
    const plan = planSwitch({ config: config({ strategy: "canary", steps: [10, 50, 100] }), routes: seed(10), to: undefined });
    expect(plan.from).toBe(10);
    expect(weights(plan).map(([w]) => w)).toEqual([50, 100]);
    expect(plan.routes.map((r) => r.start.targetGroups.map((t) => t.weight))).toEqual([
      [90, 10],
      [90, 10],
      [90, 10],
    ]);
  });

  it("nothing ahead once every step is reached", () => {
    const plan = planSwitch({ config: config({ strategy: "linear", increment: 50 }), routes: seed(100), to: undefined });
    expect(plan.refusals).toEqual([]);
    expect(plan.steps).toEqual([]);
    expect(plan.to).toBe(100);
  });
});

describe("planSwitch: --to", () => {
  it("moves up to one weight and stops, whatever the strategy", () => {
    const plan = planSwitch({ config: config({ strategy: "canary", steps: [10, 50, 100] }), routes: seed(), to: 25 });
    expect(weights(plan)).toEqual([[25, ["frontend-a=75,frontend-b=25", "feed-b=75,feed-a=25", "events=75,events-v2=25"]]]);
  });

  it("moves down as well", () => {
    const plan = planSwitch({ config: config({ alarms: ["5xx"] }), routes: seed(50), to: 0 });
    expect(weights(plan)).toEqual([[0, ["frontend-a=100,frontend-b=0", "feed-b=100,feed-a=0", "events=100,events-v2=0"]]]);
    expect(plan.steps[1]).toMatchObject({ kind: "bake", alarms: ["5xx"] });
    expect(plan).toMatchObject({ from: 50, to: 0 });
  });

  it("is nothing to do at the weight the routes already have", () => {
    expect(planSwitch({ config: config({}), routes: seed(50), to: 50 }).steps).toEqual([]);
  });
});

describe("planSwitch: the restore plan and the write bodies", () => {
  it("restores each route to the forward action as found, the plain one-group weight and stickiness included", () => {
    const routes = estate([
      {
        lb: "feeds",
        priority: 20,
        service: "feed",
        weights: [
          ["feed-a", 1],
          ["feed-b", 0],
        ],
        pair: ["feed-a", "feed-b"],
        sticky: true,
      },
    ]);
    const plan = planSwitch({ config: config({}), routes, to: undefined });
    expect(plan.routes[0]?.start).toEqual({
      targetGroups: [
        { arn: tgArn("feed-a"), weight: 1 },
        { arn: tgArn("feed-b"), weight: 0 },
      ],
      stickiness: { enabled: true, durationSeconds: 60 },
    });
    // found stickiness is kept when the config sets none
    const step = plan.steps[0];
    expect(step?.kind === "set-weight" && step.forwards[0]?.stickiness).toEqual({ enabled: true, durationSeconds: 60 });
    expect(plan.routes[0]?.place).toEqual({
      listenerArn: "arn:listener/feeds",
      ruleArn: "arn:rule/feeds/20",
      isDefault: false,
      label: "feeds rule 20",
    });
  });

  it("uses the config's stickiness when it has one", () => {
    const plan = planSwitch({ config: config({ stickiness: { duration: "10m" } }), routes: seed(), to: 10 });
    const step = plan.steps[0];
    expect(step?.kind === "set-weight" && step.forwards.map((f) => f.stickiness)).toEqual([
      { enabled: true, durationSeconds: 600 },
      { enabled: true, durationSeconds: 600 },
      { enabled: true, durationSeconds: 600 },
    ]);
  });

  it("asks a target-group pair for its minimum healthy targets and cutover's own green for all", () => {
    const plan = planSwitch({ config: config({}), routes: seed(), to: 10 });
    expect(plan.routes.map((r) => r.health)).toEqual([
      { kind: "min-healthy", min: 2 },
      { kind: "min-healthy", min: 1 },
      { kind: "all-healthy" },
    ]);
  });

  it("compares weights regardless of order, and names the exact rollback command", () => {
    const a = {
      targetGroups: [
        { arn: "x", weight: 10 },
        { arn: "y", weight: 90 },
      ],
    };
    expect(
      sameWeights(a, {
        targetGroups: [
          { arn: "y", weight: 90 },
          { arn: "x", weight: 10 },
        ],
      }),
    ).toBe(true);
    expect(
      sameWeights(a, {
        targetGroups: [
          { arn: "y", weight: 80 },
          { arn: "x", weight: 20 },
        ],
      }),
    ).toBe(false);
    expect(rollbackCommand("cutover.yml", "v2.4.0")).toBe("cutover rollback --config cutover.yml --release v2.4.0");
  });
});

describe("planSwitch: refusals", () => {
  it("refuses routes at different weights, naming each", () => {
    const routes = [...seed(10).slice(0, 2), ...seed(50).slice(2)];
    const plan = planSwitch({ config: config({}), routes, to: undefined });
    expect(plan.steps).toEqual([]);
    expect(plan.refusals).toEqual([
      "the routes are at different green weights (frontend default action: 10%, feeds rule 10: 10%, events default action: 50%); " +
        "bring them together with --to <weight> or `cutover rollback` first",
    ]);
  });

  it("refuses a route without green attached, and one forwarding to a third target group", () => {
    const routes = estate([
      { lb: "frontend", priority: "default", service: "frontend", weights: [["frontend-a", 100]], pair: ["frontend-a", "frontend-b"] },
      {
        lb: "feeds",
        priority: 10,
        service: "feed",
        weights: [
          ["feed-a", 100],
          ["feed-b", 0],
          ["stray", 0],
        ],
        pair: ["feed-a", "feed-b"],
      },
    ]);
    const plan = planSwitch({ config: config({}), routes, to: 50 });
    expect(plan.steps).toEqual([]);
    expect(plan.refusals).toEqual([
      "frontend default action (frontend): no green is attached to the forward action: run `cutover deploy-green` first",
      "feeds rule 10 (feed): also forwards to stray, which is neither blue nor green; remove it first",
    ]);
  });

  it("refuses when nothing is selected", () => {
    expect(planSwitch({ config: config({}), routes: [], to: undefined }).refusals).toEqual([
      "no route to switch: the config (or --service) selects no load balancer route",
    ]);
  });
});
