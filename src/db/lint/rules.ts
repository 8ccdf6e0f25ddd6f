import type { Dialect } from "./dialect.js";

export interface RuleInfo {
  id: string;
  dialects: readonly Dialect[];
  severity: "error" | "warning";
  summary: string;
}

const both: readonly Dialect[] = ["postgresql", "mysql"];
const pg: readonly Dialect[] = ["postgresql"];
const my: readonly Dialect[] = ["mysql"];

/** Every rule the linter knows; config `database.safety.allow` is validated against these ids. */
export const RULES = [
  { id: "drop-table", dialects: both, severity: "error", summary: "DROP TABLE while blue may still read or write it" },
  { id: "drop-column", dialects: both, severity: "error", summary: "DROP COLUMN while blue may still select or insert it" },
  { id: "rename-table", dialects: both, severity: "error", summary: "renaming a table breaks blue's queries at once" },
  { id: "rename-column", dialects: both, severity: "error", summary: "renaming a column breaks blue's queries at once" },
  {
    id: "change-column-type",
    dialects: both,
    severity: "error",
    summary: "changing a column's type or definition rewrites the table and can break blue",
  },
  {
    id: "add-column-not-null-without-default",
    dialects: both,
    severity: "error",
    summary: "a NOT NULL column without a DEFAULT makes blue's INSERTs fail",
  },
  {
    id: "blue-insert-misses-column",
    dialects: both,
    severity: "error",
    summary: "a new required column that blue's Prisma model does not know, so blue's INSERTs fail",
  },
  {
    id: "volatile-default",
    dialects: both,
    severity: "error",
    summary: "a new column with a volatile default rewrites or copies the whole table",
  },
  { id: "truncate-table", dialects: both, severity: "error", summary: "TRUNCATE removes blue's data and takes an exclusive lock" },
  { id: "lock-table", dialects: both, severity: "error", summary: "an explicit table lock blocks blue for the rest of the migration" },
  { id: "update-without-where", dialects: both, severity: "warning", summary: "an UPDATE of every row locks them all in one transaction" },
  { id: "delete-without-where", dialects: both, severity: "warning", summary: "a DELETE of every row locks them all in one transaction" },
  { id: "set-not-null", dialects: pg, severity: "error", summary: "SET NOT NULL scans the table under ACCESS EXCLUSIVE" },
  {
    id: "add-check-without-not-valid",
    dialects: pg,
    severity: "error",
    summary: "a CHECK constraint validated in place scans the table under ACCESS EXCLUSIVE",
  },
  {
    id: "add-foreign-key-without-not-valid",
    dialects: pg,
    severity: "error",
    summary: "a FOREIGN KEY validated in place locks both tables while it scans",
  },
  {
    id: "add-unique-constraint-without-index",
    dialects: pg,
    severity: "error",
    summary: "UNIQUE / PRIMARY KEY built in place blocks writes while the index is built",
  },
  {
    id: "create-index-without-concurrently",
    dialects: pg,
    severity: "error",
    summary: "CREATE INDEX without CONCURRENTLY blocks writes to an existing table",
  },
  {
    id: "drop-index-without-concurrently",
    dialects: pg,
    severity: "error",
    summary: "DROP INDEX without CONCURRENTLY takes ACCESS EXCLUSIVE on the table",
  },
  {
    id: "concurrently-in-transaction",
    dialects: pg,
    severity: "error",
    summary: "CONCURRENTLY fails inside the implicit transaction of a multi-statement migration",
  },
  {
    id: "reindex-without-concurrently",
    dialects: pg,
    severity: "error",
    summary: "REINDEX without CONCURRENTLY blocks writes (and reads using the index)",
  },
  {
    id: "refresh-matview-without-concurrently",
    dialects: pg,
    severity: "error",
    summary: "REFRESH MATERIALIZED VIEW without CONCURRENTLY blocks blue's reads of it",
  },
  { id: "vacuum-full", dialects: pg, severity: "error", summary: "VACUUM FULL rewrites the table under ACCESS EXCLUSIVE" },
  { id: "cluster", dialects: pg, severity: "error", summary: "CLUSTER rewrites the table under ACCESS EXCLUSIVE" },
  {
    id: "rename-enum-value",
    dialects: pg,
    severity: "error",
    summary: "renaming an enum label breaks blue, which still writes the old label",
  },
  { id: "mysql-online-ddl", dialects: my, severity: "error", summary: "an ALTER that MySQL runs with ALGORITHM=COPY or a blocking lock" },
  {
    id: "mysql-index-without-lock-none",
    dialects: my,
    severity: "warning",
    summary: "an index build without ALGORITHM=INPLACE, LOCK=NONE, so MySQL may lock instead of refusing",
  },
  { id: "allow-without-reason", dialects: both, severity: "error", summary: "a cutover:allow comment without a reason" },
  {
    id: "allow-unused",
    dialects: both,
    severity: "error",
    summary: "a cutover:allow comment naming a rule that did not fire on its statement",
  },
  { id: "allow-unknown-rule", dialects: both, severity: "error", summary: "a cutover:allow comment naming a rule that does not exist" },
] as const satisfies readonly RuleInfo[];

export type RuleId = (typeof RULES)[number]["id"];

const byId: ReadonlyMap<string, RuleInfo> = new Map(RULES.map((r) => [r.id, r]));

export function ruleInfo(id: string): RuleInfo | undefined {
  return byId.get(id);
}

export function isRuleId(id: string): id is RuleId {
  return byId.has(id);
}
