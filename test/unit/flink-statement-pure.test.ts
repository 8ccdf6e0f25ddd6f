/** The pure parts of the Flink statement backends: start hints, lag, the gateway's phase mapping, errors. */
import { describe, expect, it } from "vitest";
import { retryAfterMs } from "../../src/flink/backend/confluent/confluent-client.js";
import { gatewayErrorMessage } from "../../src/flink/backend/gateway/gateway-client.js";
import type { StatementRecord } from "../../src/flink/backend/gateway/gateway-state.js";
import { jobOf, phaseOf, tablesInJobPlan, type JobRow } from "../../src/flink/backend/gateway/job-phase.js";
import { ddlTarget } from "../../src/flink/ddl-target.js";
import { parseSpecificOffsets, SourceHintError, startupOptions, withSourceHints } from "../../src/flink/source-hints.js";
import { parseFlinkSql } from "../../src/flink/sql/parse-sql.js";
import { lagOf } from "../../src/flink/statement-lag.js";
import { checkStatementName, StatementError } from "../../src/flink/statement-port.js";
import { waitForPhase } from "../../src/flink/wait-phase.js";

const hint = (options: Record<string, string>) => new Map([["orders", options]]);

describe("withSourceHints", () => {
  it("puts the hint right after the table, before its alias, in FROM and JOIN", () => {
    const sql = "INSERT INTO sink SELECT o.id FROM orders AS o JOIN customers c ON o.cid = c.id";
    const hints = new Map<string, Record<string, string>>([
      ["orders", { "scan.startup.mode": "earliest-offset" }],
      ["customers", { "scan.startup.mode": "timestamp", "scan.startup.timestamp-millis": "1" }],
    ]);
    expect(withSourceHints(sql, hints)).toBe(
      "INSERT INTO sink SELECT o.id FROM orders /*+ OPTIONS('scan.startup.mode'='earliest-offset') */ AS o JOIN customers " +
        "/*+ OPTIONS('scan.startup.mode'='timestamp', 'scan.startup.timestamp-millis'='1') */ c ON o.cid = c.id",
    );
  });

  it("handles qualified and quoted names, comma lists, and leaves strings, comments and the sink alone", () => {
    const sql = "INSERT INTO orders_out SELECT 'FROM orders' FROM `cat`.`db`.`orders`, other -- FROM orders\nWHERE 1=1";
    const out = withSourceHints(
      sql,
      new Map([
        ["orders", { k: "v" }],
        ["other", { k: "w" }],
      ]),
    );
    expect(out).toBe(
      "INSERT INTO orders_out SELECT 'FROM orders' FROM `cat`.`db`.`orders` /*+ OPTIONS('k'='v') */, other /*+ OPTIONS('k'='w') */ -- FROM orders\nWHERE 1=1",
    );
  });

  it("matches names case-sensitively, as Flink does, and refuses a source the SQL never reads", () => {
    expect(() => withSourceHints("INSERT INTO o SELECT * FROM Orders", hint({ k: "v" }))).toThrow(/reads no table named 'orders'/);
  });

  it("refuses a table that already has a hint, and escapes quotes in values", () => {
    expect(() => withSourceHints("INSERT INTO o SELECT * FROM orders /*+ OPTIONS('a'='b') */", hint({ k: "v" }))).toThrow(
      /already has a hint/,
    );
    expect(withSourceHints("SELECT * FROM orders", hint({ k: "it's" }))).toBe("SELECT * FROM orders /*+ OPTIONS('k'='it''s') */");
  });

  it("hints every reference, including in subqueries and after one in a FROM list", () => {
    const out = withSourceHints("INSERT INTO o SELECT * FROM (SELECT * FROM orders) t UNION ALL SELECT * FROM orders", hint({ k: "v" }));
    expect(out.split("OPTIONS")).toHaveLength(3);
    expect(withSourceHints("INSERT INTO o SELECT * FROM (SELECT 1 AS id) s, orders x", hint({ k: "v" }))).toBe(
      "INSERT INTO o SELECT * FROM (SELECT 1 AS id) s, orders /*+ OPTIONS('k'='v') */ x",
    );
  });

  it("never hints a CTE that shadows the table, only the table in its body", () => {
    expect(withSourceHints("INSERT INTO o WITH orders AS (SELECT * FROM orders WHERE id > 0) SELECT * FROM orders", hint({ k: "v" }))).toBe(
      "INSERT INTO o WITH orders AS (SELECT * FROM orders /*+ OPTIONS('k'='v') */ WHERE id > 0) SELECT * FROM orders",
    );
  });

  it("hints a temporal join's versioned table before FOR SYSTEM_TIME", () => {
    const sql = "INSERT INTO o SELECT * FROM src s JOIN orders FOR SYSTEM_TIME AS OF s.ts AS r ON s.id = r.id";
    expect(withSourceHints(sql, hint({ k: "v" }))).toBe(
      "INSERT INTO o SELECT * FROM src s JOIN orders /*+ OPTIONS('k'='v') */ FOR SYSTEM_TIME AS OF s.ts AS r ON s.id = r.id",
    );
  });

  it.each(["TUMBLE", "HOP", "CUMULATE"])("wraps a %s window's source in a subquery that carries the hint", (fn) => {
    const size = fn === "TUMBLE" ? "INTERVAL '1' MINUTES" : "INTERVAL '1' MINUTES, INTERVAL '5' MINUTES";
    const sql = `INSERT INTO o SELECT window_start, COUNT(*) FROM TABLE(${fn}(TABLE cat.db.orders, DESCRIPTOR(ts), ${size})) GROUP BY window_start, window_end`;
    expect(withSourceHints(sql, hint({ k: "v" }))).toBe(
      `INSERT INTO o SELECT window_start, COUNT(*) FROM TABLE(${fn}((SELECT * FROM cat.db.orders /*+ OPTIONS('k'='v') */), DESCRIPTOR(ts), ${size})) GROUP BY window_start, window_end`,
    );
  });

  it("wraps the source of a SESSION window and of named arguments too, and the result parses again", () => {
    const session = withSourceHints(
      "INSERT INTO o SELECT window_start, COUNT(*) FROM TABLE(SESSION(TABLE orders PARTITION BY id, DESCRIPTOR(ts), INTERVAL '1' MINUTES)) GROUP BY window_start, window_end",
      hint({ k: "v" }),
    );
    expect(session).toContain("SESSION((SELECT * FROM orders /*+ OPTIONS('k'='v') */) PARTITION BY id, DESCRIPTOR(ts)");
    const named = withSourceHints(
      "INSERT INTO o SELECT * FROM TABLE(TUMBLE(DATA => TABLE `orders`, TIMECOL => DESCRIPTOR(ts), SIZE => INTERVAL '1' MINUTES))",
      hint({ k: "v" }),
    );
    expect(named).toContain("TUMBLE(DATA => (SELECT * FROM `orders` /*+ OPTIONS('k'='v') */), TIMECOL");
    // read back (cleanup parses deployed SQL): the wrapped source is still the table read
    for (const text of [session, named])
      expect(parseFlinkSql(text, "x").statements[0]!.refs.map((r) => `${r.role}:${r.parts.map((p) => p.value).join(".")}`)).toEqual([
        "write:o",
        "read:orders",
      ]);
  });

  it("refuses SQL the grammar rejects, saying why", () => {
    expect(() => withSourceHints("INSERT INTO o SELECT * FROM orders WHERE", hint({ k: "v" }))).toThrow(SourceHintError);
  });
});

