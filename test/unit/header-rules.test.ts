import { describe, expect, it } from "vitest";
import { ensureHeaderRules, type HeaderRuleAdapter } from "../../src/aws/header-rule-writer.js";
import { parseConfig } from "../../src/config/load.js";
import type { Config } from "../../src/config/schema/index.js";
import { InputError, OperationError, RefusedError } from "../../src/errors.js";
import type { ActionFacts, ObservedRule, RuleCondition, RuleFacts } from "../../src/traffic/estate-facts.js";
import { modelEstate, type RouteState } from "../../src/traffic/estate.js";
import {
  headerRuleTags,
  planHeaderRules,
  planHeaderRulesForRoutes,
  type HeaderRuleChange,
  type HeaderRulePlan,
  type HeaderRuleTargets,
} from "../../src/traffic/header-rules/index.js";

/** Header rule planning on in-memory routes, as the estate model gives them: no AWS at all. */

const ACCOUNT = "arn:aws:elasticloadbalancing:eu-west-1:123456789012";
const LISTENER = `${ACCOUNT}:listener/app/spectate-feeds/50dc6c495c0c9188/f2f7dc8efc522ab2`;
const tgArn = (name: string) => `${ACCOUNT}:targetgroup/${name}/73e2d6bc24d8a067`;
const ruleArn = (id: string | number) => `${ACCOUNT}:listener-rule/app/spectate-feeds/50dc6c495c0c9188/f2f7dc8efc522ab2/${id}`;

/** Only the services the routes name: the config refuses a service that no route carries. */
const SERVICES = [
  "feed-football, type: target-group, targetGroups: [feed-football-a, feed-football-b]",
  "feed-tennis, type: target-group, targetGroups: [feed-tennis-a, feed-tennis-b]",
  "kie-server, type: asg, autoScalingGroup: kie-server",
];

function config(headerRouting: string | undefined, routes = "- { service: feed-football, rule: { priority: 10 } }"): Config {
  const text = `
version: 1
project: spectate
aws: { region: eu-west-1 }
services:
${SERVICES.filter((s) => routes.includes(`service: ${s.split(",")[0]}`))
  .map((s) => `  - { name: ${s} }`)
  .join("\n")}
loadBalancers:
  - name: feed-normalizers
    listener: { loadBalancer: spectate-feeds, port: 80 }
    routes:
${routes.replace(/^/gm, "      ")}
${headerRouting === undefined ? "" : `headerRouting: ${headerRouting}`}
`;
  return parseConfig(text, "cutover.yml", {}).config;
}

const AUTO = "{ header: x-client-mode, green: [green], blue: [blue] }";
const PATH = (sport: string): RuleCondition => ({ field: "path-pattern", values: [`/${sport}/*`] });
const forward = (name: string, weight = 1): ActionFacts => ({
  type: "forward",
  targetGroups: [{ arn: tgArn(name), weight }],
  stickiness: undefined,
});
const TARGETS: HeaderRuleTargets = {
  green: { targetGroupArn: tgArn("feed-football-b") },
  blue: { targetGroupArn: tgArn("feed-football-a") },
};

/** A header rule cutover made earlier, as DescribeRules and DescribeTags return it. */
function existingRule(
  role: "green" | "blue",
  priority: number,
  options: { to?: string; release?: string; conditions?: RuleCondition[]; service?: string; action?: ActionFacts } = {},
): ObservedRule {
  return {
    arn: ruleArn(`${role}-${priority}`),
    priority,
    conditions: options.conditions ?? [PATH("football"), { field: "http-header", header: "x-client-mode", values: [role] }],
    actions: [options.action ?? forward(options.to ?? (role === "green" ? "feed-football-b" : "feed-football-a"))],
    tags: headerRuleTags("spectate", options.service ?? "feed-football", options.release ?? "v2", role),
  };
}

