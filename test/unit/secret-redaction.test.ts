import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { GitHubHost } from "../../src/host/github.js";
import type { Host } from "../../src/host/host.js";
import { JenkinsHost } from "../../src/host/jenkins.js";
import { LocalHost } from "../../src/host/local.js";
import { Redactor, secretForms } from "../../src/host/redact.js";
import { Report } from "../../src/report/report.js";
import { fakeIo } from "../support/fake-io.js";

const examples = join(import.meta.dirname, "../../examples");

const SECRETS = [
  'S3c"retPass',
  "multi\nline-secret-value",
  "p@ss/w:rd?&=+%",
  "tab\tsecret",
  "uni©ode-秘密-pw",
  '", "', // looks like JSON structure
  "<b>bold</b>",
  "back\\slash\\pw",
];

/** Every route by which a value reaches an output, with the secret inside a longer value. */
async function useEverywhere(host: Host, secret: string): Promise<void> {
  const inText = `url=postgresql://app:${secret}@db/app`;
  host.log.info(inText);
  host.log.warn(inText);
  host.log.error(inText);
  host.log.verbatim("tool output", `first\n${inText}\nlast`);
  host.setOutput("text", inText);
  host.setOutput("data", { url: inText, nested: [{ secret }], [secret]: "as a key" });
  const report = new Report()
    .heading(inText)
    .text(inText)
    .list([inText])
    .table(["h"], [[inText]])
    .code(inText);
  host.printReport(report);
  await host.writeSummary(report, "plan");
  host.printJson({ url: inText, secret });
  await host.close();
}

/** Output with the runner's own masking registrations taken out: those must name the secret. */
const withoutMaskCommands = (text: string) => text.replace(/^::add-mask::.*$/gm, "");

describe("a secret never appears in any form in any output", () => {
  const saved = { ...process.env };
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "cutover-secret-"));
    for (const name of ["output", "summary"]) writeFileSync(join(dir, name), "");
    process.env.GITHUB_OUTPUT = join(dir, "output");
    process.env.GITHUB_STEP_SUMMARY = join(dir, "summary");
  });
  afterEach(() => {
    process.env = { ...saved };
  });

  it.each(SECRETS)("GitHub host: %j", async (secret) => {
    const { io, stdout, stderr } = fakeIo();
    const host = new GitHubHost(io);
    host.maskSecret(secret);
    await useEverywhere(host, secret);

    const everything = [
      withoutMaskCommands(stdout()),
      withoutMaskCommands(stderr()),
      readFileSync(join(dir, "output"), "utf8"),
      readFileSync(join(dir, "summary"), "utf8"),
    ].join("\n");
    for (const form of secretForms(secret)) expect(everything).not.toContain(form);
    // every form is registered with the runner, each line of a multi-line secret too
    const masks = [...stdout().matchAll(/^::add-mask::(.*)$/gm)].map((m) => decodeURIComponent(m[1] ?? ""));
    for (const line of secret.split("\n").filter((l) => l.length >= 4)) expect(masks).toContain(line);
    // structured outputs are still valid JSON
    const data = /^data<<(ghadelimiter_[\w-]+)\n(.*)\n\1$/m.exec(readFileSync(join(dir, "output"), "utf8"));
    expect(JSON.parse(data?.[2] ?? "")).toMatchObject({ nested: [{ secret: "***" }], "***": "as a key" });
    const json = stdout().slice(stdout().lastIndexOf("\n{\n") + 1);
    expect(JSON.parse(json)).toEqual({ url: "url=postgresql://app:***@db/app", secret: "***" });
  });

  it.each(SECRETS)("Jenkins and terminal hosts: %j", async (secret) => {
    const workspace = mkdtempSync(join(tmpdir(), "cutover-secret-j-"));
    for (const make of [
      (io: ReturnType<typeof fakeIo>["io"]) => new JenkinsHost(io, "plan"),
      (io: ReturnType<typeof fakeIo>["io"]) => new LocalHost(io),
    ]) {
      const outputFile = join(workspace, "local-outputs.json");
      const { io, stdout, stderr } = fakeIo({
        WORKSPACE: workspace,
        JENKINS_URL: "http://ci/",
        BUILD_NUMBER: "1",
        CUTOVER_OUTPUT_FILE: outputFile,
      });
      const host = make(io);
      host.maskSecret(secret);
      await useEverywhere(host, secret);
      const files = ["local-outputs.json", "cutover-summary.md"].map((f) => {
        try {
          return readFileSync(join(workspace, f), "utf8");
        } catch {
          return "";
        }
      });
      const everything = [stdout(), stderr(), ...files].join("\n");
      for (const form of secretForms(secret)) expect(everything).not.toContain(form);
      expect(JSON.parse(files[0] ?? "")).toBeTypeOf("object");
    }
  });
});

