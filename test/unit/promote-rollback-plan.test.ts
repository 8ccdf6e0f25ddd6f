/**
 * promote's and rollback's plans on in-memory estates, as the estate model reads them: no AWS. A
 * small in-memory applier plays each plan back onto the observation, so reruns are planned from the
 * state the first run left, as they are against AWS.
 */
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/load.js";
import type { Config } from "../../src/config/schema/index.js";
import type { ActionFacts, BackendFacts, ObservedEstate, ObservedRoute, ObservedTargetGroup } from "../../src/traffic/estate-facts.js";
import { modelEstate, type RouteState } from "../../src/traffic/estate.js";
import { planPromote } from "../../src/traffic/promote-plan.js";
import { planRollback } from "../../src/traffic/rollback-plan.js";
import { unmetIntent } from "../../src/traffic/side-intent.js";
import { changeCount, type SidePlan } from "../../src/traffic/side-plan.js";
import { cutoverTags, TAG, type Tags } from "../../src/traffic/tags.js";

const ACCOUNT = "arn:aws:elasticloadbalancing:eu-west-1:123456789012";
const LISTENER = `${ACCOUNT}:listener/app/events/50dc6c495c0c9188/f2f7dc8efc522ab2`;
const tgArn = (name: string) => `${ACCOUNT}:targetgroup/${name}/73e2d6bc24d8a067`;
const ruleArn = (id: string) => `${ACCOUNT}:listener-rule/app/events/50dc6c495c0c9188/f2f7dc8efc522ab2/${id}`;
const T0 = new Date("2026-03-01T03:00:00Z");
const HOUR = 3_600_000;

function config(traffic = "", header = "{ header: x-client-mode, green: [green], blue: [blue] }"): Config {
  const text = `
version: 1
project: spectate
aws: { region: eu-west-1 }
services:
  - { name: events, type: ecs, cluster: spectate, service: events, containerName: app, containerPort: 8080 }
loadBalancers:
  - name: events
    listener: { loadBalancer: events, port: 80 }
    routes:
      - { service: events, rule: default }
headerRouting: ${header}
traffic: { strategy: all-at-once${traffic} }
`;
  return parseConfig(text, "cutover.yml", {}).config;
}

const ecs = (name: string, ours: boolean): BackendFacts => ({
  type: "ecs",
  cluster: "spectate",
  name,
  arn: `arn:aws:ecs:eu-west-1:123456789012:service/spectate/${name}`,
  status: "ACTIVE",
  desiredCount: 2,
  runningCount: 2,
  pendingCount: 0,
  launchType: "FARGATE",
  taskDefinition: undefined,
  deployments: [],
  targetGroupArns: [tgArn(name)],
  tags: ours ? cutoverTags({ project: "spectate", service: "events", release: "v2", colour: "green" }) : {},
});

