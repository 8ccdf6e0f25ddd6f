/**
 * What the planner needs to know about one SQL file, as plain data: the statements, the table
 * names each one creates, writes and reads (with the exact position of every name part, for the
 * rewrite), and the features that make a statement keep state.
 */

/** One part of a possibly qualified name (`catalog`.`database`.`table`), as found in the file. */
export interface NamePart {
  /** The identifier without backticks (a doubled backtick inside stands for one). */
  readonly value: string;
  readonly quoted: boolean;
  /** UTF-16 offsets in the file's text, `end` exclusive: `text.slice(start, end)` is the token as written. */
  readonly start: number;
  readonly end: number;
  /** 1-based. */
  readonly line: number;
  readonly column: number;
  /** Index of the token among the file's significant tokens (see ParsedSql.tokens). */
  readonly token: number;
}

/**
 * How a statement uses a table: `create` (CREATE TABLE / VIEW), `write` (INSERT INTO / OVERWRITE),
 * `read` (FROM, JOIN, a window TVF's `TABLE x`, a view's query), `like` (`CREATE TABLE ... LIKE x`,
 * which copies a schema and moves no rows).
 */
export type TableRole = "create" | "write" | "read" | "like";

export interface TableRef {
  readonly role: TableRole;
  readonly parts: readonly NamePart[];
  /** A window TVF's source (`TABLE x` inside TUMBLE, HOP, CUMULATE, SESSION): where its TABLE keyword starts. */
  readonly window?: { readonly tableKeyword: number };
}

/** What makes a Flink statement hold state that a replay has to rebuild. */
export type StateKind =
  "join" | "temporal-join" | "aggregation" | "window" | "over" | "deduplication" | "match-recognize" | "distinct" | "set-operation";

export interface StateFeature {
  readonly kind: StateKind;
  /** As the SQL says it: `LEFT JOIN`, `GROUP BY`, `TUMBLE window`, `ROW_NUMBER() OVER`. */
  readonly detail: string;
  readonly line: number;
}

export type StatementKind = "create-table" | "create-table-as" | "create-view" | "insert" | "statement-set" | "other";

/** One `'key' = 'value'` of a CREATE TABLE's WITH clause, with the value's position (for the topic rewrite). */
export interface TableOption {
  readonly key: string;
  /** Unquoted: a string value without its quotes, a number or boolean as written. */
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

export interface SqlStatement {
  readonly kind: StatementKind;
  readonly line: number;
  readonly refs: readonly TableRef[];
  readonly state: readonly StateFeature[];
  /** The WITH options of a CREATE TABLE (empty for other statements and for Confluent Cloud's form). */
  readonly options: readonly TableOption[];
}

export interface ParsedSql {
  readonly statements: readonly SqlStatement[];
  /**
   * The file's significant tokens (no whitespace, no comments), keywords upper-cased: what the
   * content hash is taken from. NamePart.token indexes into it.
   */
  readonly tokens: readonly string[];
}

/** Every reference of a parsed file, in file order. */
export function allRefs(parsed: ParsedSql): TableRef[] {
  return parsed.statements.flatMap((s) => s.refs);
}