describe("redaction works on values", () => {
  it("never breaks JSON, whatever the secret looks like", () => {
    const redactor = new Redactor();
    for (const s of ['": "x', '"}, {"', "true, ", '\\"a\\"']) redactor.add(s);
    const value = { a: 'x": "x', b: ['"}, {"y'], c: "true, false", '\\"a\\"': 1 };
    expect(() => JSON.parse(JSON.stringify(redactor.redactValue(value)))).not.toThrow();
  });

  it("registers raw, line, JSON, URL and base64 forms, none shorter than 4", () => {
    const forms = secretForms('pa"ss\nword-long');
    expect(forms).toEqual(expect.arrayContaining(['pa"ss\nword-long', 'pa"ss', "word-long", 'pa\\"ss\\nword-long', "pa%22ss%0Aword-long"]));
    expect(forms).toContain(Buffer.from('pa"ss\nword-long').toString("base64"));
    expect(forms.every((f) => f.length >= 4)).toBe(true);
  });

  it("leaves ordinary words alone when the secret is not one of them", () => {
    const redactor = new Redactor();
    redactor.add("Xk29-pg-stack");
    expect(redactor.redactText("dist/cutover.js release spectate-cutover-1")).toBe("dist/cutover.js release spectate-cutover-1");
  });
});

describe("--json on the GitHub host", () => {
  const saved = { ...process.env };
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "cutover-json-"));
    for (const name of ["output", "summary"]) writeFileSync(join(dir, name), "");
    process.env.GITHUB_OUTPUT = join(dir, "output");
    process.env.GITHUB_STEP_SUMMARY = join(dir, "summary");
  });
  afterEach(() => {
    process.env = { ...saved };
  });

  it("stdout is the JSON document alone; masking and errors go to stderr", async () => {
    const { io, stdout, stderr } = fakeIo({ CUTOVER_HOST: "github", DATABASE_URL: "postgresql://app:Zq81-secret-pw@db:5432/app" });
    expect(await runCli(["plan", "--json", "--config", join(examples, "spectate-three-albs.yml")], io), stderr()).toBe(0);
    expect(JSON.parse(stdout())).toMatchObject({ command: "plan", exitCode: 0 });
    expect(stderr()).toContain("::add-mask::");
    expect(stdout()).not.toContain("::");

    const failed = fakeIo({ CUTOVER_HOST: "github" });
    expect(await runCli(["plan", "--json", "--config", "/nonexistent.yml"], failed.io)).toBe(2);
    expect(JSON.parse(failed.stdout())).toMatchObject({ command: "plan", exitCode: 2, error: { kind: "bad-input" } });
    expect(failed.stderr()).toContain("::error::");
  });

  it("the json input has the same effect as the flag", async () => {
    process.env.INPUT_JSON = "true";
    const { io, stdout, stderr } = fakeIo({ CUTOVER_HOST: "github", INPUT_JSON: "true" });
    expect(await runCli(["plan", "--config", join(examples, "kie-server-asg.yml")], io), stderr()).toBe(0);
    expect(JSON.parse(stdout())).toMatchObject({ command: "plan" });
  });

  it("a flag error with --json prints a JSON error document too", async () => {
    for (const argv of [
      ["plan", "--json", "--colour"],
      ["plan", "--json", "--config"],
      ["nosuch", "--json"],
      ["plan", "--json", "--##[add-mask]x"],
    ]) {
      const { io, stdout } = fakeIo({ CUTOVER_HOST: "github" });
      expect(await runCli(argv, io)).toBe(2);
      const document = JSON.parse(stdout());
      expect(document).toMatchObject({ exitCode: 2, error: { kind: "bad-input" } });
      expect(stdout()).not.toContain("##[");
    }
  });
});

