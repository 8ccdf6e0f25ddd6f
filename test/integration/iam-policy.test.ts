/**
 * `iam-policy --command C` allows every AWS call C makes: each built command that calls AWS runs
 * against moto on both seed estates, and every IAM action AwsCalls counted must be in the policy
 * that iam-policy prints for it. A new call in an adapter or a command fails here until the tables
 * in src/aws/iam-actions.ts say so.
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { greenTargetGroupName } from "../../src/release/naming.js";
import { fakeIo } from "../unit/fake-io.js";
import { ecsAgentStandIn } from "./fixtures/ecs-agent.js";
import { buildKieEstate, buildSpectateEstate, fixtureAccount, type FixtureAccount } from "./fixtures/index.js";
import { requireStack } from "./stack-env.js";

const examples = join(import.meta.dirname, "../../examples");
const CONFIGS = { spectate: join(examples, "spectate-three-albs.yml"), kie: join(examples, "kie-server-asg.yml") };
const RELEASE = "v9.0.0";
const stack = requireStack("moto");
let account: FixtureAccount;

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
  account = await fixtureAccount(stack.awsEndpoint);
  await buildSpectateEstate(account.aws);
  await buildKieEstate(account.aws);
}, 180_000);
afterAll(() => account?.aws.destroy());

describe("iam-policy covers every call the built commands make", () => {
  const seen: Record<string, Set<string>> = {};
  const check = async (config: keyof typeof CONFIGS, command: string, actions: string[]) => {
    const policy = await allowed(CONFIGS[config], command);
    expect(actions.filter((a) => !policy.has(a))).toEqual([]);
    for (const action of actions) (seen[command] ??= new Set()).add(action);
  };

  for (const config of ["spectate", "kie"] as const) {
    it(`${config}: status, verify --dry-run, deploy-green (lock included), then status and verify on the green`, async () => {
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
    }, 120_000);
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
  });
});
