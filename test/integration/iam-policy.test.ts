/**
 * `iam-policy --command C` is C's least privilege, checked by an IAM simulator on what C really
 * sends. Three estates in moto (the ASG with header routing, the three ALBs with an ECS service, a
 * target-group pair service with the DynamoDB lock) go through two releases: status, deploy-green,
 * status, verify, switch-traffic --to 100, promote --cleanup; then deploy-green and rollback
 * --destroy-green. cutover's AWS endpoint is a recording proxy in front of moto: every request
 * becomes the IAM requests AWS would authorize (action, resource ARN, context keys; tag-on-create
 * and PassRole included), and each must be Allowed by the policy iam-policy prints for that command
 * (evaluated offline by @cloud-copilot/iam-simulate). Then the other way round: every action of
 * every statement must allow some recorded request, unless the policy's notes say AWS checks it
 * without a call cutover makes.
 */
import { CreateTableCommand, DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DescribeServicesCommand, DescribeTaskDefinitionCommand, RegisterTaskDefinitionCommand, UpdateServiceCommand } from "@aws-sdk/client-ecs";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseDocument } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { iamPolicy, type IamPolicy, type PolicyDocument } from "../../src/aws/iam-policy.js";
import { parseConfig } from "../../src/config/load.js";
import { greenTargetGroupName } from "../../src/release/naming.js";
import { fakeIo } from "../support/fake-io.js";
import { ecsAgentStandIn } from "../support/aws/ecs-agent.js";
import { buildKieEstate, buildSpectateEstate, fixtureAccount, type FixtureAccount } from "../support/aws/index.js";
import { startAwsRecorder, type AwsRecorder } from "./iam/aws-recorder.js";
import { iamRequests, type IamRequest } from "./iam/iam-requests.js";
import { decide } from "./iam/simulate.js";
import { requireStack } from "./stack-env.js";

const examples = join(import.meta.dirname, "../../examples");
const stack = requireStack("moto");
const ESTATES = ["kie", "spectate", "pair"] as const;
type Estate = (typeof ESTATES)[number];
const COMMANDS = ["status", "deploy-green", "verify", "switch-traffic", "promote", "rollback"] as const;
type Command = (typeof COMMANDS)[number];

/** The roles blue's task definition names, which green's copy passes again. */
const taskRole = (account: string) => `arn:aws:iam::${account}:role/event-management-task`;
const executionRole = (account: string) => `arn:aws:iam::${account}:role/ecs-task-execution`;

let recorder: AwsRecorder;
let shared: FixtureAccount; // the ASG and the three ALBs: different names, one account
let pairAccount: FixtureAccount; // the pair estate reuses the three ALBs' names
let dir: string;
const configs = {} as Record<Estate, string>;
const accountOf = (estate: Estate) => (estate === "pair" ? pairAccount : shared);
/** Every IAM request each command made, by estate. */
const recorded = new Map<string, IamRequest[]>();
let requestCount = 0;
let statementsChecked = 0;

/** Traffic all at once without bake, so switch-traffic --to 100 does not wait out the examples' bake times. */
function fast(doc: ReturnType<typeof parseDocument>) {
  doc.deleteIn(["traffic", "steps"]);
  doc.deleteIn(["traffic", "increment"]);
  doc.setIn(["traffic", "strategy"], "all-at-once");
  doc.setIn(["traffic", "bakeTime"], "0s");
}

