/**
 * `cutover deploy-green` against the stack's moto server, on the seed estates the fixtures build
 * with the real SDK. moto's ECS registers no tasks in target groups, so a stand-in for the ECS agent
 * registers two task IPs in green's target group once deploy-green has created it; moto reports
 * every ECS rollout COMPLETED when the stack started it with MOTO_ECS_SERVICE_RUNNING >= 2.
 */
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { AutoScalingClient, DescribeAutoScalingGroupsCommand } from "@aws-sdk/client-auto-scaling";
import { CloudWatchClient } from "@aws-sdk/client-cloudwatch";
import {
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  ECSClient,
  ListServicesCommand,
  ListTaskDefinitionsCommand,
} from "@aws-sdk/client-ecs";
import {
  DescribeListenersCommand,
  DescribeRulesCommand,
  DescribeTagsCommand,
  DescribeTargetGroupsCommand,
  ElasticLoadBalancingV2Client,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import { afterAll, describe, expect, it } from "vitest";
import { createAlarms } from "../../src/aws/alarms.js";
import { createAutoScalingGroups } from "../../src/aws/auto-scaling-groups.js";
import { AwsCalls } from "../../src/aws/aws-call.js";
import { createContainerServices } from "../../src/aws/container-services.js";
import { createLoadBalancerReader } from "../../src/aws/elb-reader.js";
import { createLoadBalancerWriter } from "../../src/aws/elb-writer.js";
import { runCli } from "../../src/cli/run-cli.js";
import { deployGreen } from "../../src/rollout/deploy-green.js";
import { parseConfig } from "../../src/config/load.js";
import { systemClock } from "../../src/run/clock.js";
import { OperationError } from "../../src/errors.js";
import { greenResourceName, greenTargetGroupName } from "../../src/release/naming.js";
import type { Estate } from "../../src/traffic/estate.js";
import { fakeIo } from "../support/fake-io.js";
import type { FixtureAws } from "../support/aws/aws-clients.js";
import { ecsAgentStandIn } from "../support/aws/ecs-agent.js";
import { buildKieEstate, buildSpectateEstate, fixtureAccount, type FixtureAccount } from "../support/aws/index.js";
import { requireStack } from "./stack-env.js";

const examples = join(import.meta.dirname, "../../examples");
const SPECTATE = join(examples, "spectate-three-albs.yml");
const KIE = join(examples, "kie-server-asg.yml");
const RELEASE = "v2.4.0";
const IMAGE = "registry.example.com/spectate/event-management:2.4.0";
const MUTATING = /:(Create|Register|Modify|Delete|Add|Remove|Set|Put|Update|Deregister)/;

interface Calls {
  total: number;
  byAction: Record<string, number>;
}
interface DeployJson {
  exitCode: number;
  result: { greenTargetGroups: string[]; changes: string[]; awsCalls: Calls; steps: { kind: string }[] };
  error?: { kind: string; message: string; details: string[] };
}

async function cli(env: Record<string, string>, ...args: string[]) {
  const { io, stdout, stderr } = fakeIo(env);
  const code = await runCli(args, io);
  return { code, stdout: stdout(), stderr: stderr() };
}

async function deployJson(env: Record<string, string>, ...args: string[]): Promise<DeployJson & { code: number; stderr: string }> {
  const run = await cli(env, "deploy-green", "--release", RELEASE, "--json", ...args);
  const json = JSON.parse(run.stdout) as DeployJson;
  if (run.code === 0 && !args.includes("--dry-run")) json.result.awsCalls = withoutLock(json.result.awsCalls);
  return { ...json, code: run.code, stderr: run.stderr };
}

/**
 * A run that goes through takes the release lock (tags on the load balancers: one AddTags) and
 * releases it (one RemoveTags); the lock has its own tests, so these counts leave them out.
 */
function withoutLock(calls: Calls): Calls {
  const byAction = { ...calls.byAction };
  for (const action of ["elasticloadbalancing:AddTags", "elasticloadbalancing:RemoveTags"]) {
    expect(byAction[action], `${action} for the release lock`).toBeGreaterThanOrEqual(1);
    byAction[action] = (byAction[action] ?? 0) - 1;
    if (byAction[action] === 0) delete byAction[action];
  }
  return { total: calls.total - 2, byAction };
}

function mutating(calls: Calls): Record<string, number> {
  return Object.fromEntries(Object.entries(calls.byAction).filter(([action]) => MUTATING.test(action)));
}

async function withEcsAgent<T>(aws: FixtureAws, run: () => Promise<T>): Promise<T> {
  const agent = ecsAgentStandIn(aws, greenTargetGroupName("event-management", RELEASE), ["10.40.1.20", "10.40.2.20"]);
  try {
    return await run();
  } finally {
    await agent.stop();
  }
}

/** Everything deploy-green could change in the spectate estate, described. */
async function describeAll(aws: FixtureAws, listenerArns: readonly string[]): Promise<unknown> {
  const targetGroups = (await aws.elbv2.send(new DescribeTargetGroupsCommand({}))).TargetGroups ?? [];
  const tags = await aws.elbv2.send(
    new DescribeTagsCommand({ ResourceArns: targetGroups.map((t) => t.TargetGroupArn ?? "").slice(0, 20) }),
  );
  const listeners = await aws.elbv2.send(new DescribeListenersCommand({ ListenerArns: [...listenerArns] }));
  const rules = await Promise.all(listenerArns.map((ListenerArn) => aws.elbv2.send(new DescribeRulesCommand({ ListenerArn }))));
  const services = await aws.ecs.send(new ListServicesCommand({ cluster: "spectate" }));
  const described = await aws.ecs.send(new DescribeServicesCommand({ cluster: "spectate", services: services.serviceArns ?? [] }));
  const taskDefinitions = await aws.ecs.send(new ListTaskDefinitionsCommand({}));
  const groups = await aws.autoScaling.send(new DescribeAutoScalingGroupsCommand({}));
  const strip = <T>(value: T) => JSON.parse(JSON.stringify(value, (k, v: unknown) => (k === "$metadata" ? undefined : v))) as T;
  return strip({ targetGroups, tags, listeners, rules, described, taskDefinitions, groups });
}

function lazy<T>(build: () => Promise<T>): { get(): Promise<T>; built(): Promise<T | undefined> } {
  let pending: Promise<T> | undefined;
  return { get: () => (pending ??= build()), built: async () => pending?.catch(() => undefined) };
}

const stack = requireStack("moto");
const account = lazy(() => fixtureAccount(stack.awsEndpoint));
const spectate = lazy(async () => buildSpectateEstate((await account.get()).aws));
const kie = lazy(async () => buildKieEstate((await account.get()).aws));
afterAll(async () => (await account.built())?.aws.destroy());

describe("deploy-green on seed 004's estate (three ALBs: target-group pairs and an ECS service)", () => {
  it("--dry-run prints the changes and leaves AWS as it was", async () => {
    const built = await spectate.get();
    const { aws, env } = await account.get();
    const listeners = Object.values(built.albs).map((a) => a.listenerArn);
    const before = await describeAll(aws, listeners);
    const run = await cli({ ...env }, "deploy-green", "--config", SPECTATE, "--release", RELEASE, "--image", IMAGE, "--dry-run");
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("ModifyListener on event-management default action");
    expect(run.stdout).toContain(
      'containerDefinitions[app].image: "registry.example.com/spectate/event-management:1.0.0" → "registry.example.com/spectate/event-management:2.4.0"',
    );
    expect(run.stdout).toContain('"TargetGroupArn": "<new target group event-management-');
    expect(await describeAll(aws, listeners)).toEqual(before);
  });

  it("creates the ECS green (task definition, service, target group) with tags, attaches everything at weight 0 and waits", async () => {
    const built = await spectate.get();
    const { aws, env } = await account.get();
    const run = await withEcsAgent(aws, () => deployJson(env, "--config", SPECTATE, "--image", IMAGE));
    expect(run.code, run.stderr + JSON.stringify(run.error)).toBe(0);
    console.log(`deploy-green for seed 004 from scratch: ${run.result.awsCalls.total} AWS API calls`, run.result.awsCalls.byAction);
    expect(mutating(run.result.awsCalls)).toEqual({
      "ecs:CreateService": 1,
      "ecs:RegisterTaskDefinition": 1,
      "elasticloadbalancing:AddTags": 8, // both members of each of the 4 target-group pairs: which side is which
      "elasticloadbalancing:CreateRule": 10, // a green and a blue header rule for each of the 5 routes
      "elasticloadbalancing:CreateTargetGroup": 1,
      "elasticloadbalancing:ModifyListener": 1, // event-management's default action
      "elasticloadbalancing:ModifyRule": 1, // feed-tennis: its b was not attached
    });

    const greenTg = greenTargetGroupName("event-management", RELEASE);
    const tg = (await aws.elbv2.send(new DescribeTargetGroupsCommand({ Names: [greenTg] }))).TargetGroups?.[0];
    expect(tg).toMatchObject({ TargetType: "ip", Port: 8080, Protocol: "HTTP", VpcId: built.network.vpcId, HealthCheckPath: "/health" });
    const expectedTags = {
      "cutover:project": "spectate",
      "cutover:service": "event-management",
      "cutover:release": RELEASE,
      "cutover:colour": "green",
      "cutover:created-by": "cutover",
    };
    const tgTags = (await aws.elbv2.send(new DescribeTagsCommand({ ResourceArns: [tg?.TargetGroupArn ?? ""] }))).TagDescriptions?.[0]?.Tags;
    expect(Object.fromEntries((tgTags ?? []).map((t) => [t.Key, t.Value]))).toEqual(expectedTags);

    const green = (
      await aws.ecs.send(
        new DescribeServicesCommand({ cluster: "spectate", services: [greenResourceName("event-management", RELEASE)], include: ["TAGS"] }),
      )
    ).services?.[0];
    expect(green).toMatchObject({
      desiredCount: 2,
      launchType: "FARGATE",
      loadBalancers: [{ targetGroupArn: tg?.TargetGroupArn, containerName: "app", containerPort: 8080 }],
    });
    expect(green?.networkConfiguration?.awsvpcConfiguration?.subnets).toEqual([...built.network.subnetIds]);
    expect(Object.fromEntries((green?.tags ?? []).map((t) => [t.key, t.value]))).toEqual(expectedTags);
    const td = await aws.ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: green?.taskDefinition ?? "", include: ["TAGS"] }));
    expect(td.taskDefinition?.containerDefinitions?.[0]).toMatchObject({
      image: IMAGE,
      environment: [{ name: "DATABASE_READER", value: "aurora-reader.spectate.internal" }],
    });
    expect(td.taskDefinition).toMatchObject({ cpu: "256", memory: "512", networkMode: "awsvpc" });
    expect(Object.fromEntries((td.tags ?? []).map((t) => [t.key, t.value]))).toEqual(expectedTags);
    expect(run.result.greenTargetGroups).toContain(tg?.TargetGroupArn);
    expect(run.result.greenTargetGroups).toHaveLength(5);
  });

  it("then status shows every route green-attached, green at 0 beside blue", async () => {
    const { env } = await account.get();
    const status = await cli(env, "status", "--config", SPECTATE, "--json");
    expect(status.code, status.stderr).toBe(0);
    const estate = (JSON.parse(status.stdout) as { result: Estate }).result;
    expect(estate.routes.map((r) => [r.service, r.phase, r.blue?.name, r.green?.name, r.green?.weight, r.green?.release])).toEqual([
      // a pair's green member is tagged with the release it is to carry
      ["frontend", "green-attached", "spectate-frontend-a", "spectate-frontend-b", 0, RELEASE],
      ["event-management", "green-attached", "event-management", greenTargetGroupName("event-management", RELEASE), 0, RELEASE],
      ["feed-football", "green-attached", "feed-football-a", "feed-football-b", 0, RELEASE],
      ["feed-tennis", "green-attached", "feed-tennis-a", "feed-tennis-b", 0, RELEASE],
      ["feed-basketball", "green-attached", "feed-basketball-b", "feed-basketball-a", 0, RELEASE],
    ]);
    expect(estate.routes.flatMap((r) => r.problems)).toEqual([]);
    const events = estate.routes.find((r) => r.service === "event-management");
    expect(events?.green?.backend).toMatchObject({ type: "ecs", name: greenResourceName("event-management", RELEASE) });
  });

  it("a second run changes nothing: no mutating call at all", async () => {
    const { env } = await account.get();
    const run = await deployJson(env, "--config", SPECTATE, "--image", IMAGE);
    expect(run.code, run.stderr).toBe(0);
    expect(mutating(run.result.awsCalls)).toEqual({});
    expect(run.result.steps).toEqual([]);
    expect(run.result.changes).toEqual([]);
  });

  it("a rerun with another image for the same release is refused (exit 3), naming both", async () => {
    const { env } = await account.get();
    const run = await deployJson(env, "--config", SPECTATE, "--image", "registry.example.com/spectate/event-management:9.9.9");
    expect(run.code).toBe(3);
    expect(JSON.stringify(run.error)).toContain(`already runs ${IMAGE}, not registry.example.com/spectate/event-management:9.9.9`);
  });
});