function targetGroup(name: string, tags: Tags, backend: BackendFacts): ObservedTargetGroup {
  return {
    targetGroup: {
      arn: tgArn(name),
      name,
      protocol: "HTTP",
      port: 8080,
      targetType: "ip",
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
    targets: [{ id: "10.0.0.1", port: 8080, state: "healthy", reason: undefined, description: undefined }],
    backend,
  };
}

const forward = (...weights: [string, number][]): ActionFacts => ({
  type: "forward",
  targetGroups: weights.map(([name, weight]) => ({ arn: tgArn(name), weight })),
  stickiness: undefined,
});

function headerRule(role: "green" | "blue", priority: number, to: string): ObservedRoute["headerRules"][number] {
  return {
    arn: ruleArn(role),
    priority,
    conditions: [{ field: "http-header", header: "x-client-mode", values: [role] }],
    actions: [forward([to, 1])],
    tags: { ...cutoverTags({ project: "spectate", service: "events", release: "v2", colour: role }), [TAG.headerRule]: role },
  };
}

/** An ECS route: blue `events` (the configured service), green `events-v2` (cutover's), at the given green weight. */
function estate(greenWeight: number): ObservedEstate {
  const route: ObservedRoute = {
    loadBalancer: "events",
    service: "events",
    serviceType: "ecs",
    loadBalancerFacts: { arn: `${ACCOUNT}:loadbalancer/app/events/50dc6c495c0c9188`, name: "events", dnsName: undefined, vpcId: "vpc-1" },
    listener: { arn: LISTENER, loadBalancerArn: `${ACCOUNT}:loadbalancer/app/events/50dc6c495c0c9188`, port: 80, protocol: "HTTP" },
    rule: {
      arn: ruleArn("default"),
      priority: "default",
      conditions: [],
      actions: [forward(["events", 100 - greenWeight], ["events-v2", greenWeight])],
      tags: {},
    },
    pair: undefined,
    headerRules: [headerRule("green", 1, "events-v2"), headerRule("blue", 2, "events")],
    listenerPriorities: [1, 2],
    notes: [],
  };
  return {
    project: "spectate",
    region: "eu-west-1",
    routes: [route],
    targetGroups: {
      [tgArn("events")]: targetGroup("events", {}, ecs("events", false)),
      [tgArn("events-v2")]: targetGroup(
        "events-v2",
        cutoverTags({ project: "spectate", service: "events", release: "v2", colour: "green" }),
        ecs("events-v2", true),
      ),
    },
    alarms: [],
  };
}

const routes = (observed: ObservedEstate): readonly RouteState[] => modelEstate(observed).routes;

/** Plays a plan back onto the observation, as AWS would end up after it. */
function apply(observed: ObservedEstate, plan: SidePlan): ObservedEstate {
  const targetGroups = { ...observed.targetGroups };
  let route = observed.routes[0] as ObservedRoute;
  for (const step of [...plan.steps, ...plan.retire]) {
    if (step.kind === "set-forward")
      route = {
        ...route,
        rule: { ...route.rule, actions: [{ type: "forward", targetGroups: step.targetGroups, stickiness: step.stickiness }] },
      };
    if (step.kind === "tag") {
      const tg = targetGroups[step.arn];
      if (!tg) throw new Error(`tagging ${step.name}, which is gone`);
      const tags: Record<string, string> = { ...tg.tags, ...step.add };
      for (const key of step.remove) delete tags[key];
      targetGroups[step.arn] = { ...tg, tags };
    }
    if (step.kind === "delete-target-group") delete targetGroups[step.arn];
  }
  const headerRules = route.headerRules.map((rule) => {
    const change = plan.headerPlans.flatMap((p) => p.changes).find((c) => c.kind !== "create" && c.ruleArn === rule.arn);
    if (!change || change.kind === "keep") return rule;
    const target = change.desired.target;
    const action: ActionFacts =
      "targetGroupArn" in target
        ? { type: "forward", targetGroups: [{ arn: target.targetGroupArn, weight: 1 }], stickiness: undefined }
        : { type: "fixed-response", statusCode: target.fixedResponse.statusCode };
    return { ...rule, actions: [action], tags: { ...rule.tags, ...change.desired.tags } };
  });
  return { ...observed, routes: [{ ...route, headerRules }], targetGroups };
}

const weightsOf = (plan: SidePlan) => plan.rows.map((r) => r.after.map((w) => `${w.name}=${w.weight}`).join(","));
const headerTargets = (plan: SidePlan) => plan.headerPlans.flatMap((p) => p.changes.map((c) => `${c.role}→${c.target}`));

function promote(observed: ObservedEstate, options: { config?: Config; now?: Date; cleanup?: boolean } = {}) {
  return planPromote({
    config: options.config ?? config(),
    routes: routes(observed),
    now: options.now ?? T0,
    cleanup: options.cleanup ?? false,
    release: undefined,
  });
}

function rollback(observed: ObservedEstate, options: { config?: Config; destroyGreen?: boolean } = {}) {
  return planRollback({
    config: options.config ?? config(),
    routes: routes(observed),
    now: T0,
    destroyGreen: options.destroyGreen ?? false,
  });
}

describe("promote plan", () => {
  it("from 100% green: tags the live side blue first, the old side standby, keeps blue at 0, repoints header rules", () => {
    const plan = promote(estate(100));
    expect(plan.refusals).toEqual([]);
    expect(plan.steps.map((s) => (s.kind === "tag" ? `tag ${s.name} ${JSON.stringify(s.add)}` : s.kind))).toEqual([
      `tag events-v2 {"cutover:colour":"blue","cutover:standby":"${tgArn("events")}"}`,
      `tag events {"cutover:colour":"standby","cutover:promoted-at":"${T0.toISOString()}"}`,
    ]);
    // green already has all the traffic and blue stays listed at 0: the forward action is right as it is
    expect(weightsOf(plan)).toEqual(["events=0,events-v2=100"]);
    expect(headerTargets(plan)).toEqual(["green→fixed 404", "blue→events-v2"]);
    expect(plan.retire).toEqual([]);
  });

  it("refuses from a partial switch and from green at 0, naming the share", () => {
    expect(promote(estate(30)).refusals).toEqual([
      "events default action: green events-v2 carries 30% of the traffic, not 100%; promote never moves live traffic: run switch-traffic --to 100 first",
    ]);
    expect(promote(estate(0)).refusals[0]).toContain("carries 0% of the traffic");
  });

  it("afterPromote: remove-blue drops blue from the forward action; rollback still finds it through the live side's pointer", () => {
    const cfg = config(", afterPromote: remove-blue");
    const plan = promote(estate(100), { config: cfg });
    expect(weightsOf(plan)).toEqual(["events-v2=100"]);
    const after = apply(estate(100), plan);
    expect(routes(after)[0]?.standby?.name).toBe("events");
    const back = rollback(after, { config: cfg });
    expect(back.rows.map((r) => r.action)).toEqual(["undo promote"]);
    // the standby comes back into the action; the promoted side stays listed at 0, for debugging
    expect(weightsOf(back)).toEqual(["events=100,events-v2=0"]);
  });

  it("afterRelease: live sends the green header to the live side", () => {
    const plan = promote(estate(100), {
      config: config("", "{ header: x-client-mode, green: [green], blue: [blue], afterRelease: live }"),
    });
    expect(headerTargets(plan)).toEqual(["green→events-v2", "blue→events-v2"]);
  });

  it("is idempotent: a second promote plans nothing and says already promoted", () => {
    const after = apply(estate(100), promote(estate(100)));
    const again = promote(after, { now: new Date(T0.getTime() + HOUR) });
    expect(changeCount(again)).toBe(0);
    expect(again.rows.map((r) => r.action)).toEqual(["already promoted"]);
    const model = routes(after)[0];
    expect([model?.blue?.name, model?.green?.name, model?.standby?.name, model?.phase]).toEqual([
      "events-v2",
      undefined,
      "events",
      "no-green",
    ]);
  });

  it("retires the standby once traffic.standby has passed, or at once with --cleanup; the configured service is scaled, not deleted", () => {
    const after = apply(estate(100), promote(estate(100)));
    const early = promote(after, { now: new Date(T0.getTime() + 23 * HOUR) });
    expect(early.retire).toEqual([]);
    const due = promote(after, { now: new Date(T0.getTime() + 25 * HOUR) });
    expect(due.retire.map((s) => s.kind)).toEqual(["scale-ecs-service", "tag"]);
    expect(weightsOf(due)).toEqual(["events-v2=100"]);
    expect(promote(estate(100), { cleanup: true }).retire.map((s) => s.kind)).toEqual(["scale-ecs-service", "tag"]);
  });
});

describe("rollback plan", () => {
  it("from green-attached: no traffic to move, and green-header requests follow afterRelease (a 404), as the seed's rollback has it", () => {
    const plan = rollback(estate(0));
    expect(weightsOf(plan)).toEqual(["events=100,events-v2=0"]);
    expect(plan.steps).toEqual([]);
    expect(headerTargets(plan)).toEqual(["green→fixed 404", "blue→events"]);
    expect(changeCount(plan)).toBe(1);
    const back = apply(estate(0), plan);
    expect(changeCount(rollback(back))).toBe(0);
    expect(rollback(back).rows.map((r) => r.action)).toEqual(["rolled back already"]);
    // afterRollback: keep-green keeps green reachable by header for debugging
    const keep = rollback(estate(0), {
      config: config("", "{ header: x-client-mode, green: [green], blue: [blue], afterRollback: keep-green }"),
    });
    expect(changeCount(keep)).toBe(0);
  });

  it("from a partial switch and from green-live: blue back to 100, green kept at 0, the green header per afterRelease", () => {
    for (const share of [30, 100]) {
      const plan = rollback(estate(share));
      expect(weightsOf(plan)).toEqual(["events=100,events-v2=0"]);
      expect(headerTargets(plan)).toEqual(["green→fixed 404", "blue→events"]);
      expect(changeCount(plan)).toBe(2);
      expect(changeCount(rollback(apply(estate(share), plan)))).toBe(0);
    }
  });

  it("after a promote within the standby time: back to the standby, the promoted side green again, header rules back", () => {
    const promoted = apply(estate(100), promote(estate(100)));
    const plan = rollback(promoted);
    expect(plan.rows.map((r) => r.action)).toEqual(["undo promote"]);
    expect(weightsOf(plan)).toEqual(["events=100,events-v2=0"]);
    expect(plan.rows[0]?.tags).toEqual([
      "events: cutover:colour=blue -cutover:promoted-at",
      "events-v2: cutover:colour=green -cutover:standby",
    ]);
    expect(headerTargets(plan)).toEqual(["green→fixed 404", "blue→events"]);
    const back = apply(promoted, plan);
    const model = routes(back)[0];
    expect([model?.blue?.name, model?.green?.name, model?.standby, model?.phase]).toEqual([
      "events",
      "events-v2",
      undefined,
      "green-attached",
    ]);
    expect(changeCount(rollback(back))).toBe(0);
  });

  it("--destroy-green deletes what cutover created for green, after the header rules stop pointing at it", () => {
    const plan = rollback(estate(100), { destroyGreen: true });
    expect(weightsOf(plan)).toEqual(["events=100"]);
    expect(plan.retire).toEqual([
      { kind: "delete-ecs-service", cluster: "spectate", name: "events-v2" },
      { kind: "delete-target-group", arn: tgArn("events-v2"), name: "events-v2" },
    ]);
    expect(headerTargets(plan)).toEqual(["green→fixed 404", "blue→events"]);
    expect(changeCount(rollback(apply(estate(100), plan)))).toBe(0);
  });
});

describe("what the plan meant, read back (unmetIntent)", () => {
  it("a plan played back onto the estate is met; an undone forward or a header rule left behind is named", () => {
    const promoted = apply(estate(100), promote(estate(100)));
    const plan = rollback(promoted);
    expect(unmetIntent(plan, routes(apply(promoted, plan)), config().headerRouting)).toEqual([]);
    // nothing applied: the forward action and the blue header rule differ from the plan (green stays a 404)
    expect(unmetIntent(plan, routes(promoted), config().headerRouting)).toEqual([
      "events default action: forwards events-v2=100, events=0, planned events-v2=0, events=100",
      "events default action: blue header requests reach events-v2 through rule 2 (cutover's blue header rule), intended events",
    ]);
  });

  it("a plan that is met stays met when a fresh plan would see more to do (a standby now due)", () => {
    const plan = promote(estate(100));
    const after = apply(estate(100), plan);
    expect(unmetIntent(plan, routes(after))).toEqual([]);
    const later = promote(after, { now: new Date(T0.getTime() + 8 * 24 * HOUR) });
    expect(changeCount(later)).toBeGreaterThan(0);
    expect(unmetIntent(plan, routes(after))).toEqual([]);
  });
});
