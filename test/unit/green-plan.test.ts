/**
 * deploy-green's plan from in-memory observations: no AWS, no mocks. The estate is modelled by the
 * same modelEstate that status uses; DeployFacts stand for what the green reader would have found.
 */
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/load.js";
import type { AsgSpec, DeployFacts, EcsServiceSpec, NamedTargetGroup, TaskDefinitionFacts } from "../../src/deploy/deploy-facts.js";
import { planGreen, type GreenPlan, type GreenPlanInput, type GreenStep } from "../../src/deploy/green-plan/index.js";
import { greenResourceName, greenTargetGroupName } from "../../src/release/naming.js";
import type { BackendFacts, ObservedEstate, ObservedRoute, ObservedTargetGroup, TargetGroupFacts } from "../../src/traffic/estate-facts.js";
import { modelEstate, type RouteState } from "../../src/traffic/estate.js";
import { cutoverTags, TAG } from "../../src/traffic/tags.js";

const RELEASE = "v2.4.0";
const IMAGE = "registry.example.com/events:2.4.0";
const tgArn = (name: string) => `arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/${name}/0123456789abcdef`;

const CONFIG = parseConfig(
  `
version: 1
project: spectate
aws: { region: eu-west-1 }
services:
  - { name: events, type: ecs, cluster: spectate, service: events, containerName: app, containerPort: 8080 }
  - { name: feeds, type: target-group, targetGroups: [feeds-a, feeds-b], minHealthyTargets: 2 }
  - { name: kie, type: asg, autoScalingGroup: kie }
loadBalancers:
  - name: events-alb
    listener: { loadBalancer: spectate-events, port: 80 }
    routes: [{ service: events }]
  - name: feeds-alb
    listener: { loadBalancer: spectate-feeds, port: 80 }
    routes: [{ service: feeds, rule: { priority: 10 } }]
  - name: kie-alb
    listener: { loadBalancer: alb-ks, port: 80 }
    routes: [{ service: kie }]
`,
  "cutover.yml",
  {},
).config;

// ---------------------------------------------------------------- in-memory AWS

function tgFacts(name: string, port = 8080): TargetGroupFacts {
  return {
    arn: tgArn(name),
    name,
    protocol: "HTTP",
    port,
    targetType: name.startsWith("events") ? "ip" : "instance",
    vpcId: "vpc-1",
    loadBalancerArns: [],
    healthCheck: {
      enabled: true,
      protocol: "HTTP",
      port: "traffic-port",
      path: "/health",
      intervalSeconds: 10,
      timeoutSeconds: 5,
      healthyThreshold: 3,
      unhealthyThreshold: 2,
      matcher: "200",
    },
  };
}

function observedTg(name: string, options: { release?: string; service?: string; backend?: BackendFacts } = {}): ObservedTargetGroup {
  return {
    targetGroup: tgFacts(name),
    tags:
      options.release === undefined
        ? {}
        : cutoverTags({ project: "spectate", service: options.service ?? "events", release: options.release, colour: "green" }),
    targets: [
      { id: "10.0.0.1", port: 8080, state: "healthy", reason: undefined, description: undefined },
      { id: "10.0.0.2", port: 8080, state: "healthy", reason: undefined, description: undefined },
    ],
    backend: options.backend,
  };
}

function observedRoute(service: string, lb: string, forward: [string, number][], pair?: [string, string]): ObservedRoute {
  const isDefault = service !== "feeds";
  return {
    loadBalancer: `${service}-alb`,
    service,
    serviceType: pair ? "target-group" : service === "kie" ? "asg" : "ecs",
    loadBalancerFacts: { arn: `arn:lb/${lb}`, name: lb, dnsName: `${lb}.example`, vpcId: "vpc-1" },
    listener: { arn: `arn:listener/${lb}`, loadBalancerArn: `arn:lb/${lb}`, port: 80, protocol: "HTTP" },
    rule: {
      arn: `arn:rule/${lb}/${isDefault ? "default" : "10"}`,
      priority: isDefault ? "default" : 10,
      conditions: isDefault ? [] : [{ field: "path-pattern", values: ["/feeds/*"] }],
      actions: [
        { type: "authenticate-oidc" as never, awsType: "authenticate-oidc" } as never,
        {
          type: "forward",
          targetGroups: forward.map(([n, weight]) => ({ arn: tgArn(n), weight })),
          stickiness: { enabled: true, durationSeconds: 600 },
        },
      ],
      tags: {},
    },
    pair: pair && [tgArn(pair[0]), tgArn(pair[1])],
    headerRules: [],
    notes: [],
  };
}

