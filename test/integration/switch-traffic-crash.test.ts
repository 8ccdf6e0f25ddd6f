/**
 * switch-traffic against the stack's moto server on seed 004's three ALBs after a real deploy-green:
 * two switch runs at once on one project, and a switch killed (SIGKILL) between two steps, then
 * `cutover rollback`. Weights and lock tags are read from moto, not from cutover's report.
 *
 * The crash test runs the bundled CLI (dist/cutover.js) as a child process: build it first with
 * `npm run build` when src/ changed.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DescribeTagsCommand } from "@aws-sdk/client-elastic-load-balancing-v2";
import { execa } from "execa";
import { parseDocument } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { greenTargetGroupName } from "../../src/release/naming.js";
import type { Estate } from "../../src/traffic/estate.js";
import { fakeIo } from "../support/fake-io.js";
import { ecsAgentStandIn } from "../support/aws/ecs-agent.js";
import { buildSpectateEstate, fixtureAccount, type FixtureAccount, type SpectateEstate } from "../support/aws/index.js";
import { requireStack } from "./stack-env.js";

const ROOT = join(import.meta.dirname, "../..");
const SPECTATE = join(ROOT, "examples/spectate-three-albs.yml");
const CUTOVER = join(ROOT, "dist/cutover.js");
const RELEASE = "v2.4.0";
const IMAGE = "registry.example.com/spectate/event-management:2.4.0";

const stack = requireStack("moto");
let account: FixtureAccount;
let estate: SpectateEstate;
let dir: string;

/** The example with another traffic section; the database section goes (its Prisma files are not beside the copy). */
function configWith(name: string, traffic: Record<string, unknown>): string {
  const doc = parseDocument(readFileSync(SPECTATE, "utf8"));
  doc.delete("database");
  doc.set("traffic", doc.createNode({ alarms: ["spectate-frontend-5xx", "spectate-events-5xx"], ...traffic }));
  const path = join(dir, `${name}.yml`);
  writeFileSync(path, doc.toString());
  return path;
}

async function cli(...args: string[]) {
  const { io, stdout, stderr } = fakeIo(account.env);
  const code = await runCli(args, io);
  return { code, stdout: stdout(), stderr: stderr(), output: stdout() + stderr() };
}

async function status(): Promise<Estate> {
  const run = await cli("status", "--config", SPECTATE, "--json");
  expect(run.code, run.stderr).toBe(0);
  return (JSON.parse(run.stdout) as { result: Estate }).result;
}

/** Every route's green share, by service: what moto has now. */
async function greenShares(): Promise<Record<string, number | undefined>> {
  return Object.fromEntries((await status()).routes.map((r) => [`${r.service} ${r.rule.priority}`, r.green?.share]));
}

/** Every route's blue and green shares and its header rules' actions: what a rollback must bring back. */
async function routeShape(): Promise<unknown> {
  return (await status()).routes.map((r) => ({
    service: r.service,
    blue: [r.blue?.name, r.blue?.share],
    green: [r.green?.name, r.green?.share],
    headerRules: r.headerRules.map((h) => [h.role, h.action]),
  }));
}

/** The `cutover:lock` tag on each of the three load balancers. */
async function lockTags(): Promise<(string | undefined)[]> {
  const arns = Object.values(estate.albs).map((a) => a.arn);
  const answer = await account.aws.elbv2.send(new DescribeTagsCommand({ ResourceArns: arns }));
  return (answer.TagDescriptions ?? []).map((d) => (d.Tags ?? []).find((t) => t.Key === "cutover:lock")?.Value);
}

/** Polls until `done` holds, at most `ms`. */
async function until(what: string, done: () => Promise<boolean>, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await done())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const allAt = (shares: Record<string, number | undefined>, share: number) => Object.values(shares).every((s) => s === share);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "cutover-switch-crash-"));
  account = await fixtureAccount(stack.awsEndpoint);
  estate = await buildSpectateEstate(account.aws);
  const agent = ecsAgentStandIn(account.aws, greenTargetGroupName("event-management", RELEASE), ["10.40.1.20", "10.40.2.20"]);
  try {
    const deployed = await cli("deploy-green", "--config", SPECTATE, "--release", RELEASE, "--image", IMAGE);
    expect(deployed.code, deployed.stderr).toBe(0);
  } finally {
    await agent.stop();
  }
}, 120_000);
afterAll(() => account?.aws.destroy());