describe("start options", () => {
  it("turns each start position into the Kafka connector's options", () => {
    expect(startupOptions({ kind: "earliest" }, "t")).toEqual({ "scan.startup.mode": "earliest-offset" });
    expect(startupOptions({ kind: "timestamp", ms: 1700000000000 }, "t")).toEqual({
      "scan.startup.mode": "timestamp",
      "scan.startup.timestamp-millis": "1700000000000",
    });
    const offsets = {
      kind: "offsets" as const,
      topics: [
        {
          topic: "t",
          partitions: [
            { partition: 1, offset: "300" },
            { partition: 0, offset: "42" },
          ],
        },
      ],
    };
    expect(startupOptions(offsets, "t")).toEqual({
      "scan.startup.mode": "specific-offsets",
      "scan.startup.specific-offsets": "partition:0,offset:42;partition:1,offset:300",
    });
    expect(startupOptions(offsets, "other")).toEqual({ "scan.startup.mode": "earliest-offset" });
  });

  it("parses Confluent's offsets, leaving out the negative 'nothing yet' ones", () => {
    expect(parseSpecificOffsets("partition:1,offset:300;partition:0,offset:42;partition:2,offset:-2")).toEqual([
      { partition: 0, offset: "42" },
      { partition: 1, offset: "300" },
    ]);
  });
});

