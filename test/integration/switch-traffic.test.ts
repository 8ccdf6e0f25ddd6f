/**
 * `cutover switch-traffic` against the stack's moto server, on seed 004's three ALBs after a real
 * deploy-green: the linear switch end to end, an alarm raised mid-bake, weights changed by someone
 * else between steps, and a failure injected at every write of every route at every step. After
 * each failure every route must be back at its pre-run weights, read from moto, not from cutover.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AutoScalingClient } from "@aws-sdk/client-auto-scaling";
import { CloudWatchClient, SetAlarmStateCommand } from "@aws-sdk/client-cloudwatch";
import { ECSClient } from "@aws-sdk/client-ecs";
import {
  DescribeListenersCommand,
  DescribeRulesCommand,
  DescribeTargetGroupsCommand,
  ElasticLoadBalancingV2Client,
  ModifyListenerCommand,
  ModifyRuleCommand,
  type Action,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import { parseDocument } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAlarms } from "../../src/aws/alarms.js";
import { createAutoScalingGroups } from "../../src/aws/auto-scaling-groups.js";
import { AwsCalls } from "../../src/aws/aws-call.js";
import type { Aws } from "../../src/aws/connect.js";
import { createContainerServices } from "../../src/aws/container-services.js";
import { readEstate } from "../../src/aws/estate-reader.js";
import { createLoadBalancerReader } from "../../src/aws/elb-reader.js";
import { createLoadBalancerWriter } from "../../src/aws/elb-writer.js";
import { switchTraffic } from "../../src/rollout/switch-traffic.js";
import { runCli } from "../../src/cli/run-cli.js";
import { loadConfig } from "../../src/config/load.js";
import type { Clock } from "../../src/run/clock.js";
import { OperationError, RefusedError } from "../../src/errors.js";
import { greenTargetGroupName } from "../../src/release/naming.js";
import { modelEstate } from "../../src/traffic/estate.js";
import { planSwitch } from "../../src/traffic/switch-plan.js";
import { fakeIo } from "../support/fake-io.js";
import { mermaidParser } from "../support/mermaid-parser.js";
import { ecsAgentStandIn } from "../support/aws/ecs-agent.js";
import { buildSpectateEstate, fixtureAccount, type FixtureAccount, type SpectateEstate } from "../support/aws/index.js";
import { requireStack } from "./stack-env.js";

const SPECTATE = join(import.meta.dirname, "../../examples/spectate-three-albs.yml");
const RELEASE = "v2.4.0";
const IMAGE = "registry.example.com/spectate/event-management:2.4.0";

const stack = requireStack("moto");
let account: FixtureAccount;
let estate: SpectateEstate;
let dir: string;

/** The example with another traffic section; the database section goes (its Prisma files are not beside the copy). */
function configWith(name: string, traffic: Record<string, unknown>): string {
  const doc = parseDocument(readFileSync(SPECTATE, "utf8"));
  doc.delete("database");
  doc.set("traffic", doc.createNode({ alarms: ["spectate-frontend-5xx", "spectate-events-5xx"], ...traffic }));
  const path = join(dir, `${name}.yml`);
  writeFileSync(path, doc.toString());
  return path;
}

async function cli(...args: string[]) {
  const { io, stdout, stderr } = fakeIo(account.env);
  const code = await runCli(args, io);
  return { code, stdout: stdout(), stderr: stderr() };
}

/** Every route's weights as moto has them, by target group name: the truth the tests compare. */
async function weightsNow(): Promise<Record<string, string>> {
  const { elbv2 } = account.aws;
  const names = new Map(
    ((await elbv2.send(new DescribeTargetGroupsCommand({}))).TargetGroups ?? []).map((t) => [t.TargetGroupArn, t.TargetGroupName]),
  );
  const describe = (actions: Action[] | undefined) =>
    (actions?.find((a) => a.Type === "forward")?.ForwardConfig?.TargetGroups ?? [])
      .map((t) => `${names.get(t.TargetGroupArn)}=${t.Weight}`)
      .sort()
      .join(",");
  const out: Record<string, string> = {};
  const listeners = [estate.albs.frontend.listenerArn, estate.albs.events.listenerArn];
  for (const listener of (await elbv2.send(new DescribeListenersCommand({ ListenerArns: listeners }))).Listeners ?? [])
    out[listener.ListenerArn === estate.albs.frontend.listenerArn ? "frontend" : "events"] = describe(listener.DefaultActions);
  for (const [sport, arn] of Object.entries(estate.feedRules))
    out[sport] = describe((await elbv2.send(new DescribeRulesCommand({ RuleArns: [arn] }))).Rules?.[0]?.Actions);
  return out;
}

/** cutover's adapters over clients of the test account; `onSend` may fail a call (fault injection). */
function adapters(onSend?: (command: object) => void): Pick<
  Aws,
  "elb" | "containerServices" | "autoScalingGroups" | "alarms" | "calls" | "close"
