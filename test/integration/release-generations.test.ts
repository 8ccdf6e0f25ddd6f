/**
 * Releases in a row, as teams run them: deploy-green → switch-traffic → promote, no cleanup until
 * the standby window ends (or `--cleanup` at every promote), then the next release. A rollback after
 * every stage of every generation, a rollback of that rollback, and the release carried on again
 * afterwards. Each rollback must exit 0 and leave every route where the release before had it; a
 * second one changes nothing. Against moto, on the three-ALB estate (an ECS service and target-group
 * pairs) and on the Auto Scaling Group estate.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseDocument } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { greenTargetGroupName } from "../../src/release/naming.js";
import type { Estate, RouteState } from "../../src/traffic/estate.js";
import { fakeIo } from "../support/fake-io.js";
import { buildKieEstate, buildSpectateEstate, ecsAgentStandIn, fixtureAccount, type FixtureAccount } from "../support/aws/index.js";
import { requireStack } from "./stack-env.js";

const examples = join(import.meta.dirname, "../../examples");
const stack = requireStack("moto");

interface Run {
  code: number;
  stderr: string;
  json: { result?: { rows?: { route: string; action: string }[]; changes?: string[] }; error?: { message: string; details?: string[] } };
}

/** Where a route sends each kind of request, read back from the listener. */
interface Where {
  readonly live: string;
  readonly blueHeader: string;
  readonly greenHeader: string;
}

function targetOf(action: RouteState["headerRules"][number]["action"]): string {
  if (action?.type === "forward") return action.targetGroups.find((tg) => tg.weight > 0)?.arn.split("/")[1] ?? "?";
  if (action?.type === "fixed-response") return `fixed ${action.statusCode ?? "?"}`;
  return "?";
}

function whereOf(estate: Estate): Record<string, Where> {
  return Object.fromEntries(
    estate.routes.map((route) => {
      const live = (route.forward?.targetGroups ?? []).filter((tg) => tg.weight > 0).map((tg) => tg.arn.split("/")[1]);
      const header = (role: "blue" | "green") => {
        const rule = route.headerRules.find((r) => r.role === role);
        return rule ? targetOf(rule.action) : "none";
      };
      return [
        `${route.loadBalancer} ${route.rule.priority}`,
        { live: live.join("+"), blueHeader: header("blue"), greenHeader: header("green") },
      ];
    }),
  );
}

/** Only where plain requests go: header rules legitimately differ between a promoted and a rolled-back state. */
function liveOf(where: Record<string, Where>): Record<string, string> {
  return Object.fromEntries(Object.entries(where).map(([route, w]) => [route, w.live]));
}

interface Estateful {
  readonly name: string;
  readonly example: string;
  readonly build: (account: FixtureAccount) => Promise<unknown>;
  /** Runs deploy-green for a release, with what moto needs beside it. */
  readonly deploy: (account: FixtureAccount, config: string, release: string) => Promise<Run>;
}

const ESTATES: readonly Estateful[] = [
  {
    name: "three ALBs (ECS service and target-group pairs)",
    example: "spectate-three-albs.yml",
    build: (account) => buildSpectateEstate(account.aws),
    deploy: async (account, config, release) => {
      const agent = ecsAgentStandIn(account.aws, greenTargetGroupName("event-management", release), ["10.40.1.30", "10.40.2.30"]);
      try {
        return await cliIn(
          account,
          "deploy-green",
          "--config",
          config,
          "--release",
          release,
          "--image",
          `registry.example.com/em:${release}`,
        );
      } finally {
        await agent.stop();
      }
    },
  },
  {
    name: "an Auto Scaling Group with header routing",
    example: "kie-server-asg.yml",
    build: (account) => buildKieEstate(account.aws),
    deploy: (account, config, release) => cliIn(account, "deploy-green", "--config", config, "--release", release),
  },
];

