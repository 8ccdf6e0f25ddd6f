import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execa } from "execa";
import { describe, expect, it } from "vitest";
import { startContractServer } from "../support/confluent-contract-server.js";

/** The committed bundle is what every front end runs, so it is exercised as a real process. */
const root = join(import.meta.dirname, "../..");
const cutover = (...args: string[]) =>
  execa("node", [join(root, "dist/cutover.js"), ...args], { cwd: root, reject: false, env: { CUTOVER_HOST: "local", NO_COLOR: "1" } });
// the committed bundle must be rebuilt (npm run build) for changes in src/ to show here

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
    const phase = await cutover("flink", "--phase", "promote");
    expect(phase.exitCode).toBe(2);
    expect(phase.stderr).toContain("'promote' must be one of plan, deploy, switch, rollback, cleanup");
  });

  it("flink --phase plan parses a large pipeline in worker threads started from the bundle itself", async () => {
    const credentials = { apiKey: "KEY-dist-test", apiSecret: "secret-dist-test" };
    const ids = { organizationId: "7f6a1b2c-0000-4000-8000-000000000001", environmentId: "env-dist" };
    const server = await startContractServer({ ...credentials, ...ids });
    try {
      const dir = mkdtempSync(join(tmpdir(), "cutover-dist-flink-"));
      // 150 tables, 300 files: past the pool's threshold, so the main thread has company
      for (let i = 0; i < 150; i++) {
        const name = `t${i}`;
        const read = i === 0 ? "raw_input" : `t${i - 1}`;
        mkdirSync(join(dir, "pipeline", name), { recursive: true });
        writeFileSync(join(dir, "pipeline", name, "ddl.sql"), `CREATE TABLE ${name} (id INT, v STRING);`);
        writeFileSync(join(dir, "pipeline", name, "dml.sql"), `INSERT INTO ${name} SELECT id, UPPER(v) FROM ${read} WHERE id > ${i};`);
      }
      const config = {
        version: 1,
        project: "dist",
        kafka: { brokers: ["127.0.0.1:1"] },
        flink: {
          pipeline: "pipeline",
          // one worker whatever the machine's load, so the bundle's own worker is what is tested
          parseWorkers: 1,
          backend: { type: "confluent", url: server.url, ...ids, computePoolId: "lfcp-1", ...credentials },
        },
      };
      writeFileSync(join(dir, "cutover.yml"), JSON.stringify(config));
      const plan = await cutover("flink", "--phase", "plan", "--json", "--config", join(dir, "cutover.yml"));
      expect(plan.exitCode, plan.stderr).toBe(0);
      const result = (JSON.parse(plan.stdout) as { result: { plan: { tables: unknown[] }; parse: { files: number; byWorkers: number } } })
        .result;
      expect(result.plan.tables).toHaveLength(150);
      expect(result.parse.files).toBe(300);
      expect(result.parse.byWorkers).toBeGreaterThan(0);
    } finally {
      await server.close();
    }
  }, 120_000);
});
