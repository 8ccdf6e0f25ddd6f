import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execa } from "execa";
import { describe, expect, it } from "vitest";
import { findCommand } from "../../src/cli/command-table.js";

/**
 * Runs each cutover command the Jenkinsfile's stages run, through a shell, with the environment
 * the pipeline sets, so a renamed command or variable shows up here and not at 3 a.m. on Jenkins.
 */
const root = join(import.meta.dirname, "../..");
// the Jenkinsfile runs each command through the library step: cutover 'x' or cutover command: 'x'
const stageCommands = [
  ...readFileSync(join(root, "Jenkinsfile"), "utf8").matchAll(/\bcutover\s*\(?\s*(?:command\s*:\s*)?'([a-z-]+)'/g),
].map((m) => `node dist/cutover.js ${m[1] ?? ""}`);

describe("Jenkinsfile stage commands", () => {
  it("are the release, rollback and status commands", () => {
    expect(new Set(stageCommands.map((c) => c.split(" ")[2]))).toEqual(
      new Set(["plan", "migrate-db", "deploy-green", "verify", "switch-traffic", "promote", "rollback", "status", "es-reindex"]),
    );
  });

  // es-reindex reads a search section the three-ALB example has not: covered by test/jenkins
  it.each([...new Set(stageCommands)].filter((c) => !c.endsWith(" es-reindex")))(
    "`%s` runs as the Jenkins host with the pipeline's environment",
    async (command) => {
      const workspace = mkdtempSync(join(tmpdir(), "cutover-jenkins-stage-"));
      const result = await execa("sh", ["-c", command], {
        cwd: root,
        reject: false,
        env: {
          JENKINS_URL: "http://jenkins.invalid/",
          BUILD_ID: "12",
          BUILD_NUMBER: "12",
          JOB_NAME: "spectate-release",
          WORKSPACE: workspace,
          CUTOVER_CONFIG: "examples/spectate-three-albs.yml",
          CUTOVER_RELEASE: "v2.4.0",
          CUTOVER_DRY_RUN: "true",
          CUTOVER_SERVICE: "frontend,feed-tennis",
          CUTOVER_IMAGE: "",
          // AWS that does not answer: a built command must fail cleanly (exit 1), and fast
          AWS_ENDPOINT_URL: "http://127.0.0.1:1",
          AWS_ACCESS_KEY_ID: "AKIAEXAMPLE",
          AWS_SECRET_ACCESS_KEY: "stage-test-secret-key",
          AWS_MAX_ATTEMPTS: "1",
          // and a database that does not answer, for migrate-db
          DATABASE_URL: "postgresql://cutover:stage-test-db-pass@127.0.0.1:1/cutover",
        },
      });
      const name = command.split(" ")[2] ?? "";
      if (name === "plan") {
        expect(result.exitCode, result.stderr).toBe(0);
        const outputs = JSON.parse(readFileSync(join(workspace, "cutover-outputs.json"), "utf8"));
        expect(outputs.build).toBe("spectate-release#12");
        expect(JSON.parse(outputs.commands.plan.result).result.services.map((s: { name: string }) => s.name)).toEqual([
          "frontend",
          "feed-tennis",
        ]);
      } else if (name === "migrate-db") {
        expect(result.exitCode, result.stderr).toBe(1);
        expect(result.stderr).toContain("cannot read the migration state");
        expect(result.stderr).not.toContain("stage-test-db-pass");
        expect(JSON.parse(readFileSync(join(workspace, "cutover-outputs.json"), "utf8")).commands[name]["exit-code"]).toBe("1");
      } else if (findCommand(name)?.load !== undefined) {
        // built and reading AWS: it got its inputs from the pipeline's variables, then could not reach AWS
        expect(result.exitCode, result.stderr).toBe(1);
        expect(result.stderr).toContain("could not read the estate");
        expect(result.stderr).not.toContain("stage-test-secret-key");
        expect(JSON.parse(readFileSync(join(workspace, "cutover-outputs.json"), "utf8")).commands[name]["exit-code"]).toBe("1");
      } else {
        // not built yet: a clear refusal with exit 2, never an unknown command or a fake success
        expect(result.exitCode).toBe(2);
        expect(result.stderr).toContain(`'${name}' is not built yet`);
        expect(JSON.parse(readFileSync(join(workspace, "cutover-outputs.json"), "utf8")).commands[name]["exit-code"]).toBe("2");
      }
    },
  );
});
