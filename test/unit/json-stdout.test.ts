/**
 * `--json` makes stdout one JSON document, whatever the host: on GitHub without GITHUB_OUTPUT
 * (a step run by hand, another CI that sets GITHUB_ACTIONS, CUTOVER_HOST=github in a terminal)
 * @actions/core would print `::set-output` lines on stdout; cutover warns on stderr instead.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { fakeIo } from "../support/fake-io.js";

const EXAMPLES = resolve(import.meta.dirname, "../../examples");

/**
 * Runs the CLI and returns what reached stdout, through the console it was given or straight to
 * the process's stdout (where @actions/core writes).
 */
async function run(argv: readonly string[], env: Record<string, string>) {
  const { io, stdout, stderr } = fakeIo(env);
  const direct: string[] = [];
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    direct.push(String(chunk));
    return true;
  });
  try {
    const code = await runCli(argv, io);
    return { code, stdout: direct.join("") + stdout(), stderr: stderr() };
  } finally {
    spy.mockRestore();
  }
}

const HOSTS: Record<string, () => Record<string, string>> = {
  terminal: () => ({ CUTOVER_HOST: "local" }),
  github: () => ({ CUTOVER_HOST: "github" }),
  jenkins: () => ({
    CUTOVER_HOST: "jenkins",
    BUILD_NUMBER: "7",
    JOB_NAME: "release",
    WORKSPACE: mkdtempSync(join(tmpdir(), "cutover-ws-")),
  }),
};

const COMMANDS: Record<string, { argv: string[]; exitCode: number }> = {
  plan: { argv: ["plan", "--config", join(EXAMPLES, "spectate-three-albs.yml")], exitCode: 0 },
  "iam-policy": { argv: ["iam-policy", "--config", join(EXAMPLES, "kie-server-asg.yml")], exitCode: 0 },
  "lint-migrations": { argv: ["lint-migrations", "--dialect", "postgresql", join(EXAMPLES, "prisma/migrations")], exitCode: 0 },
  "a missing config": { argv: ["status", "--config", join(EXAMPLES, "no-such-file.yml")], exitCode: 2 },
  "a bad flag value": { argv: ["switch-traffic", "--config", join(EXAMPLES, "spectate-three-albs.yml"), "--to", "150"], exitCode: 2 },
  "an unknown option": { argv: ["plan", "--no-such-option"], exitCode: 2 },
};

describe("--json: stdout is one JSON document on every host", () => {
  const saved = { output: process.env.GITHUB_OUTPUT, summary: process.env.GITHUB_STEP_SUMMARY };
  beforeEach(() => {
    // as on a machine outside a workflow step, even when these tests run inside one
    delete process.env.GITHUB_OUTPUT;
    delete process.env.GITHUB_STEP_SUMMARY;
  });
  afterEach(() => {
    if (saved.output !== undefined) process.env.GITHUB_OUTPUT = saved.output;
    if (saved.summary !== undefined) process.env.GITHUB_STEP_SUMMARY = saved.summary;
  });

  for (const [host, env] of Object.entries(HOSTS))
    for (const [what, { argv, exitCode }] of Object.entries(COMMANDS))
      it(`${host}: ${what}`, async () => {
        const { code, stdout: out, stderr } = await run([...argv, "--json"], env());
        expect(code).toBe(exitCode);
        expect(out).not.toMatch(/^\s*::/m);
        const document = JSON.parse(out) as { exitCode: number };
        expect(document.exitCode).toBe(exitCode);
        if (host === "github" && exitCode !== 2) {
          // the outputs could not be written: said once, on stderr
          expect(stderr.match(/GITHUB_OUTPUT is not set/g)).toHaveLength(1);
        }
      });

  it("github with GITHUB_OUTPUT: the outputs go to the file, stdout stays JSON", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cutover-gh-"));
    process.env.GITHUB_OUTPUT = join(dir, "output");
    writeFileSync(process.env.GITHUB_OUTPUT, ""); // the runner makes the file before the step
    const { code, stdout, stderr } = await run([...(COMMANDS.plan?.argv ?? []), "--json"], { CUTOVER_HOST: "github" });
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { command: string }).command).toBe("plan");
    expect(readFileSync(join(dir, "output"), "utf8")).toContain("exit-code");
    expect(stderr).not.toContain("GITHUB_OUTPUT");
  });
});