function writeConfigs() {
  const kie = parseDocument(readFileSync(join(examples, "kie-server-asg.yml"), "utf8"));
  fast(kie);
  writeFileSync((configs.kie = join(dir, "kie.yml")), kie.toString());

  const spectate = parseDocument(readFileSync(join(examples, "spectate-three-albs.yml"), "utf8"));
  fast(spectate);
  spectate.setIn(["services", 1, "passRoles"], [taskRole(shared.account.accountId), executionRole(shared.account.accountId)]);
  writeFileSync((configs.spectate = join(dir, "spectate.yml")), spectate.toString());

  writeFileSync(
    (configs.pair = join(dir, "pair.yml")),
    `version: 1
project: pairs
aws:
  region: \${AWS_REGION}
  endpoint: \${AWS_ENDPOINT_URL}
lock: { type: dynamodb, table: cutover-locks }
services:
  - { name: frontend, type: target-group, targetGroups: [spectate-frontend-a, spectate-frontend-b], minHealthyTargets: 2 }
  - { name: feed-football, type: target-group, targetGroups: [feed-football-a, feed-football-b] }
loadBalancers:
  - name: frontend
    listener: { loadBalancer: spectate-frontend, port: 80 }
    routes: [{ service: frontend }]
  - name: feeds
    listener: { loadBalancer: spectate-feeds, port: 80 }
    routes: [{ service: feed-football, rule: { priority: 10 } }]
headerRouting: { header: x-client-mode, green: [green], blue: [blue] }
traffic: { strategy: all-at-once, bakeTime: 0s }
`,
  );
}

/** Blue's task definition as teams have it: a task role and an execution role. */
async function blueWithRoles(account: FixtureAccount) {
  const ecs = account.aws.ecs;
  const service = (await ecs.send(new DescribeServicesCommand({ cluster: "spectate", services: ["event-management"] }))).services?.[0];
  const current = (await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: service?.taskDefinition ?? "" }))).taskDefinition;
  const registered = await ecs.send(
    new RegisterTaskDefinitionCommand({
      family: current?.family ?? "event-management",
      containerDefinitions: current?.containerDefinitions ?? [],
      ...(current?.networkMode ? { networkMode: current.networkMode } : {}),
      ...(current?.requiresCompatibilities ? { requiresCompatibilities: current.requiresCompatibilities } : {}),
      ...(current?.cpu ? { cpu: current.cpu } : {}),
      ...(current?.memory ? { memory: current.memory } : {}),
      taskRoleArn: taskRole(account.account.accountId),
      executionRoleArn: executionRole(account.account.accountId),
    }),
  );
  await ecs.send(
    new UpdateServiceCommand({ cluster: "spectate", service: "event-management", taskDefinition: registered.taskDefinition?.taskDefinitionArn }),
  );
}

async function cli(estate: Estate, ...args: string[]) {
  const { io, stdout, stderr } = fakeIo({ ...accountOf(estate).env, AWS_ENDPOINT_URL: recorder.endpoint });
  const code = await runCli([...args, "--json"], io);
  return { code, stdout: stdout(), stderr: stderr() };
}

/** Runs the command through the recorder and keeps the IAM requests its calls need. */
async function run(estate: Estate, command: Command, ...args: string[]) {
  recorder.take();
  const result = await cli(estate, command, "--config", configs[estate], ...args);
  expect(result.code, `${estate}: ${command} ${args.join(" ")}\n${result.stderr}`).toBe(0);
  const { accountId: account, region } = accountOf(estate).account;
  const calls = recorder.take();
  requestCount += calls.length;
  const key = `${estate}/${command}`;
  recorded.set(key, [...(recorded.get(key) ?? []), ...calls.flatMap((call) => iamRequests(call, { partition: "aws", region, account }))]);
}

/** The policy as `iam-policy --json` prints it, with the notes the same computation gives. */
async function policyFor(estate: Estate, command: Command): Promise<IamPolicy> {
  const result = await cli(estate, "iam-policy", "--config", configs[estate], "--command", command);
  expect(result.code, result.stderr).toBe(0);
  const printed = (JSON.parse(result.stdout) as { result: PolicyDocument }).result;
  const env = { ...accountOf(estate).env, AWS_ENDPOINT_URL: recorder.endpoint };
  const computed = iamPolicy(parseConfig(readFileSync(configs[estate], "utf8"), configs[estate], env).config, [command]);
  expect(printed).toEqual(computed.document);
  return computed;
}

