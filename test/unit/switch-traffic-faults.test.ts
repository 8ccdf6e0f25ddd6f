/**
 * switch-traffic's walk through the real load-balancing adapter, with aws-sdk-client-mock standing in
 * for what moto cannot show (green turning unhealthy mid-bake, throttling on ModifyRule) and an
 * AbortSignal standing in for SIGINT. The mocked ELBv2 keeps state: ModifyRule / ModifyListener change
 * what DescribeRules / DescribeListeners answer, so "every route restored" is read from that state,
 * not from cutover's own report. The clock is fake: a bake of minutes passes in milliseconds.
 *
 * aws-sdk-client-mock replaces `client.send`, so the SDK's own retry middleware never runs here: a
 * mocked ThrottlingException reaches cutover as it would after the SDK's retries ran out.
 */
import { CloudWatchClient } from "@aws-sdk/client-cloudwatch";
import {
  DescribeListenersCommand,
  DescribeRulesCommand,
  DescribeTargetHealthCommand,
  ElasticLoadBalancingV2Client,
  ModifyListenerCommand,
  ModifyRuleCommand,
  type Action,
  type TargetHealthDescription,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { connectAws, type Aws } from "../../src/aws/connect.js";
import { switchTraffic } from "../../src/rollout/switch-traffic.js";
import type { Clock } from "../../src/run/clock.js";
import { exitCodeOf, OperationError } from "../../src/errors.js";
import type { ForwardBody } from "../../src/traffic/forward-action.js";
import type { SwitchPlan, SwitchRoute } from "../../src/traffic/switch-plan.js";

const elb = mockClient(ElasticLoadBalancingV2Client);
mockClient(CloudWatchClient);

const ARN = "arn:aws:elasticloadbalancing:eu-west-1:123456789012";
const FEEDS_LISTENER = `${ARN}:listener/app/spectate-feeds/1111/2222`;
const FRONTEND_LISTENER = `${ARN}:listener/app/spectate-frontend/3333/4444`;
const FOOTBALL_RULE = `${ARN}:listener-rule/app/spectate-feeds/1111/2222/5555`;
const FRONTEND_DEFAULT = `${FRONTEND_LISTENER}#default`;
const tg = (name: string) => `${ARN}:targetgroup/${name}/0123456789abcdef`;
const MINUTE = 60_000;

/** A route as planSwitch makes it: blue at 100, green at 0. */
function route(label: string, place: SwitchRoute["place"], blue: string, green: string): SwitchRoute {
  return {
    label,
    service: label,
    place,
    blue: { arn: tg(blue), name: blue },
    green: { arn: tg(green), name: green },
    health: { kind: "min-healthy", min: 2 },
    start: {
      targetGroups: [
        { arn: tg(blue), weight: 100 },
        { arn: tg(green), weight: 0 },
      ],
      stickiness: undefined,
    },
  };
}

// the rule first, so step 2's first write is a ModifyRule on a route step 1 already moved
const ROUTES = [
  route(
    "feed-normalizers rule 10",
    { listenerArn: FEEDS_LISTENER, ruleArn: FOOTBALL_RULE, isDefault: false, label: "feed-normalizers rule 10" },
    "feed-football-a",
    "feed-football-b",
  ),
  route(
    "frontend (default)",
    { listenerArn: FRONTEND_LISTENER, ruleArn: FRONTEND_DEFAULT, isDefault: true, label: "frontend (default)" },
    "spectate-frontend-a",
    "spectate-frontend-b",
  ),
];

const at = (weight: number): ForwardBody[] =>
  ROUTES.map((r) => ({
    targetGroups: [
      { arn: r.blue.arn, weight: 100 - weight },
      { arn: r.green.arn, weight },
    ],
    stickiness: undefined,
  }));

const PLAN: SwitchPlan = {
  from: 0,
  to: 100,
  routes: ROUTES,
  steps: [
    { kind: "set-weight", weight: 50, forwards: at(50) },
    { kind: "bake", durationMs: 10 * MINUTE, alarms: [] },
    { kind: "set-weight", weight: 100, forwards: at(100) },
    { kind: "bake", durationMs: 10 * MINUTE, alarms: [] },
  ],
  alarms: [],
  refusals: [],
};

const forwardAction = (weights: Record<string, number>): Action => ({
  Type: "forward",
  Order: 1,
  ForwardConfig: { TargetGroups: Object.entries(weights).map(([name, Weight]) => ({ TargetGroupArn: tg(name), Weight })) },
});

/** The mocked ELBv2's state: each place's actions, written by Modify*, answered by Describe*. */
let state: Map<string, Action[]>;
const START = () =>
  new Map<string, Action[]>([
    [FOOTBALL_RULE, [forwardAction({ "feed-football-a": 100, "feed-football-b": 0 })]],
    [FRONTEND_LISTENER, [forwardAction({ "spectate-frontend-a": 100, "spectate-frontend-b": 0 })]],
  ]);

/** Every route's weights as the mocked ELBv2 holds them, `blue=w,green=w`. */
function weightsNow(): Record<string, string> {
  const describe = (actions: Action[] | undefined) =>
    (actions?.find((a) => a.Type === "forward")?.ForwardConfig?.TargetGroups ?? [])
      .map((t) => `${t.TargetGroupArn?.split("/")[1]}=${t.Weight}`)
      .join(",");
  return { football: describe(state.get(FOOTBALL_RULE)), frontend: describe(state.get(FRONTEND_LISTENER)) };
}
const BEFORE = {
  football: "feed-football-a=100,feed-football-b=0",
  frontend: "spectate-frontend-a=100,spectate-frontend-b=0",
};

const healthy = (id: string): TargetHealthDescription => ({ Target: { Id: id, Port: 8080 }, TargetHealth: { State: "healthy" } });

function fakeClock(onSleep: (n: number) => void = () => undefined): Clock & { slept: number[] } {
  let now = Date.parse("2026-01-01T00:00:00Z");
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
      onSleep(slept.length);
    },
  };
}

