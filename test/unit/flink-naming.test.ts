import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { flinkSchema } from "../../src/flink/config-schema.js";
import { parseNameStatus } from "../../src/flink/pipeline/git-changed-files.js";
import { classifySqlFile, tableFolders } from "../../src/flink/pipeline/layout.js";
import { loadPipelineFiles } from "../../src/flink/pipeline/load-pipeline.js";
import { planFromFiles, type FlinkPlanOptions } from "../../src/flink/plan/plan-from-files.js";
import { rewriteTableNames } from "../../src/flink/plan/rewrite.js";
import { nextVersionName, parseVersionedName, suffixProblem } from "../../src/flink/plan/version-name.js";
import { parseFlinkSql } from "../../src/flink/sql/parse-sql.js";
import { tableKey } from "../../src/flink/sql/table-name.js";

const RULE = { suffix: "_v{n}" };
const OPTIONS: FlinkPlanOptions = {
  defaults: { catalog: undefined, database: undefined },
  versioning: RULE,
  replay: { from: "earliest", stateless: "replay" },
  maxLag: 0,
};

describe("version names", () => {
  it("bumps _vN, appends _v2 to a name without a suffix", () => {
    expect(nextVersionName("int_orders_v1", RULE)).toBe("int_orders_v2");
    expect(nextVersionName("int_orders_v9", RULE)).toBe("int_orders_v10");
    expect(nextVersionName("int_orders", RULE)).toBe("int_orders_v2");
    expect(nextVersionName("_v3", RULE)).toBe("_v3_v2"); // no base name: not a version
    expect(nextVersionName("orders_v0", RULE)).toBe("orders_v0_v2"); // versions start at 1
    expect(parseVersionedName("a_v2_v7", RULE)).toEqual({ base: "a_v2", version: 7 });
  });

  it("follows a configured suffix", () => {
    expect(nextVersionName("orders__3", { suffix: "__{n}" })).toBe("orders__4");
    expect(nextVersionName("orders", { suffix: "-v{n}-green" })).toBe("orders-v2-green");
    expect(nextVersionName("orders-v2-green", { suffix: "-v{n}-green" })).toBe("orders-v3-green");
    expect(suffixProblem("_v")).toBe("must contain {n} exactly once (got '_v'), as in _v{n}");
    expect(suffixProblem("{n}")).toMatch(/^must have fixed text around \{n\}/);
  });
});

describe("pipeline layout", () => {
  it("accepts the simple and shift_left forms, nothing else", () => {
    expect(classifySqlFile("a/b/orders/ddl.sql")).toEqual({ dir: "a/b/orders", kind: "ddl" });
    expect(classifySqlFile("facts/fct/sql-scripts/dml.fct.sql")).toEqual({ dir: "facts/fct", kind: "dml" });
    expect(classifySqlFile("ddl.sql")).toBeUndefined();
    expect(classifySqlFile("orders/tests/insert_1.sql")).toBeUndefined();
    expect(classifySqlFile("orders/sql-scripts/notes.sql")).toBeUndefined();
  });

  it("the loader reads the DDL and DML files only, keyed by forward-slash paths relative to the folder", async () => {
    const files = await loadPipelineFiles(join(import.meta.dirname, "..", "fixtures", "flink", "shift_left", "pipelines"));
    expect([...files.keys()]).toEqual([
      "facts/fct_customers_by_domain/sql-scripts/ddl.fct_customers_by_domain.sql",
      "facts/fct_customers_by_domain/sql-scripts/dml.fct_customers_by_domain.sql",
      "intermediates/int_customers/sql-scripts/ddl.int_customers.sql",
      "intermediates/int_customers/sql-scripts/dml.int_customers.sql",
      "sources/src_customers/sql-scripts/ddl.src_customers.sql",
      "sources/src_customers/sql-scripts/dml.src_customers.sql",
    ]);
    await expect(loadPipelineFiles("/nonexistent/pipeline")).rejects.toThrow(
      "flink.pipeline: the folder /nonexistent/pipeline does not exist",
    );
  });

  it("reports duplicate folder ids and two DDLs in one folder", () => {
    const { problems } = tableFolders(["x/orders/ddl.sql", "y/orders/ddl.sql", "z/t/ddl.sql", "z/t/sql-scripts/ddl.t.sql"]);
    expect(problems).toEqual([
      "y/orders: the table folder name 'orders' is also used by x/orders; folder names are statement ids and must be unique",
      "z/t: 2 DDL files (z/t/ddl.sql, z/t/sql-scripts/ddl.t.sql); expected one",
    ]);
  });
});

describe("table keys", () => {
  it("compare exactly, complete with the current catalog and database, and cannot collide through dots", () => {
    const d = { catalog: "env", database: "kafka" };
    expect(tableKey(["t"], d)).toBe(tableKey(["env", "kafka", "t"], d));
    expect(tableKey(["T"], d)).not.toBe(tableKey(["t"], d));
    expect(tableKey(["a.b", "c"], d)).not.toBe(tableKey(["a", "b.c"], d));
  });
});

