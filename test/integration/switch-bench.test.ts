/**
 * The switch-traffic benchmark (`npm run bench` runs this file when the stack is up): seed 004's
 * three ALBs after deploy-green, a 10/50/100 switch with zero bake through the CLI against moto.
 * Prints the AWS calls per step per route and the wall time per step, and holds the issue's goal of
 * at most two calls per route per step beside the health and alarm reads. The time per step is
 * printed, not asserted: the machines are shared.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseDocument } from "yaml";
import { afterAll, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import type { StepCalls } from "../../src/rollout/switch-traffic.js";
import { greenTargetGroupName } from "../../src/release/naming.js";
import { fakeIo } from "../support/fake-io.js";
import { buildSpectateEstate, ecsAgentStandIn, fixtureAccount, type FixtureAccount } from "../support/aws/index.js";
import { buildManyRoutesEstate } from "../support/aws/many-routes-estate.js";
import { requireStack } from "./stack-env.js";

const stack = requireStack("moto");
/** The median of numbers. */
const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
let account: FixtureAccount | undefined;
afterAll(() => account?.aws.destroy());

it("switch-traffic 10/50/100 on three ALBs (five routes), zero bake, against moto", async () => {
  account = await fixtureAccount(stack.awsEndpoint);
  await buildSpectateEstate(account.aws);
  const env = account.env;
  const cli = async (...args: string[]) => {
    const { io, stdout, stderr } = fakeIo(env);
    const code = await runCli(args, io);
    return { code, stdout: stdout(), stderr: stderr() };
  };
  const example = join(import.meta.dirname, "../../examples/spectate-three-albs.yml");
  const agent = ecsAgentStandIn(account.aws, greenTargetGroupName("event-management", "bench"), ["10.40.1.20", "10.40.2.20"]);
  const deployed = await cli("deploy-green", "--config", example, "--release", "bench", "--image", "example/app:bench").finally(() =>
    agent.stop(),
  );
  expect(deployed.code, deployed.stderr).toBe(0);

  const doc = parseDocument(readFileSync(example, "utf8"));
  doc.delete("database");
  doc.set(
    "traffic",
    doc.createNode({ strategy: "canary", steps: [10, 50, 100], bakeTime: "0s", alarms: ["spectate-frontend-5xx", "spectate-events-5xx"] }),
  );
  const path = join(mkdtempSync(join(tmpdir(), "cutover-bench-")), "cutover.yml");
  writeFileSync(path, doc.toString());

  const started = performance.now();
  const run = await cli("switch-traffic", "--config", path, "--json");
  const wall = performance.now() - started;
  expect(run.code, run.stderr).toBe(0);
  const result = (JSON.parse(run.stdout) as { result: { stepCalls: StepCalls[]; awsCalls: { total: number } } }).result;
  console.log(
    `switch-traffic 10/50/100, 3 ALBs / 5 routes, zero bake, moto: ${wall.toFixed(0)} ms wall (read, plan and all steps), ${result.awsCalls.total} AWS calls`,
  );
  console.log(
    `switch-traffic skew within a step, 5 routes on three ALBs, moto: median ${median(result.stepCalls.map((s) => s.skewMs))} ms (steps: ${result.stepCalls.map((s) => s.skewMs).join(", ")} ms); one write's round trip ${median(result.stepCalls.map((s) => s.writeMs))} ms`,
  );
  for (const s of result.stepCalls) {
    console.log(
      `  step ${s.step} → ${String(s.weight).padStart(3)}%: ${s.ms} ms; ${s.routeCalls} rule/listener calls for ${s.routes} routes ` +
        `(${(s.routeCalls / s.routes).toFixed(2)} per route: drift read + write checked from its answer), ${s.checkCalls} health/alarm reads`,
    );
    expect(s.routeCalls).toBeLessThanOrEqual(2 * s.routes);
  }
});

it("switch-traffic skew within a step: 30 routes on one ALB, against moto", async () => {
  account ??= await fixtureAccount(stack.awsEndpoint);
  const env = account.env;
  const { config } = await buildManyRoutesEstate(account.aws, 30);
  const path = join(mkdtempSync(join(tmpdir(), "cutover-bench-")), "cutover.yml");
  writeFileSync(path, config);
  const cli = async (...args: string[]) => {
    const { io, stdout, stderr } = fakeIo(env);
    const code = await runCli(args, io);
    return { code, stdout: stdout(), stderr: stderr() };
  };
  const deployed = await cli("deploy-green", "--config", path, "--release", "bench");
  expect(deployed.code, deployed.stderr).toBe(0);
  const run = await cli("switch-traffic", "--config", path, "--json");
  expect(run.code, run.stderr).toBe(0);
  const result = (JSON.parse(run.stdout) as { result: { stepCalls: StepCalls[] } }).result;
  const skews = result.stepCalls.map((s) => s.skewMs);
  console.log(
    `switch-traffic skew within a step, 30 routes on one ALB, moto: median ${median(skews)} ms (steps: ${skews.join(", ")} ms) between the first and the last route's write answer; one write's round trip ${median(result.stepCalls.map((s) => s.writeMs))} ms`,
  );
  for (const s of result.stepCalls) expect(s.routes).toBe(30);
});