describe("lagOf", () => {
  it("counts from the consumed offset, or the log start where nothing was consumed", () => {
    const lag = lagOf(
      { statement: "s", topics: [{ topic: "t", partitions: [{ partition: 0, offset: "90" }] }] },
      new Map([
        [
          "t",
          [
            { partition: 0, low: "0", high: "100" },
            { partition: 1, low: "5", high: "20" },
          ],
        ],
      ]),
    );
    expect(lag.total).toBe(25n);
    expect(lag.partitions).toEqual([
      { topic: "t", partition: 0, consumed: "90", high: "100", lag: 10n },
      { topic: "t", partition: 1, high: "20", lag: 15n },
    ]);
  });
});

describe("the gateway's phases", () => {
  const record: StatementRecord = {
    kind: "statement",
    name: "s",
    sql: "INSERT …",
    contentHash: "h",
    labels: {},
    properties: {},
    sources: [],
    start: { kind: "earliest" },
    createdAt: "2026-01-01T00:00:00Z",
    jobId: "j2",
  };
  const job = (id: string, status: string, startTime = "2026-01-01 00:00:00"): JobRow => ({ id, name: "s", status, startTime });

  it("follows the job the record names, else the latest of that name", () => {
    const jobs = [job("j1", "FINISHED", "2026-01-01 00:00:00"), job("j2", "RUNNING", "2026-01-01 00:01:00")];
    expect(jobOf("s", jobs, record)?.id).toBe("j2");
    expect(jobOf("s", jobs, undefined)?.id).toBe("j2");
    expect(jobOf("s", jobs, { ...record, jobId: "j3" })).toBeUndefined();
  });

  it("tells a stop with savepoint from a completed or cancelled job", () => {
    const stopped = { ...record, savepoint: "file:/sp/1", stoppedJobId: "j2" };
    expect(phaseOf(stopped, job("j2", "FINISHED"))).toMatchObject({ phase: "STOPPED", resumable: true });
    expect(phaseOf(record, job("j2", "FINISHED"))).toMatchObject({ phase: "COMPLETED", resumable: false });
    expect(phaseOf(record, job("j2", "CANCELED"))).toMatchObject({ phase: "STOPPED", resumable: false });
    // The cluster restarted (no HA): the savepoint on disk still makes it resumable.
    expect(phaseOf(stopped, undefined)).toMatchObject({ phase: "STOPPED", resumable: true });
    expect(phaseOf(record, undefined)).toMatchObject({ phase: "FAILED" });
    expect(phaseOf(record, job("j2", "RESTARTING"))?.phase).toBe("FAILING");
    expect(phaseOf(record, job("j2", "INITIALIZING"))?.phase).toBe("PENDING");
  });

  it("treats an ended job without a record as a deleted statement's history", () => {
    expect(phaseOf(undefined, job("j1", "CANCELED"))).toBeUndefined();
    expect(phaseOf(undefined, job("j1", "RUNNING"))?.phase).toBe("RUNNING");
  });

  it("names the table a DDL creates or drops, and nothing for other statements", () => {
    expect(ddlTarget("CREATE TABLE IF NOT EXISTS `orders_v2` (id INT)")).toEqual({
      action: "create",
      kind: "table",
      name: "orders_v2",
      raw: "`orders_v2`",
      parts: ["orders_v2"],
    });
    expect(ddlTarget("-- note\ndrop view cat.db.v")).toEqual({
      action: "drop",
      kind: "view",
      name: "cat.db.v",
      raw: "cat.db.v",
      parts: ["cat", "db", "v"],
    });
    // comments anywhere, a quoted part with a dot and a backquote, a keyword-like name
    expect(ddlTarget("/* made by hand */ CREATE TEMPORARY /* x */ VIEW `my.cat`.db.`it``s` AS SELECT 1")?.parts).toEqual([
      "my.cat",
      "db",
      "it`s",
    ]);
    expect(ddlTarget("CREATE TABLE `value` (id INT)")?.name).toBe("value");
    expect(ddlTarget("ALTER TABLE t SET ('a'='b')")).toBeUndefined();
    expect(ddlTarget("-- CREATE TABLE hidden (id INT)\nINSERT INTO t SELECT 1")).toBeUndefined();
    expect(ddlTarget("CREATE FUNCTION f AS 'x'")).toBeUndefined();
  });

  it("reads the tables a job's plan scans, not its sink", () => {
    const plan = {
      plan: {
        nodes: [
          {
            description:
              "[32]:TableSourceScan(table=[[default_catalog, default_database, int_orders]], fields=[id])<br/>+- out_orders[34]: Writer",
          },
          { description: "LookupJoin(table=[[cat, db, `rates`]], joinType=[InnerJoin])" },
          {},
        ],
      },
    };
    expect(tablesInJobPlan(plan)).toEqual(["`rates`", "int_orders"]);
    expect(tablesInJobPlan({})).toEqual([]);
  });

  it("keeps the innermost cause of a gateway error", () => {
    const body = [
      "Internal server error.",
      "<Exception on server side:\norg.apache.flink.table.gateway.api.utils.SqlGatewayException: Failed to fetchResults.\n\tat x\nCaused by: org.apache.flink.table.api.ValidationException: SQL validation failed. Object 'nowhere' not found\n\tat y",
    ];
    expect(gatewayErrorMessage(body)).toBe("ValidationException: SQL validation failed. Object 'nowhere' not found");
  });
});

