import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { buildDag } from "../../src/flink/pipeline/dag.js";
import { buildPipeline, type Pipeline } from "../../src/flink/pipeline/pipeline.js";
import { detectChanges, type ChangeInput } from "../../src/flink/plan/changes.js";
import { mermaidGraph, mermaidLabel } from "../../src/flink/plan/mermaid.js";
import { planFromFiles, type FlinkPlanOptions } from "../../src/flink/plan/plan-from-files.js";
import { renderFlinkPlan } from "../../src/flink/plan/render-plan.js";
import { toMarkdown } from "../../src/report/report.js";

const FIXTURES = join(import.meta.dirname, "..", "fixtures", "flink");
const OPTIONS: FlinkPlanOptions = {
  defaults: { catalog: undefined, database: undefined },
  versioning: { suffix: "_v{n}" },
  replay: { from: "earliest", stateless: "replay" },
  maxLag: 500,
};

/** A fixture's files as the loader keys them (the test reads them directly: no fs in the planner). */
function fixture(name: string): Map<string, string> {
  const root = join(FIXTURES, name);
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

const modified = (...paths: string[]): ChangeInput => ({ from: "git", files: paths.map((path) => ({ path, status: "modified" })) });
const summary = (name: string, changes: ChangeInput, options = OPTIONS) => {
  const { plan } = planFromFiles(fixture(name), changes, options);
  return plan.tables.map(
    (t) => `${t.id}: ${t.status}${t.green ? ` ${t.blue ?? "-"} -> ${t.green}` : ""}${t.startFrom ? ` from ${t.startFrom.kind}` : ""}`,
  );
};

function inputProblems(run: () => unknown): readonly string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error.problems;
    throw error;
  }
  throw new Error("expected an InputError");
}

describe("Flink release plan on seed 001's Figure 4: an intermediate statement changed", () => {
  it("redeploys the intermediate, its fact and the view; sources and the sibling are untouched", () => {
    expect(summary("fig4", modified("intermediates/int_sometable/dml.sql"))).toEqual([
      "src_a: unchanged",
      "src_b: unchanged",
      "src_c: unchanged",
      "int_sometable: changed int_sometable -> int_sometable_v2 from earliest",
      "int_table_name: unchanged",
      "fact_table_name: descendant fact_table_name_v1 -> fact_table_name_v2 from earliest",
      "v_fact: descendant v_fact -> v_fact_v2",
    ]);
  }, 60_000);

  it("orders the steps: DDL before DML, sources before consumers, then the switch", () => {
    const { plan } = planFromFiles(fixture("fig4"), modified("intermediates/int_sometable/dml.sql"), OPTIONS);
    expect(plan.steps).toEqual([
      {
        kind: "create-table",
        table: "int_sometable",
        name: "int_sometable_v2",
        statement: "ddl.int_sometable",
        file: "intermediates/int_sometable/ddl.sql",
      },
      {
        kind: "create-table",
        table: "fact_table_name",
        name: "fact_table_name_v2",
        statement: "ddl.fact_table_name",
        file: "facts/fact_table_name/ddl.sql",
      },
      { kind: "create-view", table: "v_fact", name: "v_fact_v2", statement: "ddl.v_fact", file: "views/v_fact/ddl.sql" },
      {
        kind: "start-statement",
        table: "int_sometable",
        name: "int_sometable_v2",
        statement: "dml.int_sometable",
        file: "intermediates/int_sometable/dml.sql",
        startFrom: { kind: "earliest" },
        stateful: true,
      },
      {
        kind: "start-statement",
        table: "fact_table_name",
        name: "fact_table_name_v2",
        statement: "dml.fact_table_name",
        file: "facts/fact_table_name/dml.sql",
        startFrom: { kind: "earliest" },
        stateful: true,
      },
      { kind: "wait-for-catch-up", statements: ["dml.int_sometable", "dml.fact_table_name"], maxLag: 500 },
      { kind: "stop-statement", table: "int_sometable", name: "int_sometable", statement: "dml.int_sometable" },
      { kind: "stop-statement", table: "fact_table_name", name: "fact_table_name_v1", statement: "dml.fact_table_name" },
    ]);
    expect(plan.problems).toEqual([]);
    expect(plan.switchOver).toEqual([{ blue: "v_fact", green: "v_fact_v2" }]);
    expect(plan.externalInputs.map((x) => `${x.display} <- ${x.readBy.join(",")}`)).toEqual([
      "raw_a <- src_a",
      "raw_b <- src_b",
      "raw_c <- src_c",
    ]);
  });

  it("says why: the join's state is rebuilt because its input restarts", () => {
    const { plan } = planFromFiles(fixture("fig4"), modified("intermediates/int_sometable/dml.sql"), OPTIONS);
    const fact = plan.tables.find((t) => t.id === "fact_table_name")!;
    expect(fact.reasons).toEqual(["reads int_sometable, which gets a new version (int_sometable_v2)"]);
    expect(fact.startReason).toBe(
      "joins int_sometable_v2, whose rows restart from the beginning: its join state must be rebuilt from earliest",
    );
    expect(plan.tables.find((t) => t.id === "int_sometable")!.startReason).toBe(
      "its logic changed and it keeps join state: rebuilt from earliest",
    );
  });

  it("rewrites the DDL and DML byte for byte but the names (and the topic named after the table)", () => {
    const files = fixture("fig4");
    const { plan } = planFromFiles(files, modified("intermediates/int_sometable/dml.sql"), OPTIONS);
    const text = (path: string) => plan.rewrites.find((r) => r.path === path)!.text;
    expect(text("facts/fact_table_name/dml.sql")).toBe(
      "--- DML Fact table\nINSERT INTO fact_table_name_v2\nSELECT s.id, s.a_value, s.b_value, t.c_value\nFROM int_sometable_v2 s\nJOIN int_table_name t ON s.id = t.id;\n",
    );
    expect(text("views/v_fact/ddl.sql")).toBe(
      "CREATE VIEW v_fact_v2 AS\nSELECT id, a_value, c_value FROM fact_table_name_v2 WHERE a_value IS NOT NULL;\n",
    );
    expect(text("intermediates/int_sometable/ddl.sql")).toBe(
      files
        .get("intermediates/int_sometable/ddl.sql")!
        .replace("EXISTS int_sometable (", "EXISTS int_sometable_v2 (")
        .replace("'topic' = 'int_sometable'", "'topic' = 'int_sometable_v2'"),
    );
    expect(plan.rewrites.map((r) => r.path)).toEqual([
      "intermediates/int_sometable/ddl.sql",
      "intermediates/int_sometable/dml.sql",
      "facts/fact_table_name/ddl.sql",
      "facts/fact_table_name/dml.sql",
      "views/v_fact/ddl.sql",
    ]);
  });
});

