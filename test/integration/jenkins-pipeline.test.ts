/**
 * The Jenkinsfile run for real against the stack: the pipeline harness (test/jenkins) interprets it
 * as Jenkins does (stages, when, locks, input, post), and every `sh` of the shared-library step
 * really runs, unpacking the library's committed cutover archive and running it, with a real
 * `prisma migrate deploy` on the stack's PostgreSQL and seed 004's estate (three ALBs, five routes)
 * in a fresh moto account. What each build did is read back from moto, not from the pipeline's log.
 *
 * What this cannot show: a real Jenkins controller (its Groovy sandbox, CPS, the Lockable Resources
 * plugin across concurrent builds) — docs/jenkins.md.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseDocument } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { greenTargetGroupName } from "../../src/release/naming.js";
import {
  appliedMigrations,
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
requireStack("os");
const REPO = join(import.meta.dirname, "..", "..");
const BUILD_TIMEOUT = 240_000;

interface PipelineEvent {
  type: string;
  stage?: string;
  command?: string;
  message?: string;
  resource?: string;
  locks?: string[];
}
interface Build {
  result: string;
  commands: string[];
  events: PipelineEvent[];
  approvedBy?: string;
  log: string;
  seconds: number;
}

let account: FixtureAccount;
let scratch: string;
let workspace: string;
let databaseUrl: string;
let green: GreenStandIn;
let builds = 0;
const timings: Record<string, number> = {};

/** One build of `jenkinsfile` with these parameters; the approver answers the input step. */
async function build(
  label: string,
  params: Record<string, string | boolean>,
  options: { approver?: string | null; approvers?: string; jenkinsfile?: string; env?: Record<string, string> } = {},
): Promise<Build> {
  builds += 1;
  const spec = join(scratch, `build-${builds}.json`);
  const out = join(scratch, `build-${builds}.out.json`);
  writeFileSync(
    spec,
    JSON.stringify({
      jenkinsfile: options.jenkinsfile ?? "Jenkinsfile",
      workspace,
      out,
      params,
      startEnv: { BUILD_NUMBER: String(builds), BUILD_ID: String(builds) },
      credentials: { "cutover-approvers": options.approvers ?? "alice,release-managers", "cutover-database-url": databaseUrl },
      approver: options.approver === undefined ? "alice" : options.approver,
    }),
  );
  const started = Date.now();
  // The agent's environment: the AWS account's keys as an instance role would give them (the
  // SDK's default chain), and the stand-ins for green's smoke check and an offline Prisma.
  const env: Record<string, string | undefined> = {
    ...process.env,
    ...account.env,
    ...releaseStageEnv(green),
    ...options.env,
  };
  for (const name of ["GITHUB_ACTIONS", "GITHUB_OUTPUT", "GITHUB_STEP_SUMMARY", "CUTOVER_HOST"]) delete env[name];
  const log = await new Promise<string>((resolve, reject) => {
    execFile(
      "bash",
      [join(REPO, "scripts/jenkins-unit.sh"), "--pipeline", spec],
      { cwd: REPO, env, maxBuffer: 64 * 1024 * 1024, timeout: BUILD_TIMEOUT - 10_000 },
      (error, stdout, stderr) => {
        if (error && !existsSync(out)) reject(new Error(`${label}: ${error.message}\n${stdout}\n${stderr}`));
        else resolve(`${stdout}\n${stderr}`);
      },
    );
  });
  const seconds = (Date.now() - started) / 1000;
  timings[label] = Math.round(seconds * 10) / 10;
  return { ...(JSON.parse(readFileSync(out, "utf8")) as Omit<Build, "log" | "seconds">), log, seconds };
}

const failed = (b: Build) => `result ${b.result}, commands ${JSON.stringify(b.commands)}\n${b.log.slice(-6000)}`;

const liveRelease = () => liveReleases(join(workspace, "cutover.yml"), { ...account.env });

/** A release build: plan, migrate-db, deploy-green and verify, the input, switch and promote. */
async function release(
  tag: string,
  options: { approver?: string | null; approvers?: string; replaceGreen?: boolean } = {},
): Promise<Build> {
  const agent = ecsAgentStandIn(account.aws, greenTargetGroupName("event-management", tag), ["10.40.1.20", "10.40.2.20"]);
  try {
    const params = { ACTION: "release", RELEASE: tag, ...(options.replaceGreen ? { REPLACE_GREEN: true } : {}) };
    return await build(`release ${tag}${options.replaceGreen ? " (REPLACE_GREEN)" : ""}`, params, options);
  } finally {
    await agent.stop();
  }
}

