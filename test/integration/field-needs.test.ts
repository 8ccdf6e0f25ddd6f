/**
 * The 3 a.m. case against the stack's moto server: a config whose image, database URL and smoke
 * check address come from variables the traffic jobs are not given. With only the AWS variables set,
 * status, promote and rollback run for real on seed 004's estate (three ALBs), after a partial
 * switch and after a promote; deploy-green, which does need the image, stops naming it.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { AwsCalls } from "../../src/aws/aws-call.js";
import { createLoadBalancerReader } from "../../src/aws/elb-reader.js";
import { createLoadBalancerWriter } from "../../src/aws/elb-writer.js";
import { runCli } from "../../src/cli/run-cli.js";
import { greenTargetGroupName } from "../../src/release/naming.js";
import { setForward } from "../../src/rollout/set-forward.js";
import type { Estate } from "../../src/traffic/estate.js";
import { fakeIo } from "../support/fake-io.js";
import type { FixtureAws } from "../support/aws/aws-clients.js";
import { buildSpectateEstate, ecsAgentStandIn, fixtureAccount } from "../support/aws/index.js";
import { requireStack } from "./stack-env.js";

const examples = join(import.meta.dirname, "../../examples");
const RELEASE = "v4.0.0";
const IMAGE = "registry.example.com/spectate/event-management:4.0.0";

/** The seed 004 example with its defaults taken away: these values come only from the job's environment. */
function strictConfig(): string {
  const text = readFileSync(join(examples, "spectate-three-albs.yml"), "utf8")
    .replace(/url: \$\{DATABASE_URL:-[^}]*\}/, "url: ${DATABASE_URL}")
    .replace(/image: \$\{EVENT_MANAGEMENT_IMAGE:-[^}]*\}/, "image: ${IMAGE}")
    .replace(/baseUrl: \$\{VERIFY_BASE_URL:-[^}]*\}/, "baseUrl: ${VERIFY_BASE_URL}");
  for (const reference of ["url: ${DATABASE_URL}\n", "image: ${IMAGE}\n", "baseUrl: ${VERIFY_BASE_URL}\n"])
    expect(text).toContain(reference);
  const dir = mkdtempSync(join(tmpdir(), "cutover-field-needs-"));
  writeFileSync(join(dir, "cutover.yml"), text);
  cpSync(join(examples, "prisma"), join(dir, "prisma"), { recursive: true });
  return join(dir, "cutover.yml");
}

async function cli(env: Record<string, string>, ...args: string[]) {
  const { io, stdout, stderr } = fakeIo(env);
  const code = await runCli(args, io);
  return { code, stdout: stdout(), stderr: stderr() };
}

async function status(env: Record<string, string>, config: string): Promise<Estate> {
  const run = await cli(env, "status", "--config", config, "--json");
  expect(run.code, run.stderr).toBe(0);
  return (JSON.parse(run.stdout) as { result: Estate }).result;
}

/** Sets every route's green share as switch-traffic would: blue 100-share, green share. */
async function setGreenShare(aws: FixtureAws, env: Record<string, string>, config: string, share: number): Promise<void> {
  const calls = new AwsCalls();
  const elb = { read: createLoadBalancerReader(aws.elbv2, calls), write: createLoadBalancerWriter(aws.elbv2, calls) };
  for (const route of (await status(env, config)).routes) {
    if (!route.blue || !route.green) throw new Error(`${route.service}: no blue or green to weigh`);
    await setForward(
      elb,
      { listenerArn: route.listener.arn, ruleArn: route.rule.arn, isDefault: route.rule.priority === "default", label: route.service },
      {
        targetGroups: [
          { arn: route.blue.arn, weight: 100 - share },
          { arn: route.green.arn, weight: share },
        ],
        stickiness: route.forward?.stickiness,
      },
    );
  }
}

const stack = requireStack("moto");
let account: Promise<Awaited<ReturnType<typeof fixtureAccount>>> | undefined;
const accountOnce = () => (account ??= fixtureAccount(stack.awsEndpoint));
afterAll(async () => (await account?.catch(() => undefined))?.aws.destroy());

