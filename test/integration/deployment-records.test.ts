/**
 * The release's record on GitHub's Environments page, from the real commands on GitHub's host
 * against moto (the Auto Scaling Group estate with header routing), with a local stand-in for
 * GitHub's REST API that keeps the deployments and records every call: a release that goes live,
 * the next one failing, its rollback, and a token without `deployments: write`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseDocument } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { CUTOVER_TASK } from "../../src/host/github-deployments/decide.js";
import { fakeIo } from "../support/fake-io.js";
import { buildKieEstate, fixtureAccount, type FixtureAccount } from "../support/aws/index.js";
import { startGitHubApiStandIn, type GitHubApiStandIn } from "../support/github-api-stand-in.js";
import { mermaidParser } from "../support/mermaid-parser.js";
import { requireStack } from "./stack-env.js";

const stack = requireStack("moto");
const TOKEN = "ghs_standInToken0123456789abcdefABCDEF";
const APP_URL = "https://kie.example.com/kie-server";

let dir: string;
let account: FixtureAccount;
let api: GitHubApiStandIn;
let config: string;
const savedEnv = { ...process.env };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "cutover-deployments-"));
  api = await startGitHubApiStandIn();
  account = await fixtureAccount(stack.awsEndpoint);
  await buildKieEstate(account.aws);
  // the example, switched all at once without bake, recorded in `production` with the URL from the environment
  const doc = parseDocument(readFileSync(join(import.meta.dirname, "../../examples/kie-server-asg.yml"), "utf8"));
  doc.deleteIn(["traffic", "steps"]);
  doc.setIn(["traffic", "strategy"], "all-at-once");
  doc.setIn(["traffic", "bakeTime"], "0s");
  doc.set("deployments", doc.createNode({ environment: "production", url: "${APP_URL}" }));
  config = join(dir, "cutover.yml");
  writeFileSync(config, doc.toString());
  // @actions/core reads inputs and the output files from the process's environment
  process.env["INPUT_GITHUB-TOKEN"] = TOKEN;
  process.env.GITHUB_OUTPUT = join(dir, "output");
  process.env.GITHUB_STEP_SUMMARY = join(dir, "summary.md");
  writeFileSync(process.env.GITHUB_OUTPUT, "");
  writeFileSync(process.env.GITHUB_STEP_SUMMARY, "");
}, 180_000);

afterAll(async () => {
  process.env = { ...savedEnv };
  account?.aws.destroy();
  await api?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** One command as a GitHub job step would run it, for a run started by pushing `tag`. */
async function step(tag: string, ...args: string[]) {
  const { io, stdout, stderr } = fakeIo({
    ...account.env,
    CUTOVER_HOST: "github",
    GITHUB_ACTIONS: "true",
    GITHUB_API_URL: api.url,
    GITHUB_SERVER_URL: "https://github.example.com",
    GITHUB_REPOSITORY: "acme/kie",
    GITHUB_RUN_ID: "4242",
    GITHUB_REF_TYPE: "tag",
    GITHUB_REF_NAME: tag,
    GITHUB_SHA: "0123456789abcdef0123456789abcdef01234567",
    APP_URL,
  });
  const code = await runCli([...args, "--config", config], io);
  return { code, out: stdout() + stderr() };
}

/** The log as a reader sees it: `::add-mask::` lines are the runner's, never shown. */
const shown = (out: string) =>
  out
    .split("\n")
    .filter((l) => !l.startsWith("::add-mask::"))
    .join("\n");

const states = (release: string) =>
  api.deployments.find((d) => (d.payload as { release?: string }).release === release)?.statuses.map((s) => s.state);

