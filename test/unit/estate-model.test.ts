import { describe, expect, it } from "vitest";
import { toText } from "../../src/report/report.js";
import type {
  ActionFacts,
  BackendFacts,
  ObservedEstate,
  ObservedRoute,
  ObservedRule,
  ObservedTargetGroup,
  TargetFacts,
} from "../../src/traffic/estate-facts.js";
import { modelEstate, routeLabel, type RouteState } from "../../src/traffic/estate.js";
import { renderEstate } from "../../src/traffic/render-estate.js";
import { cutoverTags, TAG, type Colour } from "../../src/traffic/tags.js";

/** In-memory observations: what the AWS adapters would have read. */
const arn = (name: string) => `arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/${name}/0123456789abcdef`;

interface TgOptions {
  colour?: Colour;
  release?: string;
  project?: string;
  targets?: readonly (string | [string, string])[];
  backend?: BackendFacts;
}

function targetGroup(name: string, options: TgOptions = {}): ObservedTargetGroup {
  const tags =
    options.colour === undefined
      ? {}
      : cutoverTags({ project: options.project ?? "spectate", service: "svc", release: options.release ?? "v2", colour: options.colour });
  const targets: TargetFacts[] = (options.targets ?? ["healthy", "healthy"]).map((t, i) => {
    const [state, reason] = typeof t === "string" ? [t, undefined] : t;
    return { id: `i-${name}-${i}`, port: 80, state, reason, description: undefined };
  });
  return {
    targetGroup: {
      arn: arn(name),
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
        path: "/health",
        intervalSeconds: 30,
        timeoutSeconds: 5,
        healthyThreshold: 5,
        unhealthyThreshold: 2,
        matcher: "200",
      },
    },
    tags,
    targets,
    backend: options.backend,
  };
}

const forward = (...weights: [string, number][]): ActionFacts => ({
  type: "forward",
  targetGroups: weights.map(([name, weight]) => ({ arn: arn(name), weight })),
  stickiness: undefined,
});

function rule(actions: ActionFacts[], extra: Partial<ObservedRule> = {}): ObservedRule {
  return {
    arn: "arn:rule/10",
    priority: 10,
    conditions: [{ field: "path-pattern", values: ["/football/*"] }],
    actions,
    tags: {},
    ...extra,
  };
}

function route(
  service: string,
  actions: ActionFacts[],
  options: { pair?: [string, string]; type?: ObservedRoute["serviceType"]; headerRules?: ObservedRule[] } = {},
): ObservedRoute {
  return {
    loadBalancer: "feeds",
    service,
    serviceType: options.type ?? (options.pair ? "target-group" : "ecs"),
    loadBalancerFacts: { arn: "arn:lb", name: "spectate-feeds", dnsName: "feeds.example", vpcId: "vpc-1" },
    listener: {
      arn: "arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener/app/spectate-feeds/1/2",
      loadBalancerArn: "arn:lb",
      port: 80,
      protocol: "HTTP",
    },
    rule: rule(actions),
    pair: options.pair && [arn(options.pair[0]), arn(options.pair[1])],
    headerRules: options.headerRules ?? [],
    notes: [],
  };
}

function model(r: ObservedRoute, groups: ObservedTargetGroup[]): RouteState {
  const observed: ObservedEstate = {
    project: "spectate",
    region: "eu-west-1",
    routes: [r],
    targetGroups: Object.fromEntries(groups.map((g) => [g.targetGroup.arn, g])),
    alarms: [],
  };
  const [state] = modelEstate(observed).routes;
  if (!state) throw new Error("no route");
  return state;
}

/** Which is which, and how much each carries. */
function sides(state: RouteState) {
  return {
    phase: state.phase,
    greenShare: state.greenShare,
    blue: state.blue && [state.blue.name, state.blue.attached ? state.blue.share : "not attached"],
    green: state.green && [state.green.name, state.green.attached ? state.green.share : "not attached"],
  };
}

const pair: [string, string] = ["a", "b"];
const plain = [targetGroup("a"), targetGroup("b")];

