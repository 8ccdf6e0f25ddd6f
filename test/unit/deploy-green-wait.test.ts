/**
 * deploy-green's wait, through the real adapters and probe with aws-sdk-client-mock standing in for
 * what moto cannot show: targets that turn unhealthy, failed and rolled-back ECS deployments, failed
 * scaling activities, throttling, a timeout. The clock is fake: minutes pass in milliseconds.
 */
import { AutoScalingClient, DescribeAutoScalingGroupsCommand, DescribeScalingActivitiesCommand } from "@aws-sdk/client-auto-scaling";
import { CloudWatchClient } from "@aws-sdk/client-cloudwatch";
import { DescribeServicesCommand, DescribeTasksCommand, ECSClient, ListTasksCommand, type Deployment } from "@aws-sdk/client-ecs";
import {
  DescribeTargetHealthCommand,
  ElasticLoadBalancingV2Client,
  type TargetHealthDescription,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { connectAws, type Aws } from "../../src/aws/connect.js";
import { createReadyProbe } from "../../src/aws/ready-probe.js";
import type { ReadyCheck } from "../../src/deploy/green-plan/index.js";
import type { Clock } from "../../src/run/clock.js";
import { waitUntilReady } from "../../src/rollout/wait-ready.js";
import { exitCodeOf, OperationError } from "../../src/errors.js";

const elb = mockClient(ElasticLoadBalancingV2Client);
const ecs = mockClient(ECSClient);
const asg = mockClient(AutoScalingClient);
mockClient(CloudWatchClient);

const TG = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/events-e40dbc2/0123456789abcdef";
const TD = "arn:aws:ecs:eu-west-1:123456789012:task-definition/events:8";
const MINUTE = 60_000;

const ecsCheck: ReadyCheck = {
  kind: "ecs",
  service: "events",
  cluster: "spectate",
  name: "events-v2",
  taskDefinition: TD,
  targetGroups: [TG],
  desired: 2,
  timeoutMs: 15 * MINUTE,
  allowanceMs: 95_000,
};
const asgCheck: ReadyCheck = {
  kind: "asg",
  service: "kie",
  name: "kie-v2",
  targetGroups: [TG],
  desired: 2,
  timeoutMs: 20 * MINUTE,
  allowanceMs: 335_000,
};

function fakeClock(): Clock & { slept: number[] } {
  let now = 0;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
  };
}

const target = (id: string, state: string, reason?: string, description?: string): TargetHealthDescription => ({
  Target: { Id: id, Port: 8080 },
  TargetHealth: { State: state as never, Reason: reason as never, Description: description },
});

function service(deployments: Deployment[]) {
  return { services: [{ serviceName: "events-v2", status: "ACTIVE", desiredCount: 2, runningCount: 2, deployments }] };
}
const primary = (extra: Partial<Deployment> = {}): Deployment => ({
  id: "ecs-svc/1",
  status: "PRIMARY",
  taskDefinition: TD,
  rolloutState: "IN_PROGRESS",
  desiredCount: 2,
  runningCount: 2,
  failedTasks: 0,
  ...extra,
});

async function failure(check: ReadyCheck, clock = fakeClock()): Promise<OperationError> {
  const error = await waitUntilReady([check], createReadyProbe(aws), clock).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof OperationError)) throw new Error(`expected an OperationError, got ${String(error)}`);
  expect(exitCodeOf(error)).toBe(1);
  expect(error.aftermath).toMatchObject({ kind: "resumable" });
  return error;
}

let aws: Aws;
beforeEach(() => {
  elb.reset();
  ecs.reset();
  asg.reset();
  aws = connectAws({
    region: "eu-west-1",
    endpoint: undefined,
    profile: undefined,
    credentials: { accessKeyId: "a", secretAccessKey: "b" },
    retryMode: "standard",
    maxAttempts: 1,
  });
});
afterEach(() => aws.close());