describe("deployment records on GitHub's Environments page", () => {
  it("a release that goes live: one deployment for the tag, in_progress through the stages, success with the URL at promote", async () => {
    for (const command of ["deploy-green", "switch-traffic", "promote"]) {
      const run = await step("v1.0.0", command);
      expect(run.code, `${command}\n${run.out}`).toBe(0);
      expect(run.out).toContain(`::add-mask::${TOKEN}`);
      expect(shown(run.out)).not.toContain(TOKEN);
    }
    const created = api.calls.filter((c) => c.method === "POST" && c.path === "/repos/acme/kie/deployments");
    expect(created).toHaveLength(1);
    expect(created[0]?.body).toMatchObject({
      ref: "v1.0.0",
      environment: "production",
      task: CUTOVER_TASK,
      payload: { release: "v1.0.0", project: "kie" },
      auto_merge: false,
      required_contexts: [],
    });
    const [deployment] = api.deployments;
    expect(deployment?.statuses).toEqual([
      {
        state: "in_progress",
        description: "green deployed beside blue, at 0% traffic",
        log_url: "https://github.example.com/acme/kie/actions/runs/4242",
      },
      {
        state: "in_progress",
        description: "green takes 100% of the traffic",
        environment_url: APP_URL,
        log_url: "https://github.example.com/acme/kie/actions/runs/4242",
      },
      {
        state: "success",
        description: "live: promoted, green is the new blue",
        environment_url: APP_URL,
        log_url: "https://github.example.com/acme/kie/actions/runs/4242",
      },
    ]);
    // every call carries the job's token, and the token shows nowhere in the log or the summary
    expect(api.calls.every((c) => c.authorization === `token ${TOKEN}`)).toBe(true);
    const summary = readFileSync(join(dir, "summary.md"), "utf8");
    expect(summary).not.toContain(TOKEN);

    // the job summaries: switch-traffic draws the weights over the steps and the routing before and
    // after, promote the routing before and after; Mermaid's own parser reads every diagram
    expect(summary).toContain("<h2>cutover switch-traffic</h2>");
    expect(summary).toContain("### final routing");
    const diagrams = [...summary.matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm)].map((m) => m[1] ?? "");
    const parse = await mermaidParser();
    const types = [];
    for (const diagram of diagrams) types.push((await parse(diagram)).diagramType);
    expect(types).toEqual(["xychart", "flowchart-v2", "flowchart-v2"]);
    expect(diagrams[0]).toMatch(/line \[0, 100\]/);
  }, 300_000);

  it("a failed release records failure on its own deployment; the rollback makes it inactive and shows the release before as live again", async () => {
    expect((await step("v1.1.0", "deploy-green")).code).toBe(0);
    // promote with green at 0%: refused (exit 3), a stage of the release failed
    const refused = await step("v1.1.0", "promote");
    expect(refused.code, refused.out).toBe(3);
    expect(states("v1.1.0")).toEqual(["in_progress", "failure"]);
    const failure = api.deployments.find((d) => (d.payload as { release?: string }).release === "v1.1.0")?.statuses[1];
    expect(failure?.description).toMatch(/^promote refused: promote refused on 1 route/);

    // the rollback is dispatched later from the default branch: the releases come from the AWS tags
    const rollback = await step("main", "rollback");
    expect(rollback.code, rollback.out).toBe(0);
    expect(states("v1.1.0")).toEqual(["in_progress", "failure", "inactive"]);
    expect(states("v1.0.0")).toEqual(["in_progress", "in_progress", "success", "success"]);
    const v1 = api.deployments.find((d) => (d.payload as { release?: string }).release === "v1.0.0");
    expect(v1?.statuses.at(-1)).toMatchObject({ description: "live again after the rollback of v1.1.0", environment_url: APP_URL });
    // no deployment was made for the branch the rollback ran from
    expect(api.deployments.map((d) => d.ref).sort()).toEqual(["v1.0.0", "v1.1.0"]);
    expect(api.calls.every((c) => c.authorization === `token ${TOKEN}`)).toBe(true);
  }, 300_000);

  it("a token without deployments: write (403) gives exactly one warning; the command still succeeds", async () => {
    api.failWith(403);
    try {
      const before = api.calls.length;
      const run = await step("main", "rollback");
      expect(run.code, run.out).toBe(0);
      const warnings = run.out.split("\n").filter((l) => l.startsWith("::warning"));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain("deployments: write");
      expect(warnings[0]).toContain("The release itself is not affected");
      // the first refused call ends the recording: nothing else is tried
      expect(api.calls.length - before).toBe(1);
      expect(shown(run.out)).not.toContain(TOKEN);
    } finally {
      api.failWith(undefined);
    }
  }, 300_000);

  it("any other failed call is one warning too, and a dry run records nothing", async () => {
    api.failWith(500);
    try {
      const run = await step("main", "rollback");
      expect(run.code, run.out).toBe(0);
      expect(run.out.split("\n").filter((l) => l.startsWith("::warning"))).toHaveLength(1);
    } finally {
      api.failWith(undefined);
    }
    const before = api.calls.length;
    expect((await step("v1.2.0", "switch-traffic", "--dry-run")).code).toBe(0);
    expect(api.calls.length).toBe(before);
  }, 300_000);
});
