/**
 * Header routing on estates as users have them, against moto: path rules at consecutive priorities
 * (10, 11, 12) that other tooling numbered, with disjoint paths and with rules that may take the same
 * requests; seed 002's own header rules already on the listener; and a header rule of another tool
 * that would shadow cutover's. After deploy-green, promote and rollback, where a green-header, a
 * blue-header and a plain request go is read from the listener's rules in priority order by an
 * independent ALB simulator (test/support/alb-simulator.ts), never from cutover's report.
 */
import { CreateRuleCommand, DescribeRulesCommand, DescribeTagsCommand, type Rule } from "@aws-sdk/client-elastic-load-balancing-v2";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { greenTargetGroupName } from "../../src/release/naming.js";
import { albRoute, type SimulatedRequest } from "../support/alb-simulator.js";
import { fakeIo } from "../support/fake-io.js";
import { createAlb, createNetwork, createTargetGroup, forward, registerTargets, type Alb } from "../support/aws/aws-clients.js";
import { buildKieEstate, fixtureAccount, type FixtureAccount } from "../support/aws/index.js";
import { requireStack } from "./stack-env.js";

const stack = requireStack("moto");
let account: FixtureAccount;
let dir: string;
beforeAll(async () => {
  account = await fixtureAccount(stack.awsEndpoint);
  dir = mkdtempSync(join(tmpdir(), "cutover-header-estates-"));
}, 120_000);
afterAll(() => account?.aws.destroy());

async function cli(...args: string[]) {
  const { io, stdout, stderr } = fakeIo(account.env);
  const code = await runCli([...args, "--json"], io);
  return {
    code,
    stderr: stderr(),
    json: JSON.parse(stdout()) as { result?: Record<string, unknown>; error?: { message: string; details: string[] } },
  };
}

async function rules(listenerArn: string): Promise<Rule[]> {
  return (await account.aws.elbv2.send(new DescribeRulesCommand({ ListenerArn: listenerArn }))).Rules ?? [];
}

/** Where each request goes now, by the listener's rules as moto holds them. */
async function where(listenerArn: string, requests: Record<string, SimulatedRequest>): Promise<Record<string, string>> {
  const now = await rules(listenerArn);
  return Object.fromEntries(Object.entries(requests).map(([name, request]) => [name, albRoute(now, request).to]));
}

const priorities = async (listenerArn: string) =>
  Object.fromEntries(
    (await rules(listenerArn))
      .filter((r) => !r.IsDefault)
      .map((r) => [
        (r.Conditions ?? [])
          .map((c) => c.PathPatternConfig?.Values?.[0] ?? c.HostHeaderConfig?.Values?.[0] ?? c.HttpHeaderConfig?.Values?.[0])
          .join("+"),
        Number(r.Priority),
      ]),
  );

const green = (path: string, host = "feeds.example") => ({ path, host, headers: { "x-client-mode": "green" } });
const blue = (path: string, host = "feeds.example") => ({ path, host, headers: { "x-client-mode": "blue" } });
const plain = (path: string, host = "feeds.example") => ({ path, host });

/**
 * A listener whose rules other tooling numbered 10, 11, 12, each forwarding to a target-group pair
 * (a, b) with ip targets moto reports healthy; rule 10 matches `first`, 11 `/tennis/*`, 12 `/golf/*`.
 */
