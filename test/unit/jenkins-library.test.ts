import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli/command-table.js";
import { JenkinsHost } from "../../src/host/jenkins.js";
import { Report } from "../../src/report/report.js";
import { fakeIo } from "../support/fake-io.js";

const root = join(import.meta.dirname, "../..");

describe("the Jenkins shared library step", () => {
  it("offers exactly the commands the script has built", () => {
    const groovy = readFileSync(join(root, "vars/cutover.groovy"), "utf8");
    const list = /COMMANDS = \[([\s\S]*?)\]\.asImmutable\(\)/.exec(groovy)?.[1] ?? "";
    const offered = [...list.matchAll(/'([a-z-]+)'/g)].map((m) => m[1]);
    expect(offered).toEqual(COMMANDS.filter((c) => c.load !== undefined).map((c) => c.name));
  });
});

describe("the Jenkins host", () => {
  it("records who approved the traffic switch, escaped, in each summary after the approval", async () => {
    const workspace = mkdtempSync(join(tmpdir(), "cutover-jenkins-approver-"));
    const env = { JENKINS_URL: "http://ci/", BUILD_NUMBER: "8", JOB_NAME: "release", WORKSPACE: workspace };
    await new JenkinsHost(fakeIo({ ...env, CUTOVER_APPROVED_BY: "alice_<b>*ops*</b>" }).io, "switch-traffic").writeSummary(
      new Report().text("weights"),
      "switch-traffic",
    );
    const summary = readFileSync(join(workspace, "cutover-summary.md"), "utf8");
    expect(summary).toContain("Traffic switch approved by **alice\\_&lt;b&gt;\\*ops\\*&lt;/b&gt;**.");

    const before = mkdtempSync(join(tmpdir(), "cutover-jenkins-approver-"));
    await new JenkinsHost(fakeIo({ ...env, WORKSPACE: before }).io, "verify").writeSummary(new Report().text("ok"), "verify");
    expect(readFileSync(join(before, "cutover-summary.md"), "utf8")).not.toContain("approved by");
  });
});
