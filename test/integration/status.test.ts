/**
 * `cutover status` against the stack's moto server, on the seed estates the fixtures build with the
 * real SDK, in a moto account of this file's own, so the example configs run unchanged. The tests
 * share the estates; the one that changes them runs last.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AddTagsCommand, ModifyRuleCommand } from "@aws-sdk/client-elastic-load-balancing-v2";
import { StopInstancesCommand } from "@aws-sdk/client-ec2";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import type { Estate, RouteState } from "../../src/traffic/estate.js";
import { cutoverTags } from "../../src/traffic/tags.js";
import { fakeIo } from "../support/fake-io.js";
import { forward } from "../support/aws/aws-clients.js";
import { buildKieEstate, buildSpectateEstate, fixtureAccount } from "../support/aws/index.js";
import { requireStack } from "./stack-env.js";

const examples = join(import.meta.dirname, "../../examples");
const SPECTATE = join(examples, "spectate-three-albs.yml");
const KIE = join(examples, "kie-server-asg.yml");

interface StatusJson {
  exitCode: number;
  result: Estate & { awsCalls: { total: number; byAction: Record<string, number> } };
}

async function status(env: Record<string, string>, ...args: string[]) {
  const { io, stdout, stderr } = fakeIo(env);
  const code = await runCli(["status", ...args], io);
  return { code, stdout: stdout(), stderr: stderr() };
}

async function statusJson(env: Record<string, string>, ...args: string[]): Promise<StatusJson["result"]> {
  const run = await status(env, ...args, "--json");
  expect(run.code, run.stderr).toBe(0);
  return (JSON.parse(run.stdout) as StatusJson).result;
}

/** The parts of a route a person reads in the table. */
function row(route: RouteState) {
  const side = (tg: RouteState["blue"]) =>
    tg && { name: tg.name, attached: tg.attached, share: tg.share, healthy: `${tg.health.healthy}/${tg.health.total}` };
  return {
    loadBalancer: route.loadBalancer,
    rule: route.rule.priority,
    service: route.service,
    phase: route.phase,
    blue: side(route.blue),
    green: side(route.green),
  };
}

function routeOf(estate: Estate, service: string): RouteState {
  const route = estate.routes.find((r) => r.service === service);
  if (!route) throw new Error(`no route for ${service}`);
  return route;
}

/** Builds once, on first use, so that a stack that is down skips (or fails under CI) before any AWS call. */
function lazy<T>(build: () => Promise<T>): { get(): Promise<T>; built(): Promise<T | undefined> } {
  let pending: Promise<T> | undefined;
  return {
    get: () => (pending ??= build()),
    built: async () => pending?.catch(() => undefined),
  };
}

const stack = requireStack("moto");
const account = lazy(() => fixtureAccount(stack.awsEndpoint));
const spectate = lazy(async () => buildSpectateEstate((await account.get()).aws));
const kie = lazy(async () => buildKieEstate((await account.get()).aws));
afterAll(async () => (await account.built())?.aws.destroy());

/** cutover's environment for the account, once the estate the test reads is built. */
async function envWith(estate: { get(): Promise<unknown> }): Promise<Record<string, string>> {
  await estate.get();
  return (await account.get()).env;
}

