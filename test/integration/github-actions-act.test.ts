/**
 * cutover's GitHub workflows run by nektos/act (host mode) against the stack: the example callers
 * in examples/workflows/, copied as they are into a caller repository, call release.yml and
 * rollback.yml from this working tree (--local-repository), on seed 004's estate (three ALBs, five
 * routes) in a fresh moto account, with a real `prisma migrate deploy` on the stack's PostgreSQL.
 * What each run did is read back from moto, not from the workflow's log.
 *
 * What act cannot show (docs/github-actions.md): environment approvals (a job on an environment
 * just runs), OIDC (the credentials action is a stand-in), concurrency groups and cancellation.
 */
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SetAlarmStateCommand } from "@aws-sdk/client-cloudwatch";
import { parseDocument, parse, stringify } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { greenTargetGroupName } from "../../src/release/naming.js";
import { ensureAct, makeCallerRepository, REPO, runAct, writeStandIns, type ActRun, type StandIns } from "../support/act.js";
import {
  appliedMigrations,
  estateOf,
  freshDatabase,
  greenStandIn,
  liveReleases,
  releaseStageEnv,
  type GreenStandIn,
} from "../support/release-pipeline.js";
import { buildSpectateEstate, ecsAgentStandIn, fixtureAccount, type FixtureAccount } from "../support/aws/index.js";
import { requireStack } from "./stack-env.js";

const stack = requireStack("moto");
requireStack("pg");
const RELEASE_CALLER = join(REPO, "examples/workflows/release-on-tag.yml");
const ROLLBACK_CALLER = join(REPO, "examples/workflows/rollback-dispatch.yml");
const RUN_TIMEOUT = 240_000;

let act: string;
let account: FixtureAccount;
let scratch: string;
let caller: string;
let standIns: StandIns;
let databaseUrl: string;
let green: GreenStandIn;
const timings: Record<string, number> = {};

/** The example config, as a team would have it: the database URL only from the environment. */
function writeConfig(traffic: Record<string, unknown>): void {
  const doc = parseDocument(readFileSync(join(REPO, "examples/spectate-three-albs.yml"), "utf8"));
  doc.setIn(["database", "url"], "${DATABASE_URL}");
  // The default command, `npx prisma`, runs the caller's installed Prisma (node_modules); its
  // binary engines cannot be downloaded here, so it runs through its WebAssembly engine
  // (scripts/prisma-offline's config, beside the caller's config).
  doc.setIn(["database", "prisma"], { config: "prisma.config.ts" });
  doc.set("traffic", doc.createNode({ alarms: ["spectate-frontend-5xx", "spectate-events-5xx"], ...traffic }));
  writeFileSync(join(caller, "cutover.yml"), doc.toString());
}

const status = () => estateOf(join(caller, "cutover.yml"), { ...account.env, DATABASE_URL: databaseUrl });

/** Route → the target groups carrying traffic, with their release and weight: what users get. */
async function traffic(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const route of (await status()).routes) {
    const sides = [route.blue, route.green, route.standby, ...route.others].filter((s) => s !== undefined);
    out[`${route.loadBalancer}/${route.service}`] = sides
      .filter((s) => s.weight > 0)
      .map((s) => `${s.name}(${s.release ?? "-"})=${s.weight}`)
      .sort()
      .join(",");
  }
  return out;
}

const liveRelease = () => liveReleases(join(caller, "cutover.yml"), { ...account.env, DATABASE_URL: databaseUrl });

const ENV = () => releaseStageEnv(green);