describe("estate model: which target group is blue and which green", () => {
  it("a pair at rest: the one with weight is blue, the other green, attached at 0", () => {
    expect(sides(model(route("feed", [forward(["a", 100], ["b", 0])], { pair }), plain))).toEqual({
      phase: "green-attached",
      greenShare: 0,
      blue: ["a", 100],
      green: ["b", 0],
    });
  });

  it("a pair whose second member carries the traffic: blue follows the weight, not the order", () => {
    expect(sides(model(route("feed", [forward(["a", 0], ["b", 100])], { pair }), plain))).toMatchObject({
      blue: ["b", 100],
      green: ["a", 0],
    });
  });

  it("a forward naming one target group: green is the pair's idle member, not attached", () => {
    expect(sides(model(route("feed", [forward(["a", 1])], { pair }), plain))).toEqual({
      phase: "no-green",
      greenShare: 0,
      blue: ["a", 100],
      green: ["b", "not attached"],
    });
  });

  it("mid-switch with no tags: the pair's first with weight is blue, the route is switching", () => {
    expect(sides(model(route("feed", [forward(["b", 70], ["a", 30])], { pair }), plain))).toEqual({
      phase: "switching",
      greenShare: 70,
      blue: ["a", 30],
      green: ["b", 70],
    });
  });

  it("mid-switch with tags: the tags decide, whatever the order and weights", () => {
    const tagged = [targetGroup("a", { colour: "green" }), targetGroup("b", { colour: "blue" })];
    expect(sides(model(route("feed", [forward(["a", 30], ["b", 70])], { pair }), tagged))).toEqual({
      phase: "switching",
      greenShare: 30,
      blue: ["b", 70],
      green: ["a", 30],
    });
  });

  it("green at 100 after a switch (or a crash after the last step): green-live, from the green tag alone", () => {
    const tagged = [targetGroup("a"), targetGroup("b", { colour: "green", release: "v2.4.0" })];
    const state = model(route("feed", [forward(["a", 0], ["b", 100])], { pair }), tagged);
    expect(sides(state)).toEqual({ phase: "green-live", greenShare: 100, blue: ["a", 0], green: ["b", 100] });
    expect(state.green?.release).toBe("v2.4.0");
  });

  it("a pair member the next deploy-green took as green is no standby, even while the live side still points at it", () => {
    const live = targetGroup("b", { colour: "blue" });
    const taken = targetGroup("a", { colour: "green", release: "v3" });
    const pointing = { ...live, tags: { ...live.tags, [TAG.standby]: arn("a") } };
    const state = model(route("feed", [forward(["a", 0], ["b", 100])], { pair }), [taken, pointing]);
    expect(sides(state)).toEqual({ phase: "green-attached", greenShare: 0, blue: ["b", 100], green: ["a", 0] });
    expect(state.standby).toBeUndefined();
  });

  it("an ECS route with only blue attached has no green; the release comes from the service's tags", () => {
    const backend: BackendFacts = {
      type: "ecs",
      cluster: "spectate",
      name: "event-management",
      arn: "arn:svc",
      status: "ACTIVE",
      desiredCount: 2,
      runningCount: 2,
      pendingCount: 0,
      launchType: "FARGATE",
      taskDefinition: "arn:td:3",
      deployments: [],
      targetGroupArns: [arn("events")],
      tags: { "cutover:release": "v2.3.0" },
    };
    const state = model(route("event-management", [forward(["events", 1])]), [targetGroup("events", { backend })]);
    expect(sides(state)).toEqual({ phase: "no-green", greenShare: 0, blue: ["events", 100], green: undefined });
    expect(state.blue?.release).toBe("v2.3.0");
    expect(state.blue?.backend).toBe(backend);
    expect(state.problems).toEqual([]);
  });

  it("an ECS route with cutover's green attached at 0", () => {
    const groups = [targetGroup("events"), targetGroup("events-1a2b3c4", { colour: "green", release: "v2.4.0" })];
    const state = model(route("event-management", [forward(["events", 100], ["events-1a2b3c4", 0])]), groups);
    expect(sides(state)).toMatchObject({ phase: "green-attached", blue: ["events", 100], green: ["events-1a2b3c4", 0] });
  });

  it("a third target group is reported, not mistaken for either side", () => {
    const groups = [targetGroup("x"), targetGroup("y"), targetGroup("z")];
    const state = model(route("event-management", [forward(["x", 90], ["y", 10], ["z", 0])]), groups);
    expect(sides(state)).toMatchObject({ phase: "switching", blue: ["x", 90], green: ["y", 10] });
    expect(state.others.map((o) => o.name)).toEqual(["z"]);
    expect(state.problems).toEqual(["more than one target group besides blue (y, z); took y as green"]);
  });

  it("a pair route forwarding to a stranger says so", () => {
    const state = model(route("feed", [forward(["a", 100], ["b", 0], ["c", 0])], { pair }), [...plain, targetGroup("c")]);
    expect(state.others.map((o) => o.name)).toEqual(["c"]);
    expect(state.problems).toEqual(["forwards to c, which is not one of the service's two target groups"]);
  });

  it("two target groups tagged green: the tags are ignored and weights decide, with a problem", () => {
    const tagged = [targetGroup("a", { colour: "green" }), targetGroup("b", { colour: "green" })];
    const state = model(route("feed", [forward(["a", 100], ["b", 0])], { pair }), tagged);
    expect(sides(state)).toMatchObject({ blue: ["a", 100], green: ["b", 0] });
    expect(state.problems).toContain("a and b are all tagged green; deciding by weights");
  });

  it("a rule that does not forward, or forwards with all weights 0, is a problem", () => {
    const fixed = model(route("feed", [{ type: "fixed-response", statusCode: "404" }], { pair }), plain);
    expect(fixed.phase).toBe("no-green");
    expect(fixed.problems).toEqual([
      "does not forward to target groups (fixed-response): cutover can only weigh a forward action",
      "no target group carries traffic",
    ]);
    const zero = model(route("feed", [forward(["a", 0], ["b", 0])], { pair }), plain);
    expect(zero.problems).toContain("every target group in the forward action has weight 0: the ALB answers 503");
  });

  it("a target group tagged for another project is a problem", () => {
    const state = model(route("feed", [forward(["a", 100], ["b", 0])], { pair }), [
      targetGroup("a", { colour: "blue", project: "other" }),
      targetGroup("b"),
    ]);
    expect(state.problems).toContain("a is tagged for project 'other', not 'spectate'");
  });
});