describe("status on seed 004's estate (three ALBs)", () => {
  it("runs with only the traffic sections' variables set: no database secret in a status job", async () => {
    const env = await envWith(spectate);
    const dir = mkdtempSync(join(tmpdir(), "cutover-status-scope-"));
    // the example, with the database URL from a variable this job does not have
    const text = readFileSync(SPECTATE, "utf8").replace(/url: \$\{DATABASE_URL:-[^}]*\}/, "url: ${DATABASE_URL}");
    expect(text).toContain("url: ${DATABASE_URL}\n");
    writeFileSync(join(dir, "cutover.yml"), text);
    cpSync(join(examples, "prisma"), join(dir, "prisma"), { recursive: true });
    expect(env.DATABASE_URL).toBeUndefined();
    const run = await status(env, "--config", join(dir, "cutover.yml"));
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("event-management");
  });

  it("shows blue and green per route, with weights, health and what runs behind", async () => {
    const estate = await statusJson(await envWith(spectate), "--config", SPECTATE);

    const pair = (blue: string, green: string, greenAttached: boolean) => ({
      blue: { name: blue, attached: true, share: 100, healthy: "2/2" },
      green: { name: green, attached: greenAttached, share: 0, healthy: "2/2" },
    });
    expect(estate.routes.map(row)).toEqual([
      {
        loadBalancer: "frontend",
        rule: "default",
        service: "frontend",
        phase: "green-attached",
        ...pair("spectate-frontend-a", "spectate-frontend-b", true),
      },
      {
        loadBalancer: "event-management",
        rule: "default",
        service: "event-management",
        phase: "no-green",
        blue: { name: "event-management", attached: true, share: 100, healthy: "2/2" },
        green: undefined,
      },
      {
        loadBalancer: "feed-normalizers",
        rule: 10,
        service: "feed-football",
        phase: "green-attached",
        ...pair("feed-football-a", "feed-football-b", true),
      },
      // the plain one-target-group form: the pair's other member is green, not attached
      {
        loadBalancer: "feed-normalizers",
        rule: 20,
        service: "feed-tennis",
        phase: "no-green",
        ...pair("feed-tennis-a", "feed-tennis-b", false),
      },
      // b carries the traffic, so b is blue whatever the pair's order
      {
        loadBalancer: "feed-normalizers",
        rule: 30,
        service: "feed-basketball",
        phase: "green-attached",
        ...pair("feed-basketball-b", "feed-basketball-a", true),
      },
    ]);

    const events = routeOf(estate, "event-management");
    expect(events.blue?.backend).toMatchObject({ type: "ecs", cluster: "spectate", name: "event-management", desiredCount: 2 });
    expect(events.blue?.targetGroup).toMatchObject({ targetType: "ip", port: 8080, healthCheck: { path: "/health" } });
    expect(routeOf(estate, "feed-football").rule.conditions).toEqual([{ field: "path-pattern", values: ["/football/*"] }]);
    expect(estate.routes.flatMap((r) => r.problems)).toEqual([]);
    expect(estate.alarms.map((a) => [a.name, a.state])).toEqual([
      ["spectate-frontend-5xx", "OK"],
      ["spectate-events-5xx", "OK"],
    ]);
  });

  it("makes 22 AWS API calls for the seed 004 estate, batching what the APIs allow", async () => {
    const env = await envWith(spectate);
    const { awsCalls } = await statusJson(env, "--config", SPECTATE);
    expect(awsCalls.byAction).toEqual({
      "cloudwatch:DescribeAlarms": 1,
      "ecs:DescribeServices": 1,
      "elasticloadbalancing:DescribeListeners": 3, // one per ALB
      "elasticloadbalancing:DescribeLoadBalancers": 1, // the three names in one call
      "elasticloadbalancing:DescribeRules": 3, // one per listener
      "elasticloadbalancing:DescribeTags": 2, // the rules' first (a moved rule is found by its tag), then the 9 target groups
      "elasticloadbalancing:DescribeTargetGroups": 2, // the pairs by name, then the ECS one by ARN
      "elasticloadbalancing:DescribeTargetHealth": 9, // no batch form: one per target group
    });
    expect(awsCalls.total).toBe(22);

    const tennisOnly = await statusJson(env, "--config", SPECTATE, "--service", "feed-tennis");
    expect(tennisOnly.routes.map((r) => r.service)).toEqual(["feed-tennis"]);
    expect(tennisOnly.awsCalls.total).toBeLessThan(awsCalls.total);
  });

  it("prints a table per load balancer, two rows per rule", async () => {
    const run = await status(await envWith(spectate), "--config", SPECTATE);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("Status of spectate in eu-west-1: 5 route(s) on 3 load balancer(s)");
    expect(run.stdout).toContain("feed-normalizers: spectate-feeds:80");
    expect(run.stdout).toMatch(/10 path-pattern \/football\/\*\s+feed-football\s+green-attached\s+blue\s+feed-football-a\s+100%\s+2\/2/);
    expect(run.stdout).toMatch(/green\s+feed-tennis-b\s+not attached\s+2\/2/);
    expect(run.stdout).toMatch(/blue\s+event-management\s+100%\s+2\/2\s+-\s+ECS event-management \d+\/2 running/);
    expect(run.stdout).toContain("Read with 22 AWS API calls.");
  });
});

describe("status on seed 002's estate (Auto Scaling Group)", () => {
  it("shows the ASG behind the default action, no green yet", async () => {
    const env = await envWith(kie);
    const built = await kie.get();
    const estate = await statusJson(env, "--config", KIE);
    expect(estate.routes.map(row)).toEqual([
      {
        loadBalancer: "alb-ks",
        rule: "default",
        service: "kie-server",
        phase: "no-green",
        blue: { name: "kie-server", attached: true, share: 100, healthy: "2/2" },
        green: undefined,
      },
    ]);
    expect(estate.routes[0]?.blue?.backend).toMatchObject({
      type: "asg",
      name: "kie-server",
      desiredCapacity: 2,
      launchTemplate: { id: built.launchTemplateId },
      instances: built.instanceIds.map((id) => ({ id, lifecycleState: "InService" })),
    });
    expect(estate.routes[0]?.problems).toEqual([]);
  });
});

