/**
 * The CLI's help and messages as a person meets them: flags offered only where they mean
 * something, each lock named, input names by host, nothing said twice, a pointer to the
 * command's help, `--service` lists, and warnings for settings that would be silently ignored.
 */
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { plainLines } from "../../src/cli/messages.js";
import { findCommand } from "../../src/cli/command-table.js";
import { readSettings } from "../../src/cli/settings.js";
import { fakeIo } from "../support/fake-io.js";

const CONFIG = resolve(import.meta.dirname, "../../examples/spectate-three-albs.yml");
const REINDEX = resolve(import.meta.dirname, "../../examples/classes-reindex.yml");

async function cli(argv: string[], env: Record<string, string> = {}) {
  const { io, stdout, stderr } = fakeIo(env);
  const code = await runCli(argv, io);
  return { code, stdout: stdout(), stderr: stderr() };
}

/** The options a command's help lists. */
async function helpFlags(command: string): Promise<string[]> {
  const { stdout } = await cli([command, "--help"]);
  return [...stdout.matchAll(/^\s+(?:-\w, )?(--[a-z-]+)/gm)].map((m) => m[1] ?? "");
}

describe("help offers flags only where they mean something", () => {
  it("--dry-run: not on commands that change nothing anyway", async () => {
    for (const command of ["plan", "lint-migrations", "status", "iam-policy"])
      expect(await helpFlags(command), command).not.toContain("--dry-run");
    for (const command of ["migrate-db", "deploy-green", "verify", "switch-traffic", "promote", "rollback", "es-reindex", "flink"])
      expect(await helpFlags(command), command).toContain("--dry-run");
  });

  it("--release: only on commands that record or read a release label", async () => {
    for (const command of ["lint-migrations", "migrate-db", "verify", "status", "iam-policy", "es-reindex"])
      expect(await helpFlags(command), command).not.toContain("--release");
    for (const command of ["plan", "deploy-green", "switch-traffic", "promote", "rollback", "flink"])
      expect(await helpFlags(command), command).toContain("--release");
  });

  it("es-reindex's --break-lock names the index lock; deploy-green's the release lock", async () => {
    const reindex = (await cli(["es-reindex", "--help"])).stdout;
    expect(reindex).toMatch(/--break-lock <id>\s+break the index's lock/);
    expect(reindex).not.toContain("release lock");
    expect((await cli(["deploy-green", "--help"])).stdout).toMatch(/--break-lock <id>\s+break the release lock/);
  });
});

describe("messages", () => {
  it("a terminal user is told about flags and CUTOVER_* variables, never GitHub input names", async () => {
    const local = await cli(["switch-traffic", "--config", CONFIG, "--to", "150"]);
    expect(local.code).toBe(2);
    expect(local.stderr).toContain("--to (or CUTOVER_TO): '150' must be a whole number 0..100");
    expect(local.stderr).not.toContain("input '");
    const jenkins = await cli(["switch-traffic", "--config", CONFIG, "--to", "150"], { CUTOVER_HOST: "jenkins", BUILD_NUMBER: "1" });
    expect(jenkins.stderr).toContain("--to (or CUTOVER_TO)");
    // on GitHub the action's input is what the user wrote
    expect(plainLines(["--to (input 'to'): bad"], "github")).toEqual(["--to (input 'to'): bad"]);
    expect(plainLines(["--replace-green (input 'replace-green'): bad"], "local")).toEqual([
      "--replace-green (or CUTOVER_REPLACE_GREEN): bad",
    ]);
  });

  it("nothing is said twice", () => {
    expect(plainLines(["refused: 2 unsafe change(s); nothing was applied", "  a", "  a", "Nothing was changed."], "local")).toEqual([
      "refused: 2 unsafe change(s); nothing was applied",
      "  a",
    ]);
    expect(plainLines(["failed: x", "Nothing had been changed yet."], "local")).toEqual(["failed: x", "Nothing had been changed yet."]);
  });

  it("a refusal that already says nothing changed is not followed by the same words", async () => {
    const { stderr } = await cli(["switch-traffic", "--config", CONFIG, "--to", "150", "--release", "bad release!"]);
    expect(stderr.match(/Nothing was changed/gi)).toHaveLength(1);
  });

  it("an unknown option points to the command's own help", async () => {
    const { code, stderr } = await cli(["promote", "--colour"]);
    expect(code).toBe(2);
    expect(stderr).toContain("unknown option '--colour'");
    expect(stderr).toContain("cutover promote --help");
  });

  it("--service a,b is split on commas like the action input, and may be repeated", () => {
    const spec = findCommand("status");
    if (!spec) throw new Error("no status command");
    const none = { input: () => undefined };
    expect(readSettings(spec, { service: ["frontend,events", " feeds "] }, none, {}).services).toEqual(["frontend", "events", "feeds"]);
    expect(readSettings(spec, {}, { input: (n) => (n === "service" ? "frontend, events" : undefined) }, {}).services).toEqual([
      "frontend",
      "events",
    ]);
  });

  it("an unknown CUTOVER_HOST is a warning naming the host used instead", async () => {
    const { code, stderr } = await cli(["plan", "--config", CONFIG], { CUTOVER_HOST: "gitlab" });
    expect(code).toBe(0);
    expect(stderr).toContain("warning: CUTOVER_HOST='gitlab' is not one of github, jenkins, local: ignored, running as local");
    expect((await cli(["plan", "--config", CONFIG], { CUTOVER_HOST: "local" })).stderr).not.toContain("CUTOVER_HOST");
  });

  it("--for outside --phase follow is a warning; with follow it is not", async () => {
    const elsewhere = await cli(
      ["es-reindex", "--config", REINDEX, "--index", "classes", "--phase", "validate", "--for", "10m", "--dry-run"],
      {
        SEARCH_URL: "http://127.0.0.1:9",
      },
    );
    expect(elsewhere.stderr).toContain("warning: --for 10m applies to --phase follow only; --phase validate ignores it");
    const follow = await cli(["es-reindex", "--config", REINDEX, "--index", "classes", "--phase", "follow", "--for", "10m", "--dry-run"], {
      SEARCH_URL: "http://127.0.0.1:9",
    });
    expect(follow.stderr).not.toContain("applies to --phase follow only");
  });
});
