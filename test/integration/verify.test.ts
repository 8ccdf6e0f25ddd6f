import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { greenTargetGroupName } from "../../src/release/naming.js";
import { fakeIo } from "../support/fake-io.js";
import { buildKieEstate, buildSpectateEstate, ecsAgentStandIn, fixtureAccount, type FixtureAccount } from "../support/aws/index.js";
import { requireStack } from "./stack-env.js";

/**
 * verify against moto and a local HTTP server standing in for green behind the ALB (moto routes no
 * requests): seed 004 after deploy-green, with the example's own verify section.
 */
const examples = join(import.meta.dirname, "../../examples");
const SPECTATE = join(examples, "spectate-three-albs.yml");
const KIE = join(examples, "kie-server-asg.yml");
const RELEASE = "v3.0.0";

const stack = requireStack("moto");

/** Answers as green only with the green header; `mode` decides how green answers. */
let mode: "up" | "down" | "error" | "slow" = "up";
let seen: { header: string | undefined; path: string }[] = [];
let server: Server;
let baseUrl: string;
let account: FixtureAccount;

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ header: req.headers["x-client-mode"] as string | undefined, path: req.url ?? "" });
    if (req.headers["x-client-mode"] !== "green") return void res.writeHead(404).end("blue");
    if (mode === "slow") return void setTimeout(() => res.writeHead(200).end('{"status":"UP"}'), 3000);
    if (mode === "error") return void res.writeHead(503).end("starting");
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ status: mode === "up" ? "UP" : "DOWN" }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  account = await fixtureAccount(stack.awsEndpoint);
  await buildSpectateEstate(account.aws);
  await buildKieEstate(account.aws);
  const agent = ecsAgentStandIn(account.aws, greenTargetGroupName("event-management", RELEASE), ["10.40.1.30", "10.40.2.30"]);
  try {
    const deployed = await cli("deploy-green", "--config", SPECTATE, "--release", RELEASE, "--image", "registry.example.com/em:3.0.0");
    expect(deployed.code, deployed.stderr).toBe(0);
  } finally {
    await agent.stop();
  }
}, 120_000);

afterAll(async () => {
  account?.aws.destroy();
  await new Promise<void>((resolve) => server?.close(() => resolve()));
});

async function cli(...args: string[]) {
  const { io, stdout, stderr } = fakeIo({ ...account.env, VERIFY_BASE_URL: baseUrl });
  const code = await runCli(args, io);
  return { code, stdout: stdout(), stderr: stderr() };
}

interface VerifyJson {
  exitCode: number;
  result?: {
    preconditions: { route: string; headerRule: string }[];
    results: { name: string; ok: boolean; status?: number; detail?: string }[];
  };
  error?: { kind: string; message: string; details: string[] };
}

async function verify(...args: string[]): Promise<VerifyJson & { code: number; stderr: string }> {
  const run = await cli("verify", "--config", SPECTATE, "--release", RELEASE, "--json", ...args);
  return { ...(JSON.parse(run.stdout) as VerifyJson), code: run.code, stderr: run.stderr };
}

describe("verify after deploy-green (seed 004)", () => {
  it("passes: every route has green attached, healthy and behind a green header rule; each check answered through it", async () => {
    mode = "up";
    seen = [];
    const run = await verify();
    expect(run.code, run.stderr).toBe(0);
    expect(run.result?.preconditions.map((p) => [p.route, p.headerRule.startsWith("priority")])).toEqual([
      ["frontend default action", true],
      ["event-management default action", true],
      ["feed-normalizers rule 10", true],
      ["feed-normalizers rule 20", true],
      ["feed-normalizers rule 30", true],
    ]);
    // one request per load balancer, each with the green header
    expect(run.result?.results.map((r) => [r.name, r.ok, r.status])).toEqual([
      ["health via frontend", true, 200],
      ["health via event-management", true, 200],
      ["health via feed-normalizers", true, 200],
    ]);
    expect(seen.every((s) => s.header === "green" && s.path === "/health")).toBe(true);
  });

  it("a wrong status fails (exit 1) with each check's first failing detail, nothing switched", async () => {
    mode = "error";
    const run = await verify();
    expect(run.code).toBe(1);
    expect(run.error?.message).toContain("3 of 3 smoke check(s) failed");
    expect(run.error?.message).toContain("status 503, expected 200");
    expect(run.error?.details).toContain("Nothing had been changed yet.");
    // the failure keeps the results (the step summary's table, the JSON's result)
    expect(run.result?.results.map((r) => [r.name, r.ok, r.status])).toEqual([
      ["health via frontend", false, 503],
      ["health via event-management", false, 503],
      ["health via feed-normalizers", false, 503],
    ]);
  }, 60_000);

  it("a body that does not match fails on the JSON field", async () => {
    mode = "down";
    const run = await verify("--service", "event-management");
    expect(run.code).toBe(1);
    expect(run.error?.message).toContain(`JSON field 'status' is "DOWN", expected "UP"`);
  }, 60_000);

  it("--dry-run lists the requests and sends none", async () => {
    mode = "up";
    seen = [];
    const run = await cli("verify", "--config", SPECTATE, "--release", RELEASE, "--dry-run");
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`GET ${baseUrl}/health`);
    expect(seen).toEqual([]);
  });

  it("before deploy-green there is nothing to verify: exit 3, nothing sent (seed 002)", async () => {
    seen = [];
    const run = await cli("verify", "--config", KIE, "--release", RELEASE);
    expect(run.code, run.stderr).toBe(3);
    expect(run.stderr).toContain("alb-ks default action: no green target group is attached; run deploy-green first");
    expect(seen).toEqual([]);
  });
});