/** One release and a second one rolled back, as the header explains. */
async function releases(estate: Estate) {
  const image = estate === "spectate" ? ["--image", "registry.example.com/spectate/event-management:9.0.0"] : [];
  const agent = (release: string) =>
    estate === "spectate"
      ? ecsAgentStandIn(shared.aws, greenTargetGroupName("event-management", release), ["10.40.1.20", "10.40.2.20"])
      : { stop: async () => {} };

  await run(estate, "status");
  const first = agent("v9.0.0");
  try {
    await run(estate, "deploy-green", "--release", "v9.0.0", ...image);
  } finally {
    await first.stop();
  }
  await run(estate, "status");
  await run(estate, "verify", "--dry-run");
  await run(estate, "switch-traffic", "--to", "100");
  await run(estate, "promote", "--cleanup");

  const second = agent("v9.1.0");
  try {
    await run(estate, "deploy-green", "--release", "v9.1.0", ...image);
  } finally {
    await second.stop();
  }
  await run(estate, "switch-traffic", "--to", "100");
  await run(estate, "rollback", "--destroy-green");
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "cutover-iam-policy-"));
  cpSync(join(examples, "prisma"), join(dir, "prisma"), { recursive: true });
  recorder = await startAwsRecorder(stack.awsEndpoint);
  shared = await fixtureAccount(stack.awsEndpoint);
  pairAccount = await fixtureAccount(stack.awsEndpoint);
  await buildKieEstate(shared.aws);
  await buildSpectateEstate(shared.aws);
  await blueWithRoles(shared);
  await buildSpectateEstate(pairAccount.aws);
  const dynamo = new DynamoDBClient({ endpoint: stack.awsEndpoint, region: pairAccount.account.region, credentials: pairAccount.account.credentials });
  await dynamo.send(
    new CreateTableCommand({
      TableName: "cutover-locks",
      KeySchema: [{ AttributeName: "lockId", KeyType: "HASH" }],
      AttributeDefinitions: [{ AttributeName: "lockId", AttributeType: "S" }],
      BillingMode: "PAY_PER_REQUEST",
    }),
  );
  dynamo.destroy();
  writeConfigs();
}, 240_000);

afterAll(async () => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  await recorder?.close();
  shared?.aws.destroy();
  pairAccount?.aws.destroy();
});

describe("iam-policy against what each command sends, in an IAM simulator", () => {
  for (const estate of ESTATES) {
    it(`${estate}: two releases run through the recorder`, async () => {
      await releases(estate);
    }, 300_000);
  }

  for (const estate of ESTATES) {
    it(`${estate}: every request each command made is allowed by that command's policy`, async () => {
      const denied: string[] = [];
      for (const command of COMMANDS) {
        const { document: policy } = await policyFor(estate, command);
        const requests = recorded.get(`${estate}/${command}`) ?? [];
        expect(requests.length, `${estate}/${command} recorded nothing`).toBeGreaterThan(0);
        for (const request of unique(requests)) {
          const decision = await decide(policy, request, accountOf(estate).account.accountId);
          if (decision !== "Allowed")
            denied.push(`${command}: ${request.action} on ${request.resource} ${JSON.stringify(request.context)} (${request.call}): ${decision}`);
        }
      }
      expect(denied).toEqual([]);
    });

    it(`${estate}: every action of every statement allows some request the command made, or is noted as checked without a call`, async () => {
      const unneeded: string[] = [];
      for (const command of COMMANDS) {
        const { document, notes } = await policyFor(estate, command);
        const requests = unique(recorded.get(`${estate}/${command}`) ?? []);
        for (const statement of document.Statement) {
          for (const action of statement.Action) {
            const candidates = requests.filter((r) => r.action === action);
            let used = false;
            for (const request of candidates)
              if ((await decide([statement], request, accountOf(estate).account.accountId)) === "Allowed") {
                used = true;
                break;
              }
            statementsChecked += 1;
            const noted = notes.some((n) => n.sid === statement.Sid && n.action === action && n.kind === "without-call");
            if (!used && !noted) unneeded.push(`${command}: ${statement.Sid} ${action}`);
          }
        }
      }
      expect(unneeded).toEqual([]);
    });
  }

  afterAll(() => {
    console.log(`iam-policy: ${requestCount} AWS requests recorded, ${statementsChecked} statement actions checked`);
  });
});

function unique(requests: readonly IamRequest[]): IamRequest[] {
  const seen = new Map<string, IamRequest>();
  for (const r of requests) seen.set(JSON.stringify([r.action, r.resource, r.context]), r);
  return [...seen.values()];
}