describe("waiting for an ECS green", () => {
  it("is ready once the rollout completed and every target is healthy, looking less and less often", async () => {
    ecs
      .on(DescribeServicesCommand)
      .resolvesOnce(service([primary()]))
      .resolvesOnce(service([primary()]))
      .resolves(service([primary({ rolloutState: "COMPLETED" })]));
    elb
      .on(DescribeTargetHealthCommand)
      .resolvesOnce({ TargetHealthDescriptions: [] })
      .resolvesOnce({ TargetHealthDescriptions: [target("10.0.0.1", "initial", "Elb.RegistrationInProgress")] })
      .resolves({ TargetHealthDescriptions: [target("10.0.0.1", "healthy"), target("10.0.0.2", "healthy")] });
    const clock = fakeClock();
    const [result] = await waitUntilReady([ecsCheck], createReadyProbe(aws), clock);
    expect(result).toMatchObject({ service: "events", detail: "deployment COMPLETED, 2/2 running; events-e40dbc2 2/2 healthy" });
    expect(clock.slept).toEqual([2000, 3000]);
  });

  it("stops at once on a target that turns unhealthy once the health check has had its time, naming it and AWS's reason", async () => {
    ecs.on(DescribeServicesCommand).resolves(service([primary()]));
    // unhealthy early is still starting; after 95s it is a failure
    elb.on(DescribeTargetHealthCommand).resolves({
      TargetHealthDescriptions: [
        target("10.0.0.7", "unhealthy", "Target.FailedHealthChecks", "Health checks failed with these codes: [502]"),
      ],
    });
    const clock = fakeClock();
    const error = await failure(ecsCheck, clock);
    expect(error.message).toBe(
      "green of events failed: target 10.0.0.7:8080 in events-e40dbc2 is unhealthy (Target.FailedHealthChecks: Health checks failed with these codes: [502]) after 101s; the health check allows 95s",
    );
    expect(clock.now()).toBeLessThan(2 * MINUTE);
  });

  it("stops at once when a target that was healthy turns unhealthy", async () => {
    ecs.on(DescribeServicesCommand).resolves(service([primary()]));
    elb
      .on(DescribeTargetHealthCommand)
      .resolvesOnce({ TargetHealthDescriptions: [target("10.0.0.7", "healthy")] })
      .resolves({ TargetHealthDescriptions: [target("10.0.0.7", "unhealthy", "Target.Timeout")] });
    const error = await failure(ecsCheck);
    expect(error.message).toContain("target 10.0.0.7:8080 in events-e40dbc2 is unhealthy (Target.Timeout) after having been healthy");
  });

  it("stops on a FAILED rollout, with the stopped tasks' reasons", async () => {
    ecs
      .on(DescribeServicesCommand)
      .resolves(
        service([
          primary({ rolloutState: "FAILED", rolloutStateReason: "ECS deployment circuit breaker: tasks failed to start.", failedTasks: 3 }),
        ]),
      );
    ecs.on(ListTasksCommand).resolves({ taskArns: ["arn:aws:ecs:eu-west-1:123456789012:task/spectate/abc123"] });
    ecs.on(DescribeTasksCommand).resolves({
      tasks: [
        {
          taskArn: "arn:aws:ecs:eu-west-1:123456789012:task/spectate/abc123",
          stoppedReason: "Essential container in task exited",
          containers: [{ name: "app", exitCode: 1, reason: "CannotPullContainerError: not found" }],
        },
      ],
    });
    elb.on(DescribeTargetHealthCommand).resolves({ TargetHealthDescriptions: [] });
    const error = await failure(ecsCheck);
    expect(error.message).toBe(
      "green of events failed: deployment ecs-svc/1 of events-v2 FAILED: ECS deployment circuit breaker: tasks failed to start.; stopped task(s): abc123: Essential container in task exited; app: exit 1 CannotPullContainerError: not found",
    );
  });

  it("stops when the circuit breaker rolled the service back to another task definition", async () => {
    ecs.on(DescribeServicesCommand).resolves(
      service([
        primary({
          taskDefinition: "arn:aws:ecs:eu-west-1:123456789012:task-definition/events:7",
          rolloutState: "IN_PROGRESS",
          rolloutStateReason: "ECS deployment circuit breaker: rolling back to deploymentId ecs-svc/0",
        }),
      ]),
    );
    elb.on(DescribeTargetHealthCommand).resolves({ TargetHealthDescriptions: [] });
    const error = await failure(ecsCheck);
    expect(error.message).toContain(
      "events-v2 was rolled back to arn:aws:ecs:eu-west-1:123456789012:task-definition/events:7 (circuit breaker)",
    );
  });

  it("gives up at readyTimeout, saying what it last saw", async () => {
    ecs.on(DescribeServicesCommand).resolves(service([primary()]));
    elb
      .on(DescribeTargetHealthCommand)
      .resolves({ TargetHealthDescriptions: [target("10.0.0.1", "initial", "Elb.InitialHealthChecking")] });
    const clock = fakeClock();
    const error = await failure(ecsCheck, clock);
    expect(error.message).toBe(
      "green of events not ready within readyTimeout (900s): deployment IN_PROGRESS, 2/2 running; events-e40dbc2 0/2 healthy (10.0.0.1 initial Elb.InitialHealthChecking)",
    );
    expect(clock.now()).toBe(15 * MINUTE);
    expect(Math.max(...clock.slept)).toBe(15_000);
  });

  it("keeps looking through throttling, and says so when time runs out", async () => {
    ecs.on(DescribeServicesCommand).resolves(service([primary()]));
    elb.on(DescribeTargetHealthCommand).rejects(Object.assign(new Error("Rate exceeded"), { name: "Throttling" }));
    const error = await failure({ ...ecsCheck, timeoutMs: 2 * MINUTE });
    expect(error.message).toContain("not ready within readyTimeout (120s)");
    expect(error.message).toContain("last look throttled: DescribeTargetHealth on events-e40dbc2: Throttling: Rate exceeded");
  });

  it("any other AWS error ends the wait at once, naming the action and the resource", async () => {
    ecs.on(DescribeServicesCommand).rejects(Object.assign(new Error("User is not authorized"), { name: "AccessDeniedException" }));
    elb.on(DescribeTargetHealthCommand).resolves({ TargetHealthDescriptions: [] });
    const error = await failure(ecsCheck);
    expect(error.message).toBe(
      "could not check green of events: DescribeServices on spectate/events-v2: AccessDenied: User is not authorized",
    );
  });
});