describe("Flink release plan on seed 001's Figure 5: schema evolution at a source", () => {
  it("gives everything downstream of the source statement a new version", () => {
    expect(summary("fig5", modified("src_orders/ddl.sql", "src_orders/dml.sql"))).toEqual([
      "src_orders: changed src_orders -> src_orders_v2 from earliest",
      "int_orders_eur: descendant int_orders_eur_v3 -> int_orders_eur_v4 from earliest",
      "fct_customer_revenue: descendant fct_customer_revenue -> fct_customer_revenue_v2 from earliest",
      "v_top_customers: descendant v_top_customers -> v_top_customers_v2",
    ]);
  });

  it("flags the stateful statements and why each replays", () => {
    const { plan } = planFromFiles(fixture("fig5"), modified("src_orders/dml.sql"), OPTIONS);
    expect(plan.tables.map((t) => [t.id, t.state.map((s) => s.kind), t.startReason])).toEqual([
      ["src_orders", ["deduplication"], "its logic changed and it keeps deduplication state: rebuilt from earliest"],
      [
        "int_orders_eur",
        [],
        "reads src_orders_v2, whose rows restart from the beginning: stateless, but its new table needs every row, so it reads from earliest",
      ],
      [
        "fct_customer_revenue",
        ["aggregation"],
        "aggregates int_orders_eur_v4, whose rows restart from the beginning: its aggregation state must be rebuilt from earliest",
      ],
      ["v_top_customers", [], undefined],
    ]);
  });

  it("rewrites Confluent Cloud's form (no WITH, DISTRIBUTED BY) exactly", () => {
    const { plan } = planFromFiles(fixture("fig5"), modified("src_orders/dml.sql"), OPTIONS);
    expect(plan.rewrites.find((r) => r.path === "int_orders_eur/dml.sql")!.text).toBe(
      "INSERT INTO int_orders_eur_v4\nSELECT order_id, customer_id, CAST(amount * 0.92 AS DECIMAL(10, 2)) AS amount_eur, order_ts\nFROM src_orders_v2\nWHERE currency IN ('USD', 'EUR');\n",
    );
    expect(plan.rewrites.find((r) => r.path === "src_orders/ddl.sql")!.text).toContain("CREATE TABLE src_orders_v2 (\n");
    expect(plan.rewrites.find((r) => r.path === "src_orders/dml.sql")!.text).toContain("FROM `raw`.`orders_cdc`\n");
  });

  it("with a replay timestamp, every replay starts there", () => {
    const options = { ...OPTIONS, replay: { from: { timestamp: "2026-01-01T00:00:00Z" }, stateless: "replay" as const } };
    const { plan } = planFromFiles(fixture("fig5"), modified("src_orders/dml.sql"), options);
    expect(plan.tables.filter((t) => t.startFrom).map((t) => t.startFrom)).toEqual([
      { kind: "timestamp", at: "2026-01-01T00:00:00Z" },
      { kind: "timestamp", at: "2026-01-01T00:00:00Z" },
      { kind: "timestamp", at: "2026-01-01T00:00:00Z" },
    ]);
  });
});