describe("deploy-green on seed 002's estate (Auto Scaling Group)", () => {
  it("creates ASG n+1 and its target group with tags, attached at 0, and waits for InService and healthy", async () => {
    const built = await kie.get();
    const { aws, env } = await account.get();
    const run = await deployJson(env, "--config", KIE);
    expect(run.code, run.stderr + JSON.stringify(run.error)).toBe(0);
    expect(mutating(run.result.awsCalls)).toEqual({
      "autoscaling:CreateAutoScalingGroup": 1,
      "elasticloadbalancing:CreateRule": 2, // x-client-mode: green and blue
      "elasticloadbalancing:CreateTargetGroup": 1,
      "elasticloadbalancing:ModifyListener": 1,
    });
    const name = greenResourceName("kie-server", RELEASE);
    const group = (await aws.autoScaling.send(new DescribeAutoScalingGroupsCommand({ AutoScalingGroupNames: [name] })))
      .AutoScalingGroups?.[0];
    expect(group).toMatchObject({
      MinSize: 2,
      MaxSize: 4,
      DesiredCapacity: 2,
      LaunchTemplate: { LaunchTemplateId: built.launchTemplateId },
      VPCZoneIdentifier: built.network.subnetIds.join(","),
    });
    expect(Object.fromEntries((group?.Tags ?? []).map((t) => [t.Key, t.Value]))).toMatchObject({
      "cutover:project": "kie",
      "cutover:release": RELEASE,
      "cutover:colour": "green",
    });

    const status = await cli(env, "status", "--config", KIE, "--json");
    const route = (JSON.parse(status.stdout) as { result: Estate }).result.routes[0];
    expect(route).toMatchObject({
      phase: "green-attached",
      blue: { name: "kie-server", share: 100 },
      green: { name: greenTargetGroupName("kie-server", RELEASE), weight: 0, release: RELEASE, health: { healthy: 2, total: 2 } },
    });
    expect(route?.green?.backend).toMatchObject({ type: "asg", name });

    const again = await deployJson(env, "--config", KIE);
    expect(again.code, again.stderr).toBe(0);
    expect(mutating(again.result.awsCalls)).toEqual({});
  });

  it("a green of an older release that never went live: refused (exit 3), then replaced with --replace-green", async () => {
    const { aws, env } = await account.get();
    const NEXT = "v2.5.0";
    const refused = await cli(env, "deploy-green", "--config", KIE, "--release", NEXT);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain(
      `green ${greenTargetGroupName("kie-server", RELEASE)} holds release ${RELEASE}, which carries no traffic (never switched to, or rolled back); run again with --replace-green`,
    );

    const replaced = await cli(env, "deploy-green", "--config", KIE, "--release", NEXT, "--replace-green", "--json");
    expect(replaced.code, replaced.stderr).toBe(0);
    const status = await cli(env, "status", "--config", KIE, "--json");
    const route = (JSON.parse(status.stdout) as { result: Estate }).result.routes[0];
    expect(route).toMatchObject({
      phase: "green-attached",
      green: { name: greenTargetGroupName("kie-server", NEXT), release: NEXT, weight: 0 },
    });
    expect(route?.forward?.targetGroups).toHaveLength(2);
    const old = await aws.elbv2
      .send(new DescribeTargetGroupsCommand({ Names: [greenTargetGroupName("kie-server", RELEASE)] }))
      .catch((e: Error) => e.name);
    expect(old).toBe("TargetGroupNotFoundException");
    const groups = await aws.autoScaling.send(
      new DescribeAutoScalingGroupsCommand({ AutoScalingGroupNames: [greenResourceName("kie-server", RELEASE)] }),
    );
    expect(groups.AutoScalingGroups ?? []).toEqual([]);
  });
});