/** The summaries the library step archived for this build's stages (cutover-out/). */
function archived(): string[] {
  const dir = join(workspace, "cutover-out");
  return existsSync(dir) ? readdirSync(dir) : [];
}

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), "cutover-jenkins-it-"));
  workspace = join(scratch, "workspace");
  account = await fixtureAccount(stack.awsEndpoint);
  await buildSpectateEstate(account.aws);

  databaseUrl = await freshDatabase(stack.pgUrl, "cutover_jenkins");
  green = await greenStandIn();

  // The team's checkout: its config, its migrations and its installed dependencies (its Prisma).
  mkdirSync(workspace);
  symlinkSync(join(REPO, "node_modules"), join(workspace, "node_modules"));
  cpSync(join(REPO, "examples/prisma"), join(workspace, "prisma"), { recursive: true });
  cpSync(join(REPO, "scripts/prisma-offline/prisma.config.ts"), join(workspace, "prisma.config.ts"));
  const doc = parseDocument(readFileSync(join(REPO, "examples/spectate-three-albs.yml"), "utf8"));
  doc.setIn(["database", "url"], "${DATABASE_URL}");
  doc.setIn(["database", "prisma"], { config: "prisma.config.ts" });
  doc.set("traffic", doc.createNode({ strategy: "all-at-once", bakeTime: "0s", alarms: ["spectate-frontend-5xx"] }));
  writeFileSync(join(workspace, "cutover.yml"), doc.toString());
}, 300_000);

afterAll(async () => {
  console.log(`Jenkins build timings (s): ${JSON.stringify(timings)}`);
  await green?.close();
  account?.aws.destroy();
});

describe("the Jenkinsfile, run with real shell steps against the stack (seed 004's estate)", () => {
  let before: Record<string, string>;

  it(
    "a catch-all approvers credential stops the release at preflight: nothing deployed, no rollback",
    async () => {
      before = await liveRelease();
      const b = await release("v0.9.0", { approvers: "alice, authenticated" });
      expect(b.result, failed(b)).toBe("FAILURE");
      expect(b.commands).toEqual([]);
      expect(b.events.some((e) => e.type === "echo" && e.message === "No rollback: green was not deployed by this build")).toBe(true);
      expect(await liveRelease()).toEqual(before);
    },
    BUILD_TIMEOUT,
  );

  it(
    "a release runs every stage, the approver is recorded, and green is live on every route",
    async () => {
      const b = await release("v1.0.0");
      expect(b.result, failed(b)).toBe("SUCCESS");
      expect(b.commands).toEqual(["plan", "migrate-db", "deploy-green", "verify", "switch-traffic", "promote"]);
      expect(b.approvedBy).toBe("alice");
      // the input waited with no lock held; the changing stages held cutover-traffic
      const input = b.events.find((e) => e.type === "input");
      expect(input?.locks).toEqual([]);
      expect(
        b.events.filter((e) => e.type === "sh" && e.command === "switch-traffic").every((e) => e.locks?.includes("cutover-traffic")),
      ).toBe(true);
      const live = await liveRelease();
      expect(Object.keys(live)).toHaveLength(5);
      expect(
        Object.values(live).every((r) => r === "v1.0.0"),
        JSON.stringify(live),
      ).toBe(true);
      const switchSummary = archived().find((f) => f.includes("switch-traffic") && f.endsWith("cutover-summary.md"));
      expect(switchSummary, archived().join(", ")).toBeDefined();
      expect(readFileSync(join(workspace, "cutover-out", switchSummary ?? ""), "utf8")).toContain("alice");
      expect(await appliedMigrations(databaseUrl)).toBe(3);
    },
    BUILD_TIMEOUT,
  );

  it(
    "ACTION=rollback after the promote puts every route back on the release before v1.0.0; a second, with DESTROY_GREEN, moves no traffic",
    async () => {
      const b = await build("rollback", { ACTION: "rollback" });
      expect(b.result, failed(b)).toBe("SUCCESS");
      expect(b.commands).toEqual(["status", "rollback"]);
      expect(await liveRelease()).toEqual(before);
      const again = await build("rollback again, DESTROY_GREEN", { ACTION: "rollback", DESTROY_GREEN: true });
      expect(again.result, failed(again)).toBe("SUCCESS");
      expect(await liveRelease()).toEqual(before);
    },
    BUILD_TIMEOUT,
  );

  it(
    "a release nobody allowed approves is aborted at the input, and post { aborted } rolls back: blue keeps serving",
    async () => {
      const b = await release("v2.0.0", { approver: "mallory" });
      expect(b.result, failed(b)).toBe("ABORTED");
      expect(b.commands, failed(b)).toEqual(["plan", "migrate-db", "deploy-green", "verify", "rollback"]);
      expect(b.approvedBy ?? undefined).toBeUndefined();
      expect(await liveRelease()).toEqual(before);
    },
    BUILD_TIMEOUT,
  );

  it(
    "a release after those rollbacks is refused at deploy-green unless REPLACE_GREEN; then its failed verify rolls back too",
    async () => {
      const refused = await release("v3.0.0");
      expect(refused.result, failed(refused)).toBe("FAILURE");
      expect(refused.commands, failed(refused)).toEqual(["plan", "migrate-db", "deploy-green", "rollback"]);
      expect(refused.log).toContain("run again with --replace-green");
      expect(await liveRelease()).toEqual(before);
      green.healthy = false;
      try {
        const b = await release("v3.0.0", { replaceGreen: true });
        expect(b.result, failed(b)).toBe("FAILURE");
        expect(b.commands, failed(b)).toEqual(["plan", "migrate-db", "deploy-green", "verify", "rollback"]);
        expect(b.events.some((e) => e.type === "input")).toBe(false);
      } finally {
        green.healthy = true;
      }
      expect(await liveRelease()).toEqual(before);
    },
    BUILD_TIMEOUT,
  );
});