async function buildConsecutive(
  name: string,
  octet: number,
  first: { path?: string; host?: string },
): Promise<{ alb: Alb; config: string }> {
  const network = await createNetwork(account.aws, name, octet);
  const sports = ["one", "tennis", "golf"];
  const pairs: string[][] = [];
  for (const [i, sport] of sports.entries()) {
    const pair = [];
    for (const side of ["a", "b"]) {
      const arn = await createTargetGroup(account.aws, network, `${name}-${sport}-${side}`, {
        port: 80,
        targetType: "ip",
        healthCheckPath: "/",
      });
      await registerTargets(
        account.aws,
        arn,
        [`10.${octet}.1.${10 + i * 2 + (side === "b" ? 1 : 0)}`, `10.${octet}.2.${10 + i * 2 + (side === "b" ? 1 : 0)}`],
        80,
      );
      pair.push(arn);
    }
    pairs.push(pair);
  }
  const alb = await createAlb(account.aws, network, name, { Type: "fixed-response", FixedResponseConfig: { StatusCode: "404" } });
  const conditions = [
    first.host
      ? [{ Field: "host-header", HostHeaderConfig: { Values: [first.host] } }]
      : [{ Field: "path-pattern", PathPatternConfig: { Values: [first.path ?? "/one/*"] } }],
    [{ Field: "path-pattern", PathPatternConfig: { Values: ["/tennis/*"] } }],
    [{ Field: "path-pattern", PathPatternConfig: { Values: ["/golf/*"] } }],
  ];
  for (const [i, pair] of pairs.entries())
    await account.aws.elbv2.send(
      new CreateRuleCommand({
        ListenerArn: alb.listenerArn,
        Priority: 10 + i,
        Conditions: conditions[i],
        Actions: [forward([pair[0] ?? "", 100], [pair[1] ?? "", 0])],
      }),
    );
  const services = sports
    .map((s) => `  - { name: ${s}, type: target-group, targetGroups: [${name}-${s}-a, ${name}-${s}-b], minHealthyTargets: 2 }`)
    .join("\n");
  const routes = sports.map((s, i) => `      - { service: ${s}, rule: { priority: ${10 + i} } }`).join("\n");
  const config = `version: 1
project: ${name}
aws:
  region: \${AWS_REGION}
services:
${services}
loadBalancers:
  - name: ${name}
    listener: { loadBalancer: ${name}, port: 80 }
    routes:
${routes}
headerRouting: { header: x-client-mode, green: [green], blue: [blue] }
traffic: { strategy: all-at-once, bakeTime: 0s }
`;
  return { alb, config };
}

function configFile(name: string, text: string): string {
  const path = join(dir, `${name}.yml`);
  writeFileSync(path, text);
  return path;
}