describe("deploy-green after a crash (its own account: a fresh seed 004 estate)", () => {
  const second = lazy(() => fixtureAccount(stack.awsEndpoint));
  const estate = lazy(async () => buildSpectateEstate((await second.get()).aws));
  afterAll(async () => (await second.built())?.aws.destroy());

  /** cutover's own adapters over clients of their own, whose `crashOn` command fails as if the process had died there. */
  function crashingAws(account: FixtureAccount, crashOn: string) {
    const config = { endpoint: account.account.endpoint, region: account.account.region, credentials: account.account.credentials };
    const elbv2 = new ElasticLoadBalancingV2Client(config);
    const ecs = new ECSClient(config);
    const autoScaling = new AutoScalingClient(config);
    const cloudWatch = new CloudWatchClient(config);
    for (const client of [elbv2, ecs, autoScaling, cloudWatch] as const) {
      (client.middlewareStack as { add(m: unknown, o: unknown): void }).add(
        (next: (args: unknown) => Promise<unknown>, context: { commandName?: string }) => async (args: unknown) => {
          if (context.commandName === crashOn) throw new Error(`runner killed during ${crashOn}`);
          return next(args);
        },
        { step: "initialize" },
      );
    }
    const calls = new AwsCalls();
    return {
      calls,
      aws: {
        elb: { read: createLoadBalancerReader(elbv2, calls), write: createLoadBalancerWriter(elbv2, calls) },
        containerServices: createContainerServices(ecs, calls),
        autoScalingGroups: createAutoScalingGroups(autoScaling, calls),
        alarms: createAlarms(cloudWatch, calls),
      },
      close: () => [elbv2, ecs, autoScaling, cloudWatch].forEach((c) => c.destroy()),
    };
  }

  async function crashedRun(crashOn: string): Promise<{ error: unknown; calls: Calls }> {
    const account = await second.get();
    const config = parseConfig(readFileSync(SPECTATE, "utf8"), SPECTATE, account.env).config;
    const { aws, calls, close } = crashingAws(account, crashOn);
    try {
      const error = await deployGreen(
        {
          config,
          region: account.account.region,
          release: RELEASE,
          image: IMAGE,
          services: ["event-management"],
          replaceGreen: false,
        },
        { aws, clock: systemClock, log: { info: () => undefined } },
      ).then(
        () => undefined,
        (e: unknown) => e,
      );
      return { error, calls: calls.summary() };
    } finally {
      close();
    }
  }

  it("continues from what exists: a crash before attaching, then one before creating the service, then a run that completes", async () => {
    const built = await estate.get();
    const account = await second.get();
    const { aws, env } = account;

    // killed after the target group was created, before it was attached
    const first = await crashedRun("ModifyListenerCommand");
    expect(first.error).toBeInstanceOf(OperationError);
    expect((first.error as OperationError).aftermath).toMatchObject({ kind: "resumable" });
    expect((first.error as Error).message).toContain("ModifyListener on event-management default action");
    expect(mutating(first.calls)).toEqual({
      "ecs:RegisterTaskDefinition": 1,
      "elasticloadbalancing:CreateTargetGroup": 1,
      "elasticloadbalancing:ModifyListener": 1, // counted, then the crash
    });

    // killed after attaching, before the ECS service was created: nothing is made twice
    const secondRun = await crashedRun("CreateServiceCommand");
    expect((secondRun.error as OperationError).aftermath).toMatchObject({ kind: "resumable" });
    expect(mutating(secondRun.calls)).toEqual({ "ecs:CreateService": 1, "elasticloadbalancing:ModifyListener": 1 });
    const listener = await aws.elbv2.send(new DescribeListenersCommand({ ListenerArns: [built.albs.events.listenerArn] }));
    const greenTg = greenTargetGroupName("event-management", RELEASE);
    expect(
      listener.Listeners?.[0]?.DefaultActions?.[0]?.ForwardConfig?.TargetGroups?.map((t) => [t.TargetGroupArn?.split("/")[1], t.Weight]),
    ).toEqual([
      ["event-management", 1],
      [greenTg, 0],
    ]);

    // the next run creates only the service, and waits
    const last = await withEcsAgent(aws, () => deployJson(env, "--config", SPECTATE, "--image", IMAGE, "--service", "event-management"));
    expect(last.code, last.stderr + JSON.stringify(last.error)).toBe(0);
    // (and the header rules, which come after the service)
    expect(mutating(last.result.awsCalls)).toEqual({ "ecs:CreateService": 1, "elasticloadbalancing:CreateRule": 2 });

    // one green of each kind, one new revision
    const services = await aws.ecs.send(new ListServicesCommand({ cluster: "spectate" }));
    expect(services.serviceArns?.map((a) => a.split("/").pop()).sort()).toEqual([
      "event-management",
      greenResourceName("event-management", RELEASE),
    ]);
    const revisions = await aws.ecs.send(new ListTaskDefinitionsCommand({ familyPrefix: "event-management" }));
    expect(revisions.taskDefinitionArns).toHaveLength(2);
    const groups = (await aws.elbv2.send(new DescribeTargetGroupsCommand({}))).TargetGroups ?? [];
    expect(groups.filter((g) => g.TargetGroupName?.startsWith("event-management-"))).toHaveLength(1);
  });
});
