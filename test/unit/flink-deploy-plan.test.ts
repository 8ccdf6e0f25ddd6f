/**
 * What `--phase deploy` does, planned from seed 001's Figure 4 against statements "deployed" in
 * memory: the first release, a changed intermediate with its descendants, start positions,
 * sources and topics, and reruns (done, a FAILED attempt replaced, a STOPPED version refused).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { tableFolders } from "../../src/flink/pipeline/layout.js";
import { planFromFiles, type FlinkPlanOptions } from "../../src/flink/plan/plan-from-files.js";
import { deployedFacts, planDeploy, type DeployAction } from "../../src/flink/release/deploy-plan.js";
import { readDeployed } from "../../src/flink/release/deployed.js";
import { LABEL, statementName } from "../../src/flink/release/names.js";
import type { StatementInfo, StatementPhase } from "../../src/flink/statement-port.js";

const P = "shop";
const OPTIONS: FlinkPlanOptions = {
  defaults: { catalog: undefined, database: undefined },
  versioning: { suffix: "_v{n}" },
  replay: { from: "earliest", stateless: "replay" },
  maxLag: 100,
};

function fixture(name: string): Map<string, string> {
  const root = join(import.meta.dirname, "..", "fixtures", "flink", name);
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(root, path).split(sep).join("/"), readFileSync(path, "utf8"));
    }
  };
  walk(root);
  return files;
}

/** Deploys `files` in memory: what the first release leaves (every table v1, statements in `phase`). */
function deployedFrom(files: ReadonlyMap<string, string>, phase: StatementPhase = "RUNNING"): StatementInfo[] {
  const { pipeline } = planFromFiles(files, { from: "hashes", deployed: new Map() }, OPTIONS);
  return pipeline.tables.flatMap((table) =>
    [table.ddl, table.dml]
      .filter((file) => file !== undefined)
      .map((file) => ({
        name: statementName(P, file.kind, table.id, 1),
        phase: file.kind === "ddl" ? ("COMPLETED" as const) : phase,
        sql: file.text,
        contentHash: file.hash,
        labels: { [LABEL.project]: P, [LABEL.version]: "1", [LABEL.release]: "r1" },
        properties: {},
        sources: [],
        resumable: false,
      })),
  );
}

function plan(files: ReadonlyMap<string, string>, infos: readonly StatementInfo[], options: FlinkPlanOptions = OPTIONS) {
  const deployed = readDeployed(P, infos);
  const ids = tableFolders([...files.keys()]).folders.map((f) => f.id);
  const facts = deployedFacts(deployed, ids);
  const planned = planFromFiles(
    files,
    { from: "hashes", deployed: facts.hashes, stale: facts.stale },
    { ...options, deployedNames: facts.names },
  );
  return planDeploy({
    prefix: P,
    release: "r2",
    backend: "flink-sql-gateway",
    plan: planned.plan,
    dag: planned.dag,
    defaults: options.defaults,
    versioning: options.versioning,
    deployed,
    properties: { "execution.checkpointing.interval": "1s" },
  });
}

const names = (actions: readonly DeployAction[]) => actions.map((a) => (a.kind === "create-ddl" ? a.record.name : a.name));
const fig4 = fixture("fig4");
const changed = new Map(fig4).set(
  "intermediates/int_sometable/dml.sql",
  fig4.get("intermediates/int_sometable/dml.sql")!.replace("a.a_value", "UPPER(a.a_value) AS a_value"),
);

