import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli/command-table.js";
import { runCli } from "../../src/cli/run-cli.js";
import { DESIGN_COMMANDS } from "../support/design-commands.js";
import { fakeIo } from "../support/fake-io.js";

const examples = join(import.meta.dirname, "../../examples");

function tempConfig(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), "cutover-cli-")), "cutover.yml");
  writeFileSync(file, text);
  return file;
}

describe("cutover CLI", () => {
  it("--help lists every command of the design, with exit 0", async () => {
    const { io, stdout } = fakeIo();
    expect(await runCli(["--help"], io)).toBe(0);
    for (const name of DESIGN_COMMANDS) {
      expect(stdout()).toMatch(new RegExp(`^  ${name} `, "m"));
    }
    expect(stdout()).toContain("Exit codes: 0 done, 1 failed");
  });

  it("every command takes --config, --dry-run and --json; --dry-run is offered only where the command changes something", async () => {
    const readOnly = ["plan", "lint-migrations", "status", "iam-policy"];
    for (const command of COMMANDS) {
      const { io, stdout } = fakeIo();
      expect(await runCli([command.name, "--help"], io)).toBe(0);
      for (const flag of ["--config", "--json"]) expect(stdout()).toContain(flag);
      if (readOnly.includes(command.name)) expect(stdout(), command.name).not.toContain("--dry-run");
      else expect(stdout(), command.name).toContain("--dry-run");
    }
    // accepted all the same: a pipeline may pass it to every command
    expect(await runCli(["plan", "--dry-run", "--config", "examples/spectate-three-albs.yml"], fakeIo().io)).toBe(0);
  });

  it("no arguments, an unknown command or an unknown flag is exit 2", async () => {
    expect(await runCli([], fakeIo().io)).toBe(2);
    const unknown = fakeIo();
    expect(await runCli(["deploy"], unknown.io)).toBe(2);
    expect(unknown.stderr()).toContain("unknown command 'deploy'");
    expect(await runCli(["plan", "--colour"], fakeIo().io)).toBe(2);
  });

  it("an argument commander echoes stays on its line on every host; its suggestion keeps its own line", async () => {
    // found by the hostile-flags property: after a boolean flag, `'-\n::warning::x'` is an unknown
    // option, and commander printed it raw on a host cutover took for local
    for (const env of [{}, { JENKINS_URL: "http://ci", BUILD_ID: "1" }]) {
      const { io, stderr } = fakeIo(env);
      expect(await runCli(["plan", "--json", "-\n::warning::PWN"], io)).toBe(2);
      expect(stderr()).toContain("unknown option '-\\n::warning::PWN'");
      expect(stderr()).not.toMatch(/^::/m);
    }
    const suggested = fakeIo();
    expect(await runCli(["plann"], suggested.io)).toBe(2);
    expect(suggested.stderr()).toMatch(/unknown command 'plann'\n\(Did you mean plan\?\)/);
  });

  it("a flag value that looks like a program option is the flag's value, not -v or --help", async () => {
    // found by the hostile-flags property: `--release '-v\n::warning::x'` printed the version
    for (const value of ["-v", "-vx", "-h", "--version"]) {
      const { io, stdout, stderr } = fakeIo();
      const code = await runCli(["plan", "--dry-run", "--json", "--config", join(examples, "kie-server-asg.yml"), "--release", value], io);
      expect(stdout(), stderr()).not.toMatch(/^\d+\.\d+\.\d+\s*$/);
      expect([0, 2]).toContain(code);
      if (code === 0) expect(JSON.parse(stdout()).release).toBe(value);
    }
    const version = fakeIo();
    expect(await runCli(["--version"], version.io)).toBe(0);
    expect(version.stdout()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("a command not built yet says so and exits 2, never a fake success", async () => {
    for (const command of COMMANDS.filter((c) => c.load === undefined)) {
      const { io, stderr } = fakeIo();
      expect(await runCli([command.name, "--config", join(examples, "kie-server-asg.yml")], io)).toBe(2);
      expect(stderr()).toContain(`'${command.name}' is not built yet`);
    }
  });

  it("flink: bad input exits 2 naming it, before anything is reached", async () => {
    const run = async (...args: string[]) => {
      const { io, stderr } = fakeIo();
      return { code: await runCli(args, io), stderr: stderr() };
    };
    const bad = await run("flink", "--phase", "promote", "--config", join(examples, "kie-server-asg.yml"));
    expect(bad).toMatchObject({ code: 2 });
    expect(bad.stderr).toContain("'promote' must be one of plan, deploy, switch, rollback, cleanup");
    const noSection = await run("flink", "--config", tempConfig("version: 1\nproject: p\nkafka: { brokers: [k:9092] }\n"));
    expect(noSection).toMatchObject({ code: 2 });
    expect(noSection.stderr).toContain("the config has no flink section");
    const noKafka = await run(
      "flink",
      "--config",
      tempConfig("version: 1\nproject: p\nflink:\n  pipeline: p\n  backend: { type: gateway, url: 'http://127.0.0.1:1' }\n"),
    );
    expect(noKafka).toMatchObject({ code: 2 });
    expect(noKafka.stderr).toContain("flink: needs the top-level kafka section");
  });

  it("plan --dry-run passes on every example", async () => {
    for (const file of ["spectate-three-albs.yml", "kie-server-asg.yml", "spent-detail-kafka.yml", "classes-reindex.yml"]) {
      const { io, stdout, stderr } = fakeIo();
      expect(await runCli(["plan", "--dry-run", "--config", join(examples, file)], io), stderr()).toBe(0);
      expect(stdout()).toContain("Release plan for");
    }
  });

  it("a bad config names the key and exits 2", async () => {
    const file = tempConfig("version: 1\nproject: p\ntraffic:\n  strategy: canary\n  steps: [10, 50, 300]\n");
    const { io, stderr, stdout } = fakeIo();
    expect(await runCli(["plan", "--dry-run", "--config", file], io)).toBe(2);
    expect(stderr()).toContain("traffic.steps[2]: must be 1..100");
    expect(stderr()).toContain("Nothing was changed.");
    expect(stdout()).toBe("");
  });

  it("files the config names are checked, relative to the config file's folder", async () => {
    const file = tempConfig(
      [
        "version: 1",
        "project: p",
        "search:",
        "  engine: opensearch",
        "  url: http://127.0.0.1:9200",
        "  indices:",
        "    - { name: a, mappings: missing.json, source: { type: index } }",
        "    - { name: b, mappings: broken.json, source: { type: index } }",
        "    - { name: c, mappings: list.json, settings: good.json, source: { type: index } }",
      ].join("\n"),
    );
    const dir = join(file, "..");
    writeFileSync(join(dir, "broken.json"), "{ nope");
    writeFileSync(join(dir, "list.json"), "[]");
    writeFileSync(join(dir, "good.json"), '{ "number_of_replicas": 0 }');
    const { io, stderr } = fakeIo();
    expect(await runCli(["plan", "--config", file], io)).toBe(2);
    expect(stderr()).toContain(
      "search.indices[0].mappings: 'missing.json' does not exist (relative paths start at the config file's folder)",
    );
    expect(stderr()).toMatch(/search\.indices\[1\]\.mappings: 'broken\.json' is not valid JSON/);
    expect(stderr()).toContain("search.indices[2].mappings: 'list.json' must hold a JSON object");
    expect(stderr()).not.toContain("good.json");
  });

  it("a missing config file is exit 2 and says how to point at one", async () => {
    const { io, stderr } = fakeIo();
    expect(await runCli(["plan", "--config", "/nonexistent/cutover.yml"], io)).toBe(2);
    expect(stderr()).toContain("config file '/nonexistent/cutover.yml' cannot be read: no such file (set it with --config)");
  });

  it("--json prints only JSON on stdout, for success and for failure", async () => {
    const ok = fakeIo();
    expect(await runCli(["plan", "--json", "--release", "v9", "--config", join(examples, "kie-server-asg.yml")], ok.io)).toBe(0);
    const result = JSON.parse(ok.stdout());
    expect(result).toMatchObject({ command: "plan", exitCode: 0, result: { project: "kie", release: "v9" } });

    const bad = fakeIo();
    expect(await runCli(["switch-traffic", "--json", "--to", "101"], bad.io)).toBe(2);
    expect(JSON.parse(bad.stdout())).toMatchObject({ command: "switch-traffic", exitCode: 2, error: { kind: "bad-input" } });
  });

  it("inputs come from CUTOVER_* variables outside GitHub", async () => {
    const { io, stdout } = fakeIo({ CUTOVER_CONFIG: join(examples, "classes-reindex.yml"), CUTOVER_RELEASE: "from-env" });
    expect(await runCli(["plan", "--json"], io)).toBe(0);
    expect(JSON.parse(stdout()).result.release).toBe("from-env");
  });
});