describe("estate model: weights, health, header rules", () => {
  it("shares are percentages of the forward action's total weight", () => {
    const state = model(route("feed", [forward(["a", 1], ["b", 2])], { pair }), plain);
    expect([state.blue?.share, state.green?.share, state.blue?.weight]).toEqual([33.33, 66.67, 1]);
  });

  it("health counts healthy targets and keeps the others with AWS's reason", () => {
    const groups = [
      targetGroup("a", { targets: ["healthy", ["unused", "Target.InvalidState"], ["unhealthy", "Target.FailedHealthChecks"]] }),
      targetGroup("b"),
    ];
    const health = model(route("feed", [forward(["a", 100])], { pair }), groups).blue?.health;
    expect(health).toMatchObject({ healthy: 1, total: 3 });
    expect(health?.notHealthy.map((t) => [t.state, t.reason])).toEqual([
      ["unused", "Target.InvalidState"],
      ["unhealthy", "Target.FailedHealthChecks"],
    ]);
  });

  it("header rules carry their colour, header values and target", () => {
    const header = rule([forward(["b", 1])], {
      arn: "arn:rule/5",
      priority: 5,
      conditions: [
        { field: "http-header", header: "x-client-mode", values: ["green"] },
        { field: "path-pattern", values: ["/football/*"] },
      ],
      tags: cutoverTags({ project: "spectate", service: "feed", release: "v2.4.0", colour: "green" }),
    });
    const state = model(route("feed", [forward(["a", 100], ["b", 0])], { pair, headerRules: [header] }), plain);
    expect(state.headerRules).toEqual([
      {
        arn: "arn:rule/5",
        priority: 5,
        colour: "green",
        release: "v2.4.0",
        header: { name: "x-client-mode", values: ["green"] },
        conditions: header.conditions,
        action: forward(["b", 1]),
        cutoverProject: "spectate",
      },
    ]);
  });

  it("routes are named for messages by their config entry and rule", () => {
    const state = model(route("feed", [forward(["a", 100])], { pair }), plain);
    expect(routeLabel(state)).toBe("feeds rule 10");
  });
});