/** The tag-push example, for tag `release`; `service` is set in a copy of the example's `with:`. */
async function release(
  tag: string,
  options: { service?: string; during?: (running: () => boolean) => Promise<void> } = {},
): Promise<ActRun> {
  let workflow = ".github/workflows/release-on-tag.yml";
  if (options.service !== undefined) {
    const doc = parse(readFileSync(RELEASE_CALLER, "utf8")) as { jobs: { release: { with: Record<string, unknown> } } };
    doc.jobs.release.with.service = options.service;
    workflow = ".github/workflows/release-one-service.yml";
    writeFileSync(join(caller, workflow), stringify(doc));
  }
  const agent = ecsAgentStandIn(account.aws, greenTargetGroupName("event-management", tag), ["10.40.1.20", "10.40.2.20"]);
  try {
    const run = await runAct(
      {
        act,
        cwd: caller,
        event: "push",
        payload: { ref: `refs/tags/${tag}` },
        workflow,
        localRepositories: standIns.localRepositories,
        vars: { CUTOVER_AWS_ENDPOINT_URL: account.account.endpoint },
        secrets: { DATABASE_URL: databaseUrl },
        env: ENV(),
        during: options.during,
      },
      scratch,
    );
    timings[`release ${tag}${options.service ? ` (service ${options.service})` : ""}`] = run.seconds;
    return run;
  } finally {
    await agent.stop();
  }
}

async function rollback(inputs: Record<string, string>, label: string): Promise<ActRun> {
  const run = await runAct(
    {
      act,
      cwd: caller,
      event: "workflow_dispatch",
      // act takes a dispatch's inputs from the event; booleans as strings, as GitHub sends them
      payload: { inputs: { service: "", "destroy-green": "false", "dry-run": "false", ...inputs } },
      workflow: ".github/workflows/rollback-dispatch.yml",
      localRepositories: standIns.localRepositories,
      vars: { CUTOVER_AWS_ENDPOINT_URL: account.account.endpoint },
      env: ENV(),
    },
    scratch,
  );
  timings[`rollback ${label}`] = run.seconds;
  return run;
}

const failed = (run: ActRun) => `act exit ${run.code}, jobs ${JSON.stringify(run.jobs)}\n${run.log.slice(-6000)}`;

beforeAll(async () => {
  act = ensureAct();
  scratch = mkdtempSync(join(tmpdir(), "cutover-act-"));
  caller = join(scratch, "caller");
  account = await fixtureAccount(stack.awsEndpoint);
  await buildSpectateEstate(account.aws);

  databaseUrl = await freshDatabase(stack.pgUrl, "cutover_act");
  green = await greenStandIn();

  // the caller's installed dependencies (its pinned Prisma): this tree's, linked
  mkdirSync(caller);
  symlinkSync(join(REPO, "node_modules"), join(caller, "node_modules"));
  makeCallerRepository(
    caller,
    {
      ".github/workflows/release-on-tag.yml": readFileSync(RELEASE_CALLER, "utf8"),
      ".github/workflows/rollback-dispatch.yml": readFileSync(ROLLBACK_CALLER, "utf8"),
      "cutover.yml": "",
    },
    { prisma: join(REPO, "examples/prisma"), "prisma.config.ts": join(REPO, "scripts/prisma-offline/prisma.config.ts") },
  );
  writeConfig({ strategy: "all-at-once", bakeTime: "0s" });
  standIns = writeStandIns(join(scratch, "stand-ins"), account.account.credentials, [RELEASE_CALLER, ROLLBACK_CALLER]);
}, 300_000);

afterAll(async () => {
  console.log(`act run timings (s): ${JSON.stringify(timings)}`);
  await green?.close();
  account?.aws.destroy();
});