async function cliIn(account: FixtureAccount, ...args: string[]): Promise<Run> {
  const { io, stdout, stderr } = fakeIo({ ...account.env });
  const code = await runCli([...args, "--json"], io);
  return { code, stderr: stderr(), json: JSON.parse(stdout()) as Run["json"] };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cutover-generations-"));
  cpSync(join(examples, "prisma"), join(dir, "prisma"), { recursive: true });
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The example, switched all at once without bake so that switch-traffic takes seconds. */
function noBake(example: string): string {
  const doc = parseDocument(readFileSync(join(examples, example), "utf8"));
  doc.deleteIn(["traffic", "steps"]);
  doc.setIn(["traffic", "strategy"], "all-at-once");
  doc.setIn(["traffic", "bakeTime"], "0s");
  const path = join(dir, example);
  writeFileSync(path, doc.toString());
  return path;
}

describe.each(ESTATES.flatMap((estate) => [false, true].map((cleanup) => [estate, cleanup] as const)))(
  "three releases in a row on %s (promote --cleanup: %s)",
  (estate, cleanup) => {
    let account: FixtureAccount;
    let config: string;
    beforeAll(async () => {
      account = await fixtureAccount(stack.awsEndpoint);
      await estate.build(account);
      config = noBake(estate.example);
    }, 180_000);
    afterAll(() => account?.aws.destroy());

    const where = async () => {
      const run = await cliIn(account, "status", "--config", config);
      expect(run.code, run.stderr).toBe(0);
      return whereOf(run.json.result as unknown as Estate);
    };
    const ok = (run: Run) => expect(run.code, `${run.stderr}\n${JSON.stringify(run.json.error)}`).toBe(0);
    const rollback = async (expected: Record<string, string>, label: string) => {
      const first = await cliIn(account, "rollback", "--config", config);
      ok(first);
      expect(liveOf(await where()), label).toEqual(expected);
      const second = await cliIn(account, "rollback", "--config", config);
      ok(second);
      expect(second.json.result?.changes, `${label}: a second rollback`).toEqual([]);
      expect(liveOf(await where()), label).toEqual(expected);
    };

    it("a rollback after every stage of every release goes back to the release before, and says it succeeded", async () => {
      let previous = liveOf(await where());
      for (const release of ["v1.0.0", "v2.0.0", "v3.0.0"]) {
        ok(await estate.deploy(account, config, release));
        await rollback(previous, `${release}: after deploy-green`);

        ok(await cliIn(account, "switch-traffic", "--config", config));
        await rollback(previous, `${release}: after switch-traffic`);

        ok(await cliIn(account, "switch-traffic", "--config", config));
        ok(await cliIn(account, "promote", "--config", config, ...(cleanup ? ["--cleanup"] : [])));
        const promoted = liveOf(await where());
        expect(promoted, `${release}: promoted`).not.toEqual(previous);
        // with --cleanup there is nothing left to go back to: the rollback says so and moves nothing
        await rollback(cleanup ? promoted : previous, `${release}: after promote`);
        if (!cleanup) {
          // carried on after the rollback: green at 100 again, promoted again
          ok(await cliIn(account, "switch-traffic", "--config", config));
          ok(await cliIn(account, "promote", "--config", config));
          expect(liveOf(await where()), `${release}: promoted again`).toEqual(promoted);
        }
        previous = promoted;
      }
    }, 300_000);
  },
);

describe.each(ESTATES)("releases in a row, then a rollback, on %s", (estate) => {
  let account: FixtureAccount;
  let config: string;
  beforeAll(async () => {
    account = await fixtureAccount(stack.awsEndpoint);
    await estate.build(account);
    config = noBake(estate.example);
  }, 180_000);
  afterAll(() => account?.aws.destroy());

  const where = async () => {
    const run = await cliIn(account, "status", "--config", config);
    expect(run.code, run.stderr).toBe(0);
    return whereOf(run.json.result as unknown as Estate);
  };
  const ok = (run: Run) => expect(run.code, `${run.stderr}\n${JSON.stringify(run.json.error)}`).toBe(0);
  const release = async (version: string) => {
    ok(await estate.deploy(account, config, version));
    ok(await cliIn(account, "switch-traffic", "--config", config));
    ok(await cliIn(account, "promote", "--config", config));
    return where();
  };

  it("two and then three releases without cleanup: the rollback goes back one release and exits 0", async () => {
    const v1 = await release("v1.0.0");
    const v2 = await release("v2.0.0");
    const back = await cliIn(account, "rollback", "--config", config);
    ok(back);
    expect(back.json.result?.rows?.map((r) => r.action)).toEqual(back.json.result?.rows?.map(() => "undo promote"));
    expect(liveOf(await where())).toEqual(liveOf(v1));
    const again = await cliIn(account, "rollback", "--config", config);
    ok(again);
    expect(again.json.result?.changes).toEqual([]);

    // forward again to v2, then a third release on top
    ok(await cliIn(account, "switch-traffic", "--config", config));
    ok(await cliIn(account, "promote", "--config", config));
    expect(liveOf(await where())).toEqual(liveOf(v2));
    const v3 = await release("v3.0.0");
    expect(liveOf(v3)).not.toEqual(liveOf(v2));
    const third = await cliIn(account, "rollback", "--config", config);
    ok(third);
    expect(liveOf(await where())).toEqual(liveOf(v2));
    const thirdAgain = await cliIn(account, "rollback", "--config", config);
    ok(thirdAgain);
    expect(thirdAgain.json.result?.changes).toEqual([]);
  }, 300_000);
});