describe("path rules at consecutive priorities 10, 11, 12", () => {
  it("disjoint paths: header rules go before earlier rules no request shares; green, blue and plain requests reach what they should after deploy-green, promote and rollback", async () => {
    const { alb, config: text } = await buildConsecutive("consec", 71, { path: "/one/*" });
    const config = configFile("consec", text);
    const before = await priorities(alb.listenerArn);
    const deployed = await cli("deploy-green", "--config", config, "--release", "v2");
    expect(deployed.code, deployed.stderr + JSON.stringify(deployed.json.error)).toBe(0);
    // the route rules keep their priorities; every header rule sits where the ALB reaches it first
    expect(
      Object.fromEntries(Object.entries(await priorities(alb.listenerArn)).filter(([k]) => k.startsWith("/") && !k.includes("+"))),
    ).toEqual(before);
    const requests = {
      tennisGreen: green("/tennis/x"),
      tennisBlue: blue("/tennis/x"),
      tennisPlain: plain("/tennis/x"),
      golfGreen: green("/golf/x"),
      oneGreen: green("/one/x"),
      onePlain: plain("/one/x"),
    };
    expect(await where(alb.listenerArn, requests)).toEqual({
      tennisGreen: "consec-tennis-b",
      tennisBlue: "consec-tennis-a",
      tennisPlain: "consec-tennis-a",
      golfGreen: "consec-golf-b",
      oneGreen: "consec-one-b",
      onePlain: "consec-one-a",
    });

    // status shows where each kind of request goes, and no rule shadows a header route
    const status = await cli("status", "--config", config);
    const paths = (
      status.json.result as { paths: { route: string; requests: { kind: string; destination: string; shadowedBy: unknown[] }[] }[] }
    ).paths;
    expect(paths.find((p) => p.route.endsWith("rule 11"))?.requests.map((r) => [r.kind, r.destination, r.shadowedBy.length])).toEqual([
      ["plain", "consec-tennis-a", 0],
      ["green header", "consec-tennis-b", 0],
      ["blue header", "consec-tennis-a", 0],
    ]);

    expect((await cli("switch-traffic", "--config", config)).code).toBe(0);
    const promoted = await cli("promote", "--config", config);
    expect(promoted.code, promoted.stderr).toBe(0);
    expect(
      await where(alb.listenerArn, {
        tennisGreen: requests.tennisGreen,
        tennisBlue: requests.tennisBlue,
        tennisPlain: requests.tennisPlain,
      }),
    ).toEqual({
      tennisGreen: "fixed 404",
      tennisBlue: "consec-tennis-b",
      tennisPlain: "consec-tennis-b",
    });
    const rolledBack = await cli("rollback", "--config", config);
    expect(rolledBack.code, rolledBack.stderr).toBe(0);
    expect(
      await where(alb.listenerArn, {
        tennisGreen: requests.tennisGreen,
        tennisBlue: requests.tennisBlue,
        tennisPlain: requests.tennisPlain,
      }),
    ).toEqual({
      tennisGreen: "fixed 404",
      tennisBlue: "consec-tennis-a",
      tennisPlain: "consec-tennis-a",
    });
  }, 180_000);

  it("a rule that may take the same requests: refused with a remedy that works; with makeRoom, rules move up, and promote and rollback put them back", async () => {
    const { alb, config: text } = await buildConsecutive("overlap", 72, { host: "vip.example" });
    const refused = await cli("deploy-green", "--config", configFile("overlap", text), "--release", "v2");
    expect(refused.code).toBe(3);
    expect(refused.json.error?.details.join("\n")).toContain("headerRouting.makeRoom: true");
    const untouched = await rules(alb.listenerArn);
    expect(untouched.filter((r) => !r.IsDefault).map((r) => Number(r.Priority))).toEqual([10, 11, 12]);

    const config = configFile("overlap-room", text.replace("blue: [blue] }", "blue: [blue], makeRoom: true }"));
    const deployed = await cli("deploy-green", "--config", config, "--release", "v2");
    expect(deployed.code, deployed.stderr + JSON.stringify(deployed.json.error)).toBe(0);
    const requests = {
      vipTennisGreen: green("/tennis/x", "vip.example"),
      tennisGreen: green("/tennis/x"),
      tennisBlue: blue("/tennis/x"),
      tennisPlain: plain("/tennis/x"),
      golfGreen: green("/golf/x"),
      golfPlain: plain("/golf/x"),
    };
    // vip.example stays rule 10's route (whose own green header rule takes it), the others reach theirs
    expect(await where(alb.listenerArn, requests)).toEqual({
      vipTennisGreen: "overlap-one-b",
      tennisGreen: "overlap-tennis-b",
      tennisBlue: "overlap-tennis-a",
      tennisPlain: "overlap-tennis-a",
      golfGreen: "overlap-golf-b",
      golfPlain: "overlap-golf-a",
    });
    const moved = await rules(alb.listenerArn);
    const tags = await account.aws.elbv2.send(new DescribeTagsCommand({ ResourceArns: moved.map((r) => r.RuleArn ?? "") }));
    expect(tags.TagDescriptions?.some((d) => d.Tags?.some((t) => t.Key === "cutover:original-priority"))).toBe(true);

    expect((await cli("switch-traffic", "--config", config)).code).toBe(0);
    const promoted = await cli("promote", "--config", config);
    expect(promoted.code, promoted.stderr + JSON.stringify(promoted.json.error)).toBe(0);
    // the route rules are back where the other tooling put them; the header rules made room for are gone
    const routeRules = async () =>
      (await rules(alb.listenerArn))
        .filter((r) => !r.IsDefault && !(r.Conditions ?? []).some((c) => c.Field === "http-header"))
        .map((r) => Number(r.Priority))
        .sort((a, b) => a - b);
    expect(await routeRules()).toEqual([10, 11, 12]);
    expect(await where(alb.listenerArn, { tennisPlain: requests.tennisPlain, tennisGreen: requests.tennisGreen })).toEqual({
      tennisPlain: "overlap-tennis-b",
      tennisGreen: "overlap-tennis-b",
    });
    const again = await cli("promote", "--config", config);
    expect(again.code, again.stderr).toBe(0);
    expect((again.json.result as { changes: string[] }).changes).toEqual([]);

    // the next release makes room again; its rollback gives it back just the same
    const next = await cli("deploy-green", "--config", config, "--release", "v3");
    expect(next.code, next.stderr + JSON.stringify(next.json.error)).toBe(0);
    expect(await routeRules()).not.toEqual([10, 11, 12]);
    expect(await where(alb.listenerArn, { tennisGreen: requests.tennisGreen })).toEqual({ tennisGreen: "overlap-tennis-a" });
    const back = await cli("rollback", "--config", config);
    expect(back.code, back.stderr + JSON.stringify(back.json.error)).toBe(0);
    expect(await routeRules()).toEqual([10, 11, 12]);
    expect(await where(alb.listenerArn, { tennisPlain: requests.tennisPlain, vip: plain("/tennis/x", "vip.example") })).toEqual({
      tennisPlain: "overlap-tennis-b",
      vip: "overlap-one-b",
    });
  }, 180_000);
});