describe("routing table", () => {
  it("shows both sides of each rule, the phase, traffic, health with reasons, and header rules", () => {
    const groups = [
      targetGroup("a"),
      targetGroup("b", { colour: "green", release: "v2.4.0", targets: ["healthy", ["unused", "Target.InvalidState"]] }),
    ];
    const header = rule([{ type: "fixed-response", statusCode: "404" }], {
      arn: "arn:rule/5",
      priority: 5,
      conditions: [{ field: "http-header", header: "x-client-mode", values: ["green"] }],
      tags: cutoverTags({ project: "spectate", service: "feed", release: "v2.4.0", colour: "green" }),
    });
    const observed: ObservedEstate = {
      project: "spectate",
      region: "eu-west-1",
      routes: [route("feed", [forward(["a", 30], ["b", 70])], { pair, headerRules: [header] })],
      targetGroups: Object.fromEntries(groups.map((g) => [g.targetGroup.arn, g])),
      alarms: [{ name: "feeds-5xx", state: "ALARM", reason: "threshold crossed" }],
    };
    const text = toText(renderEstate(modelEstate(observed)));
    expect(text).toContain("feeds: spectate-feeds:80");
    expect(text).toMatch(/10 path-pattern \/football\/\*\s+feed\s+switching \(green 70%\)\s+blue\s+a\s+30%\s+2\/2\s+-/);
    expect(text).toMatch(/green\s+b\s+70%\s+1\/2 \(1 unused Target.InvalidState\)\s+v2.4.0/);
    expect(text).toContain("10 path-pattern /football/* header rule 5 (green): x-client-mode: green → fixed 404");
    expect(text).toMatch(/feeds-5xx\s+ALARM/);
  });

  it("shows the standby a promote kept under the route: its target group, traffic, health, release and when it was promoted away", () => {
    const PROMOTED_AT = "2025-03-04T05:06:07.000Z";
    const live = targetGroup("events-v2", { colour: "blue", release: "v2.5.0" });
    const old = targetGroup("events", { colour: "blue", release: "v2.4.0", targets: ["healthy", "draining"] });
    const observed: ObservedEstate = {
      project: "spectate",
      region: "eu-west-1",
      routes: [route("events", [forward(["events-v2", 100], ["events", 0])])],
      targetGroups: Object.fromEntries(
        [
          { ...live, tags: { ...live.tags, "cutover:standby": arn("events") } },
          { ...old, tags: { ...old.tags, "cutover:colour": "standby", "cutover:promoted-at": PROMOTED_AT } },
        ].map((g) => [g.targetGroup.arn, g]),
      ),
      alarms: [],
    };
    const estate = modelEstate(observed);
    expect(estate.routes[0]?.standby?.name).toBe("events");
    const text = toText(renderEstate(estate));
    expect(text).toMatch(/blue\s+events-v2\s+100%\s+2\/2\s+v2.5.0/);
    expect(text).toMatch(/green\s+-\s+-\s+-\s+-/);
    expect(text).toMatch(new RegExp(`standby \\(promoted ${PROMOTED_AT}\\)\\s+events\\s+0%\\s+1/2 \\(1 draining\\)\\s+v2.4.0`));
  });

  it("a pair's standby is its green: one row, labelled both ways; without promoted-at it reads plain standby", () => {
    const live = targetGroup("b", { colour: "blue", release: "v2.5.0" });
    const old = targetGroup("a", { colour: "blue", release: "v2.4.0" });
    const observed: ObservedEstate = {
      project: "spectate",
      region: "eu-west-1",
      routes: [route("feed", [forward(["a", 0], ["b", 100])], { pair })],
      targetGroups: Object.fromEntries(
        [live, { ...old, tags: { ...old.tags, "cutover:colour": "standby" } }].map((g) => [g.targetGroup.arn, g]),
      ),
      alarms: [],
    };
    const text = toText(renderEstate(modelEstate(observed)));
    expect(text).toMatch(/green, standby\s+a\s+0%\s+2\/2\s+v2.4.0/);
    expect(text.match(/\ba\s+0%/g)).toHaveLength(1);
  });
});