describe("waiting for an Auto Scaling Group green", () => {
  const group = (states: [string, string][]) => ({
    AutoScalingGroups: [
      {
        AutoScalingGroupName: "kie-v2",
        MinSize: 2,
        MaxSize: 4,
        DesiredCapacity: 2,
        Instances: states.map(([LifecycleState, HealthStatus], i) => ({ InstanceId: `i-${i}`, LifecycleState, HealthStatus }) as never),
      } as never,
    ],
  });

  it("is ready when its instances are InService and healthy and so are its targets", async () => {
    asg
      .on(DescribeAutoScalingGroupsCommand)
      .resolvesOnce(group([["Pending", "Healthy"]]))
      .resolves(
        group([
          ["InService", "Healthy"],
          ["InService", "Healthy"],
        ]),
      );
    asg.on(DescribeScalingActivitiesCommand).resolves({ Activities: [{ ActivityId: "a1", StatusCode: "Successful" } as never] });
    elb.on(DescribeTargetHealthCommand).resolves({ TargetHealthDescriptions: [target("i-0", "healthy"), target("i-1", "healthy")] });
    const [result] = await waitUntilReady([asgCheck], createReadyProbe(aws), fakeClock());
    expect(result?.detail).toBe("2/2 instance(s) InService and healthy; events-e40dbc2 2/2 healthy");
  });

  it("stops on a failed scaling activity, with its message", async () => {
    asg.on(DescribeAutoScalingGroupsCommand).resolves(group([]));
    asg.on(DescribeScalingActivitiesCommand).resolves({
      Activities: [
        {
          ActivityId: "a2",
          StatusCode: "Failed",
          StatusMessage: "We currently do not have sufficient t3.medium capacity in the Availability Zone you requested.",
          Description: "Launching a new EC2 instance.  Status Reason: ...",
        } as never,
      ],
    });
    elb.on(DescribeTargetHealthCommand).resolves({ TargetHealthDescriptions: [] });
    const error = await failure(asgCheck);
    expect(error.message).toContain(
      "green of kie failed: scaling activity of kie-v2 Failed: We currently do not have sufficient t3.medium capacity in the Availability Zone you requested.",
    );
  });
});