describe("Flink release plan on a five-level pipeline (temporal join, window TVF, CTE, view)", () => {
  it("redeploys the changed join and everything below it, not the other branch", () => {
    expect(summary("deep", modified("int_clicks_enriched/dml.sql"))).toEqual([
      "src_clicks: unchanged",
      "src_users: unchanged",
      "int_clicks_enriched: changed int_clicks_enriched_v1 -> int_clicks_enriched_v2 from earliest",
      "int_clicks_per_minute: descendant int_clicks_per_minute -> int_clicks_per_minute_v2 from earliest",
      "fct_country_activity: descendant fct_country_activity -> fct_country_activity_v2 from earliest",
      "int_users_by_country: unchanged",
      "v_country_activity: descendant v_country_activity -> v_country_activity_v2",
    ]);
  });

  it("the window's source inside TUMBLE(TABLE ...) is rewritten", () => {
    const { plan } = planFromFiles(fixture("deep"), modified("int_clicks_enriched/dml.sql"), OPTIONS);
    expect(plan.rewrites.find((r) => r.path === "int_clicks_per_minute/dml.sql")!.text).toContain(
      "TUMBLE(TABLE int_clicks_enriched_v2, DESCRIPTOR(click_ts), INTERVAL '1' MINUTES)",
    );
    expect(plan.tables.find((t) => t.id === "int_clicks_per_minute")!.startReason).toBe(
      "windows int_clicks_enriched_v2, whose rows restart from the beginning: its window and aggregation state must be rebuilt from earliest",
    );
  });

  it("a stateless change whose inputs keep their versions may start at blue's offsets when configured", () => {
    const options = { ...OPTIONS, replay: { from: "earliest" as const, stateless: "blue-offsets" as const } };
    expect(summary("deep", modified("src_clicks/dml.sql"), options).slice(0, 3)).toEqual([
      "src_clicks: changed src_clicks -> src_clicks_v2 from blue-offsets",
      "src_users: unchanged",
      "int_clicks_enriched: descendant int_clicks_enriched_v1 -> int_clicks_enriched_v2 from earliest",
    ]);
  });
});

describe("Flink release plan on shift_left's folder layout", () => {
  it("finds table folders at any depth, ignores tests and Makefiles", () => {
    const { plan } = planFromFiles(
      fixture("shift_left/pipelines"),
      modified("intermediates/int_customers/sql-scripts/dml.int_customers.sql", "sources/src_customers/tests/insert_customers_1.sql"),
      OPTIONS,
    );
    expect(plan.tables.map((t) => `${t.id}: ${t.status} ${t.green ?? ""}`.trim())).toEqual([
      "src_customers: unchanged",
      "int_customers: changed int_customers_v3",
      "fct_customers_by_domain: descendant fct_customers_by_domain_v2",
    ]);
    expect(plan.changeNotes).toEqual([
      "sources/src_customers/tests/insert_customers_1.sql is not a DDL or DML file of a table folder: ignored",
    ]);
    expect(plan.externalInputs.map((x) => x.display)).toEqual(["`prod-env`.`cdc-cluster`.customers"]);
  });
});

