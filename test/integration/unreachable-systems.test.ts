/**
 * A search engine, Kafka broker or database that cannot be reached is the operator's problem to
 * fix, not a bug in cutover: the CLI exits 1 with a plain message naming the system and its
 * address, says what it left behind, and keeps stdout one JSON document under --json. Each case
 * points the config at a loopback port nothing listens on, and runs the CLI as a user would.
 */
import { copyFileSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cli, dropAll, engineFor, uniqueName, writeConfig } from "../support/reindex-cli-harness.js";
import { requireStack } from "./stack-env.js";

const EXAMPLES = resolve(import.meta.dirname, "../../examples");

/** A loopback port that was free a moment ago and that nothing listens on now. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  await new Promise<void>((done) => server.close(() => done()));
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

function expectPlainFailure(run: { code: number; stdout: string; stderr: string }, names: RegExp): void {
  expect(run.code).toBe(1);
  expect(run.stderr).toMatch(names);
  expect(run.stderr).not.toMatch(/unexpectedly|likely a bug/);
}

describe("an unreachable search engine", () => {
  it("es-reindex: exit 1 naming the engine's address, nothing changed, one JSON document", async () => {
    const port = await closedPort();
    const env = { SEARCH_URL: `http://127.0.0.1:${port}` };
    const config = join(EXAMPLES, "classes-reindex.yml");

    const text = await cli(["es-reindex", "--config", config, "--index", "classes", "--phase", "plan"], env);
    expectPlainFailure(text, new RegExp(`the search engine could not be reached: .*127\\.0\\.0\\.1:${port}`));
    expect(text.stderr).toContain("Nothing had been changed yet.");

    const json = await cli(["es-reindex", "--config", config, "--index", "classes", "--phase", "plan", "--json"], env);
    expect(json.code).toBe(1);
    expect(json.json?.exitCode).toBe(1);
    expect(json.json?.error?.message).toContain(`127.0.0.1:${port}`);
    expect(json.json?.error?.details).toContain("Nothing had been changed yet.");
  });
});

describe("an unreachable Kafka broker", () => {
  const stack = requireStack("es");
  const project = uniqueName("unreach").replace("_", "-");
  const base = uniqueName("kafka_fed");
  afterAll(async () => {
    await dropAll(engineFor("elasticsearch", stack.esUrl), project, base, [`read_${base}`]);
  });

  it("es-reindex load: exit 1 naming the brokers, the build left resumable", async () => {
    const port = await closedPort();
    const config = writeConfig(`version: 1
project: ${project}
kafka:
  brokers: 127.0.0.1:${port}
  clientId: cutover-unreachable-test
search:
  engine: elasticsearch
  url: ${stack.esUrl}
  indices:
    - name: ${base}
      aliases: { read: read_${base}, write: write_${base} }
      mappings: mappings.json
      settings: { number_of_replicas: 0 }
      source:
        type: kafka
        fullTopic: full_${base}
        incrementalTopic: ${base}
        idField: id
        versionField: updated_at
        consumerGroup: ${base}-incremental
`);
    copyFileSync(join(EXAMPLES, "mappings/spent-detail.json"), join(dirname(config), "mappings.json"));

    const run = await cli(["es-reindex", "--config", config, "--index", base, "--phase", "all", "--json"]);
    expectPlainFailure(run, new RegExp(`Kafka at 127\\.0\\.0\\.1:${port} could not be reached`));
    // the new index was made before the load: the failure says the run can be resumed, and how
    expect(run.json?.exitCode).toBe(1);
    expect(run.json?.error?.message).toContain(`Kafka at 127.0.0.1:${port}`);
    expect(run.json?.error?.details.join("\n")).toMatch(/Left resumable: .*rerun --phase all/);
    // kafkajs's own retry log stays out of both streams
    expect(run.stderr).not.toContain('"logger":"kafkajs"');
    expect(run.stdout).not.toContain("kafkajs");
    const engine = engineFor("elasticsearch", stack.esUrl);
    expect((await engine.listIndices(base)).map((i) => i.name)).toHaveLength(1);
  });
});

describe("an unreachable database", () => {
  it("migrate-db: exit 1 naming PostgreSQL's address, each hint once, nothing changed", async () => {
    const port = await closedPort();
    const env = { DATABASE_URL: `postgresql://cutover:not-the-password@127.0.0.1:${port}/cutover` };
    const config = join(EXAMPLES, "spectate-three-albs.yml");

    const run = await cli(["migrate-db", "--config", config], env);
    expectPlainFailure(run, new RegExp(`PostgreSQL at 127\\.0\\.0\\.1:${port}`));
    expect(run.stderr).toContain("Nothing had been changed yet.");
    expect(run.stderr).not.toContain("not-the-password");
    // the advice is given once, not once by the connection and again by the command
    expect(run.stderr.match(/check the host/g)).toHaveLength(1);

    const json = await cli(["migrate-db", "--config", config, "--json"], env);
    expect(json.code).toBe(1);
    expect(json.json?.error?.message).toContain(`PostgreSQL at 127.0.0.1:${port}`);
  });
});
