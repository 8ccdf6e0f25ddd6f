import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execa } from "execa";
import { describe, expect, it } from "vitest";

/** The committed bundle is what every front end runs, so it is exercised as a real process. */
const root = join(import.meta.dirname, "../..");
const cutover = (...args: string[]) =>
  execa("node", [join(root, "dist/cutover.js"), ...args], { cwd: root, reject: false, env: { CUTOVER_HOST: "local", NO_COLOR: "1" } });

describe("dist/cutover.js", () => {
  it("prints its version and help", async () => {
    const version = await cutover("--version");
    expect(version.exitCode).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+$/);
    const help = await cutover("--help");
    expect(help.exitCode).toBe(0);
    expect(help.stdout).toContain("switch-traffic");
  });

  it.each(["spectate-three-albs.yml", "kie-server-asg.yml", "spent-detail-kafka.yml", "classes-reindex.yml"])(
    "plan --dry-run on examples/%s exits 0",
    async (file) => {
      const result = await cutover("plan", "--dry-run", "--config", `examples/${file}`);
      expect(result.exitCode, result.stderr).toBe(0);
      expect(result.stdout).toContain("Release plan for");
    },
  );

  it("a bad config exits 2 naming the key; an unbuilt command exits 2", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "cutover-dist-")), "bad.yml");
    writeFileSync(file, "version: 1\nproject: p\ntraffic: { strategy: canary, steps: [10, 500] }\n");
    const bad = await cutover("plan", "--config", file);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain("traffic.steps[1]: must be 1..100");
    const unbuilt = await cutover("flink", "--dry-run");
    expect(unbuilt.exitCode).toBe(2);
    expect(unbuilt.stderr).toContain("'flink' is not built yet");
  });
});