/** One route, modelled from observations: its rule, the listener's priorities, its header rules. */
function route(
  options: {
    service?: string;
    priority?: number | "default";
    conditions?: RuleCondition[];
    listener?: number[];
    headerRules?: ObservedRule[];
  } = {},
): RouteState {
  const service = options.service ?? "feed-football";
  const priority = options.priority ?? 10;
  const headerRules = options.headerRules ?? [];
  const [state] = modelEstate({
    project: "spectate",
    region: "eu-west-1",
    routes: [
      {
        loadBalancer: "feed-normalizers",
        service,
        serviceType: "target-group",
        loadBalancerFacts: {
          arn: `${ACCOUNT}:loadbalancer/app/spectate-feeds/1`,
          name: "spectate-feeds",
          dnsName: "feeds",
          vpcId: "vpc-1",
        },
        listener: { arn: LISTENER, loadBalancerArn: `${ACCOUNT}:loadbalancer/app/spectate-feeds/1`, port: 80, protocol: "HTTP" },
        rule: {
          arn: ruleArn(String(priority)),
          priority,
          conditions: options.conditions ?? (priority === "default" ? [] : [PATH("football")]),
          actions: [forward(`${service}-a`, 100)],
          tags: {},
        },
        pair: [tgArn(`${service}-a`), tgArn(`${service}-b`)],
        headerRules,
        listenerPriorities: options.listener ?? [
          ...(priority === "default" ? [] : [priority]),
          ...headerRules.map((r) => Number(r.priority)),
        ],
        notes: [],
      },
    ],
    targetGroups: {},
    alarms: [],
  }).routes;
  if (!state) throw new Error("no route");
  return state;
}

const summary = (plan: HeaderRulePlan) => plan.changes.map((c) => [c.kind, c.role, c.priority, c.target]);