function routesOf(routes: ObservedRoute[], targetGroups: ObservedTargetGroup[]): RouteState[] {
  const observed: ObservedEstate = {
    project: "spectate",
    region: "eu-west-1",
    routes,
    targetGroups: Object.fromEntries(targetGroups.map((tg) => [tg.targetGroup.arn, tg])),
    alarms: [],
  };
  return [...modelEstate(observed).routes];
}

function ecsSpec(
  name: string,
  options: { tags?: Record<string, string>; taskDefinition?: string; capacity?: boolean } = {},
): EcsServiceSpec {
  return {
    facts: {
      type: "ecs",
      cluster: "spectate",
      name,
      arn: `arn:aws:ecs:eu-west-1:123456789012:service/spectate/${name}`,
      status: "ACTIVE",
      desiredCount: 3,
      runningCount: 3,
      pendingCount: 0,
      launchType: options.capacity ? undefined : "FARGATE",
      taskDefinition: options.taskDefinition ?? "arn:aws:ecs:eu-west-1:123456789012:task-definition/events:7",
      deployments: [],
      targetGroupArns: [tgArn(name)],
      tags: options.tags ?? {},
    },
    capacityProviderStrategy: options.capacity ? [{ capacityProvider: "FARGATE_SPOT", weight: 1 }] : [],
    platformVersion: "LATEST",
    networkConfiguration: { awsvpcConfiguration: { subnets: ["subnet-1", "subnet-2"], securityGroups: ["sg-1"] } },
    loadBalancers: [{ targetGroupArn: tgArn("events"), containerName: "app", containerPort: 8080 }],
    healthCheckGracePeriodSeconds: 60,
    deploymentConfiguration: { maximumPercent: 200, minimumHealthyPercent: 100 },
    placementConstraints: [],
    placementStrategy: [],
    schedulingStrategy: "REPLICA",
    enableExecuteCommand: false,
    enableECSManagedTags: true,
    propagateTags: "SERVICE",
  };
}

const blueTaskDefinition: TaskDefinitionFacts = {
  arn: "arn:aws:ecs:eu-west-1:123456789012:task-definition/events:7",
  family: "events",
  definition: {
    family: "events",
    cpu: "256",
    memory: "512",
    executionRoleArn: "arn:aws:iam::123456789012:role/exec",
    containerDefinitions: [
      {
        name: "app",
        image: "registry.example.com/events:1.0.0",
        environment: [{ name: "DB", value: "reader" }],
        secrets: [{ name: "PW", valueFrom: "arn:ssm" }],
      },
      { name: "sidecar", image: "envoy:1" },
    ],
  },
  tags: {},
};

const greenTags = cutoverTags({ project: "spectate", service: "events", release: RELEASE, colour: "green" });

function facts(
  overrides: Partial<{ ecs: DeployFacts["ecs"]; asg: DeployFacts["asg"]; targetGroups: Map<string, NamedTargetGroup> }> = {},
): DeployFacts {
  return {
    ecs:
      overrides.ecs ??
      new Map([["events", { blue: ecsSpec("events"), blueTaskDefinition, green: undefined, greenTaskDefinition: blueTaskDefinition }]]),
    asg: overrides.asg ?? new Map(),
    targetGroups: overrides.targetGroups ?? new Map(),
  };
}

