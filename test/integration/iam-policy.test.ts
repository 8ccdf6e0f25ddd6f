/**
 * `iam-policy --command C` is C's least privilege, checked by an IAM simulator on what C really
 * sends. Three estates in moto (the ASG with header routing, the three ALBs with an ECS service
 * whose task definition names two roles, a target-group pair service with the DynamoDB lock) go
 * through: status, deploy-green, status, verify, switch-traffic --to 100, promote --cleanup (after
 * someone deleted the header rules by hand); a second release rolled back with --destroy-green;
 * for ECS and ASG, a green replaced by the next release's (--replace-green), then promoted with
 * --cleanup. cutover's AWS endpoint is a recording proxy in front of moto: every request becomes
 * the IAM requests AWS would authorize (action, resource ARN, context keys; tag-on-create, PassRole
 * and RunInstances included), and each must be Allowed by the policy iam-policy prints for that
 * command (evaluated offline by @cloud-copilot/iam-simulate). Then the other way round: each
 * statement must allow some recorded request, unless the policy's notes say AWS checks its actions
 * without a call. The actions granted but not called by these runs are printed.
 */
import { CreateTableCommand, DynamoDBClient } from "@aws-sdk/client-dynamodb";
import {
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  RegisterTaskDefinitionCommand,
  UpdateServiceCommand,
} from "@aws-sdk/client-ecs";
import {
  DeleteRuleCommand,
  DescribeListenersCommand,
  DescribeLoadBalancersCommand,
  DescribeRulesCommand,
  DescribeTagsCommand,
} from "@aws-sdk/client-elastic-load-balancing-v2";
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
const unexercised = new Set<string>();

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
    new UpdateServiceCommand({
      cluster: "spectate",
      service: "event-management",
      taskDefinition: registered.taskDefinition?.taskDefinitionArn,
    }),
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
  // someone removed the header rules by hand: promote puts them back as the release leaves them
  await dropHeaderRules(accountOf(estate));
  await run(estate, "promote", "--cleanup");

  const second = agent("v9.1.0");
  try {
    await run(estate, "deploy-green", "--release", "v9.1.0", ...image);
  } finally {
    await second.stop();
  }
  await run(estate, "switch-traffic", "--to", "100");
  await run(estate, "rollback", "--destroy-green");
  if (estate === "pair") return;

  // a green that never went live, replaced by the next release's: deploy-green deletes what it made;
  // then the replacement goes live and promote --cleanup retires the green of v9.0.0, cutover's own
  for (const [release, extra] of [
    ["v9.2.0", []],
    ["v9.3.0", ["--replace-green"]],
  ] as const) {
    const standIn = agent(release);
    try {
      await run(estate, "deploy-green", "--release", release, ...image, ...extra);
    } finally {
      await standIn.stop();
    }
  }
  await run(estate, "switch-traffic", "--to", "100");
  await run(estate, "promote", "--cleanup");
}

/** Deletes every listener rule cutover tagged as a header rule, in every load balancer of the account. */
async function dropHeaderRules(account: FixtureAccount) {
  const elb = account.aws.elbv2;
  const balancers = (await elb.send(new DescribeLoadBalancersCommand({}))).LoadBalancers ?? [];
  for (const lb of balancers) {
    const listeners = (await elb.send(new DescribeListenersCommand({ LoadBalancerArn: lb.LoadBalancerArn }))).Listeners ?? [];
    for (const listener of listeners) {
      const rules = ((await elb.send(new DescribeRulesCommand({ ListenerArn: listener.ListenerArn }))).Rules ?? []).filter(
        (r) => !r.IsDefault,
      );
      if (rules.length === 0) continue;
      const tags = (await elb.send(new DescribeTagsCommand({ ResourceArns: rules.map((r) => r.RuleArn as string) }))).TagDescriptions ?? [];
      for (const described of tags)
        if (described.Tags?.some((t) => t.Key === "cutover:header-rule"))
          await elb.send(new DeleteRuleCommand({ RuleArn: described.ResourceArn }));
    }
  }
}

/**
 * moto's ECS never fails a task and its RunTask answers 500 here, so no deployment ever reports
 * failed tasks and no task stops: the ready probe's look at stopped tasks (ListTasks, then
 * DescribeTasks) would never run. In the three ALBs' estate moto's answers are changed on the way
 * back: every deployment reports one failed task (as after a crash ECS replaced) and ListTasks
 * names one stopped task of the cluster. The requests themselves still go to moto as to AWS.
 */
