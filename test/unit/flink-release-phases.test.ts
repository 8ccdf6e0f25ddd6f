/**
 * The flink phases' planning on in-memory statements, as a backend lists them (no backend, no
 * Kafka): names and labels, the blue/green pairs read back, and what switch, rollback and cleanup
 * do from each state.
 */
import { describe, expect, it } from "vitest";
import { planCleanup } from "../../src/flink/release/cleanup-plan.js";
import { currentVersion, readDeployed } from "../../src/flink/release/deployed.js";
import { LABEL, labelValue, parseStatementName, statementName, tableKeyOf, withVersion } from "../../src/flink/release/names.js";
import { planRollback } from "../../src/flink/release/rollback-plan.js";
import { splitStatementText } from "../../src/flink/release/statement-text.js";
import { planSwitch, type GreenLag } from "../../src/flink/release/switch-plan.js";
import type { StatementInfo, StatementPhase } from "../../src/flink/statement-port.js";
import { foldLock } from "../../src/lock/kafka-lock-store.js";

const P = "shop";

let clock = 0;
/** A statement as a backend lists it; `replaces` and `release` go into the labels cutover writes. */
function statement(
  kind: "dml" | "ddl",
  id: string,
  version: number,
  phase: StatementPhase,
  extra: { replaces?: number; release?: string; sql?: string; resumable?: boolean; outside?: boolean } = {},
): StatementInfo {
  const table = version === 1 ? id : `${id}_v${version}`;
  return {
    name: statementName(P, kind, id, version),
    phase,
    sql: extra.sql ?? (kind === "ddl" ? `CREATE TABLE ${table} (id INT)` : `INSERT INTO ${table} SELECT * FROM src`),
    contentHash: `h-${kind}-${id}-${version}`,
    labels: {
      [LABEL.project]: P,
      [LABEL.version]: String(version),
      ...(extra.replaces ? { [LABEL.replaces]: String(extra.replaces) } : {}),
      ...(extra.release ? { [LABEL.release]: extra.release } : {}),
      ...(extra.outside ? { [LABEL.readOutside]: "true" } : {}),
    },
    properties: {},
    sources: [{ table: "src", topic: "src" }],
    resumable: extra.resumable ?? phase === "STOPPED",
    createdAt: new Date(++clock * 1000),
  };
}

/** Blue v1 and green v2 of int_orders, in the given phases (r2 made green); the DDL of both. */
function pairOf(id: string, blue: StatementPhase, green: StatementPhase, release = "r2"): StatementInfo[] {
  return [
    statement("ddl", id, 1, "COMPLETED", { release: "r1" }),
    statement("dml", id, 1, blue, { release: "r1" }),
    statement("ddl", id, 2, "COMPLETED", { release, replaces: 1 }),
    statement("dml", id, 2, green, { release, replaces: 1, outside: true }),
  ];
}

const lag = (total: number | undefined, problem?: string): GreenLag => ({
  total: total === undefined ? undefined : BigInt(total),
  ...(problem ? { problem } : {}),
});

describe("statement names and labels", () => {
  it("names blue and green of one table alike but for the version, and reads the name back", () => {
    expect(statementName("shop", "dml", "int_orders", 2)).toBe("shop-dml-int-orders-v2");
    expect(parseStatementName("shop", "shop-dml-int-orders-v2")).toEqual({ kind: "dml", key: "int-orders", version: 2 });
    expect(withVersion("shop-dml-int-orders-v2", 1)).toBe("shop-dml-int-orders-v1");
    expect(parseStatementName("shop", "other-dml-int-orders-v2")).toBeUndefined();
    expect(parseStatementName("shop", "shop-dml-int-orders")).toBeUndefined();
  });

  it("gives ids that lose something a hash of their own, so two never share a name, and keeps names within 100", () => {
    expect(tableKeyOf("Int_Orders")).not.toBe(tableKeyOf("int_orders"));
    expect(tableKeyOf("int orders")).toMatch(/^int-orders-[0-9a-f]{6}$/);
    const long = statementName("a".repeat(32), "dml", "x".repeat(300), 999_999_999);
    expect(long.length).toBeLessThanOrEqual(100);
    expect(parseStatementName("a".repeat(32), long)?.version).toBe(999_999_999);
  });

  it("makes label values short and plain", () => {
    expect(labelValue("v2.4.0")).toBe("v2.4.0");
    const odd = labelValue(`release/${"x".repeat(80)} ✓`);
    expect(odd).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]{0,61}[A-Za-z0-9]$/);
    expect(labelValue("a b")).not.toBe(labelValue("a  b"));
  });
});