describe("seed 002's own header rules already on the listener", () => {
  let kie: Awaited<ReturnType<typeof buildKieEstate>>;
  let config: string;
  beforeAll(async () => {
    kie = await buildKieEstate(account.aws);
    // the seed's optional rules: x-client-mode=blue → tg-n, x-client-mode=green → 404
    for (const [priority, value, action] of [
      [1, "blue", forward([kie.targetGroupArn, 1])],
      [2, "green", { Type: "fixed-response" as const, FixedResponseConfig: { StatusCode: "404" } }],
    ] as const)
      await account.aws.elbv2.send(
        new CreateRuleCommand({
          ListenerArn: kie.alb.listenerArn,
          Priority: priority,
          Conditions: [{ Field: "http-header", HttpHeaderConfig: { HttpHeaderName: "x-client-mode", Values: [value] } }],
          Actions: [action],
        }),
      );
    config = configFile(
      "kie",
      `version: 1
project: kie
aws:
  region: \${AWS_REGION}
services:
  - { name: kie-server, type: asg, autoScalingGroup: kie-server, capacity: match-blue, targetGroup: { healthCheckPath: /kie-server/services/rest/server } }
loadBalancers:
  - name: alb-ks
    listener: { loadBalancer: alb-ks, port: 80 }
    routes: [ { service: kie-server, rule: default } ]
headerRouting: { header: x-client-mode, green: [green], blue: [blue], afterRelease: not-found }
traffic: { strategy: all-at-once, bakeTime: 0s }
`,
    );
  }, 120_000);
  const requests = {
    green: green("/kie-server/x", "alb-ks"),
    blue: blue("/kie-server/x", "alb-ks"),
    plain: plain("/kie-server/x", "alb-ks"),
  };

  it("deploy-green takes them over: green-header requests reach tg-(n+1), blue-header and plain ones tg-n; no second pair", async () => {
    const deployed = await cli("deploy-green", "--config", config, "--release", "v2");
    expect(deployed.code, deployed.stderr + JSON.stringify(deployed.json.error)).toBe(0);
    const tgNext = greenTargetGroupName("kie-server", "v2");
    expect(await where(kie.alb.listenerArn, requests)).toEqual({ green: tgNext, blue: "kie-server", plain: "kie-server" });
    expect((await rules(kie.alb.listenerArn)).filter((r) => !r.IsDefault).map((r) => Number(r.Priority))).toEqual([1, 2]);
  }, 180_000);

  it("a rollback before promote puts them back as they were: green 404, blue tg-n", async () => {
    const back = await cli("rollback", "--config", config);
    expect(back.code, back.stderr + JSON.stringify(back.json.error)).toBe(0);
    expect(await where(kie.alb.listenerArn, requests)).toEqual({ green: "fixed 404", blue: "kie-server", plain: "kie-server" });
  }, 120_000);

  it("switch, promote, then rollback: each as the seed says", async () => {
    const tgNext = greenTargetGroupName("kie-server", "v2");
    expect((await cli("deploy-green", "--config", config, "--release", "v2")).code).toBe(0);
    expect((await cli("switch-traffic", "--config", config)).code).toBe(0);
    const promoted = await cli("promote", "--config", config);
    expect(promoted.code, promoted.stderr + JSON.stringify(promoted.json.error)).toBe(0);
    expect(await where(kie.alb.listenerArn, requests)).toEqual({ green: "fixed 404", blue: tgNext, plain: tgNext });
    const back = await cli("rollback", "--config", config);
    expect(back.code, back.stderr + JSON.stringify(back.json.error)).toBe(0);
    expect(await where(kie.alb.listenerArn, requests)).toEqual({ green: "fixed 404", blue: "kie-server", plain: "kie-server" });
  }, 180_000);
});

describe("a header rule of another tool that would shadow cutover's", () => {
  it("is refused before any change (exit 3), naming it, and status shows it", async () => {
    const { alb, config: text } = await buildConsecutive("shadow", 73, { path: "/one/*" });
    await account.aws.elbv2.send(
      new CreateRuleCommand({
        ListenerArn: alb.listenerArn,
        Priority: 1,
        Conditions: [{ Field: "http-header", HttpHeaderConfig: { HttpHeaderName: "x-client-mode", Values: ["green"] } }],
        Actions: [{ Type: "fixed-response", FixedResponseConfig: { StatusCode: "418" } }],
      }),
    );
    const config = configFile("shadow", text);
    const before = await rules(alb.listenerArn);
    const refused = await cli("deploy-green", "--config", config, "--release", "v2");
    expect(refused.code).toBe(3);
    expect(refused.json.error?.details.join("\n")).toContain("green header requests reach fixed 418 through rule 1");
    expect((await rules(alb.listenerArn)).length).toBe(before.length);
    const status = await cli("status", "--config", config);
    expect(status.code, status.stderr).toBe(0);
    const paths = (status.json.result as { paths: { route: string; requests: { kind: string; destination: string }[] }[] }).paths;
    expect(paths.find((p) => p.route.endsWith("rule 11"))?.requests.find((r) => r.kind === "green header")?.destination).toBe("fixed 418");
  }, 180_000);
});