function refusalOf(run: () => unknown): RefusedError {
  try {
    run();
  } catch (error) {
    if (error instanceof RefusedError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("header rules: where they go", () => {
  it("takes the free priorities just before the route's rule, green first, with the rule's conditions plus the header", () => {
    const plan = planHeaderRules(config(AUTO), route({ listener: [10, 20, 30] }), TARGETS, "v2");
    expect(summary(plan)).toEqual([
      ["create", "green", 9, "feed-football-b"],
      ["create", "blue", 8, "feed-football-a"],
    ]);
    const green = plan.changes[0];
    expect(green?.kind === "create" && green.createRule).toEqual({
      ListenerArn: LISTENER,
      Priority: 9,
      Conditions: [
        { Field: "path-pattern", PathPatternConfig: { Values: ["/football/*"] } },
        { Field: "http-header", HttpHeaderConfig: { HttpHeaderName: "x-client-mode", Values: ["green"] } },
      ],
      Actions: [{ Type: "forward", ForwardConfig: { TargetGroups: [{ TargetGroupArn: tgArn("feed-football-b"), Weight: 1 }] } }],
      Tags: [
        { Key: "cutover:project", Value: "spectate" },
        { Key: "cutover:service", Value: "feed-football" },
        { Key: "cutover:release", Value: "v2" },
        { Key: "cutover:colour", Value: "green" },
        { Key: "cutover:created-by", Value: "cutover" },
        { Key: "cutover:header-rule", Value: "green" },
      ],
    });
    expect(plan).toMatchObject({ route: "feed-normalizers rule 10", service: "feed-football", listenerArn: LISTENER, notes: [] });
  });

  it("stays after the rules before the route: the gap starts at the nearest other rule", () => {
    const plan = planHeaderRules(config(AUTO), route({ priority: 20, listener: [3, 7, 20] }), TARGETS, "v2");
    expect(summary(plan).map((c) => c[2])).toEqual([19, 18]);
    const tight = planHeaderRules(config(AUTO), route({ priority: 10, listener: [3, 7, 10] }), TARGETS, "v2");
    expect(summary(tight).map((c) => c[2])).toEqual([9, 8]);
  });

  it("skips priorities the route's own header rules hold", () => {
    const kept = existingRule("green", 19, {
      conditions: [PATH("tennis"), { field: "http-header", header: "x-client-mode", values: ["green"] }],
    });
    const tennis: HeaderRuleTargets = {
      green: { targetGroupArn: tgArn("feed-football-b") },
      blue: { targetGroupArn: tgArn("feed-tennis-a") },
    };
    const plan = planHeaderRules(
      config(AUTO, "- { service: feed-tennis, rule: { priority: 20 } }"),
      route({
        service: "feed-tennis",
        priority: 20,
        conditions: [PATH("tennis")],
        listener: [10, 19, 20],
        headerRules: [{ ...kept, tags: headerRuleTags("spectate", "feed-tennis", "v2", "green") }],
      }),
      tennis,
      "v2",
    );
    expect(summary(plan)).toEqual([
      ["keep", "green", 19, "feed-football-b"],
      ["create", "blue", 18, "feed-tennis-a"],
    ]);
  });

  it("uses the configured priorities, and refuses ones the ALB would never reach or another rule holds", () => {
    const configured = (p: string) => config(`{ header: x-client-mode, green: [green], blue: [blue], priorities: ${p} }`);
    expect(
      summary(planHeaderRules(configured("{ green: 3, blue: 4 }"), route({ listener: [10] }), TARGETS, "v2")).map((c) => c[2]),
    ).toEqual([3, 4]);

    const above = refusalOf(() => planHeaderRules(configured("{ green: 12, blue: 4 }"), route({ listener: [10] }), TARGETS, "v2"));
    expect(above.reasons).toEqual([
      "feed-normalizers rule 10: headerRouting.priorities.green is 12, not below the route's rule 10: the ALB would never reach the header rule",
    ]);
    const taken = refusalOf(() => planHeaderRules(configured("{ green: 3, blue: 4 }"), route({ listener: [4, 10] }), TARGETS, "v2"));
    expect(taken.reasons.join("\n")).toContain("headerRouting.priorities.blue is 4, which another rule on the listener holds");
    // and green at 3 would sit before rule 4, which may take the same requests
    expect(taken.reasons.join("\n")).toContain("headerRouting.priorities.green is 3, before a rule that may take the same requests");
  });

  it("puts a default-action route's rules after the listener's last rule, with the header as the only condition", () => {
    const kie = (listener: number[]) =>
      planHeaderRules(
        config(AUTO, "- { service: kie-server }"),
        route({ service: "kie-server", priority: "default", listener }),
        TARGETS,
        "v2",
      );
    expect(summary(kie([])).map((c) => c[2])).toEqual([1, 2]);
    const after = kie([10, 20]);
    expect(summary(after).map((c) => c[2])).toEqual([21, 22]);
    expect(after.route).toBe("feed-normalizers default action");
    const green = after.changes[0];
    expect(green?.kind === "create" && green.createRule.Conditions).toEqual([
      { Field: "http-header", HttpHeaderConfig: { HttpHeaderName: "x-client-mode", Values: ["green"] } },
    ]);
  });

  it("plans the routes of one listener together: each in its own gap, a configured pair only once", () => {
    const cfg = config(AUTO, "- { service: feed-football, rule: { priority: 10 } }\n- { service: feed-tennis, rule: { priority: 20 } }");
    const entries = [
      { route: route({ priority: 10, listener: [10, 20] }), targets: TARGETS },
      { route: route({ service: "feed-tennis", priority: 20, conditions: [PATH("tennis")], listener: [10, 20] }), targets: TARGETS },
    ];
    expect(planHeaderRulesForRoutes(cfg, entries, "v2").map((p) => summary(p).map((c) => c[2]))).toEqual([
      [9, 8],
      [19, 18],
    ]);

    const pinned = config(
      "{ header: x-client-mode, green: [green], blue: [blue], priorities: { green: 3, blue: 4 } }",
      "- { service: feed-football, rule: { priority: 10 } }\n- { service: feed-tennis, rule: { priority: 20 } }",
    );
    const refusal = refusalOf(() => planHeaderRulesForRoutes(pinned, entries, "v2"));
    expect(refusal.message).toMatch(/^header rules: 2 problem\(s\); nothing was changed$/);
    expect(refusal.reasons.every((r) => r.startsWith("feed-normalizers rule 20: headerRouting.priorities."))).toBe(true);
    expect(refusal.reasons[0]).toContain("with several header-routed routes on one listener, use auto");
  });
});

describe("header rules: refusals", () => {
  it("refuses (exit 3) when no free priority is left between the rule before and the route's rule, and says what to do", () => {
    const refusal = refusalOf(() => planHeaderRules(config(AUTO), route({ priority: 10, listener: [8, 10] }), TARGETS, "v2"));
    expect(refusal.exitCode).toBe(3);
    expect(refusal.reasons).toEqual([
      "feed-normalizers rule 10: no free priority between rule 8 and rule 10 for its header rules (2 needed, 1 free): a header " +
        "rule must be evaluated before the route's rule and may pass only rules that cannot take the same requests (other path " +
        "prefixes or hosts); free priorities there, or let cutover renumber the route's rule and those after it with " +
        "headerRouting.makeRoom: true (put back at promote and rollback)",
    ]);
    expect(refusalOf(() => planHeaderRules(config(AUTO), route({ priority: 1, listener: [1] }), TARGETS, "v2")).message).toContain(
      "no free priority before rule 1",
    );
  });

  it("copies host, path, method, source-ip and query-string conditions, and refuses past the ALB's five values per rule", () => {
    const conditions: RuleCondition[] = [
      { field: "host-header", values: ["feeds.example.com"] },
      { field: "path-pattern", values: ["/football/*"] },
      { field: "query-string", values: ["v=2"], queryPairs: [{ key: "v", value: "2" }] },
    ];
    const plan = planHeaderRules(config(AUTO), route({ conditions }), TARGETS, "v2");
    const green = plan.changes[0];
    expect(green?.kind === "create" && green.createRule.Conditions).toEqual([
      { Field: "host-header", HostHeaderConfig: { Values: ["feeds.example.com"] } },
      { Field: "path-pattern", PathPatternConfig: { Values: ["/football/*"] } },
      { Field: "query-string", QueryStringConfig: { Values: [{ Key: "v", Value: "2" }] } },
      { Field: "http-header", HttpHeaderConfig: { HttpHeaderName: "x-client-mode", Values: ["green"] } },
    ]);

    const crowded: RuleCondition[] = [
      { field: "path-pattern", values: ["/football/*", "/soccer/*", "/calcio/*"] },
      { field: "http-request-method", values: ["GET"] },
    ];
    const twoValues = config("{ header: x-client-mode, green: [green, beta], blue: [blue] }");
    const refusal = refusalOf(() => planHeaderRules(twoValues, route({ conditions: crowded }), TARGETS, "v2"));
    expect(refusal.reasons).toEqual([
      "feed-normalizers rule 10: the green header rule would hold 6 condition values (the rule's 4 and 2 header values); an ALB rule takes at most 5",
    ]);
    // blue has one value: 5 fit, but the refusal is for the route as a whole
    expect(refusal.exitCode).toBe(3);
  });

  it("refuses a rule that already matches on the header, a condition it cannot copy, and too many wildcards", () => {
    const sameHeader = refusalOf(() =>
      planHeaderRules(
        config(AUTO),
        route({ conditions: [{ field: "http-header", header: "X-Client-Mode", values: ["x"] }] }),
        TARGETS,
        "v2",
      ),
    );
    expect(sameHeader.reasons[0]).toContain("its rule already matches on the x-client-mode header");
    const unknown = refusalOf(() =>
      planHeaderRules(config(AUTO), route({ conditions: [{ field: "unknown", values: [] }] }), TARGETS, "v2"),
    );
    expect(unknown.reasons[0]).toContain("a unknown condition, which cutover cannot copy");
    const wild = refusalOf(() =>
      planHeaderRules(config(AUTO), route({ conditions: [{ field: "path-pattern", values: ["/*/*/*", "/?/?/*"] }] }), TARGETS, "v2"),
    );
    expect(wild.reasons[0]).toContain("would hold 6 wildcards; an ALB rule takes at most 5");
  });

  it("refuses as bad config (exit 2) more header values than one ALB condition takes, or a value on both sides", () => {
    expect(() => planHeaderRules(config("{ green: [a, b, c, d] }"), route(), TARGETS, "v2")).toThrow(InputError);
    try {
      planHeaderRules(config("{ green: [Canary], blue: [canary] }"), route(), TARGETS, "v2");
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).problems).toEqual([
        "headerRouting: canary is both a green and a blue value; a request must pick one side",
      ]);
    }
  });
});

describe("header rules: compared with what exists", () => {
  const both = (options: Parameters<typeof existingRule>[2] = {}, blue: Parameters<typeof existingRule>[2] = {}) => [
    existingRule("green", 9, options),
    existingRule("blue", 8, blue),
  ];

  it("keeps rules that are right: no request bodies at all", () => {
    const plan = planHeaderRules(config(AUTO), route({ headerRules: both() }), TARGETS, "v2");
    expect(plan.changes.map((c) => [c.kind, c.priority])).toEqual([
      ["keep", 9],
      ["keep", 8],
    ]);
    expect(plan.changes.some((c) => "createRule" in c || "modifyRule" in c || "addTags" in c)).toBe(false);
  });

  it("repoints a rule that forwards elsewhere with a ModifyRule of its actions only", () => {
    const plan = planHeaderRules(config(AUTO), route({ headerRules: both({ to: "feed-football-old" }) }), TARGETS, "v2");
    const [green, blue] = plan.changes;
    expect(blue?.kind).toBe("keep");
    expect(green).toMatchObject({
      kind: "modify",
      ruleArn: ruleArn("green-9"),
      reasons: ["forwards to feed-football-old, wanted feed-football-b"],
      modifyRule: {
        RuleArn: ruleArn("green-9"),
        Actions: [{ Type: "forward", ForwardConfig: { TargetGroups: [{ TargetGroupArn: tgArn("feed-football-b"), Weight: 1 }] } }],
      },
    });
    const modify = green as Extract<HeaderRuleChange, { kind: "modify" }>;
    expect(modify.modifyRule?.Conditions).toBeUndefined();
    expect(modify.setRulePriorities).toBeUndefined();
    expect(modify.addTags).toBeUndefined();
  });

  it("repoints the green rule of another release and retags both, never creating a second pair", () => {
    const plan = planHeaderRules(
      config(AUTO),
      route({ headerRules: both({ to: "feed-football-a", release: "v1" }, { release: "v1" }) }),
      { green: { targetGroupArn: tgArn("feed-football-b") }, blue: { targetGroupArn: tgArn("feed-football-a") } },
      "v2",
    );
    expect(plan.changes.map((c) => c.kind)).toEqual(["modify", "modify"]);
    const [green, blue] = plan.changes as Extract<HeaderRuleChange, { kind: "modify" }>[];
    expect(green?.modifyRule?.Actions).toBeDefined();
    expect(green?.addTags?.Tags).toContainEqual({ Key: "cutover:release", Value: "v2" });
    expect(blue?.modifyRule).toBeUndefined();
    expect(blue?.reasons).toEqual(["tagged release v1, wanted blue for release v2"]);
  });

  it("moves a rule the ALB would reach only after the route's rule, and rewrites conditions that drifted", () => {
    const plan = planHeaderRules(
      config(AUTO),
      route({
        listener: [10, 12, 8],
        headerRules: [
          existingRule("green", 12),
          existingRule("blue", 8, { conditions: [{ field: "http-header", header: "x-client-mode", values: ["blue"] }] }),
        ],
      }),
      TARGETS,
      "v2",
    );
    const [green, blue] = plan.changes as Extract<HeaderRuleChange, { kind: "modify" }>[];
    expect(green?.setRulePriorities).toEqual({ RulePriorities: [{ RuleArn: ruleArn("green-12"), Priority: 9 }] });
    expect(green?.modifyRule).toBeUndefined();
    expect(blue?.modifyRule?.Conditions).toEqual([
      { Field: "path-pattern", PathPatternConfig: { Values: ["/football/*"] } },
      { Field: "http-header", HttpHeaderConfig: { HttpHeaderName: "x-client-mode", Values: ["blue"] } },
    ]);
  });

  it("sends the green header to a fixed 404 when told (promote and rollback reuse the plan)", () => {
    const plan = planHeaderRules(
      config(AUTO),
      route({ headerRules: both() }),
      { green: { fixedResponse: { statusCode: "404", contentType: "text/plain" } }, blue: { targetGroupArn: tgArn("feed-football-b") } },
      "v2",
    );
    const [green, blue] = plan.changes as Extract<HeaderRuleChange, { kind: "modify" }>[];
    expect(green?.target).toBe("fixed 404");
    expect(green?.modifyRule?.Actions).toEqual([
      { Type: "fixed-response", FixedResponseConfig: { StatusCode: "404", ContentType: "text/plain" } },
    ]);
    expect(blue?.reasons).toEqual(["forwards to feed-football-a, wanted feed-football-b"]);
  });

  it("of two rules of the same role, keeps the one the ALB reaches first, and reports the other", () => {
    const plan = planHeaderRules(
      config(AUTO),
      route({ listener: [10, 9, 8, 5], headerRules: [...both(), existingRule("green", 5, { to: "feed-football-old" })] }),
      TARGETS,
      "v2",
    );
    // rule 5 is where green-header requests go: it is repointed, not left routing them to an old target group
    expect(plan.changes.map((c) => [c.kind, c.priority])).toEqual([
      ["modify", 5],
      ["keep", 8],
    ]);
    expect(plan.notes).toEqual(["header rule at priority 9 is a second green header rule for this route; left as it is"]);
  });
});

describe("header rules: routes that get none", () => {
  it("plans nothing without a headerRouting section, or for a route with headerRouting: false", () => {
    expect(planHeaderRules(config(undefined), route(), TARGETS, "v2")).toMatchObject({
      changes: [],
      skipped: "no headerRouting section in the config",
    });
    const off = planHeaderRules(
      config(AUTO, "- { service: feed-football, rule: { priority: 10 }, headerRouting: false }"),
      route({ headerRules: [existingRule("green", 9)] }),
      TARGETS,
      "v2",
    );
    expect(off).toMatchObject({
      changes: [],
      skipped: "the route says headerRouting: false",
      notes: ["1 existing header rule(s) left as they are"],
    });
  });

  it("plans only the green rule when no blue values are configured", () => {
    const plan = planHeaderRules(config("{ header: x-client-mode, green: [green], blue: [] }"), route(), TARGETS, "v2");
    expect(summary(plan)).toEqual([["create", "green", 9, "feed-football-b"]]);
  });
});

describe("ensureHeaderRules", () => {
  /** A hand-made ELBv2 that remembers rules; `drop` loses the next write's tags, as a broken write would. */
  function fakeElb(options: { drop?: boolean } = {}) {
    const rules = new Map<string, RuleFacts>();
    const tags = new Map<string, Record<string, string>>();
    const sent: string[] = [];
    const write: HeaderRuleAdapter["write"] = {
      async createRule(body) {
        sent.push(`CreateRule ${body.Priority}`);
        const arn = ruleArn(`new-${body.Priority}`);
        const values = (c: (typeof body.Conditions)[number]) => c.PathPatternConfig?.Values ?? c.HttpHeaderConfig?.Values ?? [];
        const facts: RuleFacts = {
          arn,
          priority: body.Priority,
          conditions: body.Conditions.map((c) => ({
            field: c.Field,
            values: values(c),
            ...(c.HttpHeaderConfig ? { header: c.HttpHeaderConfig.HttpHeaderName } : {}),
          })),
          actions: body.Actions.map((a) =>
            a.Type === "forward"
              ? {
                  type: "forward" as const,
                  targetGroups: a.ForwardConfig.TargetGroups.map((t) => ({ arn: t.TargetGroupArn, weight: t.Weight })),
                  stickiness: undefined,
                }
              : { type: "fixed-response" as const, statusCode: a.FixedResponseConfig.StatusCode },
          ),
        };
        rules.set(arn, facts);
        tags.set(arn, options.drop ? {} : Object.fromEntries(body.Tags.map((t) => [t.Key, t.Value])));
        return facts;
      },
      async modifyRule(body) {
        sent.push("ModifyRule");
        return rules.get(body.RuleArn) as RuleFacts;
      },
      async setRulePriorities() {
        sent.push("SetRulePriorities");
      },
      async addTags() {
        sent.push("AddTags");
      },
      async removeTags() {
        sent.push("RemoveTags");
      },
      async deleteRule(arn) {
        sent.push("DeleteRule");
        rules.delete(arn);
      },
    };
    const read: HeaderRuleAdapter["read"] = {
      async rulesByArn(arns) {
        sent.push("DescribeRules");
        return new Map(arns.flatMap((a) => (rules.has(a) ? [[a, rules.get(a) as RuleFacts] as const] : [])));
      },
      async tags(arns) {
        sent.push("DescribeTags");
        return new Map(arns.map((a) => [a, tags.get(a) ?? {}]));
      },
    };
    const elb: HeaderRuleAdapter = { read, write };
    return { elb, sent };
  }

  it("creates what the plan says, reads it back, and reports a row per rule", async () => {
    const { elb, sent } = fakeElb();
    const plan = planHeaderRules(config(AUTO), route(), TARGETS, "v2");
    const report = await ensureHeaderRules(elb, [plan]);
    expect(sent).toEqual(["CreateRule 9", "CreateRule 8", "DescribeRules", "DescribeTags"]);
    expect(report.rows.map((r) => [r.route, r.header, r.values, r.priority, r.target, r.action])).toEqual([
      ["feed-normalizers rule 10", "x-client-mode", "green", 9, "feed-football-b", "created"],
      ["feed-normalizers rule 10", "x-client-mode", "blue", 8, "feed-football-a", "created"],
    ]);
  });

  it("calls nothing at all when every rule is kept", async () => {
    const { elb, sent } = fakeElb();
    const plan = planHeaderRules(config(AUTO), route({ headerRules: [existingRule("green", 9), existingRule("blue", 8)] }), TARGETS, "v2");
    const report = await ensureHeaderRules(elb, [plan]);
    expect(sent).toEqual([]);
    expect(report.rows.map((r) => r.action)).toEqual(["kept", "kept"]);
  });

  it("fails (exit 1, resumable) when a rule does not read back as written", async () => {
    const { elb } = fakeElb({ drop: true });
    const plan = planHeaderRules(config(AUTO), route(), TARGETS, "v2");
    const failure = await ensureHeaderRules(elb, [plan]).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(OperationError);
    expect((failure as OperationError).aftermath.kind).toBe("resumable");
    expect((failure as OperationError).message).toContain("feed-normalizers rule 10: green header rule (priority 9) tagged role none");
  });
});