> & {
  elbv2: ElasticLoadBalancingV2Client;
} {
  const config = { endpoint: account.account.endpoint, region: account.account.region, credentials: account.account.credentials };
  const elbv2 = new ElasticLoadBalancingV2Client({ ...config, maxAttempts: 1 });
  if (onSend) {
    const send = elbv2.send.bind(elbv2) as (command: object) => Promise<unknown>;
    (elbv2 as unknown as { send: (command: object) => Promise<unknown> }).send = (command) => {
      onSend(command);
      return send(command);
    };
  }
  const ecs = new ECSClient(config);
  const autoScaling = new AutoScalingClient(config);
  const cloudWatch = new CloudWatchClient(config);
  const calls = new AwsCalls();
  return {
    elbv2,
    elb: { read: createLoadBalancerReader(elbv2, calls), write: createLoadBalancerWriter(elbv2, calls) },
    containerServices: createContainerServices(ecs, calls),
    autoScalingGroups: createAutoScalingGroups(autoScaling, calls),
    alarms: createAlarms(cloudWatch, calls),
    calls,
    close: () => [elbv2, ecs, autoScaling, cloudWatch].forEach((c) => c.destroy()),
  };
}

/** A clock whose sleeps take no time; `onSleep` lets a test act between two polls of a bake. */
function fakeClock(onSleep: (n: number) => Promise<void> = async () => undefined): Clock {
  let now = Date.parse("2026-01-01T00:00:00Z");
  let sleeps = 0;
  return {
    now: () => now,
    sleep: async (ms) => {
      now += ms;
      await onSleep(++sleeps);
    },
  };
}

const log = { info: () => undefined, warn: () => undefined };

/** Reads, plans and runs the switch in-process, with the test's clock and adapters. */
async function runSwitch(path: string, options: { clock?: Clock; onSend?: (command: object) => void; to?: number } = {}) {
  const { config } = await loadConfig(path, account.env);
  const aws = adapters(options.onSend);
  try {
    const routes = modelEstate(await readEstate(config, aws, { region: account.account.region, services: [] })).routes;
    const plan = planSwitch({ config, routes, to: options.to });
    expect(plan.refusals).toEqual([]);
    return await switchTraffic(
      plan,
      { configPath: path, release: RELEASE },
      { aws, clock: options.clock ?? fakeClock(), log, signal: new AbortController().signal, pollMs: 3_000, retryMs: 10 },
    );
  } finally {
    aws.close();
  }
}

async function failure(run: Promise<unknown>): Promise<unknown> {
  return run.then(
    () => expect.fail("the switch should have failed"),
    (error: unknown) => error,
  );
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "cutover-switch-"));
  account = await fixtureAccount(stack.awsEndpoint);
  estate = await buildSpectateEstate(account.aws);
  const agent = ecsAgentStandIn(account.aws, greenTargetGroupName("event-management", RELEASE), ["10.40.1.20", "10.40.2.20"]);
  try {
    const deployed = await cli("deploy-green", "--config", SPECTATE, "--release", RELEASE, "--image", IMAGE);
    expect(deployed.code, deployed.stderr).toBe(0);
  } finally {
    await agent.stop();
  }
});
afterAll(() => account?.aws.destroy());

