import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { detectHostKind } from "../../src/host/detect.js";
import { GitHubHost } from "../../src/host/github.js";
import { JenkinsHost } from "../../src/host/jenkins.js";
import { LocalHost } from "../../src/host/local.js";
import { Report } from "../../src/report/report.js";
import { fakeIo } from "../support/fake-io.js";

const examples = join(import.meta.dirname, "../../examples");
const SECRET = "postgresql://app:hunter2-secret@db.internal:5432/app";

describe("detectHostKind", () => {
  it("knows GitHub, Jenkins and a terminal, and can be forced", () => {
    expect(detectHostKind({ GITHUB_ACTIONS: "true" })).toBe("github");
    expect(detectHostKind({ JENKINS_URL: "http://ci/", BUILD_ID: "7" })).toBe("jenkins");
    expect(detectHostKind({})).toBe("local");
    expect(detectHostKind({ GITHUB_ACTIONS: "true", CUTOVER_HOST: "local" })).toBe("local");
  });
});

describe("GitHub host", () => {
  let dir: string;
  let written: string[];
  const saved = { ...process.env };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "cutover-gh-"));
    for (const name of ["output", "summary"]) writeFileSync(join(dir, name), "");
    process.env.GITHUB_OUTPUT = join(dir, "output");
    process.env.GITHUB_STEP_SUMMARY = join(dir, "summary");
    written = [];
    vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    process.env = { ...saved };
  });

  it("reads action inputs through INPUT_* variables", () => {
    process.env["INPUT_DRY-RUN"] = "true";
    process.env.INPUT_CONFIG = "deploy/cutover.yml";
    const host = new GitHubHost({ stdout: process.stdout, stderr: process.stderr, env: process.env });
    expect(host.input("dry-run")).toBe("true");
    expect(host.input("config")).toBe("deploy/cutover.yml");
    expect(host.input("release")).toBeUndefined();
  });

  it("masks a secret with the runner and redacts it from logs and outputs itself", () => {
    const host = new GitHubHost({ stdout: process.stdout, stderr: process.stderr, env: process.env });
    host.maskSecret(SECRET);
    host.log.info(`connecting to ${SECRET}`);
    host.setOutput("url", SECRET);
    const stdout = written.join("");
    expect(stdout).toContain(`::add-mask::${SECRET}`);
    expect(stdout).toContain("connecting to ***");
    expect(stdout.replace(/^::add-mask::.*$/gm, "")).not.toContain("hunter2");
    expect(readFileSync(join(dir, "output"), "utf8")).not.toContain("hunter2");
  });

  it("a whole plan run writes the outputs and the step summary", async () => {
    process.env.INPUT_CONFIG = join(examples, "spectate-three-albs.yml");
    process.env.INPUT_RELEASE = "v2.4.0";
    const { io } = fakeIo({ CUTOVER_HOST: "github" });
    expect(await runCli(["plan", "--dry-run"], io)).toBe(0);

    const outputs = readFileSync(join(dir, "output"), "utf8");
    expect(outputs).toMatch(/^exit-code<<ghadelimiter_[\w-]+\n0\n/m);
    const result = /^result<<(ghadelimiter_[\w-]+)\n(.*)\n\1$/m.exec(outputs);
    expect(JSON.parse(result?.[2] ?? "{}")).toMatchObject({ command: "plan", dryRun: true, result: { release: "v2.4.0" } });

    const summary = readFileSync(join(dir, "summary"), "utf8");
    expect(summary).toContain("<h2>cutover plan (dry run)</h2>");
    expect(summary).toContain("| feed-normalizers | spectate-feeds:80 | rule priority 10 | feed-football |");
  });

  it("a failing run still sets exit-code", async () => {
    process.env.INPUT_CONFIG = "/nonexistent.yml";
    const { io, stdout } = fakeIo({ CUTOVER_HOST: "github" });
    expect(await runCli(["plan"], io)).toBe(2);
    expect(readFileSync(join(dir, "output"), "utf8")).toMatch(/^exit-code<<ghadelimiter_[\w-]+\n2\n/m);
    expect(stdout()).toContain("::error::config file '/nonexistent.yml' cannot be read");
  });
});