describe("rewrite by token positions", () => {
  it("keeps quotes, qualifiers, comments and every other byte", () => {
    const text =
      "/* keep `me` */ INSERT INTO `cat`.`db`.`my table_v1`\n  SELECT * FROM cat.db.src_v1 s -- src_v1 in a comment\n  JOIN src_v1 AS t ON s.id = t.id;";
    const parsed = parseFlinkSql(text, "x.sql");
    const out = rewriteTableNames(text, parsed, (ref) => {
      const last = ref.parts[ref.parts.length - 1]!.value;
      return last === "my table_v1" ? "my table_v2" : last === "src_v1" ? "src_v2" : undefined;
    });
    expect(out).toBe(
      "/* keep `me` */ INSERT INTO `cat`.`db`.`my table_v2`\n  SELECT * FROM cat.db.src_v2 s -- src_v1 in a comment\n  JOIN src_v2 AS t ON s.id = t.id;",
    );
  });

  it("takes blue's name from the deployed statements when a backend knows it, and a version bumped by hand", () => {
    const files = new Map([
      ["a/ddl.sql", "CREATE TABLE a_v3 (x INT);"],
      ["a/dml.sql", "INSERT INTO a_v3 SELECT x FROM raw_in;"],
      ["b/ddl.sql", "CREATE TABLE b (x INT);"],
      ["b/dml.sql", "INSERT INTO b SELECT x FROM a_v3;"],
    ]);
    const changes = { from: "git" as const, files: [{ path: "a/dml.sql", status: "modified" as const }] };
    // a_v3 in the files, a_v2 deployed: the engineer bumped it already; b was deployed as b_v4
    const { plan } = planFromFiles(files, changes, {
      ...OPTIONS,
      deployedNames: new Map([
        ["a", "a_v2"],
        ["b", "b_v4"],
      ]),
    });
    expect(plan.tables.map((t) => `${t.id}: ${t.blue} -> ${t.green}`)).toEqual(["a: a_v2 -> a_v3", "b: b_v4 -> b_v5"]);
    expect(plan.rewrites.map((r) => r.text)).toEqual([
      "CREATE TABLE a_v3 (x INT);",
      "INSERT INTO a_v3 SELECT x FROM raw_in;",
      "CREATE TABLE b_v5 (x INT);",
      "INSERT INTO b_v5 SELECT x FROM a_v3;",
    ]);
  });

  it("a Kafka topic that is not the table's name is a plan problem (green and blue would share it)", () => {
    const files = new Map([
      ["a/ddl.sql", "CREATE TABLE a (x INT) WITH ('connector' = 'kafka', 'topic' = 'orders');"],
      ["a/dml.sql", "INSERT INTO a SELECT x FROM raw_in;"],
    ]);
    const { plan } = planFromFiles(files, { from: "git", files: [{ path: "a/dml.sql", status: "modified" }] }, OPTIONS);
    expect(plan.problems).toEqual([
      "a/ddl.sql: 'topic' = 'orders' is not the table's name, so a_v2 would write to the topic a writes; name the topic after the table, or give it a new version by hand",
    ]);
  });

  it("a new table is created as written and starts from earliest; nothing is stopped", () => {
    const files = new Map([
      ["a/ddl.sql", "CREATE TABLE a (x INT);"],
      ["a/dml.sql", "INSERT INTO a SELECT x FROM raw_in;"],
    ]);
    const { plan } = planFromFiles(files, { from: "hashes", deployed: new Map() }, OPTIONS);
    expect(plan.steps.map((s) => s.kind)).toEqual(["create-table", "start-statement"]);
    expect(plan.tables[0]).toMatchObject({
      status: "new",
      blue: undefined,
      green: "a",
      startReason: "a new table: reads its inputs from earliest",
    });
  });
});

describe("git adapter output", () => {
  it("parses --name-status -z, odd names whole", () => {
    expect(parseNameStatus("M\0a/dml.sql\0A\0b c/ddl.sql\0D\0x\ny/ddl.sql\0")).toEqual([
      { path: "a/dml.sql", status: "modified" },
      { path: "b c/ddl.sql", status: "added" },
      { path: "x\ny/ddl.sql", status: "deleted" },
    ]);
  });
});

describe("flink config section", () => {
  const backend = {
    type: "confluent",
    url: "https://flink.eu-west-1.aws.confluent.cloud",
    organizationId: "0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d",
    environmentId: "env-a1b2c3",
    computePoolId: "lfcp-x9y8z7",
    apiKey: "KEY123",
    apiSecret: "s".repeat(24),
  };

  it("fills the defaults", () => {
    expect(flinkSchema.parse({ pipeline: "pipelines", backend: { type: "gateway", url: "http://gateway:8083" } })).toEqual({
      pipeline: "pipelines",
      backend: { type: "gateway", url: "http://gateway:8083", properties: {} },
      versioning: { suffix: "_v{n}" },
      changes: { from: "hashes" },
      replay: { from: "earliest", stateless: "replay" },
      maxLag: 1000,
      stateTopic: "cutover.flink-gateway.state",
      timeouts: { start: 600_000, stop: 300_000, ddl: 300_000 },
    });
    // from ${VAR}, a number and a duration arrive as text
    expect(flinkSchema.parse({ pipeline: "p", backend, maxLag: "250", timeouts: { start: "2m" } })).toMatchObject({
      maxLag: 250,
      timeouts: { start: 120_000, stop: 300_000 },
    });
    expect(flinkSchema.parse({ pipeline: "p", backend, changes: { from: "git", base: "origin/main" } }).changes).toEqual({
      from: "git",
      base: "origin/main",
    });
  });

  it("names the key and the expected form", () => {
    const result = flinkSchema.safeParse({
      pipeline: "p",
      backend: { ...backend, environmentId: "prod", apiSecret: "abc" },
      versioning: { suffix: "_v" },
      replay: { from: "yesterday" },
      maxLag: -1,
      extra: true,
    });
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`).sort();
    expect(issues).toEqual([
      ': Unrecognized key: "extra"',
      "backend.apiSecret: apiSecret must be at least 4 characters (a shorter secret would be masked all over the log)",
      "backend.environmentId: environmentId must look like env-xxxxxx",
      "maxLag: maxLag must be 0 or more",
      "replay.from: must be an ISO 8601 timestamp such as 2026-01-31T00:00:00Z",
      "versioning.suffix: must contain {n} exactly once (got '_v'), as in _v{n}",
    ]);
  });
});