function plan(input: Partial<GreenPlanInput> & Pick<GreenPlanInput, "routes">): GreenPlan {
  return planGreen({ config: CONFIG, release: RELEASE, image: IMAGE, facts: facts(), replaceGreen: false, ...input });
}

const kinds = (steps: readonly GreenStep[]) => steps.map((s) => s.kind);
const eventsRoutes = (forward: [string, number][] = [["events", 100]], extra: ObservedTargetGroup[] = []) =>
  routesOf([observedRoute("events", "spectate-events", forward)], [observedTg("events", { backend: ecsSpec("events").facts }), ...extra]);

// ---------------------------------------------------------------- ECS

describe("deploy-green plan: ECS", () => {
  const GREEN_TG = greenTargetGroupName("events", RELEASE);
  const GREEN = greenResourceName("events", RELEASE);

  it("from nothing: a new revision with only the image changed, a target group like blue's, attached at 0, then the service", () => {
    const p = plan({ routes: eventsRoutes() });
    expect(p.refusals).toEqual([]);
    expect(kinds(p.steps)).toEqual(["register-task-definition", "create-target-group", "set-forward", "create-ecs-service"]);
    const [register, createTg, attach, service] = p.steps;

    expect(register).toMatchObject({ family: "events", tags: greenTags });
    if (register?.kind !== "register-task-definition") throw new Error("order");
    expect(register.diff).toEqual([
      'containerDefinitions[app].image: "registry.example.com/events:1.0.0" → "registry.example.com/events:2.4.0"',
    ]);
    expect(register.definition).toEqual({
      ...blueTaskDefinition.definition,
      containerDefinitions: [
        { ...(blueTaskDefinition.definition.containerDefinitions as object[])[0], image: IMAGE },
        { name: "sidecar", image: "envoy:1" },
      ],
    });

    expect(createTg).toMatchObject({
      name: GREEN_TG,
      tags: greenTags,
      body: {
        Name: GREEN_TG,
        Protocol: "HTTP",
        Port: 8080,
        VpcId: "vpc-1",
        TargetType: "ip",
        HealthCheckPath: "/health",
        HealthCheckIntervalSeconds: 10,
        HealthyThresholdCount: 3,
        Matcher: { HttpCode: "200" },
      },
    });
    const placeholder = `<new target group ${GREEN_TG}>`;
    expect(attach).toMatchObject({
      place: { isDefault: true, listenerArn: "arn:listener/spectate-events", ruleArn: "arn:rule/spectate-events/default" },
      targetGroups: [
        { arn: tgArn("events"), weight: 100 },
        { arn: placeholder, weight: 0 },
      ],
      // the rest of the action and its stickiness stay
      actionTypes: ["authenticate-oidc", "forward"],
      stickiness: { enabled: true, durationSeconds: 600 },
    });
    expect(service).toMatchObject({
      name: GREEN,
      body: {
        cluster: "spectate",
        serviceName: GREEN,
        taskDefinition: "<new revision of events>",
        desiredCount: 3,
        launchType: "FARGATE",
        platformVersion: "LATEST",
        networkConfiguration: { awsvpcConfiguration: { subnets: ["subnet-1", "subnet-2"], securityGroups: ["sg-1"] } },
        loadBalancers: [{ targetGroupArn: placeholder, containerName: "app", containerPort: 8080 }],
        healthCheckGracePeriodSeconds: 60,
        deploymentConfiguration: {
          maximumPercent: 200,
          minimumHealthyPercent: 100,
          deploymentCircuitBreaker: { enable: true, rollback: false },
        },
        propagateTags: "SERVICE",
        tags: Object.entries(greenTags).map(([key, value]) => ({ key, value })),
      },
    });
    expect(p.ready).toEqual([
      {
        kind: "ecs",
        service: "events",
        cluster: "spectate",
        name: GREEN,
        taskDefinition: "<new revision of events>",
        targetGroups: [placeholder],
        desired: 3,
        timeoutMs: 15 * 60_000,
        // 60s grace + 10s x max(3, 2) checks + 5s timeout
        allowanceMs: 95_000,
      },
    ]);
    expect(p.routes).toEqual([expect.objectContaining({ service: "events", blue: "events", green: GREEN_TG, action: "create" })]);
  });

  it("capacity providers instead of a launch type, and a fixed desired count", () => {
    const config = { ...CONFIG, services: CONFIG.services.map((s) => (s.type === "ecs" ? { ...s, desiredCount: 5 } : s)) };
    const capacity = facts({
      ecs: new Map([
        ["events", { blue: ecsSpec("events", { capacity: true }), blueTaskDefinition, green: undefined, greenTaskDefinition: undefined }],
      ]),
    });
    const service = plan({ config, routes: eventsRoutes(), facts: capacity }).steps.find((s) => s.kind === "create-ecs-service");
    expect(service?.kind === "create-ecs-service" && service.body).toMatchObject({
      desiredCount: 5,
      capacityProviderStrategy: [{ capacityProvider: "FARGATE_SPOT", weight: 1 }],
    });
    expect(service?.kind === "create-ecs-service" && service.body).not.toHaveProperty("launchType");
  });

  it("no image from --image or the config is bad input", () => {
    const p = plan({ routes: eventsRoutes(), image: undefined });
    expect(p.problems).toEqual(["services[0] (events).image: no image for green: give --image or set image in the config"]);
    expect(p.steps).toEqual([]);
  });

  it("after a crash: the target group and revision an earlier run made are used, only what is missing is planned", () => {
    const registered: TaskDefinitionFacts = {
      ...blueTaskDefinition,
      arn: "arn:td/events:8",
      definition: { ...blueTaskDefinition.definition, containerDefinitions: [{ name: "app", image: IMAGE }] },
      tags: greenTags,
    };
    const p = plan({
      routes: eventsRoutes(),
      facts: facts({
        ecs: new Map([["events", { blue: ecsSpec("events"), blueTaskDefinition, green: undefined, greenTaskDefinition: registered }]]),
        targetGroups: new Map([[GREEN_TG, { facts: tgFacts(GREEN_TG), tags: greenTags }]]),
      }),
    });
    expect(kinds(p.steps)).toEqual(["set-forward", "create-ecs-service"]);
    expect(p.steps[0]).toMatchObject({
      targetGroups: [
        { arn: tgArn("events"), weight: 100 },
        { arn: tgArn(GREEN_TG), weight: 0 },
      ],
    });
    expect(p.steps[1]).toMatchObject({ body: { taskDefinition: "arn:td/events:8", loadBalancers: [{ targetGroupArn: tgArn(GREEN_TG) }] } });
    expect(p.reused).toEqual(["task definition events:8", `target group ${GREEN_TG}`]);
  });

  it("everything in place: no step, only the wait", () => {
    const green = ecsSpec(GREEN, { tags: greenTags, taskDefinition: "arn:td/events:8" });
    const p = plan({
      routes: eventsRoutes(
        [
          ["events", 100],
          [GREEN_TG, 0],
        ],
        [observedTg(GREEN_TG, { release: RELEASE, backend: green.facts })],
      ),
      facts: facts({
        ecs: new Map([
          [
            "events",
            {
              blue: ecsSpec("events"),
              blueTaskDefinition,
              green,
              greenTaskDefinition: {
                ...blueTaskDefinition,
                arn: "arn:td/events:8",
                definition: { containerDefinitions: [{ name: "app", image: IMAGE }] },
              },
            },
          ],
        ]),
        targetGroups: new Map([[GREEN_TG, { facts: tgFacts(GREEN_TG), tags: greenTags }]]),
      }),
    });
    expect(p.steps).toEqual([]);
    expect(p.refusals).toEqual([]);
    expect(p.ready).toMatchObject([{ kind: "ecs", taskDefinition: "arn:td/events:8", targetGroups: [tgArn(GREEN_TG)], desired: 3 }]);
    expect(p.routes).toMatchObject([{ action: "in place" }]);
  });

  it("a green of an older release that never went live is refused, and replaced only when asked", () => {
    const OLD_TG = greenTargetGroupName("events", "v2.3.0");
    const oldService = ecsSpec(greenResourceName("events", "v2.3.0"), {
      tags: cutoverTags({ project: "spectate", service: "events", release: "v2.3.0", colour: "green" }),
    });
    const routes = eventsRoutes(
      [
        ["events", 100],
        [OLD_TG, 0],
      ],
      [observedTg(OLD_TG, { release: "v2.3.0", backend: oldService.facts })],
    );

    const refused = plan({ routes });
    expect(refused.refusals).toEqual([
      `events-alb default action (events): green ${OLD_TG} holds release v2.3.0, which carries no traffic (never switched to, or rolled back); run again with --replace-green to replace it with ${RELEASE}`,
    ]);

    const replaced = plan({ routes, replaceGreen: true });
    expect(replaced.refusals).toEqual([]);
    expect(kinds(replaced.steps)).toEqual([
      "register-task-definition",
      "create-target-group",
      "set-forward",
      "delete-ecs-service",
      "delete-target-group",
      "create-ecs-service",
    ]);
    // one write swaps them: the old green leaves the action as the new one joins at 0
    expect(replaced.steps[2]).toMatchObject({
      targetGroups: [
        { arn: tgArn("events"), weight: 100 },
        { arn: `<new target group ${GREEN_TG}>`, weight: 0 },
      ],
      why: `attach green at weight 0, drop the stale green ${OLD_TG} (release v2.3.0)`,
    });
    expect(replaced.steps[3]).toMatchObject({ cluster: "spectate", name: greenResourceName("events", "v2.3.0") });
    expect(replaced.steps[4]).toMatchObject({ arn: tgArn(OLD_TG) });
  });

  it("a green that already carries traffic is refused, even with --replace-green", () => {
    const OLD_TG = greenTargetGroupName("events", "v2.3.0");
    const routes = eventsRoutes(
      [
        ["events", 70],
        [OLD_TG, 30],
      ],
      [observedTg(OLD_TG, { release: "v2.3.0" })],
    );
    const p = plan({ routes, replaceGreen: true });
    expect(p.refusals).toEqual([
      `events-alb default action (events): ${OLD_TG} already carries 30% of the traffic (release v2.3.0, switching); finish it with promote or put it back with rollback first`,
    ]);
    expect(p.steps).toEqual([]);
  });

  it("a target group with green's name that is not this release's green is refused", () => {
    const p = plan({
      routes: eventsRoutes(),
      facts: facts({ targetGroups: new Map([[GREEN_TG, { facts: tgFacts(GREEN_TG), tags: {} }]]) }),
    });
    expect(p.refusals).toEqual([
      `events-alb default action (events): a target group named '${GREEN_TG}' exists but is not tagged as events's green for release ${RELEASE}`,
    ]);
  });

  it("routes on two load balancers: one green target group on each, both in the service", () => {
    const config = {
      ...CONFIG,
      loadBalancers: [
        ...CONFIG.loadBalancers,
        {
          name: "internal",
          listener: { loadBalancer: "spectate-internal", port: 80 },
          routes: [{ service: "events", rule: "default" as const, headerRouting: true }],
        },
      ],
    };
    const second = { ...observedRoute("events", "spectate-internal", [["events-internal", 100]]), loadBalancer: "internal" };
    const routes = routesOf(
      [observedRoute("events", "spectate-events", [["events", 100]]), second],
      [observedTg("events"), observedTg("events-internal")],
    );
    const p = plan({ config, routes });
    const names = p.steps.flatMap((s) => (s.kind === "create-target-group" ? [s.name] : []));
    expect(names).toEqual([
      greenTargetGroupName("events", RELEASE, "spectate-events"),
      greenTargetGroupName("events", RELEASE, "spectate-internal"),
    ]);
    expect(new Set(names).size).toBe(2);
    const service = p.steps.find((s) => s.kind === "create-ecs-service");
    expect(service?.kind === "create-ecs-service" && (service.body.loadBalancers as unknown[]).length).toBe(2);
    expect(kinds(p.steps).filter((k) => k === "set-forward")).toHaveLength(2);
  });
});