describe("GITHUB_OUTPUT or GITHUB_STEP_SUMMARY that cannot be written", () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it.each([
    ["GITHUB_OUTPUT", "a missing file"],
    ["GITHUB_STEP_SUMMARY", "a missing file"],
    ["GITHUB_OUTPUT", "a directory"],
    ["GITHUB_STEP_SUMMARY", "a directory"],
  ])("%s naming %s is a warning; the command's exit code stands", async (variable, kind) => {
    const dir = mkdtempSync(join(tmpdir(), "cutover-files-"));
    for (const name of ["output", "summary"]) writeFileSync(join(dir, name), "");
    process.env.GITHUB_OUTPUT = join(dir, "output");
    process.env.GITHUB_STEP_SUMMARY = join(dir, "summary");
    const bad = join(dir, "nowhere", "file");
    if (kind === "a directory") mkdirSync(bad, { recursive: true });
    process.env[variable] = bad;

    for (const [argv, code] of [
      [["plan", "--config", join(examples, "kie-server-asg.yml")], 0],
      [["plan", "--config", "/nonexistent.yml"], 2],
    ] as const) {
      const { io, stdout } = fakeIo({ CUTOVER_HOST: "github" });
      expect(await runCli([...argv], io)).toBe(code);
      expect(stdout()).toMatch(new RegExp(`^::warning::could not write .* to ${variable}`, "m"));
      expect(stdout()).not.toMatch(/^\s+at /m); // no stack trace
    }
  });
});

describe("a value from the environment is never quoted by a config problem", () => {
  const PASSWORD = "Zt8-env-secret-pw";
  const URL_VALUE = `postgresql://app:${PASSWORD}@db.internal:5432/app`;

  it.each([
    ["traffic.bakeTime", "traffic:\n  bakeTime: ${DATABASE_URL}\n"],
    ["aws.region", "aws:\n  region: ${DATABASE_URL}\n"],
    [
      "services[0].image (clipped)",
      "aws: { region: eu-west-1 }\nservices:\n  - { name: web, type: ecs, cluster: c, service: s, containerName: a, containerPort: 80, image: '${DATABASE_URL}', desiredCount: ${DATABASE_URL} }\nloadBalancers:\n  - { name: lb, listener: { loadBalancer: lb, port: 80 }, routes: [{ service: web }] }\n",
    ],
    ["prisma schema path", "database:\n  url: ${DATABASE_URL}\n  schema: ${DATABASE_URL}\n"],
  ])("%s", async (_what, body) => {
    const dir = mkdtempSync(join(tmpdir(), "cutover-envleak-"));
    writeFileSync(join(dir, "cutover.yml"), `version: 1\nproject: leak\n${body}`);
    for (const host of ["local", "github", "jenkins"]) {
      const { io, stdout, stderr } = fakeIo({
        CUTOVER_HOST: host,
        DATABASE_URL: URL_VALUE,
        WORKSPACE: dir,
        JENKINS_URL: "http://ci/",
        BUILD_NUMBER: "1",
      });
      expect(await runCli(["plan", "--config", join(dir, "cutover.yml")], io)).toBe(2);
      const shown = `${stdout()}${stderr()}`;
      // the duration message quotes what it got: the reference stands in for the value
      if (_what === "traffic.bakeTime") expect(shown).toContain("(got '${DATABASE_URL}...')");
      for (const form of secretForms(PASSWORD)) expect(shown).not.toContain(form);
      expect(shown).not.toContain("Zt8-env");
    }
  });
});
