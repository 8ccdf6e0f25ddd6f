import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/load.js";
import type { RouteState } from "../../src/traffic/estate.js";
import { planVerify } from "../../src/verify/verify-plan.js";

const CONFIG = `
version: 1
project: spectate
aws: { region: eu-west-1 }
services:
  - { name: frontend, type: target-group, targetGroups: [fe-a, fe-b] }
  - { name: feed-football, type: target-group, targetGroups: [ff-a, ff-b] }
loadBalancers:
  - name: frontend
    listener: { loadBalancer: spectate-frontend, port: 80 }
    routes: [{ service: frontend }]
  - name: feeds
    listener: { loadBalancer: spectate-feeds, port: 443 }
    routes: [{ service: feed-football, rule: { priority: 10 } }]
headerRouting: { header: x-client-mode, green: [canary], blue: [blue] }
verify:
  timeout: 2s
  checks:
    - { name: home, path: /, loadBalancer: frontend }
    - { name: health, path: /health, expect: { status: [200, 204], json: { path: status, equals: UP } }, retries: 0 }
`;

type Route = Parameters<typeof planVerify>[1][number];

function route(over: Partial<Route> & Pick<Route, "loadBalancer" | "service">): Route {
  const greenArn = `arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/${over.service}-b/1`;
  const greenRule = ruleTo(greenArn);
  return {
    rule: { arn: `rule-${over.service}`, priority: over.loadBalancer === "feeds" ? 10 : "default", conditions: [] },
    dnsName: `${over.loadBalancer}.elb.example`,
    listener: {
      arn: "l",
      loadBalancerArn: "lb",
      port: over.loadBalancer === "feeds" ? 443 : 80,
      protocol: over.loadBalancer === "feeds" ? "HTTPS" : "HTTP",
    },
    phase: "green-attached",
    green: {
      arn: greenArn,
      name: `${over.service}-b`,
      attached: true,
      weight: 0,
      share: 0,
      health: { healthy: 2, total: 2, notHealthy: [] },
    } as unknown as RouteState["green"],
    headerRules: [greenRule],
    // the listener in rule order: the green header rule first, then the route's own
    listenerRules: [
      greenRule,
      {
        arn: `rule-${over.service}`,
        priority: over.loadBalancer === "feeds" ? 10 : "default",
        colour: undefined,
        release: undefined,
        header: undefined,
        conditions: [],
        action: { type: "forward", targetGroups: [{ arn: `${greenArn}-blue`, weight: 1 }], stickiness: undefined },
      },
    ],
    ...over,
  };

  function ruleTo(arn: string): RouteState["headerRules"][number] {
    return {
      arn: "hr",
      priority: 1,
      colour: "green",
      role: "green",
      release: "v2",
      header: { name: "x-client-mode", values: ["canary"] },
      conditions: [{ field: "http-header", header: "x-client-mode", values: ["canary"] }],
      action: { type: "forward", targetGroups: [{ arn, weight: 1 }], stickiness: undefined },
    };
  }
}

const config = () => parseConfig(CONFIG, "cutover.yml", {}).config;

describe("verify plan", () => {
  it("sends each check to each load balancer it covers, with the green header", () => {
    const plan = planVerify(
      config(),
      [route({ loadBalancer: "frontend", service: "frontend" }), route({ loadBalancer: "feeds", service: "feed-football" })],
      [],
    );
    expect(plan.refusals).toEqual([]);
    expect(plan.requests.map((r) => [r.name, r.method, r.url, r.headers["x-client-mode"], r.timeoutMs, r.retries])).toEqual([
      ["home", "GET", "http://frontend.elb.example/", "canary", 2000, 2],
      ["health via frontend", "GET", "http://frontend.elb.example/health", "canary", 2000, 0],
      ["health via feeds", "GET", "https://feeds.elb.example/health", "canary", 2000, 0],
    ]);
    expect(plan.requests[1]?.expect).toEqual({ status: [200, 204], bodyContains: undefined, json: { path: "status", equals: "UP" } });
  });

  it("--service narrows both the preconditions and the requests", () => {
    const plan = planVerify(
      config(),
      [route({ loadBalancer: "frontend", service: "frontend" }), route({ loadBalancer: "feeds", service: "feed-football" })],
      ["feed-football"],
    );
    expect(plan.preconditions.map((p) => p.route)).toEqual(["feeds rule 10"]);
    expect(plan.requests.map((r) => r.url)).toEqual(["https://feeds.elb.example/health"]);
  });

  it("refuses when green is missing, unhealthy, or has no header rule pointing at it", () => {
    const noGreen = route({ loadBalancer: "frontend", service: "frontend", green: undefined, headerRules: [] });
    const sick = route({ loadBalancer: "feeds", service: "feed-football" });
    const unhealthy = { ...sick, green: { ...sick.green, health: { healthy: 0, total: 2, notHealthy: [] } } as RouteState["green"] };
    const elsewhere = route({ loadBalancer: "feeds", service: "feed-football" });
    const repointed = {
      ...elsewhere.headerRules[0]!,
      action: { type: "forward" as const, targetGroups: [{ arn: "other", weight: 1 }], stickiness: undefined },
    };
    const wrongRule = { ...elsewhere, headerRules: [repointed], listenerRules: [repointed, ...elsewhere.listenerRules.slice(1)] };
    expect(planVerify(config(), [noGreen], []).refusals).toEqual([
      "frontend default action: no green target group is attached; run deploy-green first",
      "frontend default action: no green header rule; run deploy-green first",
    ]);
    expect(planVerify(config(), [unhealthy], []).refusals).toEqual([
      "feeds rule 10: green feed-football-b has no healthy target (2 registered)",
    ]);
    expect(planVerify(config(), [wrongRule], []).refusals).toEqual([
      "feeds rule 10: green header requests reach other through rule 1 (cutover's green header rule), intended feed-football-b",
    ]);
  });

  it("without header routing a request would reach blue: refused unless a baseUrl reaches green", () => {
    const text = CONFIG.replace(/^headerRouting:.*$/m, "");
    const without = parseConfig(text, "cutover.yml", {}).config;
    const plan = planVerify(without, [route({ loadBalancer: "frontend", service: "frontend", headerRules: [] })], []);
    expect(plan.refusals.join("\n")).toContain("without headerRouting a request to frontend would reach blue");
    const withBase = parseConfig(
      text.replace("  timeout: 2s", "  timeout: 2s\n  baseUrl: http://green.internal:8080"),
      "cutover.yml",
      {},
    ).config;
    const ok = planVerify(withBase, [route({ loadBalancer: "frontend", service: "frontend", headerRules: [] })], []);
    expect(ok.refusals).toEqual([]);
    expect(ok.requests[0]?.url).toBe("http://green.internal:8080/");
  });

  it("the config names unknown services and load balancers in checks", () => {
    const bad = CONFIG.replace("loadBalancer: frontend }", "loadBalancer: nope }").replace(
      "name: health, path: /health,",
      "name: health, path: /health, service: ghost,",
    );
    let problems: readonly string[] = [];
    try {
      parseConfig(bad, "cutover.yml", {});
    } catch (error) {
      problems = (error as { problems: string[] }).problems;
    }
    expect(problems).toEqual([
      "verify.checks[0].loadBalancer: no load balancer named 'nope' (loadBalancers: frontend, feeds)",
      "verify.checks[1].service: no service named 'ghost' (services: frontend, feed-football)",
    ]);
  });
});