describe("changes from content hashes", () => {
  const pipelineOf = (name: string): Pipeline => buildPipeline(fixture(name), OPTIONS);

  it("nothing changed when every deployed hash matches; a reformatted file still matches", () => {
    const pipeline = pipelineOf("fig4");
    const deployed = new Map(
      pipeline.tables.flatMap((t) => [t.ddl, t.dml].filter((f) => f !== undefined).map((f) => [f.statement, f.hash] as const)),
    );
    expect([...detectChanges(pipeline, { from: "hashes", deployed }).tables.keys()]).toEqual([]);
    const files = fixture("fig4");
    files.set(
      "facts/fact_table_name/dml.sql",
      "-- reformatted\ninsert into fact_table_name_v1 select s.id, s.a_value, s.b_value, t.c_value\n from int_sometable s join int_table_name t on s.id = t.id",
    );
    const reformatted = buildPipeline(files, OPTIONS);
    expect([...detectChanges(reformatted, { from: "hashes", deployed }).tables.keys()]).toEqual([]);
    // a version bump the planner made is no change either
    files.set(
      "facts/fact_table_name/dml.sql",
      files.get("facts/fact_table_name/dml.sql")!.replace("int_sometable s", "int_sometable_v2 s"),
    );
    expect([...detectChanges(buildPipeline(files, OPTIONS), { from: "hashes", deployed }).tables.keys()]).toEqual([]);
  });

  it("a logic change, a statement not deployed, a whole table not deployed, a deployed statement with no file", () => {
    const pipeline = pipelineOf("fig4");
    const deployed = new Map(
      pipeline.tables.flatMap((t) => [t.ddl, t.dml].filter((f) => f !== undefined).map((f) => [f.statement, f.hash] as const)),
    );
    deployed.set("dml.int_sometable", "0".repeat(32));
    deployed.delete("dml.src_b");
    deployed.delete("ddl.v_fact");
    deployed.set("dml.retired", "1".repeat(32));
    const changes = detectChanges(pipeline, { from: "hashes", deployed });
    expect(Object.fromEntries(changes.tables)).toEqual({
      src_b: { status: "changed", reasons: ["dml.src_b not deployed yet"] },
      int_sometable: {
        status: "changed",
        reasons: [
          `dml.int_sometable: intermediates/int_sometable/dml.sql hashes to ${pipeline.tables.find((t) => t.id === "int_sometable")!.dml!.hash}, the deployed statement to ${"0".repeat(32)}`,
        ],
      },
      v_fact: { status: "new", reasons: ["ddl.v_fact not deployed yet"] },
    });
    expect(changes.notes).toEqual([
      "deployed statement dml.retired has no file in the pipeline: left running; stop it by hand if it is retired",
    ]);
  });
});

describe("the pipeline's graph", () => {
  const files = (entries: Record<string, string>) => new Map(Object.entries(entries));

  it("a cycle is exit 2, named", () => {
    const cyclic = files({
      "a/ddl.sql": "CREATE TABLE a (x INT);",
      "a/dml.sql": "INSERT INTO a SELECT x FROM c;",
      "b/ddl.sql": "CREATE TABLE b (x INT);",
      "b/dml.sql": "INSERT INTO b SELECT x FROM a;",
      "c/ddl.sql": "CREATE TABLE c (x INT);",
      "c/dml.sql": "INSERT INTO c SELECT x FROM b;",
    });
    expect(inputProblems(() => buildDag(buildPipeline(cyclic, OPTIONS)))).toEqual(["a cycle: a → b → c → a"]);
  });

  it("two statements writing one table, a DML with no INSERT, an empty DDL, a DML writing another table", () => {
    expect(
      inputProblems(() =>
        buildDag(
          buildPipeline(
            files({
              "a/ddl.sql": "CREATE TABLE a (x INT);",
              "a/dml.sql": "INSERT INTO a SELECT x FROM raw_in;",
              "b/ddl.sql": "CREATE TABLE b (x INT);",
              "b/dml.sql": "EXECUTE STATEMENT SET BEGIN INSERT INTO b SELECT x FROM raw_in; INSERT INTO a SELECT x FROM raw_in; END;",
            }),
            OPTIONS,
          ),
        ),
      ),
    ).toEqual([
      "a is written by two statements: a/dml.sql and b/dml.sql; a table written by two statements cannot get a new version one statement at a time",
    ]);
    expect(
      inputProblems(() =>
        buildPipeline(
          files({
            "a/ddl.sql": "CREATE TABLE a (x INT);",
            "a/dml.sql": "SET 'table.exec.state.ttl' = '1 h';",
            "b/ddl.sql": "-- nothing yet\n",
            "c/ddl.sql": "CREATE TABLE c (x INT);",
            "c/dml.sql": "INSERT INTO d SELECT x FROM raw_in;",
          }),
          OPTIONS,
        ),
      ),
    ).toEqual([
      "a/dml.sql: has no INSERT INTO; a DML file inserts into its folder's table",
      "b/ddl.sql: holds no SQL statement (only whitespace or comments)",
      "c/dml.sql: inserts into d, not c, the table its DDL creates",
    ]);
  });

  it("names are compared case-sensitively, as Flink does, and completed with the current catalog and database", () => {
    const pipeline = buildPipeline(
      files({
        "a/ddl.sql": "CREATE TABLE a (x INT);",
        "a/dml.sql": "INSERT INTO a SELECT x FROM raw_in;",
        "b/ddl.sql": "CREATE TABLE b (x INT);",
        "b/dml.sql": "INSERT INTO b SELECT x FROM A JOIN `env`.`cluster`.`a` AS q ON TRUE;",
      }),
      { ...OPTIONS, defaults: { catalog: "env", database: "cluster" } },
    );
    const dag = buildDag(pipeline);
    expect(dag.parents.get("b")).toEqual(["a"]);
    expect(dag.externals.map((x) => x.display)).toEqual(["A", "raw_in"]);
  });
});

