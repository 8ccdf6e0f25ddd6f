import { describe, expect, it } from "vitest";
import { deploymentsSchema } from "../../src/config/schema/deployments.js";
import { decideRecords, deploymentRef, DESCRIPTION_LIMIT, type CommandRecordInput } from "../../src/host/github-deployments/decide.js";
import { recordDeployments } from "../../src/host/github-deployments/record.js";

const config = { enabled: true, environment: "production", url: "https://shop.example.com" };
const run = (input: Partial<CommandRecordInput> & { command: string }): CommandRecordInput => ({
  end: "done",
  release: "v2.0.0",
  message: "headline",
  ...input,
});

describe("what a command's result records on the Environments page", () => {
  it("records nothing without the section, with enabled: false, for a dry run or bad input", () => {
    expect(decideRecords(run({ command: "deploy-green" }), undefined)).toEqual([]);
    expect(decideRecords(run({ command: "deploy-green" }), { ...config, enabled: false })).toEqual([]);
    expect(decideRecords(run({ command: "deploy-green", end: "dry-run" }), config)).toEqual([]);
    expect(decideRecords(run({ command: "switch-traffic", end: "bad-input" }), config)).toEqual([]);
  });

  it("records nothing for commands that say nothing about a release", () => {
    for (const command of ["plan", "status", "migrate-db", "lint-migrations", "iam-policy", "es-reindex", "flink"])
      expect(decideRecords(run({ command }), config), command).toEqual([]);
  });

  it("a release goes in_progress through deploy-green, verify and switch-traffic, then success at promote with the URL", () => {
    const states = [
      decideRecords(run({ command: "deploy-green" }), config),
      decideRecords(run({ command: "verify" }), config),
      decideRecords(run({ command: "switch-traffic", facts: { greenWeight: 100 } }), config),
      decideRecords(run({ command: "promote", facts: { release: "v2.0.0", replaced: ["v1.9.0"] } }), config),
    ];
    expect(states.map((s) => s.map((i) => [i.release, i.state, i.withUrl, i.create]))).toEqual([
      [["v2.0.0", "in_progress", false, true]],
      [["v2.0.0", "in_progress", false, true]],
      [["v2.0.0", "in_progress", true, true]],
      [
        ["v2.0.0", "success", true, true],
        // the release it replaced goes inactive, but only if it was recorded: never made up
        ["v1.9.0", "inactive", false, false],
      ],
    ]);
    expect(states[2]?.[0]?.description).toBe("green takes 100% of the traffic");
  });

  it("a failed or refused stage records failure with the reason, creating the deployment if none exists", () => {
    const failed = decideRecords(run({ command: "switch-traffic", end: "failed", message: "alarm api-5xx fired at 25%" }), config);
    expect(failed).toEqual([
      {
        release: "v2.0.0",
        state: "failure",
        description: "switch-traffic failed: alarm api-5xx fired at 25%",
        withUrl: false,
        create: true,
      },
    ]);
    const refused = decideRecords(run({ command: "verify", end: "refused", message: "2 check(s) failed" }), config);
    expect(refused.map((i) => [i.state, i.description])).toEqual([["failure", "verify refused: 2 check(s) failed"]]);
  });

  it("a failure without a known release records nothing rather than guessing", () => {
    expect(decideRecords(run({ command: "promote", end: "failed", release: undefined }), config)).toEqual([]);
  });

  it("a rollback makes the rolled-back release inactive and shows the release that holds the traffic again as live", () => {
    const intents = decideRecords(
      run({ command: "rollback", release: undefined, facts: { replaced: ["v2.0.0"], restored: ["v1.9.0"] } }),
      config,
    );
    expect(intents.map((i) => [i.release, i.state, i.withUrl, i.create])).toEqual([
      ["v2.0.0", "inactive", false, true],
      ["v1.9.0", "success", true, false],
    ]);
    expect(intents[0]?.description).toBe("rolled back: traffic is on v1.9.0 again");
  });

  it("a rollback with nothing in progress records nothing", () => {
    expect(decideRecords(run({ command: "rollback", facts: { replaced: [], restored: ["v1.9.0"] } }), config)).toEqual([]);
  });

  it("a failed rollback records failure on the release it was given", () => {
    expect(decideRecords(run({ command: "rollback", end: "failed", message: "throttled" }), config)).toEqual([
      { release: "v2.0.0", state: "failure", description: "rollback failed: throttled", withUrl: false, create: true },
    ]);
  });

  it("descriptions are one line of at most 140 characters", () => {
    const [intent] = decideRecords(run({ command: "deploy-green", end: "failed", message: `${"x".repeat(300)}\nsecond line` }), config);
    expect(intent?.description.length).toBe(DESCRIPTION_LIMIT);
    expect(intent?.description).not.toContain("\n");
  });

  it("the deployment names the pushed tag, else the commit the run is on", () => {
    expect(deploymentRef("v2.0.0", { GITHUB_REF_TYPE: "tag", GITHUB_REF_NAME: "v2.0.0", GITHUB_SHA: "abc" })).toBe("v2.0.0");
    expect(deploymentRef("v2.0.0", { GITHUB_REF_TYPE: "branch", GITHUB_REF_NAME: "main", GITHUB_SHA: "abc" })).toBe("abc");
    expect(deploymentRef("v2.0.0", {})).toBe("v2.0.0");
  });
});