describe("rollback, status and promote need only the traffic fields' variables (seed 004, three ALBs)", () => {
  let config = "";
  /** What a traffic job has: the AWS role and region, no IMAGE, no DATABASE_URL, no VERIFY_BASE_URL. */
  let traffic: Record<string, string> = {};

  it("deploy-green needs the image: without IMAGE it stops naming the key and the variable, having changed nothing", async () => {
    const { aws, env } = await accountOnce();
    await buildSpectateEstate(aws);
    config = strictConfig();
    traffic = { ...env };
    for (const name of ["IMAGE", "DATABASE_URL", "VERIFY_BASE_URL"]) expect(traffic[name]).toBeUndefined();

    const before = await status(traffic, config);
    const refused = await cli(traffic, "deploy-green", "--config", config, "--release", RELEASE);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("services[1].image: environment variable IMAGE is not set");
    expect(refused.stderr).not.toContain("DATABASE_URL");
    expect((await status(traffic, config)).routes).toEqual(before.routes);

    // the deploy job has the image (and still no database secret)
    const agent = ecsAgentStandIn(aws, greenTargetGroupName("event-management", RELEASE), ["10.40.1.30", "10.40.2.30"]);
    try {
      const run = await cli({ ...traffic, IMAGE }, "deploy-green", "--config", config, "--release", RELEASE);
      expect(run.code, run.stderr).toBe(0);
    } finally {
      await agent.stop();
    }
    // deploy-green does not tag a pair's idle member (as in promote-rollback.test.ts): stand in for it
    const elb = createLoadBalancerWriter(aws.elbv2, new AwsCalls());
    for (const route of (await status(traffic, config)).routes)
      if (route.serviceType === "target-group" && route.green)
        await elb.addTags({ ResourceArns: [route.green.arn], Tags: [{ Key: "cutover:colour", Value: "green" }] });
  });

  it("status shows the estate with green attached", async () => {
    const run = await cli(traffic, "status", "--config", config);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toMatch(/is not set/);
    const estate = await status(traffic, config);
    expect(estate.routes.map((r) => r.phase)).toEqual(Array(5).fill("green-attached"));
    // the ECS service got its green beside blue
    expect(estate.routes.find((r) => r.service === "event-management")?.green?.name).toBe(
      greenTargetGroupName("event-management", RELEASE),
    );
  });

  it("rollback after a partial switch (30%) puts every route back on blue", async () => {
    const { aws } = await accountOnce();
    await setGreenShare(aws, traffic, config, 30);
    expect((await status(traffic, config)).routes.map((r) => r.phase)).toEqual(Array(5).fill("switching"));

    const dry = await cli(traffic, "rollback", "--config", config, "--dry-run");
    expect(dry.code, dry.stderr).toBe(0);
    const run = await cli(traffic, "rollback", "--config", config);
    expect(run.code, run.stderr).toBe(0);
    expect((await status(traffic, config)).routes.map((r) => [r.service, r.blue?.share])).toEqual([
      ["frontend", 100],
      ["event-management", 100],
      ["feed-football", 100],
      ["feed-tennis", 100],
      ["feed-basketball", 100],
    ]);
  });

  it("promote from 100%, then rollback after the promote, each with only the traffic variables", async () => {
    const { aws } = await accountOnce();
    await setGreenShare(aws, traffic, config, 100);
    const greens = new Map((await status(traffic, config)).routes.map((r) => [r.service, r.green?.name]));

    const dry = await cli(traffic, "promote", "--config", config, "--dry-run");
    expect(dry.code, dry.stderr).toBe(0);
    const promote = await cli(traffic, "promote", "--config", config);
    expect(promote.code, promote.stderr).toBe(0);
    const promoted = await status(traffic, config);
    for (const route of promoted.routes) expect([route.service, route.blue?.name]).toEqual([route.service, greens.get(route.service)]);

    const rollback = await cli(traffic, "rollback", "--config", config);
    expect(rollback.code, rollback.stderr).toBe(0);
    for (const route of (await status(traffic, config)).routes)
      expect([route.service, route.blue?.name === greens.get(route.service)]).toEqual([route.service, false]);
  });
});