let aws: Aws;
let warnings: string[];
const log = () => ({ info: () => undefined, warn: (m: string) => void warnings.push(m) });

function run(clock: Clock, signal = new AbortController().signal) {
  return switchTraffic(
    PLAN,
    { configPath: "cutover.yml", release: "v2.4.0" },
    { aws, clock, log: log(), signal, calls: aws.calls, pollMs: MINUTE, retryMs: 1_000 },
  );
}

async function failure(promise: Promise<unknown>): Promise<OperationError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof OperationError)) throw new Error(`expected an OperationError, got ${String(error)}`);
  expect(exitCodeOf(error)).toBe(1);
  return error;
}

beforeEach(() => {
  elb.reset();
  state = START();
  warnings = [];
  elb.on(DescribeRulesCommand).callsFake((input: { RuleArns?: string[] }) => ({
    Rules: (input.RuleArns ?? []).map((RuleArn) => ({ RuleArn, Priority: "10", Actions: state.get(RuleArn) })),
  }));
  elb.on(DescribeListenersCommand).callsFake((input: { ListenerArns?: string[] }) => ({
    Listeners: (input.ListenerArns ?? []).map((ListenerArn) => ({ ListenerArn, DefaultActions: state.get(ListenerArn) })),
  }));
  elb.on(ModifyRuleCommand).callsFake((input: { RuleArn: string; Actions: Action[] }) => {
    state.set(input.RuleArn, input.Actions);
    return { Rules: [{ RuleArn: input.RuleArn, Actions: input.Actions }] };
  });
  elb.on(ModifyListenerCommand).callsFake((input: { ListenerArn: string; DefaultActions: Action[] }) => {
    state.set(input.ListenerArn, input.DefaultActions);
    return { Listeners: [{ ListenerArn: input.ListenerArn, DefaultActions: input.DefaultActions }] };
  });
  elb.on(DescribeTargetHealthCommand).resolves({ TargetHealthDescriptions: [healthy("i-0a"), healthy("i-0b")] });
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

describe("switch-traffic, faults moto cannot show", () => {
  it("the stateful mock itself: a clean run ends with every route on green", async () => {
    const outcome = await run(fakeClock());
    expect(outcome.weight).toBe(100);
    expect(weightsNow()).toEqual({
      football: "feed-football-a=0,feed-football-b=100",
      frontend: "spectate-frontend-a=0,spectate-frontend-b=100",
    });
  });

  it("green turning unhealthy mid-bake: every route restored, exit 1, the message names the target and the reason", async () => {
    const frontendGreen = tg("spectate-frontend-b");
    let frontendLooks = 0;
    elb.on(DescribeTargetHealthCommand).callsFake((input: { TargetGroupArn?: string }) => {
      if (input.TargetGroupArn !== frontendGreen) return { TargetHealthDescriptions: [healthy("i-0a"), healthy("i-0b")] };
      frontendLooks += 1;
      // healthy for the check before step 1 and the bake's first two looks, then a target fails
      return frontendLooks <= 3
        ? { TargetHealthDescriptions: [healthy("i-0f1"), healthy("i-0f2")] }
        : {
            TargetHealthDescriptions: [
              healthy("i-0f1"),
              {
                Target: { Id: "i-0f2", Port: 80 },
                TargetHealth: { State: "unhealthy", Reason: "Target.FailedHealthChecks", Description: "Health checks failed" },
              },
            ],
          };
    });
    const error = await failure(run(fakeClock()));
    expect(error.message).toContain("switch-traffic stopped after reaching green 50%");
    expect(error.message).toContain("frontend (default): green spectate-frontend-b has 1/2 healthy target(s), needs at least 2");
    expect(error.message).toContain("i-0f2 unhealthy (Target.FailedHealthChecks)");
    expect(error.aftermath.kind).toBe("restored");
    expect(error.aftermath.kind === "restored" && error.aftermath.detail.match(/: restored/g)).toHaveLength(2);
    expect(weightsNow()).toEqual(BEFORE);
    // it stopped in the bake: step 2 (100%) was never written
    expect(elb.commandCalls(ModifyRuleCommand).map((c) => c.args[0].input.Actions?.[0]?.ForwardConfig?.TargetGroups?.[1]?.Weight)).toEqual([
      50, 0,
    ]);
  });

  it("ThrottlingException on ModifyRule: the write's throttle stops the step; the restore retries through the next two and puts every route back", async () => {
    const throttle = Object.assign(new Error("Rate exceeded"), { name: "ThrottlingException" });
    let modifyRules = 0;
    elb.on(ModifyRuleCommand).callsFake((input: { RuleArn: string; Actions: Action[] }) => {
      modifyRules += 1;
      // 1: step 1's write succeeds; 2: step 2's write, 3 and 4: the restore's first two tries are throttled
      if (modifyRules >= 2 && modifyRules <= 4) throw throttle;
      state.set(input.RuleArn, input.Actions);
      return { Rules: [{ RuleArn: input.RuleArn, Actions: input.Actions }] };
    });
    const clock = fakeClock();
    const error = await failure(run(clock));
    expect(error.message).toBe(
      "switch-traffic stopped after reaching green 50%: ModifyRule on feed-normalizers rule 10: Throttling: Rate exceeded",
    );
    expect(error.aftermath.kind).toBe("restored");
    expect(modifyRules).toBe(5);
    expect(warnings.filter((w) => w.includes("Throttling"))).toEqual([
      "restoring feed-normalizers rule 10 (try 1/3): ModifyRule on feed-normalizers rule 10: Throttling: Rate exceeded",
      "restoring feed-normalizers rule 10 (try 2/3): ModifyRule on feed-normalizers rule 10: Throttling: Rate exceeded",
    ]);
    // never half: both routes back where they started
    expect(weightsNow()).toEqual(BEFORE);
  });

  it("ModifyRule throttled through every restore try: exit 1, resumable, naming the rollback command; no route left half-written", async () => {
    const throttle = Object.assign(new Error("Rate exceeded"), { name: "ThrottlingException" });
    let modifyRules = 0;
    elb.on(ModifyRuleCommand).callsFake((input: { RuleArn: string; Actions: Action[] }) => {
      modifyRules += 1;
      if (modifyRules >= 2) throw throttle;
      state.set(input.RuleArn, input.Actions);
      return { Rules: [{ RuleArn: input.RuleArn, Actions: input.Actions }] };
    });
    const error = await failure(run(fakeClock()));
    expect(error.aftermath.kind).toBe("resumable");
    expect(error.aftermath.kind === "resumable" && error.aftermath.detail).toContain(
      "Finish with: cutover rollback --config cutover.yml --release v2.4.0",
    );
    // the listener is restored; the rule stays at step 1's weights (a whole step, never a partial write)
    expect(weightsNow()).toEqual({ ...BEFORE, football: "feed-football-a=50,feed-football-b=50" });
  });

  it("SIGINT mid-bake (the AbortSignal): stops at the step boundary, restores every route, exit 1 'interrupted'", async () => {
    const controller = new AbortController();
    // the first bake's second sleep: green at 50%, step 2 not started
    const clock = fakeClock((n) => {
      if (n === 2) controller.abort(new Error("SIGINT"));
    });
    const error = await failure(run(clock, controller.signal));
    expect(error.message).toBe("switch-traffic stopped after reaching green 50%: interrupted (SIGINT) at green 50%");
    expect(error.aftermath.kind).toBe("restored");
    expect(weightsNow()).toEqual(BEFORE);
    expect(clock.slept).toHaveLength(2);
    expect(elb.commandCalls(ModifyRuleCommand)).toHaveLength(2); // step 1's write and the restore
  });

  it("SIGINT before the first write changes nothing: exit 1, untouched", async () => {
    const controller = new AbortController();
    controller.abort(new Error("SIGINT"));
    const error = await failure(run(fakeClock(), controller.signal));
    expect(error.message).toBe("switch-traffic was interrupted (SIGINT) before any change");
    expect(error.aftermath.kind).toBe("untouched");
    expect(elb.commandCalls(ModifyRuleCommand)).toHaveLength(0);
    expect(weightsNow()).toEqual(BEFORE);
  });
});