describe("what is deployed, read back", () => {
  it("pairs green with the blue it replaces; the state follows from their phases", () => {
    const states = (blue: StatementPhase, green: StatementPhase) => readDeployed(P, pairOf("int_orders", blue, green)).pairs[0]?.state;
    expect(states("RUNNING", "RUNNING")).toBe("deployed");
    expect(states("STOPPED", "RUNNING")).toBe("switched");
    expect(states("RUNNING", "STOPPED")).toBe("rolled-back");
    expect(states("FAILED", "STOPPED")).toBe("other");
  });

  it("takes the running version as the one in service, and a view's newest that was not rolled back", () => {
    expect(currentVersion(readDeployed(P, pairOf("int_orders", "STOPPED", "RUNNING")), "int-orders")).toBe(2);
    expect(currentVersion(readDeployed(P, pairOf("int_orders", "RUNNING", "STOPPED")), "int-orders")).toBe(1);
    const views = [
      ...pairOf("int_orders", "RUNNING", "STOPPED"),
      statement("ddl", "v_orders", 1, "COMPLETED", { release: "r1" }),
      statement("ddl", "v_orders", 2, "COMPLETED", { release: "r2", replaces: 1 }),
    ];
    expect(currentVersion(readDeployed(P, views), "v-orders")).toBe(1);
  });

  it("lists statements it did not name as foreign, and never plans anything for them", () => {
    const deployed = readDeployed(P, [{ ...statement("dml", "x", 1, "RUNNING"), name: "hand-made" }]);
    expect(deployed.foreign).toEqual(["hand-made"]);
    expect(deployed.tables.size).toBe(0);
  });
});

describe("switch", () => {
  const deployed = readDeployed(P, [...pairOf("int_orders", "RUNNING", "RUNNING"), ...pairOf("fct_totals", "RUNNING", "RUNNING")]);

  it("stops every blue once every green is within maxLag, and says where readers move", () => {
    const plan = planSwitch(
      deployed,
      new Map([
        ["shop-dml-int-orders-v2", lag(3)],
        ["shop-dml-fct-totals-v2", lag(0)],
      ]),
      5,
      new Date(),
    );
    expect(plan.refusals).toEqual([]);
    expect(plan.stops).toEqual(["shop-dml-fct-totals-v1", "shop-dml-int-orders-v1"]);
    expect(plan.moves).toContainEqual({ blueTable: "int_orders", greenTable: "int_orders_v2", readOutside: true });
  });

  it("refuses the whole switch while one green lags by more than maxLag, or its lag cannot be read", () => {
    const plan = planSwitch(
      deployed,
      new Map([
        ["shop-dml-int-orders-v2", lag(6)],
        ["shop-dml-fct-totals-v2", lag(undefined, "no offsets yet")],
      ]),
      5,
      new Date(),
    );
    expect(plan.stops).toEqual([]);
    expect(plan.refusals).toEqual([
      "the lag of green shop-dml-fct-totals-v2 cannot be read (no offsets yet): blue shop-dml-fct-totals-v1 keeps running",
      "green shop-dml-int-orders-v2 is 6 records behind its input (flink.maxLag 5): blue shop-dml-int-orders-v1 keeps running until green has caught up; run the switch again later",
    ]);
  });

  it("refuses a green that is not RUNNING, and has nothing to do once blue is stopped", () => {
    const failing = readDeployed(P, pairOf("int_orders", "RUNNING", "FAILING"));
    expect(planSwitch(failing, new Map([["shop-dml-int-orders-v2", lag(0)]]), 5, new Date()).refusals[0]).toMatch(
      /is FAILING.*not RUNNING/,
    );
    const switched = readDeployed(P, pairOf("int_orders", "STOPPED", "RUNNING"));
    expect(planSwitch(switched, new Map(), 5, new Date())).toMatchObject({ stops: [], refusals: [] });
  });
});

