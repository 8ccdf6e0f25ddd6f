/**
 * `iam-policy --command C` allows every AWS call C makes: each built command that calls AWS runs
 * against moto on both seed estates, and every IAM action AwsCalls counted must be in the policy
 * that iam-policy prints for it. A new call in an adapter or a command fails here until the tables
 * in src/aws/iam-actions.ts say so. After deploy-green each estate goes through a whole release:
 * switch-traffic --to 100 (all at once, no bake, so the run takes seconds), promote, rollback.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseDocument } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { greenTargetGroupName } from "../../src/release/naming.js";
import { fakeIo } from "../support/fake-io.js";
import { ecsAgentStandIn } from "../support/aws/ecs-agent.js";
import { buildKieEstate, buildSpectateEstate, fixtureAccount, type FixtureAccount } from "../support/aws/index.js";
import { requireStack } from "./stack-env.js";

const examples = join(import.meta.dirname, "../../examples");
const CONFIGS = { spectate: join(examples, "spectate-three-albs.yml"), kie: join(examples, "kie-server-asg.yml") };
const RELEASE = "v9.0.0";
const stack = requireStack("moto");
let account: FixtureAccount;
let dir: string;

/**
 * The example with its traffic section made all-at-once without bake (alarms, stickiness and the
 * rest kept), written beside a copy of the files it names (examples/prisma), so switch-traffic
 * --to 100 does not wait out the example's bake times.
 */
function withoutBake(config: keyof typeof CONFIGS): string {
  const doc = parseDocument(readFileSync(CONFIGS[config], "utf8"));
  doc.deleteIn(["traffic", "steps"]);
  doc.deleteIn(["traffic", "increment"]);
  doc.setIn(["traffic", "strategy"], "all-at-once");
  doc.setIn(["traffic", "bakeTime"], "0s");
  const path = join(dir, `${config}.yml`);
  writeFileSync(path, doc.toString());
  return path;
}

async function cli(...args: string[]) {
  const { io, stdout, stderr } = fakeIo({ ...account.env });
  const code = await runCli([...args, "--json"], io);
  return { code, json: JSON.parse(stdout()) as { result: unknown }, stderr: stderr() };
}

/** The actions the command's run counted. */
async function called(...args: string[]): Promise<string[]> {
  const run = await cli(...args);
  expect(run.code, run.stderr).toBe(0);
  return Object.keys((run.json.result as { awsCalls: { byAction: Record<string, number> } }).awsCalls.byAction);
}

async function allowed(config: string, command: string): Promise<Set<string>> {
  const run = await cli("iam-policy", "--config", config, "--command", command);
  expect(run.code, run.stderr).toBe(0);
  return new Set((run.json.result as { Statement: { Action: string[] }[] }).Statement.flatMap((s) => s.Action));
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "cutover-iam-policy-"));
  cpSync(join(examples, "prisma"), join(dir, "prisma"), { recursive: true });
  account = await fixtureAccount(stack.awsEndpoint);
  await buildSpectateEstate(account.aws);
  await buildKieEstate(account.aws);
}, 180_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  return account?.aws.destroy();
});

describe("iam-policy covers every call the built commands make", () => {
  const seen: Record<string, Set<string>> = {};
  const check = async (config: keyof typeof CONFIGS, command: string, actions: string[]) => {
    const policy = await allowed(CONFIGS[config], command);
    expect(actions.filter((a) => !policy.has(a))).toEqual([]);
    for (const action of actions) (seen[command] ??= new Set()).add(action);
  };

  for (const config of ["spectate", "kie"] as const) {
    it(`${config}: status, deploy-green (lock included), status and verify on the green, then switch-traffic --to 100, promote, rollback`, async () => {
      await check(config, "status", await called("status", "--config", CONFIGS[config]));
      const agent = ecsAgentStandIn(account.aws, greenTargetGroupName("event-management", RELEASE), ["10.40.1.20", "10.40.2.20"]);
      try {
        const image = config === "spectate" ? ["--image", "registry.example.com/spectate/event-management:9.0.0"] : [];
        await check(config, "deploy-green", await called("deploy-green", "--config", CONFIGS[config], "--release", RELEASE, ...image));
      } finally {
        await agent.stop();
      }
      await check(config, "status", await called("status", "--config", CONFIGS[config]));
      await check(config, "verify", await called("verify", "--config", CONFIGS[config], "--dry-run"));

      const fast = withoutBake(config);
      await check(config, "switch-traffic", await called("switch-traffic", "--config", fast, "--to", "100"));
      await check(config, "promote", await called("promote", "--config", fast));
      await check(config, "rollback", await called("rollback", "--config", fast));
    }, 180_000);
  }

  it("the runs exercised the writes and the lock, so the comparison meant something", () => {
    expect([...(seen["deploy-green"] ?? [])]).toEqual(
      expect.arrayContaining([
        "ecs:CreateService",
        "autoscaling:CreateAutoScalingGroup",
        "elasticloadbalancing:CreateRule",
        "elasticloadbalancing:ModifyListener",
        "elasticloadbalancing:AddTags",
        "elasticloadbalancing:RemoveTags",
      ]),
    );
    // switch-traffic moved every route, the default actions by ModifyListener and the feed rules by
    // ModifyRule, under the lock (tags on the load balancers by default: read, written, removed)
    expect([...(seen["switch-traffic"] ?? [])]).toEqual(
      expect.arrayContaining([
        "elasticloadbalancing:ModifyListener",
        "elasticloadbalancing:ModifyRule",
        "elasticloadbalancing:DescribeLoadBalancers",
        "elasticloadbalancing:DescribeTags",
        "elasticloadbalancing:AddTags",
        "elasticloadbalancing:RemoveTags",
      ]),
    );
    // promote from 100% keeps the weights (blue stays listed at 0): it tags and repoints header rules.
    // Its lock release is not in its count: runSideCommand takes the summary before releasing
    expect([...(seen.promote ?? [])]).toEqual(expect.arrayContaining(["elasticloadbalancing:ModifyRule", "elasticloadbalancing:AddTags"]));
    expect([...(seen.rollback ?? [])]).toEqual(
      expect.arrayContaining([
        "elasticloadbalancing:ModifyListener",
        "elasticloadbalancing:ModifyRule",
        "elasticloadbalancing:AddTags",
        "elasticloadbalancing:RemoveTags",
      ]),
    );
  });
});
