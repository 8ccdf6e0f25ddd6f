/**
 * The release lock against moto: the DynamoDB lock (the table created here) and the tags lock on
 * seed 004's three load balancers, through the same adapters cutover uses; then two deploy-green
 * runs started together on one project.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CreateTableCommand, DynamoDBClient, GetItemCommand } from "@aws-sdk/client-dynamodb";
import { DescribeTagsCommand } from "@aws-sdk/client-elastic-load-balancing-v2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectAws, type Aws } from "../../src/aws/connect.js";
import { runCli } from "../../src/cli/run-cli.js";
import { parseConfig } from "../../src/config/load.js";
import { RefusedError } from "../../src/errors.js";
import { acquireReleaseLock, LockLostError } from "../../src/lock/release-lock.js";
import { greenTargetGroupName } from "../../src/release/naming.js";
import { fakeIo } from "../support/fake-io.js";
import { ecsAgentStandIn } from "../support/aws/ecs-agent.js";
import { buildSpectateEstate, fixtureAccount, type FixtureAccount, type SpectateEstate } from "../support/aws/index.js";
import { requireStack } from "./stack-env.js";

const SPECTATE = join(import.meta.dirname, "../../examples/spectate-three-albs.yml");
const TABLE = "cutover-locks";
const stack = requireStack("moto");

let account: FixtureAccount;
let estate: SpectateEstate;
let aws: Aws;
const noLog = { info: () => undefined, warn: () => undefined };

const config = (lock: string) =>
  parseConfig(`${readFileSync(SPECTATE, "utf8")}\n${lock}\n`, "cutover.yml", { AWS_REGION: "eu-west-1" }).config;

async function refusal(promise: Promise<unknown>): Promise<RefusedError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RefusedError);
  return error as RefusedError;
}

beforeAll(async () => {
  account = await fixtureAccount(stack.awsEndpoint);
  estate = await buildSpectateEstate(account.aws);
  aws = connectAws({
    region: account.account.region,
    endpoint: account.account.endpoint,
    profile: undefined,
    credentials: account.account.credentials,
    retryMode: "standard",
    maxAttempts: 1,
  });
}, 120_000);
afterAll(() => {
  aws?.close();
  account?.aws.destroy();
});

describe("release lock in a DynamoDB table", () => {
  const dynamo = () => config(`lock: { type: dynamodb, table: ${TABLE} }`);
  const take = (extra: Partial<Parameters<typeof acquireReleaseLock>[0]> = {}) =>
    acquireReleaseLock({
      config: dynamo(),
      aws,
      env: { BUILD_URL: "https://jenkins.example.com/job/spectate/7/", NODE_NAME: "agent-2" },
      now: () => new Date("2026-05-01T10:00:00Z"),
      command: "deploy-green",
      release: "v2.4.0",
      log: noLog,
      ...extra,
    });

  beforeAll(async () => {
    const client = new DynamoDBClient({
      endpoint: account.account.endpoint,
      region: account.account.region,
      credentials: account.account.credentials,
    });
    await client.send(
      new CreateTableCommand({
        TableName: TABLE,
        KeySchema: [{ AttributeName: "lockId", KeyType: "HASH" }],
        AttributeDefinitions: [{ AttributeName: "lockId", AttributeType: "S" }],
        BillingMode: "PAY_PER_REQUEST",
      }),
    );
    client.destroy();
  });

  it("a second acquisition is refused (exit 3) naming the holder; the item holds the holder's fields", async () => {
    const first = await take();
    const error = await refusal(take({ release: "v2.5.0" }));
    expect(error.exitCode).toBe(3);
    expect(error.message).toContain(
      "release v2.4.0 (deploy-green) on agent-2 since 2026-05-01T10:00:00.000Z, run https://jenkins.example.com/job/spectate/7/",
    );
    expect(error.reasons).toContain(`if that run is over and the lock is stale: cutover deploy-green --break-lock ${first.holder.id}`);
    const client = new DynamoDBClient({
      endpoint: account.account.endpoint,
      region: account.account.region,
      credentials: account.account.credentials,
    });
    const item = (await client.send(new GetItemCommand({ TableName: TABLE, Key: { lockId: { S: "cutover:spectate" } } }))).Item;
    client.destroy();
    expect(item?.holderId?.S).toBe(first.holder.id);
    expect(item?.release?.S).toBe("v2.4.0");
    await first.release();
    const again = await take();
    await again.release();
  });

  it("--break-lock with the stale holder's id replaces it; another id is refused", async () => {
    const stale = await take();
    await refusal(take({ breakLock: "000000000000" }));
    const broke = await take({ breakLock: stale.holder.id, release: "v2.5.0" });
    await expect(stale.check()).rejects.toBeInstanceOf(LockLostError);
    await stale.release(); // a lost lock is not released by its old holder
    await refusal(take());
    await broke.release();
  });

  it("a take-over (rollback) is never blocked, and the first run's check() throws", async () => {
    const switching = await take({ command: "switch-traffic" });
    const warnings: string[] = [];
    const rollback = await take({ command: "rollback", takeOver: true, log: { info: () => undefined, warn: (m) => warnings.push(m) } });
    expect(warnings[0]).toContain(`took the release lock over from release v2.4.0 (switch-traffic) on agent-2`);
    const lost = await switching.check().catch((e: unknown) => e);
    expect(lost).toBeInstanceOf(LockLostError);
    expect((lost as LockLostError).by?.id).toBe(rollback.holder.id);
    await rollback.check();
    await rollback.release();
  });
});

describe("release lock in tags on seed 004's load balancers", () => {
  const take = (extra: Partial<Parameters<typeof acquireReleaseLock>[0]> = {}) =>
    acquireReleaseLock({
      config: config(""),
      aws,
      env: { RUNNER_NAME: "runner-1" },
      now: () => new Date("2026-05-01T10:00:00Z"),
      command: "switch-traffic",
      release: "v2.4.0",
      log: noLog,
      ...extra,
    });
  const lockTags = async () => {
    const arns = Object.values(estate.albs).map((a) => a.arn);
    const answer = await account.aws.elbv2.send(new DescribeTagsCommand({ ResourceArns: arns }));
    return (answer.TagDescriptions ?? []).map((d) => (d.Tags ?? []).find((t) => t.Key === "cutover:lock")?.Value);
  };

  it("records the holder on all three, refuses a second run, breaks, takes over, releases", async () => {
    const first = await take();
    expect(await lockTags()).toEqual([first.holder.id, first.holder.id, first.holder.id]);
    const error = await refusal(take({ release: "v2.5.0" }));
    expect(error.message).toContain("release v2.4.0 (switch-traffic) on runner-1");
    expect(error.reasons).toContain(`if that run is over and the lock is stale: cutover switch-traffic --break-lock ${first.holder.id}`);

    const broke = await take({ breakLock: first.holder.id });
    await expect(first.check()).rejects.toBeInstanceOf(LockLostError);
    const rollback = await take({ command: "rollback", takeOver: true });
    await expect(broke.check()).rejects.toBeInstanceOf(LockLostError);
    await broke.release();
    expect(await lockTags()).toEqual([rollback.holder.id, rollback.holder.id, rollback.holder.id]);
    await rollback.release();
    expect(await lockTags()).toEqual([undefined, undefined, undefined]);
  });
});

describe("two deploy-green runs at once on the same project", () => {
  it("one goes on, the other exits 3 naming it; the lock is gone afterwards", async () => {
    const agent = ecsAgentStandIn(account.aws, greenTargetGroupName("event-management", "v2.4.0"), ["10.40.1.20", "10.40.2.20"]);
    const run = async (release: string) => {
      const { io, stdout, stderr } = fakeIo({ ...account.env });
      const args = [
        "deploy-green",
        "--config",
        SPECTATE,
        "--release",
        release,
        "--image",
        "registry.example.com/spectate/event-management:2.4.0",
      ];
      return { code: await runCli(args, io), stdout: stdout(), stderr: stderr(), release };
    };
    try {
      // the same release twice (a re-triggered job): the stand-in ECS agent knows only its green target group
      const runs = await Promise.all([run("v2.4.0"), run("v2.4.0")]);
      const codes = runs.map((r) => r.code).sort();
      expect(codes, runs.map((r) => r.stderr).join("\n")).toEqual([0, 3]);
      const winner = runs.find((r) => r.code === 0);
      const loser = runs.find((r) => r.code === 3);
      expect(loser?.stderr + (loser?.stdout ?? "")).toContain(
        `the release lock for spectate is held by release ${winner?.release} (deploy-green)`,
      );
    } finally {
      await agent.stop();
    }
    const tags = await account.aws.elbv2.send(new DescribeTagsCommand({ ResourceArns: Object.values(estate.albs).map((a) => a.arn) }));
    expect((tags.TagDescriptions ?? []).flatMap((d) => (d.Tags ?? []).filter((t) => t.Key?.startsWith("cutover:lock")))).toEqual([]);
  }, 120_000);
});
