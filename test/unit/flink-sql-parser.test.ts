import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { parseFlinkSql } from "../../src/flink/sql/parse-sql.js";
import { allRefs, type ParsedSql } from "../../src/flink/sql/sql-facts.js";

/** "role:a.b.c" per reference, quoted parts marked with backticks as written. */
const refs = (parsed: ParsedSql) =>
  allRefs(parsed).map((r) => `${r.role}:${r.parts.map((p) => (p.quoted ? `\`${p.value}\`` : p.value)).join(".")}`);
const state = (parsed: ParsedSql) => parsed.statements.flatMap((s) => s.state.map((f) => `${f.kind}: ${f.detail}`));
const parse = (sql: string) => parseFlinkSql(sql, "t/dml.sql");

function problems(sql: string): readonly string[] {
  try {
    parse(sql);
  } catch (error) {
    if (error instanceof InputError) return error.problems;
    throw error;
  }
  throw new Error("expected an InputError");
}

describe("Flink SQL parser: what each statement creates, writes and reads", () => {
  it("CREATE TABLE [IF NOT EXISTS] with a WITH clause", () => {
    const p = parse(
      "CREATE TABLE IF NOT EXISTS t (a INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '5' SECOND) WITH ('connector' = 'kafka');",
    );
    expect(p.statements[0]!.kind).toBe("create-table");
    expect(refs(p)).toEqual(["create:t"]);
    expect(p.statements[0]!.options.map((o) => `${o.key}=${o.value}`)).toEqual(["connector=kafka"]);
  }, 30_000);

  it("CREATE TABLE without WITH (Confluent Cloud), with DISTRIBUTED BY", () => {
    expect(refs(parse("CREATE TABLE t (a INT, PRIMARY KEY (a) NOT ENFORCED);"))).toEqual(["create:t"]);
    const p = parse("CREATE TABLE t (a INT) DISTRIBUTED BY HASH(a) INTO 4 BUCKETS WITH ('changelog.mode' = 'upsert');");
    expect(refs(p)).toEqual(["create:t"]);
    expect(p.statements[0]!.options.map((o) => o.key)).toEqual(["changelog.mode"]);
    expect(refs(parse("CREATE TABLE t (a INT) DISTRIBUTED INTO 2 BUCKETS"))).toEqual(["create:t"]);
  });

  it("CREATE TABLE AS SELECT, with and without WITH", () => {
    const p = parse("CREATE TABLE t2 WITH ('connector' = 'kafka') AS SELECT * FROM src;");
    expect(p.statements[0]!.kind).toBe("create-table-as");
    expect(refs(p)).toEqual(["create:t2", "read:src"]);
    expect(refs(parse("CREATE TABLE t3 AS SELECT a, COUNT(*) FROM src GROUP BY a"))).toEqual(["create:t3", "read:src"]);
    // Confluent Cloud: a primary key and a distribution before AS
    expect(
      refs(
        parse(
          "CREATE TABLE IF NOT EXISTS c.d.t4 (PRIMARY KEY (id) NOT ENFORCED) DISTRIBUTED BY HASH(id) INTO 1 BUCKETS AS SELECT id FROM src",
        ),
      ),
    ).toEqual(["create:c.d.t4", "read:src"]);
  });

  it("CREATE VIEW and CREATE TEMPORARY VIEW", () => {
    expect(refs(parse("CREATE VIEW IF NOT EXISTS v AS SELECT * FROM src;"))).toEqual(["create:v", "read:src"]);
    expect(refs(parse("CREATE TEMPORARY VIEW v AS SELECT * FROM src;"))).toEqual(["create:v", "read:src"]);
  });

  it("CREATE TABLE ... LIKE names the source as 'like', not as data", () => {
    expect(refs(parse("CREATE TABLE t2 (extra INT) WITH ('topic' = 't2') LIKE t1;"))).toEqual(["create:t2", "like:t1"]);
  });

  it("INSERT INTO and INSERT OVERWRITE, with a column list", () => {
    expect(refs(parse("INSERT INTO t (a, b) SELECT a, b FROM s;"))).toEqual(["write:t", "read:s"]);
    expect(refs(parse("INSERT OVERWRITE t SELECT * FROM s"))).toEqual(["write:t", "read:s"]);
  });

  it("EXECUTE STATEMENT SET BEGIN ... END and BEGIN STATEMENT SET", () => {
    const p = parse("EXECUTE STATEMENT SET BEGIN INSERT INTO s1 SELECT * FROM a; INSERT OVERWRITE s2 SELECT * FROM b; END;");
    expect(p.statements[0]!.kind).toBe("statement-set");
    expect(refs(p)).toEqual(["write:s1", "read:a", "write:s2", "read:b"]);
    expect(refs(parse("BEGIN STATEMENT SET; INSERT INTO a SELECT * FROM x; INSERT INTO b SELECT * FROM y; END;"))).toEqual([
      "write:a",
      "read:x",
      "write:b",
      "read:y",
    ]);
  });

  it("FROM, JOIN and subqueries in FROM and WHERE", () => {
    const p = parse(
      "INSERT INTO t SELECT a FROM s JOIN (SELECT * FROM x) q ON s.a = q.a WHERE s.a IN (SELECT b FROM y) AND EXISTS (SELECT 1 FROM z)",
    );
    expect(refs(p)).toEqual(["write:t", "read:s", "read:x", "read:y", "read:z"]);
  });

  it("a CTE name is not a table, even when it shadows a real table's name", () => {
    const p = parse(
      "INSERT INTO t WITH src_a AS (SELECT * FROM raw_a), c AS (SELECT * FROM src_a) SELECT * FROM c JOIN other ON c.id = other.id",
    );
    expect(refs(p)).toEqual(["write:t", "read:raw_a", "read:other"]);
    // outside the WITH's query the name is a table again
    expect(refs(parse("INSERT INTO t SELECT * FROM c UNION ALL (WITH c AS (SELECT * FROM x) SELECT * FROM c)"))).toEqual([
      "write:t",
      "read:c",
      "read:x",
    ]);
  });

  it("LATERAL TABLE(fn(...)) is a function, not a table", () => {
    const p = parse("INSERT INTO t SELECT a, s FROM src, LATERAL TABLE(split(a)) AS T(s)");
    expect(refs(p)).toEqual(["write:t", "read:src"]);
    expect(state(p)).toEqual([]);
  });

  it("temporal joins FOR SYSTEM_TIME AS OF", () => {
    const p = parse("INSERT INTO t SELECT o.id, r.rate FROM orders AS o JOIN rates FOR SYSTEM_TIME AS OF o.ts AS r ON o.cur = r.cur");
    expect(refs(p)).toEqual(["write:t", "read:orders", "read:rates"]);
    expect(state(p)).toEqual(["temporal-join: JOIN ... FOR SYSTEM_TIME AS OF (temporal join)"]);
  });

  it.each([
    ["TUMBLE", "TUMBLE(TABLE src, DESCRIPTOR(ts), INTERVAL '10' MINUTES)"],
    ["HOP", "HOP(TABLE src, DESCRIPTOR(ts), INTERVAL '5' MINUTES, INTERVAL '10' MINUTES)"],
    ["CUMULATE", "CUMULATE(TABLE src, DESCRIPTOR(ts), INTERVAL '5' MINUTES, INTERVAL '1' HOUR)"],
    ["SESSION", "SESSION(TABLE src PARTITION BY k, DESCRIPTOR(ts), INTERVAL '5' MINUTES)"],
    ["TUMBLE", "TUMBLE(DATA => TABLE src, TIMECOL => DESCRIPTOR(ts), SIZE => INTERVAL '10' MINUTES)"],
  ])("window TVF %s: the source is inside the function", (name, call) => {
    const p = parse(`INSERT INTO t SELECT window_start, COUNT(*) FROM TABLE(${call}) GROUP BY window_start, window_end`);
    expect(refs(p)).toEqual(["write:t", "read:src"]);
    expect(state(p)).toEqual([`window: ${name} window`, "aggregation: GROUP BY"]);
  });

  it("TRY_CAST, ARRAY[...] and MAP[...] constructors, an OVER alias without AS (grammar gaps worked around on tokens)", () => {
    const p = parse(
      "INSERT INTO t SELECT TRY_CAST(a AS INT), ARRAY[1, 2], MAP['k', ARRAY[b]], arr[1] FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY id ORDER BY ts) rn FROM src) WHERE rn = 1",
    );
    expect(refs(p)).toEqual(["write:t", "read:src"]);
    expect(state(p)).toEqual(["deduplication: ROW_NUMBER() OVER (deduplication or Top-N)"]);
    expect(state(parse("INSERT INTO t SELECT a, tag FROM src CROSS JOIN UNNEST(tags) AS x(tag)"))).toEqual([]);
  });

  it("UNION, UNION ALL, INTERSECT, EXCEPT", () => {
    expect(refs(parse("INSERT INTO t SELECT a FROM x UNION ALL SELECT a FROM y"))).toEqual(["write:t", "read:x", "read:y"]);
    expect(state(parse("INSERT INTO t SELECT a FROM x UNION ALL SELECT a FROM y"))).toEqual([]);
    expect(state(parse("INSERT INTO t SELECT a FROM x UNION SELECT a FROM y"))).toEqual([
      "set-operation: UNION (without ALL: removes duplicates)",
    ]);
    expect(state(parse("INSERT INTO t SELECT a FROM x INTERSECT SELECT a FROM y"))).toEqual(["set-operation: INTERSECT"]);
    expect(state(parse("INSERT INTO t SELECT a FROM x EXCEPT SELECT a FROM y"))).toEqual(["set-operation: EXCEPT"]);
  });

  it("comments, including comments hiding keywords and names, are not SQL", () => {
    const p = parse(
      "-- INSERT INTO nope SELECT * FROM hidden\nINSERT /* INTO other */ INTO t SELECT * FROM src /* JOIN secret */ -- FROM bad",
    );
    expect(refs(p)).toEqual(["write:t", "read:src"]);
  });

  it("backticks: quoted names, names like keywords, doubled backticks", () => {
    const p = parse("INSERT INTO `select` SELECT * FROM `from` JOIN `a``b` ON TRUE");
    expect(refs(p)).toEqual(["write:`select`", "read:`from`", "read:`a`b`"]);
  });

  it("catalog.database.table names keep every part and the positions of each", () => {
    const text = "INSERT INTO `cat`.`db`.`order` SELECT * FROM cat.db.src";
    const p = parseFlinkSql(text, "x.sql");
    expect(refs(p)).toEqual(["write:`cat`.`db`.`order`", "read:cat.db.src"]);
    const last = allRefs(p)[1]!.parts[2]!;
    expect(text.slice(last.start, last.end)).toBe("src");
    expect([last.line, last.column]).toEqual([1, 53]);
  });

  it("positions are UTF-16 offsets even after an emoji in a comment", () => {
    const text = "-- 🚀 launch\nINSERT INTO t SELECT * FROM src";
    const ref = allRefs(parseFlinkSql(text, "x.sql"))[1]!.parts[0]!;
    expect(text.slice(ref.start, ref.end)).toBe("src");
  });

  it("stateful features: GROUP BY, DISTINCT, OVER, ROW_NUMBER dedup, MATCH_RECOGNIZE, global aggregates", () => {
    expect(state(parse("INSERT INTO t SELECT k, COUNT(*) FROM s GROUP BY k"))).toEqual(["aggregation: GROUP BY"]);
    expect(state(parse("INSERT INTO t SELECT DISTINCT a FROM s"))).toEqual(["distinct: SELECT DISTINCT"]);
    expect(state(parse("INSERT INTO t SELECT COUNT(*) FROM s"))).toEqual([
      "aggregation: COUNT(...) without GROUP BY (a global aggregation)",
    ]);
    expect(
      state(
        parse(
          "INSERT INTO t SELECT k, SUM(v) OVER (PARTITION BY k ORDER BY ts RANGE BETWEEN INTERVAL '1' HOUR PRECEDING AND CURRENT ROW) AS s FROM src",
        ),
      ),
    ).toEqual(["over: SUM(...) OVER aggregation"]);
    expect(
      state(
        parse("INSERT INTO t SELECT * FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY id ORDER BY ts DESC) AS rn FROM src) WHERE rn = 1"),
      ),
    ).toEqual(["deduplication: ROW_NUMBER() OVER (deduplication or Top-N)"]);
    expect(
      state(
        parse(
          "INSERT INTO t SELECT * FROM src MATCH_RECOGNIZE (PARTITION BY k ORDER BY ts MEASURES A.a AS aa ONE ROW PER MATCH AFTER MATCH SKIP PAST LAST ROW PATTERN (A B) DEFINE A AS A.a > 0, B AS B.a < 0) AS mr",
        ),
      ),
    ).toEqual(["match-recognize: MATCH_RECOGNIZE"]);
    expect(state(parse("INSERT INTO t SELECT a, UPPER(b) FROM s WHERE a > 1"))).toEqual([]);
  });

  it("joins: interval joins, comma joins, LEFT JOIN; a JOIN LATERAL TABLE is no join", () => {
    expect(
      state(parse("INSERT INTO t SELECT o.a FROM o JOIN s ON o.id = s.id AND o.ts BETWEEN s.ts - INTERVAL '4' HOUR AND s.ts")),
    ).toEqual(["join: JOIN"]);
    expect(state(parse("INSERT INTO t SELECT * FROM a, b WHERE a.id = b.id"))).toEqual(["join: FROM a, b (a join written with commas)"]);
    expect(state(parse("INSERT INTO t SELECT * FROM a LEFT OUTER JOIN b ON a.id = b.id"))).toEqual(["join: LEFT OUTER JOIN"]);
    expect(state(parse("INSERT INTO t SELECT * FROM a JOIN LATERAL TABLE(split(a.x)) AS T(s) ON TRUE"))).toEqual([]);
  });

  it("the hash ignores whitespace, comments and keyword case, not the logic", () => {
    const a = parse("INSERT INTO t SELECT a FROM s");
    const b = parse("-- a comment\ninsert   into t\n  select a /* x */ from s;");
    expect(b.tokens).toEqual(a.tokens);
    expect(parse("INSERT INTO t SELECT b FROM s").tokens).not.toEqual(a.tokens);
  });
});