describe("the Jenkinsfile's es-reindex action, with real shell steps against OpenSearch", () => {
  it(
    "rebuilds a bare index behind an alias of its own name with the config's script, and the alias serves the new index",
    async () => {
      const os = stack.osUrl;
      const name = `jk_classes_${Date.now()}`;
      const call = async (method: string, path: string, body?: string, type = "application/json") => {
        const res = await fetch(`${os}${path}`, { method, headers: { "content-type": type }, ...(body ? { body } : {}) });
        const text = await res.text();
        expect(res.ok, `${method} ${path}: ${text}`).toBe(true);
        return JSON.parse(text) as Record<string, unknown>;
      };
      // the live index as another tool made it: credits held as text
      await call(
        "PUT",
        `/${name}`,
        JSON.stringify({
          settings: { number_of_replicas: 0 },
          mappings: { properties: { code: { type: "keyword" }, credits: { type: "keyword" } } },
        }),
      );
      const lines = Array.from({ length: 40 }, (_, i) => [
        JSON.stringify({ index: { _id: `c${i}` } }),
        JSON.stringify({ code: `CS${100 + i}`, title: "Compilers", credits: ` ${1 + (i % 4)} `, term: "fall" }),
      ]).flat();
      await call("POST", `/${name}/_bulk?refresh=true`, `${lines.join("\n")}\n`, "application/x-ndjson");

      const doc = parseDocument(readFileSync(join(REPO, "examples/classes-reindex.yml"), "utf8"));
      doc.set("project", name.replaceAll("_", "-"));
      doc.setIn(["search", "indices", 0, "name"], name);
      doc.setIn(["search", "indices", 0, "aliases"], { read: name, write: name });
      // 40 documents answer in milliseconds; the latency check is for real indices
      doc.setIn(["search", "indices", 0, "validation", "maxLatencyRatio"], 10);
      mkdirSync(join(workspace, "mappings"), { recursive: true });
      cpSync(join(REPO, "examples/mappings/classes.json"), join(workspace, "mappings/classes.json"));
      writeFileSync(join(workspace, "search.yml"), doc.toString());

      const b = await build(
        "es-reindex all",
        { ACTION: "es-reindex", CONFIG: "search.yml", INDEX: name, PHASE: "all" },
        { env: { SEARCH_URL: os, SEARCH_ENGINE: "opensearch" } },
      );
      expect(b.result, failed(b)).toBe("SUCCESS");
      expect(b.commands).toEqual(["es-reindex"]);
      const aliases = await call("GET", `/_alias/${name}`);
      const targets = Object.keys(aliases);
      expect(targets).toHaveLength(1);
      expect(targets[0]).toMatch(new RegExp(`^${name}_\\d{14}$`));
      // the script ran: credits are numbers in the new index, so a range query finds them
      const found = await call("POST", `/${name}/_search`, JSON.stringify({ size: 0, query: { range: { credits: { gte: 4 } } } }));
      expect((found.hits as { total: { value: number } }).total.value).toBe(10);
    },
    BUILD_TIMEOUT,
  );
});