describe("Jenkins host", () => {
  it("writes outputs as JSON and the report as Markdown in the workspace, per build", async () => {
    const workspace = mkdtempSync(join(tmpdir(), "cutover-jenkins-"));
    const env = { JENKINS_URL: "http://ci/", BUILD_NUMBER: "41", JOB_NAME: "release", WORKSPACE: workspace };

    const first = new JenkinsHost(fakeIo(env).io, "plan");
    first.maskSecret(SECRET);
    first.setOutput("db", SECRET);
    first.setOutput("green-weight", "0");
    await first.writeSummary(new Report().text(`db is ${SECRET}`), "plan");
    await first.close();

    const second = new JenkinsHost(fakeIo(env).io, "switch-traffic");
    second.setOutput("green-weight", "100");
    await second.close();

    const outputs = JSON.parse(readFileSync(join(workspace, "cutover-outputs.json"), "utf8"));
    expect(outputs).toEqual({
      build: "release#41",
      commands: { plan: { db: "***", "green-weight": "0" }, "switch-traffic": { "green-weight": "100" } },
    });
    const summary = readFileSync(join(workspace, "cutover-summary.md"), "utf8");
    expect(summary).toContain("## plan");
    expect(summary).toContain("db is \\*\\*\\*"); // *** shown as text, not as emphasis
    expect(summary).not.toContain("hunter2");

    // the next build on the same workspace starts both files afresh
    const next = new JenkinsHost(fakeIo({ ...env, BUILD_NUMBER: "42" }).io, "status");
    next.setOutput("live", "blue");
    await next.close();
    expect(JSON.parse(readFileSync(join(workspace, "cutover-outputs.json"), "utf8"))).toEqual({
      build: "release#42",
      commands: { status: { live: "blue" } },
    });
  });

  it("runs as the Jenkins host when Jenkins' variables are set", async () => {
    const workspace = mkdtempSync(join(tmpdir(), "cutover-jenkins-"));
    const { io } = fakeIo({ CUTOVER_HOST: undefined, JENKINS_URL: "http://ci/", BUILD_ID: "3", WORKSPACE: workspace });
    expect(await runCli(["plan", "--config", join(examples, "kie-server-asg.yml")], io)).toBe(0);
    const outputs = JSON.parse(readFileSync(join(workspace, "cutover-outputs.json"), "utf8"));
    expect(outputs.commands.plan["exit-code"]).toBe("0");
    expect(readFileSync(join(workspace, "cutover-summary.md"), "utf8")).toContain("switch-traffic (canary)");
  });
});

describe("local host", () => {
  it("redacts secrets from logs, colours only a TTY", () => {
    const plain = fakeIo();
    const host = new LocalHost(plain.io);
    host.maskSecret("hunter2-secret");
    host.log.warn("password hunter2-secret rejected");
    expect(plain.stderr()).toBe("warning: password *** rejected\n");

    const tty = { write: (s: string) => chunks.push(s), isTTY: true };
    const chunks: string[] = [];
    new LocalHost({ stdout: tty, stderr: tty, env: {} }).log.warn("x");
    expect(chunks.join("")).toContain("\u001b[33m");
    chunks.length = 0;
    new LocalHost({ stdout: tty, stderr: tty, env: { NO_COLOR: "1" } }).log.warn("x");
    expect(chunks.join("")).toBe("warning: x\n");
  });

  it("writes outputs to CUTOVER_OUTPUT_FILE when asked", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "cutover-local-")), "out.json");
    const host = new LocalHost(fakeIo({ CUTOVER_OUTPUT_FILE: file }).io);
    host.setOutput("green-weight", "10");
    await host.close();
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual({ "green-weight": "10" });
  });
});
