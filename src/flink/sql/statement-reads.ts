import { lexFlinkSql, nameLike } from "./lex-sql.js";
import { parseFlinkSql } from "./parse-sql.js";

/**
 * The tables a deployed statement (or a view's query) reads, by the last part of each name: what
 * cleanup checks before it drops a table, and what tells which version a deployed statement
 * follows. Taken from the grammar's parse, like the pipeline's own DAG: FROM lists, joins,
 * subqueries, CTE bodies (a CTE's own name is not a table), temporal joins, window TVFs.
 *
 * SQL the grammar rejects (another tool's statement, a construct newer than the grammar) is never
 * taken to read nothing: every name in it counts as read, and `parsed` says so.
 */
export interface TablesRead {
  readonly names: ReadonlySet<string>;
  readonly parsed: boolean;
}

const known = new Map<string, TablesRead>();

export function tablesRead(sql: string): TablesRead {
  const hit = known.get(sql);
  if (hit) return hit;
  let found: TablesRead;
  try {
    const refs = parseFlinkSql(sql, "deployed statement").statements.flatMap((s) => s.refs);
    const names = refs.filter((r) => r.role === "read").map((r) => r.parts[r.parts.length - 1]?.value ?? "");
    found = { names: new Set(names), parsed: true };
  } catch {
    const names = lexFlinkSql(sql)
      .tokens.filter(nameLike)
      .map((t) => (t.kind === "keyword" ? t.text : t.value));
    found = { names: new Set(names), parsed: false };
  }
  if (known.size > 5000) known.clear();
  known.set(sql, found);
  return found;
}