describe("rollback", () => {
  it("resumes blue first, then stops green, and stops the new tables of that release too", () => {
    const infos = [...pairOf("int_orders", "STOPPED", "RUNNING"), statement("dml", "fct_new", 1, "RUNNING", { release: "r2" })];
    const plan = planRollback(readDeployed(P, infos));
    expect(plan).toMatchObject({
      release: "r2",
      resumes: ["shop-dml-int-orders-v1"],
      stops: ["shop-dml-int-orders-v2", "shop-dml-fct-new-v1"],
      refusals: [],
    });
    expect(plan.moves).toEqual([{ blueTable: "int_orders_v2", greenTable: "int_orders", readOutside: true }]);
  });

  it("only stops green when the release was not switched yet", () => {
    expect(planRollback(readDeployed(P, pairOf("int_orders", "RUNNING", "RUNNING")))).toMatchObject({
      resumes: [],
      stops: ["shop-dml-int-orders-v2"],
    });
  });

  it("undoes the latest release only", () => {
    const infos = [...pairOf("int_orders", "STOPPED", "RUNNING", "r2"), ...pairOf("fct_totals", "STOPPED", "RUNNING", "r3")];
    const plan = planRollback(readDeployed(P, infos));
    expect(plan.release).toBe("r3");
    expect(plan.resumes).toEqual(["shop-dml-fct-totals-v1"]);
    expect(plan.notes[0]).toContain("shop-dml-int-orders-v2 (release r2) is left as it is");
  });

  it("refuses a blue that cannot be resumed, and has nothing to do once cleanup deleted blue", () => {
    const failed = pairOf("int_orders", "STOPPED", "RUNNING").map((i) =>
      i.name === "shop-dml-int-orders-v1" ? { ...i, phase: "FAILED" as const, resumable: false } : i,
    );
    expect(planRollback(readDeployed(P, failed)).refusals[0]).toMatch(/blue shop-dml-int-orders-v1 is FAILED and not resumable/);
    const cleaned = pairOf("int_orders", "STOPPED", "RUNNING").filter((i) => !i.name.endsWith("-v1"));
    expect(planRollback(readDeployed(P, cleaned))).toMatchObject({ resumes: [], stops: [], refusals: [] });
  });
});

describe("cleanup", () => {
  it("after a switch: deletes blue's statement, drops its table and its record", () => {
    const plan = planCleanup(readDeployed(P, pairOf("int_orders", "STOPPED", "RUNNING")));
    expect(plan.steps).toEqual([
      {
        key: "int-orders",
        version: 1,
        statement: "shop-dml-int-orders-v1",
        ddlRecord: "shop-ddl-int-orders-v1",
        drop: "DROP TABLE IF EXISTS int_orders",
        object: "int_orders",
        why: "replaced by shop-dml-int-orders-v2 (switched)",
      },
    ]);
  });

  it("after a rollback: green goes, with the new tables and views of that release; views before tables", () => {
    const infos = [
      ...pairOf("int_orders", "RUNNING", "STOPPED"),
      statement("ddl", "fct_new", 1, "COMPLETED", { release: "r2" }),
      statement("dml", "fct_new", 1, "STOPPED", { release: "r2" }),
      statement("ddl", "v_orders", 1, "COMPLETED", { release: "r1", sql: "CREATE VIEW v_orders AS SELECT * FROM int_orders" }),
      statement("ddl", "v_orders", 2, "COMPLETED", {
        release: "r2",
        replaces: 1,
        sql: "CREATE VIEW v_orders_v2 AS SELECT * FROM int_orders_v2",
      }),
    ];
    const plan = planCleanup(readDeployed(P, infos));
    expect(plan.steps.map((s) => s.drop)).toEqual([
      "DROP VIEW IF EXISTS v_orders_v2",
      "DROP TABLE IF EXISTS fct_new",
      "DROP TABLE IF EXISTS int_orders_v2",
    ]);
  });

  it("touches nothing of a release waiting for its switch", () => {
    const infos = [
      ...pairOf("int_orders", "RUNNING", "RUNNING"),
      statement("ddl", "v_orders", 1, "COMPLETED", { release: "r1" }),
      statement("ddl", "v_orders", 2, "COMPLETED", { release: "r2", replaces: 1 }),
    ];
    const plan = planCleanup(readDeployed(P, infos));
    expect(plan.steps).toEqual([]);
    expect(plan.notes[0]).toContain("wait for their switch");
  });

  it("never drops a table a running statement reads, its own or another pipeline's", () => {
    const reader = {
      ...statement("dml", "audit", 1, "RUNNING"),
      name: "audit-job",
      labels: {},
      sql: "INSERT INTO audit SELECT * FROM int_orders",
    };
    const plan = planCleanup(readDeployed(P, pairOf("int_orders", "STOPPED", "RUNNING")), [reader]);
    expect(plan.steps).toEqual([]);
    expect(plan.kept).toEqual(["int_orders (shop-ddl-int-orders-v1) and its stopped statement are kept: audit-job reads it and runs"]);
  });
});

