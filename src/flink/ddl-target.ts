/** Which table or view a DDL statement creates or drops (pure). */
import { lexFlinkSql, nameLike, significant, SQL, type SqlToken } from "./sql/lex-sql.js";

export type DdlTarget = {
  readonly action: "create" | "drop";
  readonly kind: "table" | "view";
  /** Backticks removed, parts joined with '.'. */
  readonly name: string;
  /** As written, backticks kept: what a DROP of the same object names. */
  readonly raw: string;
  /** Each part of the name, backticks removed. */
  readonly parts: readonly string[];
};

/**
 * The object a CREATE/DROP [TEMPORARY] TABLE or VIEW names; undefined for any other statement. The
 * gateway backend keeps only these: without a persistent catalog, ALTER and the like could not be
 * replayed. Read from the Flink lexer's tokens, so comments and hints anywhere are skipped.
 */
export function ddlTarget(ddl: string): DdlTarget | undefined {
  const tokens = significant(lexFlinkSql(ddl).tokens);
  const at = (i: number): SqlToken | undefined => tokens[i];
  const is = (i: number, type: number) => at(i)?.type === type;
  let i = 0;
  const action = is(i, SQL.KW_CREATE) ? "create" : is(i, SQL.KW_DROP) ? "drop" : undefined;
  if (!action) return undefined;
  i++;
  if (is(i, SQL.KW_TEMPORARY)) i++;
  if (!is(i, SQL.KW_TABLE) && !is(i, SQL.KW_VIEW)) return undefined;
  const kind = is(i, SQL.KW_VIEW) ? "view" : "table";
  i++;
  if (action === "create" && is(i, SQL.KW_IF) && is(i + 1, SQL.KW_NOT) && is(i + 2, SQL.KW_EXISTS)) i += 3;
  if (action === "drop" && is(i, SQL.KW_IF) && is(i + 1, SQL.KW_EXISTS)) i += 2;
  const name: SqlToken[] = [];
  for (;;) {
    const part = at(i);
    if (!nameLike(part)) return undefined;
    name.push(part);
    if (!is(i + 1, SQL.DOT)) break;
    i += 2;
  }
  const parts = name.map((t) => (t.kind === "keyword" ? t.text : t.value));
  return { action, kind, name: parts.join("."), raw: name.map((t) => t.text).join("."), parts };
}