function failedTasks(account: string) {
  return (service: string, action: string, answer: string): string => {
    if (service !== "ecs") return answer;
    if (action === "DescribeServices") {
      const body = JSON.parse(answer) as { services?: { deployments?: { failedTasks?: number }[] }[] };
      for (const s of body.services ?? []) for (const d of s.deployments ?? []) d.failedTasks = Math.max(d.failedTasks ?? 0, 1);
      return JSON.stringify(body);
    }
    if (action === "ListTasks")
      return JSON.stringify({ taskArns: [`arn:aws:ecs:eu-west-1:${account}:task/spectate/0f1e2d3c4b5a69788796a5b4c3d2e1f0`] });
    return answer;
  };
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
  const dynamo = new DynamoDBClient({
    endpoint: stack.awsEndpoint,
    region: pairAccount.account.region,
    credentials: pairAccount.account.credentials,
  });
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
    it(`${estate}: releases run through the recorder`, async () => {
      recorder.rewrite = estate === "spectate" ? failedTasks(shared.account.accountId) : undefined;
      try {
        await releases(estate);
      } finally {
        recorder.rewrite = undefined;
      }
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
            denied.push(
              `${command}: ${request.action} on ${request.resource} ${JSON.stringify(request.context)} (${request.call}): ${decision}`,
            );
        }
      }
      expect(denied).toEqual([]);
    });

    it(`${estate}: every statement allows some request the command made, or is noted as checked without a call`, async () => {
      const unneeded: string[] = [];
      for (const command of COMMANDS) {
        const { document, notes } = await policyFor(estate, command);
        const requests = unique(recorded.get(`${estate}/${command}`) ?? []);
        const account = accountOf(estate).account.accountId;
        for (const statement of document.Statement) {
          statementsChecked += 1;
          const used = new Set<string>();
          for (const request of requests)
            if (statement.Action.includes(request.action) && !used.has(request.action))
              if ((await decide([statement], request, account)) === "Allowed") used.add(request.action);
          const noted = statement.Action.filter((a) =>
            notes.some((n) => n.sid === statement.Sid && n.action === a && n.kind === "without-call"),
          );
          if (used.size === 0 && noted.length === 0) unneeded.push(`${command}: ${statement.Sid}`);
          // actions on paths these runs do not take (a lock held, a stopped task, header rules moved): reported, see the report
          for (const action of statement.Action)
            if (!used.has(action) && !noted.includes(action)) unexercised.add(`${estate}/${command}: ${action}`);
        }
      }
      expect(unneeded).toEqual([]);
    });
  }

  it("the runs made the requests that matter, and the check can fail", async () => {
    const actions = (key: string) => new Set((recorded.get(key) ?? []).map((r) => r.action));
    expect([...actions("spectate/deploy-green")]).toEqual(
      expect.arrayContaining([
        "iam:PassRole",
        "ecs:TagResource",
        "ecs:RegisterTaskDefinition",
        "ecs:ListTasks",
        "ecs:DescribeTasks",
        "ecs:DeleteService",
      ]),
    );
    const passed = (recorded.get("spectate/deploy-green") ?? []).filter((r) => r.action === "iam:PassRole").map((r) => r.resource);
    expect(new Set(passed)).toEqual(new Set([taskRole(shared.account.accountId), executionRole(shared.account.accountId)]));
    expect([...actions("kie/deploy-green")]).toEqual(
      expect.arrayContaining([
        "autoscaling:CreateAutoScalingGroup",
        "autoscaling:CreateOrUpdateTags",
        "ec2:RunInstances",
        "autoscaling:DeleteAutoScalingGroup",
      ]),
    );
    expect([...actions("pair/deploy-green")]).toEqual(
      expect.arrayContaining(["dynamodb:PutItem", "dynamodb:DeleteItem", "elasticloadbalancing:AddTags"]),
    );
    expect([...actions("spectate/promote")]).toEqual(
      expect.arrayContaining(["ecs:DeleteService", "elasticloadbalancing:DeleteTargetGroup"]),
    );

    // the same requests against the policy without its tagging statement: the pairs' tags are denied
    const { document } = await policyFor("pair", "deploy-green");
    const untagged = document.Statement.filter((s) => s.Sid !== "ElbTagged");
    const tagging = (recorded.get("pair/deploy-green") ?? []).find(
      (r) => r.action === "elasticloadbalancing:AddTags" && r.resource.includes(":targetgroup/"),
    );
    expect(tagging).toBeDefined();
    expect(await decide(untagged, tagging as IamRequest, pairAccount.account.accountId)).toBe("ImplicitlyDenied");
    // and a role the config does not name is not passed
    const { document: spectatePolicy } = await policyFor("spectate", "deploy-green");
    const other = {
      ...(recorded.get("spectate/deploy-green") ?? []).find((r) => r.action === "iam:PassRole"),
      resource: `arn:aws:iam::${shared.account.accountId}:role/admin`,
    } as IamRequest;
    expect(await decide(spectatePolicy, other, shared.account.accountId)).toBe("ImplicitlyDenied");
  });

  afterAll(() => {
    console.log(
      `iam-policy: ${requestCount} AWS requests recorded, ${statementsChecked} statements checked; granted but not called in these runs: ${[...unexercised].sort().join(", ") || "none"}`,
    );
  });
});

function unique(requests: readonly IamRequest[]): IamRequest[] {
  const seen = new Map<string, IamRequest>();
  for (const r of requests) seen.set(JSON.stringify([r.action, r.resource, r.context]), r);
  return [...seen.values()];
}