describe("the deployments config section", () => {
  it("takes an environment, an optional URL, and enabled as text from the environment", () => {
    expect(deploymentsSchema.parse({ environment: "production" })).toEqual({ enabled: true, environment: "production" });
    expect(deploymentsSchema.parse({ environment: "staging", url: "https://s.example.com", enabled: "false" })).toEqual({
      enabled: false,
      environment: "staging",
      url: "https://s.example.com",
    });
  });

  it("refuses a name GitHub would not take, a non-http URL and unknown keys", () => {
    expect(deploymentsSchema.safeParse({ environment: "prod\n::set-output" }).success).toBe(false);
    expect(deploymentsSchema.safeParse({ environment: "production", url: "javascript:alert(1)" }).success).toBe(false);
    expect(deploymentsSchema.safeParse({ environment: "production", urls: "https://x" }).success).toBe(false);
    expect(deploymentsSchema.safeParse({}).success).toBe(false);
  });
});

describe("recording without what it needs", () => {
  const intents = decideRecords(run({ command: "deploy-green" }), config);
  function fakeHost(token: string | undefined) {
    const warnings: string[] = [];
    const masked: string[] = [];
    const host = {
      input: (name: string) => (name === "github-token" ? token : undefined),
      maskSecret: (value: string) => masked.push(value),
      redact: <T>(value: T) => value,
      log: {
        info: () => undefined,
        warn: (m: string) => warnings.push(m),
        error: () => undefined,
        debug: () => undefined,
        verbatim: () => undefined,
        group: <T>(_t: string, body: () => Promise<T>) => body(),
      },
    };
    return { host, warnings, masked };
  }

  it("no token: one warning naming the input, and no call", async () => {
    const { host, warnings } = fakeHost(undefined);
    await recordDeployments(
      host,
      { GITHUB_REPOSITORY: "acme/shop", GITHUB_API_URL: "http://127.0.0.1:9" },
      { project: "shop", config },
      intents,
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("input 'github-token' or GITHUB_TOKEN");
  });

  it("no repository: one warning; the token was masked first", async () => {
    const { host, warnings, masked } = fakeHost("ghs_secret");
    await recordDeployments(host, { GITHUB_API_URL: "http://127.0.0.1:9" }, { project: "shop", config }, intents);
    expect(masked).toEqual(["ghs_secret"]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("GITHUB_REPOSITORY");
    expect(warnings[0]).not.toContain("ghs_secret");
  });

  it("an API that cannot be reached: one warning, and the call gives up", async () => {
    const { host, warnings } = fakeHost("ghs_secret");
    // port 9 (discard) on loopback: nothing listens there, the connection is refused
    await recordDeployments(
      host,
      { GITHUB_REPOSITORY: "acme/shop", GITHUB_API_URL: "http://127.0.0.1:9" },
      { project: "shop", config },
      intents,
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^could not record the release on GitHub/);
    expect(warnings[0]).not.toContain("ghs_secret");
  });
});