describe("statement names, waits and retry hints", () => {
  it("accepts names both backends take", () => {
    expect(() => checkStatementName("orders-v2")).not.toThrow();
    for (const bad of ["Orders", "-a", "a_b", "", "a".repeat(101)]) expect(() => checkStatementName(bad)).toThrow(StatementError);
  });

  it("reads Retry-After as seconds or as a date", () => {
    expect(retryAfterMs("3")).toBe(3000);
    expect(retryAfterMs("Thu, 01 Jan 2026 00:00:10 GMT", Date.parse("2026-01-01T00:00:00Z"))).toBe(10_000);
    expect(retryAfterMs(null)).toBeUndefined();
  });

  it("waits through undefined and intermediate phases, and fails on a failing one with its detail", async () => {
    const phases = [undefined, "PENDING", "RUNNING"] as const;
    let call = 0;
    const reading = await waitForPhase(async () => ({ phase: phases[Math.min(call++, 2)] }), {
      statement: "s",
      action: "start",
      want: new Set(["RUNNING"]),
      fail: new Set(["FAILED"]),
      timeoutMs: 1_000,
      timing: { firstDelayMs: 1, maxDelayMs: 2 },
    });
    expect(reading.phase).toBe("RUNNING");
    await expect(
      waitForPhase(async () => ({ phase: "FAILED" as const, detail: "boom" }), {
        statement: "s",
        action: "start",
        want: new Set(["RUNNING"]),
        fail: new Set(["FAILED"]),
        timeoutMs: 1_000,
      }),
    ).rejects.toThrow("statement 's': start failed, the statement is FAILED: boom");
  });
});