describe("Mermaid graph", () => {
  it("quotes and escapes labels: no quote, markup, link or HTML from a table name", () => {
    expect(mermaidLabel('evil"]:::x\nclick t0 "javascript:alert(1)" <b>`md`</b> #1;')).toBe(
      '"evil#34;#93;:::x click t0 #34;javascript:alert(1)#34; #60;b#62;#96;md#96;#60;/b#62; #35;1#59;"',
    );
  });

  it("marks changed, descendant, stateful, unchanged and external tables", () => {
    const { plan, dag } = planFromFiles(fixture("fig5"), modified("src_orders/dml.sql"), OPTIONS);
    expect(mermaidGraph(plan, dag).split("\n").slice(0, 12)).toEqual([
      "flowchart LR",
      '  x0[("raw.orders_cdc")]:::external',
      "  x0 --> t0",
      '  t0["src_orders → src_orders_v2 (stateful: deduplication)"]:::changed',
      "  class t0 stateful",
      '  t1["int_orders_eur_v3 → int_orders_eur_v4"]:::descendant',
      '  t2["fct_customer_revenue → fct_customer_revenue_v2 (stateful: aggregation)"]:::descendant',
      "  class t2 stateful",
      '  t3("v_top_customers → v_top_customers_v2 (view)"):::descendant',
      "  t0 --> t1",
      "  t1 --> t2",
      "  t2 --> t3",
    ]);
    expect(toMarkdown(renderFlinkPlan(plan, dag))).toContain("```mermaid\nflowchart LR\n");
  });
});

describe("changes as the backend sees them", () => {
  const pipeline = () => buildPipeline(fixture("fig4"), OPTIONS);

  it("a file git says changed, deployed with its hash already, is no change (a rerun, or a plan after the deploy)", () => {
    const p = pipeline();
    const file = p.tables.find((t) => t.id === "int_sometable")!.dml!;
    const changes = detectChanges(p, {
      from: "git",
      files: [{ path: file.path, status: "modified" }],
      deployed: new Map([[file.statement, file.hash]]),
    });
    expect(changes.tables.size).toBe(0);
    expect(changes.notes).toEqual([`${file.path} changed in git, and is deployed as it is now (dml.int_sometable): nothing to do for it`]);
    const other = detectChanges(p, {
      from: "git",
      files: [{ path: file.path, status: "modified" }],
      deployed: new Map([[file.statement, "old"]]),
    });
    expect([...other.tables.keys()]).toEqual(["int_sometable"]);
  });

  it("a deployed statement that reads a version no longer in service must follow, whatever its hash", () => {
    const p = pipeline();
    const hashes = new Map(
      p.tables.flatMap((t) => [t.ddl, t.dml].filter((f) => f !== undefined).map((f) => [f.statement, f.hash] as const)),
    );
    const changes = detectChanges(p, {
      from: "hashes",
      deployed: hashes,
      stale: new Map([["dml.fact_table_name", "reads int_sometable"]]),
    });
    expect(changes.tables.get("fact_table_name")).toEqual({ status: "changed", reasons: ["dml.fact_table_name: reads int_sometable"] });
    expect(changes.tables.size).toBe(1);
  });
});