describe("status when the config and AWS disagree", () => {
  it("refuses (exit 3) naming every load balancer, listener, rule and target group that does not exist", async () => {
    const config = tempConfig(`
version: 1
project: spectate
aws: { region: "\${AWS_REGION}", endpoint: "\${AWS_ENDPOINT_URL}" }
services:
  - { name: feed-football, type: target-group, targetGroups: [feed-football-a, feed-football-b] }
  - { name: feed-tennis, type: target-group, targetGroups: [feed-tennis-a, feed-tennis-c] }
loadBalancers:
  - name: nowhere
    listener: { loadBalancer: spectate-nowhere, port: 80 }
    routes: [{ service: feed-football }]
  - name: wrong-port
    listener: { loadBalancer: spectate-feeds, port: 8080 }
    routes: [{ service: feed-football, rule: { priority: 10 } }]
  - name: feeds
    listener: { loadBalancer: spectate-feeds, port: 80 }
    routes: [{ service: feed-tennis, rule: { priority: 40 } }]
`);
    const run = await status(await envWith(spectate), "--config", config);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain("refused: 4 resources the config names do not exist in AWS (eu-west-1)");
    expect(run.stderr).toContain("loadBalancers[0] (nowhere).listener.loadBalancer: no load balancer named 'spectate-nowhere'");
    expect(run.stderr).toContain(
      "loadBalancers[1] (wrong-port).listener.port: load balancer 'spectate-feeds' has no listener on port 8080 (its listeners: 80)",
    );
    expect(run.stderr).toContain(
      "loadBalancers[2] (feeds).routes[0].rule.priority: listener spectate-feeds:80 has no rule at priority 40 (its priorities: 10, 20, 30)",
    );
    expect(run.stderr).toContain("services[1] (feed-tennis).targetGroups[1]: no target group named 'feed-tennis-c'");
    expect(run.stderr).toContain("Nothing was changed.");
  });

  it("fails (exit 1) naming the action and the resources when AWS cannot be reached", async () => {
    // a port nobody listens on, one attempt: the error must still say what was being done
    const env = {
      AWS_ENDPOINT_URL: "http://127.0.0.1:9",
      AWS_MAX_ATTEMPTS: "1",
      AWS_ACCESS_KEY_ID: "testing",
      AWS_SECRET_ACCESS_KEY: "testing",
    };
    const run = await status(env, "--config", SPECTATE, "--json");
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout) as { error: { kind: string; message: string; details: string[] } };
    expect(result.error.kind).toBe("failed");
    expect(result.error.message).toMatch(
      /^status failed: could not read the estate: DescribeLoadBalancers on spectate-frontend, spectate-events, spectate-feeds: \S+/,
    );
    expect(result.error.details).toContain("Nothing had been changed yet.");
  });
});

// Last: it changes the shared estate.
describe("status mid-release", () => {
  it("shows a switch in progress, a green that went live before a crash, and unhealthy targets", async () => {
    const env = await envWith(spectate);
    const { aws } = await account.get();
    const built = await spectate.get();
    const tg = (name: string) => built.targetGroups[name] ?? "";

    // mid-switch, as switch-traffic leaves it between two steps (no tags: the pair's first is blue)
    await aws.elbv2.send(
      new ModifyRuleCommand({
        RuleArn: built.feedRules.football,
        Actions: [forward([tg("feed-football-a"), 30], [tg("feed-football-b"), 70])],
      }),
    );
    // green at 100 with its colour in tags, as a run killed after its last step leaves it
    await aws.elbv2.send(
      new AddTagsCommand({
        ResourceArns: [tg("feed-basketball-a")],
        Tags: toTagList(cutoverTags({ project: "spectate", service: "feed-basketball", release: "v2.4.0", colour: "green" })),
      }),
    );
    await aws.elbv2.send(
      new ModifyRuleCommand({
        RuleArn: built.feedRules.basketball,
        Actions: [forward([tg("feed-basketball-a"), 100], [tg("feed-basketball-b"), 0])],
      }),
    );
    // a stopped instance is the one target moto reports as not healthy
    await aws.ec2.send(new StopInstancesCommand({ InstanceIds: [built.targets["feed-tennis-b"]?.[0] ?? ""] }));

    const estate = await statusJson(env, "--config", SPECTATE);
    const football = routeOf(estate, "feed-football");
    expect(row(football)).toMatchObject({
      phase: "switching",
      blue: { name: "feed-football-a", share: 30 },
      green: { name: "feed-football-b", share: 70 },
    });
    expect(football.greenShare).toBe(70);

    const basketball = routeOf(estate, "feed-basketball");
    expect(row(basketball)).toMatchObject({
      phase: "green-live",
      blue: { name: "feed-basketball-b", share: 0 },
      green: { name: "feed-basketball-a", share: 100 },
    });
    expect(basketball.green?.release).toBe("v2.4.0");

    const tennisGreen = routeOf(estate, "feed-tennis").green;
    expect(tennisGreen?.health).toMatchObject({ healthy: 1, total: 2, notHealthy: [{ state: "unused", reason: "Target.InvalidState" }] });

    const text = await status(env, "--config", SPECTATE);
    expect(text.stdout).toContain("switching (green 70%)");
    expect(text.stdout).toContain("1/2 (1 unused Target.InvalidState)");
  });
});

function toTagList(tags: Readonly<Record<string, string>>) {
  return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
}

function tempConfig(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), "cutover-status-")), "cutover.yml");
  writeFileSync(file, text);
  return file;
}