describe("cleanup reads what running statements read with the grammar", () => {
  const retired = () => pairOf("int_orders", "STOPPED", "RUNNING");
  const running = (id: string, sql: string) => statement("dml", id, 1, "RUNNING", { release: "r1", sql });
  const keptBy = (reader: StatementInfo) => planCleanup(readDeployed(P, [...retired(), reader]));

  it.each([
    ["a comma join after a subquery", "INSERT INTO fct_a SELECT * FROM (SELECT id FROM src) s, int_orders t WHERE s.id = t.id"],
    ["a comma join after LATERAL TABLE", "INSERT INTO fct_a SELECT * FROM src x, LATERAL TABLE(split(x.tags)) AS T(tag), int_orders o"],
    ["a CTE's body", "INSERT INTO fct_a WITH recent AS (SELECT * FROM int_orders WHERE id > 0) SELECT * FROM recent"],
    ["a temporal join", "INSERT INTO fct_a SELECT * FROM src s JOIN int_orders FOR SYSTEM_TIME AS OF s.ts AS o ON s.id = o.id"],
    [
      "a window TVF with named arguments",
      "INSERT INTO fct_a SELECT window_start, COUNT(*) FROM TABLE(TUMBLE(DATA => TABLE int_orders, TIMECOL => DESCRIPTOR(ts), SIZE => INTERVAL '1' MINUTES)) GROUP BY window_start, window_end",
    ],
    [
      "a window TVF whose source cutover wrapped for its start position",
      "INSERT INTO fct_a SELECT window_start, COUNT(*) FROM TABLE(HOP((SELECT * FROM int_orders /*+ OPTIONS('scan.startup.mode'='earliest-offset') */), DESCRIPTOR(ts), INTERVAL '1' MINUTES, INTERVAL '5' MINUTES)) GROUP BY window_start, window_end",
    ],
  ])("keeps the blue table an unchanged running statement reads through %s", (_how, sql) => {
    const plan = keptBy(running("fct_a", sql));
    expect(plan.steps).toEqual([]);
    expect(plan.kept[0]).toContain("shop-dml-fct-a-v1 reads it and runs");
  });

  it("keeps it through a view that stays, and drops it once nothing running reads it", () => {
    const view = statement("ddl", "v_orders", 1, "COMPLETED", {
      release: "r1",
      sql: "CREATE VIEW v_orders AS SELECT o.* FROM (int_orders) o",
    });
    expect(planCleanup(readDeployed(P, [...retired(), view])).steps).toEqual([]);
    const plan = keptBy(running("fct_a", "INSERT INTO fct_a WITH int_orders AS (SELECT * FROM src) SELECT * FROM int_orders"));
    expect(plan.steps.map((s) => s.drop)).toEqual(["DROP TABLE IF EXISTS int_orders"]); // a CTE of the same name is not the table
  });

  it("for a job started outside cutover, trusts what its job plan reads, and keeps every table when that is unknown", () => {
    const outside = { ...running("fct_a", ""), name: "someone-elses-job", labels: {} };
    const unknown = planCleanup(readDeployed(P, retired()), [outside]);
    expect(unknown.steps).toEqual([]);
    expect(unknown.kept[0]).toContain("counts as reading every table");
    expect(planCleanup(readDeployed(P, retired()), [{ ...outside, reads: ["int_orders"] }]).steps).toEqual([]);
    expect(planCleanup(readDeployed(P, retired()), [{ ...outside, reads: ["other"] }]).steps.map((s) => s.object)).toEqual(["int_orders"]);
  });

  it("counts every name in a running statement the grammar cannot read as read", () => {
    const plan = keptBy(running("fct_a", "INSERT INTO fct_a SELECT * FROM (int_orders JOIN src ON int_orders.id = src.id)"));
    expect(plan.steps).toEqual([]);
    expect(plan.kept[0]).toContain("its SQL could not be parsed");
  });
});