describe("switch-traffic runs that overlap or die", () => {
  it("SIGINT mid-bake (a cancelled job): exit 1 with every route restored, acted on at once rather than at the next poll", async () => {
    const before = await routeShape();
    const path = configWith("sigint", { strategy: "linear", increment: 25, bakeTime: "60s" });
    const child = execa("node", [CUTOVER, "switch-traffic", "--config", path, "--release", RELEASE], {
      env: { ...account.env, CUTOVER_HOST: "local" },
      reject: false,
    });
    try {
      await until("the first step (25%) on every route", async () => allAt(await greenShares(), 25), 40_000);
    } catch (error) {
      child.kill("SIGKILL");
      throw error;
    }
    // a moment into the bake, between two of its 5 s polls
    await new Promise((resolve) => setTimeout(resolve, 500));
    const sent = Date.now();
    child.kill("SIGINT");
    const ended = await child;
    const elapsed = Date.now() - sent;
    console.log(`SIGINT mid-bake → exit ${ended.exitCode} with 5 routes restored in ${elapsed} ms`);
    expect(ended.exitCode, ended.stderr).toBe(1);
    expect(ended.stderr).toContain("interrupted (SIGINT received) at green 25%");
    expect(ended.stderr).toContain("put back");
    expect(await routeShape()).toEqual(before);
    expect(await lockTags()).toEqual([undefined, undefined, undefined]);
    // the wait ends on the signal: waiting for the bake's next poll would take up to 5 s more
    expect(elapsed).toBeLessThan(2_500);
  }, 90_000);

  it("two switch runs at once: the second exits 3 naming the holder and changes nothing; the first finishes", async () => {
    expect(allAt(await greenShares(), 0)).toBe(true);
    // a bake of 6 s after 50%: the first run is still running (and holding the lock) while the second starts
    const path = configWith("overlap", { strategy: "canary", steps: [50, 100], bakeTime: "6s" });
    const first = cli("switch-traffic", "--config", path, "--release", RELEASE);
    await until("the first run to hold the lock with every route at 50%", async () => {
      const tags = await lockTags();
      return tags.every((t) => t !== undefined) && allAt(await greenShares(), 50);
    });
    const holder = (await lockTags())[0];

    const second = await cli("switch-traffic", "--config", path, "--release", "v2.5.0");
    expect(second.code, second.output).toBe(3);
    expect(second.output).toContain(`the release lock for spectate is held by release ${RELEASE} (switch-traffic)`);
    expect(second.output).toContain(`--break-lock ${holder}`);
    // the refusal touched nothing: the first run's lock and weights are as they were
    expect(await lockTags()).toEqual([holder, holder, holder]);

    const done = await first;
    expect(done.code, done.output).toBe(0);
    expect(allAt(await greenShares(), 100)).toBe(true);
    expect(await lockTags()).toEqual([undefined, undefined, undefined]);

    // back to blue for the next test
    const back = await cli("rollback", "--config", SPECTATE);
    expect(back.code, back.output).toBe(0);
    expect(allAt(await greenShares(), 0)).toBe(true);
  }, 60_000);

  it("killed (SIGKILL) between two steps, then rollback: every route back on blue at 100, header rules back; a second rollback changes nothing", async () => {
    const before = await routeShape();
    // deploy-green put header rules (green / blue) beside every route: the rollback must leave them as they were
    expect((before as { headerRules: unknown[] }[]).every((r) => r.headerRules.length >= 2)).toBe(true);
    expect(allAt(await greenShares(), 0)).toBe(true);
    const path = configWith("crash", { strategy: "linear", increment: 25, bakeTime: "20s" });
    const child = execa("node", [CUTOVER, "switch-traffic", "--config", path, "--release", RELEASE], {
      env: { ...account.env, CUTOVER_HOST: "local" },
      reject: false,
    });
    try {
      await until("the first step (25%) on every route", async () => allAt(await greenShares(), 25), 40_000);
    } finally {
      child.kill("SIGKILL");
    }
    const killed = await child;
    expect(killed.signal).toBe("SIGKILL");
    // the crash left the routes at the first step and the killed run's lock in the tags: nothing released it
    expect(allAt(await greenShares(), 25)).toBe(true);
    const stale = (await lockTags())[0];
    expect(stale).toBeDefined();
    expect(await lockTags()).toEqual([stale, stale, stale]);

    // a killed run's tags lock stays until broken (--break-lock) or taken over (rollback): a new switch is refused
    const blocked = await cli("switch-traffic", "--config", path, "--release", RELEASE);
    expect(blocked.code, blocked.output).toBe(3);
    expect(blocked.output).toContain(`held by release ${RELEASE} (switch-traffic)`);
    expect(blocked.output).toContain(`--break-lock ${stale}`);
    expect(allAt(await greenShares(), 25)).toBe(true);

    // rollback takes the stale lock over (never blocked), puts every route back, and releases the lock
    const rollback = await cli("rollback", "--config", SPECTATE, "--json");
    expect(rollback.code, rollback.output).toBe(0);
    expect(rollback.stderr).toContain("took the release lock over from release v2.4.0 (switch-traffic)");
    expect(await routeShape()).toEqual(before);
    for (const route of (await status()).routes) {
      expect(route.blue?.share).toBe(100);
      expect(route.green?.share).toBe(0);
    }
    expect(await lockTags()).toEqual([undefined, undefined, undefined]);

    const again = await cli("rollback", "--config", SPECTATE, "--json");
    expect(again.code, again.output).toBe(0);
    expect((JSON.parse(again.stdout) as { result: { changes: string[] } }).result.changes).toEqual([]);
    expect(await routeShape()).toEqual(before);

    // with the lock gone, a later switch-traffic is not refused
    const later = await cli(
      "switch-traffic",
      "--config",
      configWith("later", { strategy: "linear", increment: 25, bakeTime: "0s" }),
      "--to",
      "25",
    );
    expect(later.code, later.output).toBe(0);
    expect(allAt(await greenShares(), 25)).toBe(true);
    expect(await lockTags()).toEqual([undefined, undefined, undefined]);
  }, 90_000);
});