describe("the example callers under act, on seed 004's estate", () => {
  it(
    "a dispatched rollback to an environment not allowed is refused before any AWS credential exists",
    async () => {
      const before = await traffic();
      const run = await rollback({ environment: "prod-eu" }, "refused environment");
      expect(run.code, failed(run)).not.toBe(0);
      expect(run.jobs["check-environment"], failed(run)).toBe("failure");
      expect(run.jobs.rollback).toBeUndefined();
      expect(run.log).toContain("environment 'prod-eu' is not allowed by the default list");
      expect(standIns.credentialCalls()).toEqual([]);
      expect(await traffic()).toEqual(before);
    },
    RUN_TIMEOUT,
  );

  it(
    "the tag push with service: frontend releases that service alone",
    async () => {
      const before = await liveRelease();
      const run = await release("v1.0.0", { service: "frontend" });
      expect(run.code, failed(run)).toBe(0);
      expect(run.jobs).toMatchObject({ plan: "success", "migrate-db": "success", "switch-traffic": "success", promote: "success" });
      expect(run.jobs.rollback).toBeUndefined();
      expect(await liveRelease()).toEqual({ ...before, frontend: "v1.0.0" });
      // the OIDC stand-in was asked for the caller's role, by each AWS job
      expect(standIns.credentialCalls()).toContain("role=arn:aws:iam::123456789012:role/cutover-release region=eu-west-1");
    },
    RUN_TIMEOUT,
  );

  let summaries: string[] = [];
  it(
    "the tag-push example runs release.yml end to end: migrations applied, green live on every route",
    async () => {
      const run = await release("v2.0.0");
      expect(run.code, failed(run)).toBe(0);
      expect(run.jobs).toMatchObject({
        plan: "success",
        "migrate-db": "success",
        "deploy-green": "success",
        verify: "success",
        "switch-traffic": "success",
        promote: "success",
      });
      expect(run.log).toContain("green on 5 route(s) is still release v2.0.0, as verified");
      const live = await liveRelease();
      expect(Object.keys(live)).toHaveLength(5);
      expect(Object.values(live).every((r) => r === "v2.0.0")).toBe(true);
      expect(await appliedMigrations(databaseUrl)).toBeGreaterThan(0);
      summaries = run.summaries;
      writeFileSync(join(scratch, "release-summary.md"), summaries.join("\n"));
      expect(summaries.join("\n")).toContain("cutover switch-traffic");
    },
    RUN_TIMEOUT,
  );

  it(
    "the rollback example, dispatched, puts blue back on every route (status needs no DATABASE_URL)",
    async () => {
      const run = await rollback({ environment: "production", "destroy-green": "true" }, "dispatch");
      expect(run.code, failed(run)).toBe(0);
      expect(run.jobs).toMatchObject({ "check-environment": "success", rollback: "success" });
      const live = await liveRelease();
      expect(Object.values(live).some((r) => r === "v2.0.0" || r === "mixed")).toBe(false);
      expect(live.frontend).toBe("v1.0.0");
    },
    RUN_TIMEOUT,
  );

  it(
    "a release whose verify fails leaves traffic untouched; the rollback job runs and says so",
    async () => {
      const before = await traffic();
      green.healthy = false;
      let run: ActRun;
      try {
        run = await release("v3.0.0");
      } finally {
        green.healthy = true;
      }
      expect(run.code, failed(run)).not.toBe(0);
      expect(run.jobs).toMatchObject({ "deploy-green": "success", verify: "failure", rollback: "success" });
      expect(run.jobs["switch-traffic"]).toBeUndefined();
      expect(run.summaries.join("\n")).toContain("Traffic was sent back to blue by the rollback job.");
      expect(await traffic()).toEqual(before);
    },
    RUN_TIMEOUT,
  );

  it(
    "an alarm firing mid-switch ends at blue 100 on every route, through the rollback job",
    async () => {
      // clear the green the failed release left, as an operator would, then switch in two steps
      const cleared = await rollback({ environment: "production", "destroy-green": "true" }, "clear green");
      expect(cleared.code, failed(cleared)).toBe(0);
      writeConfig({ strategy: "canary", steps: [50, 100], bakeTime: "40s" });
      const before = await traffic();
      const alarm = (state: "ALARM" | "OK") =>
        account.aws.cloudWatch.send(
          new SetAlarmStateCommand({ AlarmName: "spectate-frontend-5xx", StateValue: state, StateReason: "test" }),
        );
      let fired = false;
      const run = await release("v4.0.0", {
        during: async (running) => {
          // once the first step has put green at 50 on a route, the alarm goes off
          while (running() && !fired) {
            await new Promise((r) => setTimeout(r, 500));
            const mid = Object.values(await liveRelease().catch(() => ({}))).includes("mixed");
            if (mid) {
              await alarm("ALARM");
              fired = true;
            }
          }
        },
      }).finally(() => alarm("OK"));
      expect(fired).toBe(true);
      expect(run.code, failed(run)).not.toBe(0);
      expect(run.jobs).toMatchObject({ "switch-traffic": "failure", rollback: "success" });
      expect(run.jobs.promote).toBeUndefined();
      expect(run.summaries.join("\n")).toContain("The release stopped at: switch-traffic (failure).");
      expect(await traffic()).toEqual(before);
    },
    RUN_TIMEOUT,
  );
});