// ---------------------------------------------------------------- target-group pairs

describe("deploy-green plan: target-group pairs", () => {
  const pairRoutes = (forward: [string, number][]) =>
    routesOf([observedRoute("feeds", "spectate-feeds", forward, ["feeds-a", "feeds-b"])], [observedTg("feeds-a"), observedTg("feeds-b")]);

  it("creates nothing; attaches the idle one at 0 when the action lists only blue, and waits for minHealthyTargets", () => {
    const p = plan({ routes: pairRoutes([["feeds-a", 1]]) });
    // attached, and both members tagged with their side (green with the release)
    expect(kinds(p.steps)).toEqual(["set-forward", "tag-target-group", "tag-target-group"]);
    expect(p.steps.slice(1)).toMatchObject([
      { arn: tgArn("feeds-b"), tags: { "cutover:colour": "green", "cutover:release": expect.any(String) }, remove: [] },
      { arn: tgArn("feeds-a"), tags: { "cutover:colour": "blue" }, remove: [] },
    ]);
    expect(p.steps[0]).toMatchObject({
      place: { isDefault: false, ruleArn: "arn:rule/spectate-feeds/10" },
      targetGroups: [
        { arn: tgArn("feeds-a"), weight: 1 },
        { arn: tgArn("feeds-b"), weight: 0 },
      ],
    });
    expect(p.ready).toEqual([{ kind: "pair", service: "feeds", targetGroup: tgArn("feeds-b"), minHealthy: 2, timeoutMs: 15 * 60_000 }]);
  });

  it("already listed at 0: only the sides are tagged, whichever member is blue", () => {
    const p = plan({
      routes: pairRoutes([
        ["feeds-a", 0],
        ["feeds-b", 100],
      ]),
    });
    expect(p.steps.map((s) => [s.kind, "name" in s ? s.name : ""])).toEqual([
      ["tag-target-group", "feeds-a"],
      ["tag-target-group", "feeds-b"],
    ]);
    expect(p.routes).toMatchObject([{ blue: "feeds-b", green: "feeds-a", action: "in place" }]);
  });

  it("the next release takes the standby member as green: its standby markers go, and so does blue's pointer to it", () => {
    const promoted = (name: string, tags: Record<string, string>) => ({ ...observedTg(name), tags });
    const routes = routesOf(
      [
        observedRoute(
          "feeds",
          "spectate-feeds",
          [
            ["feeds-a", 0],
            ["feeds-b", 100],
          ],
          ["feeds-a", "feeds-b"],
        ),
      ],
      [
        promoted("feeds-a", { [TAG.colour]: "standby", [TAG.promotedAt]: "2026-03-01T03:00:00.000Z", [TAG.project]: "spectate" }),
        promoted("feeds-b", { [TAG.colour]: "blue", [TAG.standby]: tgArn("feeds-a"), [TAG.project]: "spectate" }),
      ],
    );
    const p = plan({ routes });
    expect(p.steps).toMatchObject([
      { name: "feeds-a", tags: { "cutover:colour": "green" }, remove: [TAG.promotedAt] },
      { name: "feeds-b", remove: [TAG.standby] },
    ]);
  });

  it("mid-switch is refused: that release is not finished", () => {
    expect(
      plan({
        routes: pairRoutes([
          ["feeds-a", 50],
          ["feeds-b", 50],
        ]),
      }).refusals[0],
    ).toContain("feeds-b already carries 50% of the traffic");
  });
});