describe("Flink SQL parser: hostile input", () => {
  it("a syntax error names the file, line and column with the parser's message", () => {
    expect(problems("INSERT INTO t\nSELECT a FROM WHERE")).toEqual(["t/dml.sql:2:15: 'WHERE' is not valid at this position"]);
  });

  it("unbalanced quotes", () => {
    const found = problems("INSERT INTO t SELECT 'abc FROM s");
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]).toMatch(/^t\/dml\.sql:1:\d+: /);
    expect(problems("INSERT INTO `t SELECT a FROM s")[0]).toMatch(/^t\/dml\.sql:1:\d+: /);
  });

  it("a comment hiding the only keyword leaves an invalid statement", () => {
    expect(problems("/* INSERT */ INTO t SELECT * FROM s")[0]).toMatch(/^t\/dml\.sql:1:14: /);
  });

  it("a table name in single or double quotes is refused (Flink quotes names with backticks)", () => {
    expect(problems("INSERT INTO t SELECT * FROM 'src'")).toEqual([
      "t/dml.sql:1:29: 'src' is a string where a table name belongs (Flink quotes names with backticks)",
    ]);
  });

  it("an unquoted keyword as a table name is a syntax error; quoted it is a name", () => {
    expect(problems("INSERT INTO t SELECT x FROM raw")).toEqual(["t/dml.sql:1:29: 'raw' is not valid at this position"]);
    expect(problems("INSERT INTO select SELECT * FROM s")[0]).toMatch(/^t\/dml\.sql:1:13: /);
    expect(refs(parse("INSERT INTO `select` SELECT * FROM s"))).toEqual(["write:`select`", "read:s"]);
  });

  it("an empty file, or one of comments only", () => {
    expect(problems("")).toEqual(["t/dml.sql: holds no SQL statement (only whitespace or comments)"]);
    expect(problems("  -- nothing\n/* here */\n")).toEqual(["t/dml.sql: holds no SQL statement (only whitespace or comments)"]);
  });
});