describe("switch-traffic on seed 004 (three ALBs, five routes)", () => {
  const STEPS = { strategy: "canary", steps: [10, 50, 100], bakeTime: "0s" };

  it("--dry-run prints every route at every step and the restore plan, and changes nothing", async () => {
    const before = await weightsNow();
    const run = await cli("switch-traffic", "--config", configWith("dry", STEPS), "--dry-run");
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("green 0% → 100% on 5 route(s) in 3 step(s)");
    expect(run.stdout).toMatch(/feed-normalizers rule 10\s+│?\s*feed-football-a=90, feed-football-b=10/);
    expect(run.stdout).toContain("on failure, every route goes back to");
    expect(await weightsNow()).toEqual(before);
  });

  it("an alarm going into ALARM mid-bake puts every route back (exit 1 through the CLI's error)", async () => {
    const before = await weightsNow();
    const path = configWith("alarm", { ...STEPS, bakeTime: "10m" });
    const clock = fakeClock(async (n) => {
      if (n === 2)
        await account.aws.cloudWatch.send(
          new SetAlarmStateCommand({ AlarmName: "spectate-frontend-5xx", StateValue: "ALARM", StateReason: "5xx above 1%" }),
        );
    });
    try {
      const error = await failure(runSwitch(path, { clock }));
      expect(error).toBeInstanceOf(OperationError);
      const failed = error as OperationError;
      expect(failed.exitCode).toBe(1);
      expect(failed.message).toContain("alarm spectate-frontend-5xx is in ALARM: 5xx above 1%");
      expect(failed.aftermath.kind).toBe("restored");
      expect(failed.aftermath.kind === "restored" && failed.aftermath.detail.match(/: restored/g)).toHaveLength(5);
      // the summary shows how far the switch went (weights per route per step, with times, and drawn) and what was put back
      const blocks = failed.partial?.report.blocks ?? [];
      const tables = blocks.filter((b) => b.kind === "table");
      expect(tables[0]?.kind === "table" && tables[0].rows.map((r) => r[1])).toEqual(Array(5).fill("1: 10%"));
      expect(tables[1]?.kind === "table" && tables[1].rows.map((r) => r[1])).toEqual(Array(5).fill("restored"));
      const chart = blocks.find((b) => b.kind === "diagram");
      expect(chart?.kind === "diagram" && (await (await mermaidParser())(chart.text)).diagramType).toBe("xychart");
    } finally {
      await account.aws.cloudWatch.send(
        new SetAlarmStateCommand({ AlarmName: "spectate-frontend-5xx", StateValue: "OK", StateReason: "test" }),
      );
    }
    expect(await weightsNow()).toEqual(before);
  });

  it("weights changed by someone else between steps: exit 3 naming the route and both values; the others put back, theirs left", async () => {
    const before = await weightsNow();
    const path = configWith("drift", { ...STEPS, bakeTime: "1m" });
    const football = estate.feedRules.football;
    const tg = (name: string) => estate.targetGroups[name] ?? "";
    const clock = fakeClock(async (n) => {
      if (n === 1)
        await account.aws.elbv2.send(
          new ModifyRuleCommand({
            RuleArn: football,
            Actions: [
              {
                Type: "forward",
                ForwardConfig: {
                  TargetGroups: [
                    { TargetGroupArn: tg("feed-football-a"), Weight: 70 },
                    { TargetGroupArn: tg("feed-football-b"), Weight: 30 },
                  ],
                },
              },
            ],
          }),
        );
    });
    const error = await failure(runSwitch(path, { clock }));
    expect(error).toBeInstanceOf(RefusedError);
    const refused = error as RefusedError;
    expect(refused.exitCode).toBe(3);
    expect(refused.reasons).toEqual([
      "feed-normalizers rule 10: the weights are feed-football-a=70, feed-football-b=30, but cutover set feed-football-a=90, feed-football-b=10",
    ]);
    expect(refused.aftermath?.kind).toBe("restored");
    const after = await weightsNow();
    expect(after).toEqual({ ...before, football: "feed-football-a=70,feed-football-b=30" });
    // put the person's change back by hand for the next tests
    await account.aws.elbv2.send(
      new ModifyRuleCommand({
        RuleArn: football,
        Actions: [
          {
            Type: "forward",
            ForwardConfig: {
              TargetGroups: [
                { TargetGroupArn: tg("feed-football-a"), Weight: 100 },
                { TargetGroupArn: tg("feed-football-b"), Weight: 0 },
              ],
            },
          },
        ],
      }),
    );
    expect(await weightsNow()).toEqual(before);
  });

  it("a failure injected at each write (every route of every ALB at every step) always puts every route back", async () => {
    const before = await weightsNow();
    const path = configWith("faults", STEPS);
    const writes = 3 * 5;
    let trials = 0;
    let restored = 0;
    for (let failAt = 1; failAt <= writes; failAt++) {
      let n = 0;
      const onSend = (command: object) => {
        if (command instanceof ModifyRuleCommand || command instanceof ModifyListenerCommand) {
          n += 1;
          if (n === failAt) throw Object.assign(new Error(`injected failure on write ${failAt}`), { name: "InternalFailure" });
        }
      };
      trials += 1;
      const error = await failure(runSwitch(path, { onSend }));
      const back = JSON.stringify(await weightsNow()) === JSON.stringify(before);
      if (back && error instanceof OperationError && error.aftermath.kind === "restored") restored += 1;
      else console.log(`trial ${failAt}: not restored`, error, await weightsNow());
    }
    console.log(`fault injection: ${trials} trials (5 routes × 3 steps), ${restored} restored every route to its pre-run weights`);
    expect(restored).toBe(trials);
  });

  it("a linear switch end to end through the CLI moves all five routes together to 100, step by step", async () => {
    const path = configWith("linear", { strategy: "linear", increment: 25, bakeTime: "0s" });
    const run = await cli("switch-traffic", "--config", path, "--json");
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as {
      result: {
        greenWeight: number;
        steps: { step: number; route: string; green: string }[];
        stepCalls: { routeCalls: number; routes: number }[];
      };
    };
    expect(result.result.greenWeight).toBe(100);
    expect(result.result.steps.map((s) => s.step)).toEqual([1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4]);
    for (const step of result.result.stepCalls) expect(step.routeCalls).toBeLessThanOrEqual(2 * step.routes);
    expect(await weightsNow()).toEqual({
      frontend: "spectate-frontend-a=0,spectate-frontend-b=100",
      events: [`${greenTargetGroupName("event-management", RELEASE)}=100`, "event-management=0"].sort().join(","),
      football: "feed-football-a=0,feed-football-b=100",
      tennis: "feed-tennis-a=0,feed-tennis-b=100",
      basketball: "feed-basketball-a=100,feed-basketball-b=0",
    });
  });
});