// ---------------------------------------------------------------- Auto Scaling Groups

describe("deploy-green plan: Auto Scaling Groups", () => {
  const blueAsg: AsgSpec = {
    facts: {
      type: "asg",
      name: "kie",
      arn: "arn:asg/kie",
      minSize: 2,
      maxSize: 4,
      desiredCapacity: 2,
      launchTemplate: { id: "lt-1", name: "kie", version: "$Latest" },
      targetGroupArns: [tgArn("kie")],
      instances: [],
      tags: {},
    },
    subnets: ["subnet-1", "subnet-2"],
    healthCheckType: "ELB",
    healthCheckGracePeriod: 300,
    defaultCooldown: 300,
    terminationPolicies: ["OldestInstance"],
    tagList: [
      { key: "Name", value: "kie", propagateAtLaunch: true },
      { key: "team", value: "rules", propagateAtLaunch: false },
      { key: "cutover:release", value: "v2.3.0", propagateAtLaunch: true },
    ],
    mixedInstances: false,
  };
  const kieRoutes = routesOf([observedRoute("kie", "alb-ks", [["kie", 100]])], [observedTg("kie")]);
  const GREEN = greenResourceName("kie", RELEASE);

  it("ASG n+1 from n: launch template, subnets, capacity, its own tags; its target group attached at 0 first", () => {
    const p = plan({ routes: kieRoutes, facts: facts({ asg: new Map([["kie", { blue: blueAsg, green: undefined }]]) }) });
    expect(kinds(p.steps)).toEqual(["create-target-group", "set-forward", "create-asg"]);
    const placeholder = `<new target group ${greenTargetGroupName("kie", RELEASE)}>`;
    expect(p.steps[2]).toMatchObject({
      body: {
        AutoScalingGroupName: GREEN,
        LaunchTemplate: { LaunchTemplateId: "lt-1", Version: "$Latest" },
        MinSize: 2,
        MaxSize: 4,
        DesiredCapacity: 2,
        VPCZoneIdentifier: "subnet-1,subnet-2",
        TargetGroupARNs: [placeholder],
        HealthCheckType: "ELB",
        HealthCheckGracePeriod: 300,
        TerminationPolicies: ["OldestInstance"],
      },
    });
    const tags =
      p.steps[2]?.kind === "create-asg" ? (p.steps[2].body.Tags as { Key: string; Value: string; PropagateAtLaunch: boolean }[]) : [];
    expect(Object.fromEntries(tags.map((t) => [t.Key, [t.Value, t.PropagateAtLaunch]]))).toEqual({
      team: ["rules", false],
      Name: [GREEN, true],
      ...Object.fromEntries(
        Object.entries(cutoverTags({ project: "spectate", service: "kie", release: RELEASE, colour: "green" })).map(([k, v]) => [
          k,
          [v, true],
        ]),
      ),
    });
    expect(p.ready).toMatchObject([
      { kind: "asg", name: GREEN, desired: 2, targetGroups: [placeholder], allowanceMs: (300 + 30 + 5) * 1000 },
    ]);
  });

  it("capacity and launch template from the config win", () => {
    const config = {
      ...CONFIG,
      services: CONFIG.services.map((s) =>
        s.type === "asg" ? { ...s, capacity: { min: 1, max: 6, desired: 3 }, launchTemplate: { name: "kie-next", version: "4" } } : s,
      ),
    };
    const p = plan({ config, routes: kieRoutes, facts: facts({ asg: new Map([["kie", { blue: blueAsg, green: undefined }]]) }) });
    expect(p.steps[2]).toMatchObject({
      body: { LaunchTemplate: { LaunchTemplateName: "kie-next", Version: "4" }, MinSize: 1, MaxSize: 6, DesiredCapacity: 3 },
    });
  });

  it("a blue with a mixed instances policy needs launchTemplate in the config", () => {
    const p = plan({
      routes: kieRoutes,
      facts: facts({ asg: new Map([["kie", { blue: { ...blueAsg, mixedInstances: true }, green: undefined }]]) }),
    });
    expect(p.refusals[0]).toContain("set launchTemplate in the config");
  });
});