describe("a SQL file as a backend takes it", () => {
  it("turns leading SET statements into properties and drops the final ';'", () => {
    const split = splitStatementText(
      "-- tuned\nSET 'sql.state-ttl' = '1 d';\nSET 'pipeline.name' = 'it''s';\nINSERT INTO t SELECT ';' FROM s;\n",
      "dml.sql",
    );
    expect(split).toEqual({
      ok: true,
      value: { sql: "INSERT INTO t SELECT ';' FROM s", properties: { "sql.state-ttl": "1 d", "pipeline.name": "it's" } },
    });
  });

  it("keeps a statement set whole, with the ';' inside it", () => {
    const split = splitStatementText(
      "EXECUTE STATEMENT SET BEGIN\nINSERT INTO a SELECT * FROM s;\nINSERT INTO b SELECT * FROM s;\nEND;",
      "dml.sql",
    );
    expect(split.ok && split.value.sql).toBe(
      "EXECUTE STATEMENT SET BEGIN\nINSERT INTO a SELECT * FROM s;\nINSERT INTO b SELECT * FROM s;\nEND",
    );
  });

  it("finds no end in a comment, a string or a quoted name, and no SET or END in a comment", () => {
    const text =
      "-- SET 'a' = 'b';\n/* ; END; */ SET 'x' = ';';\nINSERT INTO t /*+ OPTIONS('k'=';') */ SELECT `we;ird`, 'END;' FROM s; -- done; END\n";
    expect(splitStatementText(text, "dml.sql")).toEqual({
      ok: true,
      value: { sql: "INSERT INTO t /*+ OPTIONS('k'=';') */ SELECT `we;ird`, 'END;' FROM s", properties: { x: ";" } },
    });
  });

  it("refuses a file of two statements, naming it", () => {
    expect(splitStatementText("INSERT INTO a SELECT 1; INSERT INTO b SELECT 2;", "x/dml.sql")).toEqual({
      ok: false,
      problem: "x/dml.sql: holds 2 statements besides SET; cutover deploys one statement per file (an INSERT, or one STATEMENT SET)",
    });
  });
});

describe("the Kafka lock's fold", () => {
  const holder = (id: string) => ({
    id,
    project: P,
    release: "r",
    command: "flink --phase deploy",
    host: "h",
    since: "2026-01-01T00:00:00Z",
  });
  const claim = (id: string, expected: string | null) => ({ kind: "lock" as const, op: "claim" as const, holder: holder(id), expected });
  const release = (id: string) => ({ kind: "lock" as const, op: "release" as const, id });

  it("lets the first claim of a free lock win, and a claim that expected another holder count for nothing", () => {
    expect(foldLock([claim("a", null), claim("b", null)])?.id).toBe("a");
    expect(foldLock([claim("a", null), release("a"), claim("b", null)])?.id).toBe("b");
    expect(foldLock([claim("a", null), claim("c", "b")])?.id).toBe("a");
  });

  it("takes over only from the holder named, and ignores a release by anyone else", () => {
    expect(foldLock([claim("a", null), claim("b", "a")])?.id).toBe("b");
    expect(foldLock([claim("a", null), release("b")])?.id).toBe("a");
    expect(foldLock([claim("a", null), claim("b", "a"), release("a")])?.id).toBe("b");
    expect(foldLock([])).toBeUndefined();
  });
});