describe("deploy plan", () => {
  it("the first release creates every table and view, then starts every statement from earliest", () => {
    const first = plan(fig4, []);
    expect(first.refusals).toEqual([]);
    expect(first.actions.filter((a) => a.kind === "create-ddl")).toHaveLength(7);
    expect(first.actions.filter((a) => a.kind === "start-statement").map((a) => a.name)).toEqual([
      "shop-dml-src-a-v1",
      "shop-dml-src-b-v1",
      "shop-dml-src-c-v1",
      "shop-dml-int-sometable-v1",
      "shop-dml-int-table-name-v1",
      "shop-dml-fact-table-name-v1",
    ]);
  }, 60_000);

  it("a changed intermediate: its new version and its descendants', labelled, reading the new tables from the beginning", () => {
    const { actions, refusals, release } = plan(changed, deployedFrom(fig4));
    expect(refusals).toEqual([]);
    expect(release).toBe("r2");
    expect(names(actions)).toEqual([
      "shop-ddl-int-sometable-v2",
      "shop-ddl-fact-table-name-v2",
      "shop-ddl-v-fact-v2",
      "shop-dml-int-sometable-v2",
      "shop-dml-fact-table-name-v2",
    ]);
    const table = actions[0] as Extract<DeployAction, { kind: "create-ddl" }>;
    expect(table.sql).toContain("CREATE TABLE IF NOT EXISTS int_sometable_v2 (");
    expect(table.sql).not.toMatch(/;\s*$/);
    expect(table.record.topic).toEqual({ name: "int_sometable_v2", partitionsLike: "int_sometable" });
    expect(table.record.labels).toMatchObject({ [LABEL.version]: "2", [LABEL.replaces]: "1", [LABEL.release]: "r2" });

    const fact = actions.find((a) => a.kind === "start-statement" && a.table === "fact_table_name") as Extract<
      DeployAction,
      { kind: "start-statement" }
    >;
    expect(fact.sql).toContain("INSERT INTO fact_table_name_v2");
    expect(fact.sql).toContain("FROM int_sometable_v2 s");
    expect(fact.sources).toEqual([
      { table: "int_sometable_v2", topic: "int_sometable_v2" },
      { table: "int_table_name", topic: "int_table_name" },
    ]);
    expect(fact.start).toEqual({ kind: "earliest" });
    expect(fact.properties).toEqual({ "execution.checkpointing.interval": "1s" });
    expect(fact.labels).toMatchObject({ [LABEL.replaces]: "1" });
    expect(fact.labels[LABEL.readOutside]).toBeUndefined(); // a view reads it: its readers outside read the view
    expect(fact.stateful).toBe(true);
  }, 60_000);

  it("a stateless change whose inputs keep their versions starts at blue's offsets when the config says so", () => {
    const files = new Map(fig4).set(
      "intermediates/int_table_name/dml.sql",
      "INSERT INTO int_table_name SELECT id, LOWER(c_value) FROM src_c;",
    );
    const { actions } = plan(files, deployedFrom(fig4), { ...OPTIONS, replay: { from: "earliest", stateless: "blue-offsets" } });
    const statement = actions.find((a) => a.kind === "start-statement" && a.table === "int_table_name");
    expect(statement).toMatchObject({
      start: { kind: "carry-over", from: "shop-dml-int-table-name-v1" },
      startFrom: { kind: "blue-offsets" },
    });
  }, 60_000);

  it("a rerun skips what is in place, replaces a FAILED attempt, and refuses a version left STOPPED", () => {
    const first = plan(changed, deployedFrom(fig4));
    const made = first.actions.map((action): StatementInfo => ({
      name: action.kind === "create-ddl" ? action.record.name : action.name,
      phase: action.kind === "create-ddl" ? "COMPLETED" : action.table === "int_sometable" ? "RUNNING" : "FAILED",
      sql: action.sql,
      contentHash: action.kind === "create-ddl" ? action.record.contentHash : action.contentHash,
      labels: action.kind === "create-ddl" ? action.record.labels : action.labels,
      properties: {},
      sources: [],
      resumable: false,
    }));
    const rerun = plan(changed, [...deployedFrom(fig4), ...made]);
    expect(names(rerun.actions)).toEqual(["shop-dml-fact-table-name-v2"]);
    expect(rerun.actions[0]).toMatchObject({ replaceFailed: true });
    // int_sometable_v2 runs: in service now, unchanged; the fact follows it, its table and the view are there already
    expect(rerun.done).toEqual([expect.stringContaining("fact_table_name_v2 exists"), expect.stringContaining("v_fact_v2 exists")]);

    const stopped = made.map((info) => (info.name === "shop-dml-fact-table-name-v2" ? { ...info, phase: "STOPPED" as const } : info));
    expect(plan(changed, [...deployedFrom(fig4), ...stopped]).refusals).toEqual([
      "shop-dml-fact-table-name-v2 exists, STOPPED: a release of this version was rolled back (or stopped by hand); run --phase cleanup to delete it, then deploy again",
    ]);
  }, 60_000);

  it("nothing to deploy once green runs: the files' hashes are the deployed ones", () => {
    const first = plan(changed, deployedFrom(fig4));
    const made = first.actions.map((action): StatementInfo => ({
      name: action.kind === "create-ddl" ? action.record.name : action.name,
      phase: action.kind === "create-ddl" ? "COMPLETED" : "RUNNING",
      sql: action.sql,
      contentHash: action.kind === "create-ddl" ? action.record.contentHash : action.contentHash,
      labels: action.kind === "create-ddl" ? action.record.labels : action.labels,
      properties: {},
      sources: [],
      resumable: false,
    }));
    const again = plan(changed, [...deployedFrom(fig4), ...made]);
    expect(again.actions).toEqual([]);
    expect(again.done).toEqual([]);
  }, 60_000);
});
