import type { AlterTableCmd, ColumnDef, Constraint, DefElem, Node, RangeVar } from "libpg-query";
import type { RuleHit } from "./finding.js";
import type { RuleContext, RunState } from "./run-state.js";

/** Functions whose value differs per row: a DEFAULT calling one forces a table rewrite on ADD COLUMN. */
const VOLATILE = new Set([
  "random",
  "gen_random_uuid",
  "uuid_generate_v1",
  "uuid_generate_v1mc",
  "uuid_generate_v4",
  "uuidv4",
  "uuidv7",
  "clock_timestamp",
  "timeofday",
  "nextval",
]);
const SERIAL = new Set(["serial", "serial2", "serial4", "serial8", "smallserial", "bigserial"]);

const rel = (rv: RangeVar | undefined): string => rv?.relname ?? "";

function strings(nodes: Node[] | undefined): string[] {
  return (nodes ?? []).flatMap((n) => ("String" in n && n.String.sval !== undefined ? [n.String.sval] : []));
}

/** The last part of a possibly qualified name (`schema.table` → `table`). */
function lastName(node: Node): string {
  const parts = "List" in node ? strings(node.List.items) : "String" in node ? [node.String.sval ?? ""] : [];
  return parts[parts.length - 1] ?? "";
}

function constraintsOf(def: ColumnDef): Constraint[] {
  return (def.constraints ?? []).flatMap((n) => ("Constraint" in n ? [n.Constraint] : []));
}

/** Every function name called anywhere inside an expression tree. */
function calledFunctions(value: unknown, into: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) calledFunctions(v, into);
  else if (typeof value === "object" && value !== null) {
    if ("FuncCall" in value) {
      const call = (value as { FuncCall: { funcname?: Node[] } }).FuncCall;
      const name = strings(call.funcname).pop();
      if (name) into.push(name.toLowerCase());
    }
    for (const v of Object.values(value)) calledFunctions(v, into);
  }
  return into;
}

const hasOption = (options: Node[] | undefined, name: string): boolean =>
  (options ?? []).some((n) => "DefElem" in n && (n.DefElem as DefElem).defname?.toLowerCase() === name);

const fmt = (table: string) => `"${table}"`;

function addColumnHits(table: string, def: ColumnDef): RuleHit[] {
  const column = def.colname ?? "";
  const constraints = constraintsOf(def);
  const has = (type: Constraint["contype"]) => constraints.some((c) => c.contype === type);
  const defaultExpr = constraints.find((c) => c.contype === "CONSTR_DEFAULT")?.raw_expr;
  const typeName = strings(def.typeName?.names).pop()?.toLowerCase() ?? "";
  const volatileCall = calledFunctions(defaultExpr).find((f) => VOLATILE.has(f));
  const stored = constraints.some((c) => c.contype === "CONSTR_GENERATED" && c.generated_kind === "s");
  const hits: RuleHit[] = [];
  const target = { table, column };
  const why = SERIAL.has(typeName)
    ? `the ${typeName} type fills every existing row from nextval()`
    : has("CONSTR_IDENTITY")
      ? "an identity column fills every existing row from its sequence"
      : stored
        ? "a STORED generated column computes a value for every existing row"
        : volatileCall
          ? `DEFAULT ${volatileCall}() is volatile, so every existing row gets its own value`
          : undefined;
  if (why) {
    hits.push({
      rule: "volatile-default",
      target,
      message: `ADD COLUMN ${fmt(column)} on ${fmt(table)}: ${why}, which rewrites the whole table under ACCESS EXCLUSIVE; blue's reads and writes wait until it finishes.`,
      instead: `Add the column without the default (nullable, or with a constant default), set the default for new rows with ALTER TABLE ${fmt(table)} ALTER COLUMN ${fmt(column)} SET DEFAULT ..., then backfill existing rows in batches in a later step.`,
    });
  } else if ((has("CONSTR_NOTNULL") || has("CONSTR_PRIMARY")) && !defaultExpr && !has("CONSTR_GENERATED")) {
    hits.push({
      rule: "add-column-not-null-without-default",
      target,
      message: `ADD COLUMN ${fmt(column)} NOT NULL without a DEFAULT on ${fmt(table)}: it fails outright if the table has rows, and once it exists blue's INSERTs, which do not name the column, fail with a not-null violation.`,
      instead: `Give it a constant default: ALTER TABLE ${fmt(table)} ADD COLUMN ${fmt(column)} <type> NOT NULL DEFAULT <constant> (no rewrite on PostgreSQL 11+ when the default is non-volatile). Or add it nullable, backfill, and add NOT NULL in a later release once blue is gone.`,
    });
  }
  if (has("CONSTR_UNIQUE") || has("CONSTR_PRIMARY")) hits.push(uniqueHit(table, column ? `on column ${fmt(column)}` : ""));
  if (constraints.some((c) => c.contype === "CONSTR_FOREIGN" && !c.skip_validation)) hits.push(foreignKeyHit(table, ""));
  if (constraints.some((c) => c.contype === "CONSTR_CHECK" && !c.skip_validation)) hits.push(checkHit(table, ""));
  return hits;
}

function uniqueHit(table: string, what: string): RuleHit {
  return {
    rule: "add-unique-constraint-without-index",
    target: { table },
    message:
      `Adding a UNIQUE / PRIMARY KEY constraint ${what} on ${fmt(table)} builds its index in place, blocking blue's writes (ACCESS EXCLUSIVE on ALTER TABLE) for the whole build.`.replace(
        "  ",
        " ",
      ),
    instead: `First, in its own migration folder: CREATE UNIQUE INDEX CONCURRENTLY "<index>" ON ${fmt(table)} (...); then in the next migration: ALTER TABLE ${fmt(table)} ADD CONSTRAINT "<name>" UNIQUE USING INDEX "<index>" (or PRIMARY KEY USING INDEX).`,
  };
}

function foreignKeyHit(table: string, name: string): RuleHit {
  return {
    rule: "add-foreign-key-without-not-valid",
    target: { table },
    message:
      `Adding FOREIGN KEY ${name} on ${fmt(table)} validates every existing row at once, holding SHARE ROW EXCLUSIVE on both ${fmt(table)} and the referenced table, so blue's writes to both wait.`.replace(
        "  ",
        " ",
      ),
    instead: `ALTER TABLE ${fmt(table)} ADD CONSTRAINT "<name>" FOREIGN KEY (...) REFERENCES ... NOT VALID; then, in a later migration, ALTER TABLE ${fmt(table)} VALIDATE CONSTRAINT "<name>"; (validation takes only SHARE UPDATE EXCLUSIVE).`,
  };
}

function checkHit(table: string, name: string): RuleHit {
  return {
    rule: "add-check-without-not-valid",
    target: { table },
    message:
      `Adding CHECK ${name} on ${fmt(table)} scans every row to validate it while holding ACCESS EXCLUSIVE, so blue's reads and writes wait.`.replace(
        "  ",
        " ",
      ),
    instead: `ALTER TABLE ${fmt(table)} ADD CONSTRAINT "<name>" CHECK (...) NOT VALID; then, in a later migration, ALTER TABLE ${fmt(table)} VALIDATE CONSTRAINT "<name>"; (validation takes only SHARE UPDATE EXCLUSIVE).`,
  };
}

function alterTableCmdHits(table: string, cmd: AlterTableCmd): RuleHit[] {
  const column = cmd.name ?? "";
  switch (cmd.subtype) {
    case "AT_AddColumn":
      return cmd.def && "ColumnDef" in cmd.def ? addColumnHits(table, cmd.def.ColumnDef) : [];
    case "AT_DropColumn":
      return [
        {
          rule: "drop-column",
          target: { table, column },
          message: `DROP COLUMN ${fmt(column)} on ${fmt(table)}: blue's Prisma client still names this column in its SELECTs and INSERTs, which fail from the moment the migration commits.`,
          instead: `Contract in two releases: first ship code (and a Prisma schema) that no longer uses ${fmt(column)}; once that release is blue everywhere, drop the column in a later migration.`,
        },
      ];
    case "AT_AlterColumnType":
      return [
        {
          rule: "change-column-type",
          target: { table, column },
          message: `ALTER COLUMN ${fmt(column)} TYPE on ${fmt(table)} rewrites the table (and its indexes) under ACCESS EXCLUSIVE unless the cast is binary-compatible, and blue keeps reading and writing the old type. This is also how Prisma re-creates an enum whose values changed.`,
          instead: `Expand/contract: add a new column with the new type, write both from the new release and backfill in batches, switch reads, then drop the old column in a later release. For enums, only add values (ALTER TYPE ... ADD VALUE) while blue runs.`,
        },
      ];
    case "AT_SetNotNull":
      return [
        {
          rule: "set-not-null",
          target: { table, column },
          message: `ALTER COLUMN ${fmt(column)} SET NOT NULL on ${fmt(table)} scans the whole table under ACCESS EXCLUSIVE to check for NULLs; blue's queries wait, and blue's INSERTs that leave it NULL start failing.`,
          instead: `ALTER TABLE ${fmt(table)} ADD CONSTRAINT "${column}_not_null" CHECK (${fmt(column)} IS NOT NULL) NOT VALID; in a later migration VALIDATE CONSTRAINT "${column}_not_null"; then SET NOT NULL (PostgreSQL 12+ uses the valid check and skips the scan) and DROP CONSTRAINT "${column}_not_null".`,
        },
      ];
    case "AT_AddConstraint": {
      const c = cmd.def && "Constraint" in cmd.def ? cmd.def.Constraint : undefined;
      if (!c) return [];
      const name = c.conname ? `"${c.conname}"` : "";
      if (c.contype === "CONSTR_CHECK" && !c.skip_validation) return [checkHit(table, name)];
      if (c.contype === "CONSTR_FOREIGN" && !c.skip_validation) return [foreignKeyHit(table, name)];
      if ((c.contype === "CONSTR_UNIQUE" || c.contype === "CONSTR_PRIMARY") && !c.indexname) return [uniqueHit(table, name)];
      return [];
    }
    default:
      return [];
  }
}

function concurrentlyHit(ctx: RuleContext, what: string): RuleHit[] {
  if (ctx.statementsInFile <= 1) return [];
  return [
    {
      rule: "concurrently-in-transaction",
      message: `${what} CONCURRENTLY cannot run inside a transaction block, and Prisma sends a migration.sql as one multi-statement query, which PostgreSQL runs in an implicit transaction: this migration will fail.`,
      instead: `Move the ${what} CONCURRENTLY statement into its own migration folder, as the only statement in its migration.sql.`,
    },
  ];
}

function tablesHits(ctx: RuleContext, relations: Node[] | undefined, make: (table: string) => RuleHit): RuleHit[] {
  return (relations ?? [])
    .flatMap((n) => ("RangeVar" in n ? [rel(n.RangeVar)] : []))
    .filter((t) => !ctx.state.isNewTable(t))
    .map(make);
}

/** Findings for one PostgreSQL statement, before opt-outs and the blue check. */
export function pgHits(node: Node, ctx: RuleContext): RuleHit[] {
  const isNew = (table: string) => ctx.state.isNewTable(table);
  if ("AlterTableStmt" in node) {
    const stmt = node.AlterTableStmt;
    const table = rel(stmt.relation);
    if (stmt.objtype !== "OBJECT_TABLE" || isNew(table)) return [];
    return (stmt.cmds ?? []).flatMap((n) => ("AlterTableCmd" in n ? alterTableCmdHits(table, n.AlterTableCmd) : []));
  }
  if ("IndexStmt" in node) {
    const stmt = node.IndexStmt;
    const table = rel(stmt.relation);
    if (stmt.concurrent) return concurrentlyHit(ctx, "CREATE INDEX");
    if (isNew(table)) return [];
    return [
      {
        rule: "create-index-without-concurrently",
        target: { table },
        message: `CREATE INDEX${stmt.idxname ? ` "${stmt.idxname}"` : ""} on existing table ${fmt(table)} without CONCURRENTLY holds a SHARE lock for the whole build: blue's INSERTs, UPDATEs and DELETEs wait.`,
        instead: `CREATE ${stmt.unique ? "UNIQUE " : ""}INDEX CONCURRENTLY ... ON ${fmt(table)} (...), alone in its own migration folder (CONCURRENTLY cannot run in Prisma's implicit transaction). If it fails, DROP INDEX CONCURRENTLY the invalid index and retry.`,
      },
    ];
  }
  if ("DropStmt" in node) {
    const stmt = node.DropStmt;
    const names = (stmt.objects ?? []).map(lastName);
    if (stmt.removeType === "OBJECT_TABLE") {
      return names
        .filter((t) => !isNew(t))
        .map((table) => ({
          rule: "drop-table",
          target: { table },
          message: `DROP TABLE ${fmt(table)}: blue still queries it, and every request that touches it fails from the moment the migration commits.`,
          instead: `Contract in two releases: first ship code (and a Prisma schema) that no longer uses ${fmt(table)}; drop it in a later migration once that release is blue everywhere.`,
        }));
    }
    if (stmt.removeType === "OBJECT_INDEX") {
      if (stmt.concurrent) return concurrentlyHit(ctx, "DROP INDEX");
      if (names.every((i) => ctx.state.isNewIndex(i))) return [];
      return [
        {
          rule: "drop-index-without-concurrently",
          message: `DROP INDEX ${names.map(fmt).join(", ")} without CONCURRENTLY takes ACCESS EXCLUSIVE on the index's table: blue's reads and writes of it wait behind the lock.`,
          instead: `DROP INDEX CONCURRENTLY ${names.map(fmt).join(", ")}, alone in its own migration folder (CONCURRENTLY cannot run in Prisma's implicit transaction).`,
        },
      ];
    }
    return [];
  }
  if ("RenameStmt" in node) {
    const stmt = node.RenameStmt;
    const table = rel(stmt.relation);
    if (stmt.renameType === "OBJECT_TABLE" && !isNew(table)) {
      return [
        {
          rule: "rename-table",
          target: { table },
          message: `Renaming table ${fmt(table)} to "${stmt.newname ?? ""}": blue's queries name ${fmt(table)} and fail as soon as the migration commits.`,
          instead: `Expand/contract: create the new table (or a view named ${fmt(table)} over it), write both from the new release and backfill, switch reads, and drop the old one in a later release.`,
        },
      ];
    }
    if (stmt.renameType === "OBJECT_COLUMN" && stmt.relationType === "OBJECT_TABLE" && !isNew(table)) {
      const column = stmt.subname ?? "";
      return [
        {
          rule: "rename-column",
          target: { table, column },
          message: `Renaming column ${fmt(column)} of ${fmt(table)} to "${stmt.newname ?? ""}": blue's queries still name ${fmt(column)} and fail as soon as the migration commits.`,
          instead: `Expand/contract: add the new column, write both from the new release (or a trigger) and backfill, switch reads to the new column, and drop ${fmt(column)} in a later release.`,
        },
      ];
    }
    return [];
  }
  if ("AlterEnumStmt" in node) {
    const stmt = node.AlterEnumStmt;
    if (!stmt.oldVal || !stmt.newVal) return [];
    const type = strings(stmt.typeName).pop() ?? "";
    return [
      {
        rule: "rename-enum-value",
        message: `Renaming enum label '${stmt.oldVal}' of "${type}" to '${stmt.newVal}': blue still writes and filters on '${stmt.oldVal}', which then fails with an invalid input value error.`,
        instead: `ALTER TYPE "${type}" ADD VALUE '${stmt.newVal}'; have the new release write the new label and backfill rows; remove the old label only in a later release once blue is gone.`,
      },
    ];
  }
  if ("TruncateStmt" in node) {
    return tablesHits(ctx, node.TruncateStmt.relations, (table) => ({
      rule: "truncate-table",
      target: { table },
      message: `TRUNCATE ${fmt(table)} deletes every row blue is serving and takes ACCESS EXCLUSIVE on it.`,
      instead: `If the data really must go, delete it in batches (DELETE ... WHERE id IN (SELECT ... LIMIT n)) from a job, or stop using the table first and drop it in a later release.`,
    }));
  }
  if ("LockStmt" in node) {
    return tablesHits(ctx, node.LockStmt.relations, (table) => ({
      rule: "lock-table",
      target: { table },
      message: `LOCK TABLE ${fmt(table)} holds the lock until the migration's transaction ends: blue's queries on it queue behind it.`,
      instead: `Remove the explicit lock; use statements that take weaker locks (CONCURRENTLY, NOT VALID + VALIDATE) and set lock_timeout so a blocked migration fails fast instead of queueing blue.`,
    }));
  }
  if ("VacuumStmt" in node) {
    const stmt = node.VacuumStmt;
    if (!stmt.is_vacuumcmd || !hasOption(stmt.options, "full")) return [];
    return [
      {
        rule: "vacuum-full",
        message:
          "VACUUM FULL rewrites each table it touches under ACCESS EXCLUSIVE: blue cannot read or write them until it finishes (and VACUUM cannot run in a migration's transaction anyway).",
        instead: "Run plain VACUUM (or rely on autovacuum); to reclaim space online use pg_repack outside the migration.",
      },
    ];
  }
  if ("ClusterStmt" in node) {
    return [
      {
        rule: "cluster",
        message: `CLUSTER${node.ClusterStmt.relation ? ` ${fmt(rel(node.ClusterStmt.relation))}` : ""} rewrites the table in index order under ACCESS EXCLUSIVE: blue cannot read or write it until it finishes.`,
        instead: "Leave physical ordering out of the migration; use pg_repack --order-by outside the release if it matters.",
      },
    ];
  }
  if ("ReindexStmt" in node) {
    const stmt = node.ReindexStmt;
    if (hasOption(stmt.params, "concurrently")) return concurrentlyHit(ctx, "REINDEX");
    return [
      {
        rule: "reindex-without-concurrently",
        message: "REINDEX without CONCURRENTLY blocks writes to the table and reads that would use the index until it finishes.",
        instead: "REINDEX ... CONCURRENTLY (PostgreSQL 12+), alone in its own migration folder.",
      },
    ];
  }
  if ("RefreshMatViewStmt" in node) {
    const stmt = node.RefreshMatViewStmt;
    if (stmt.concurrent) return [];
    return [
      {
        rule: "refresh-matview-without-concurrently",
        message: `REFRESH MATERIALIZED VIEW ${fmt(rel(stmt.relation))} without CONCURRENTLY takes ACCESS EXCLUSIVE on it: blue's reads of the view wait for the whole refresh.`,
        instead: `REFRESH MATERIALIZED VIEW CONCURRENTLY ${fmt(rel(stmt.relation))} (needs a unique index on the view).`,
      },
    ];
  }
  if ("UpdateStmt" in node) {
    const table = rel(node.UpdateStmt.relation);
    if (node.UpdateStmt.whereClause || isNew(table)) return [];
    return [
      {
        rule: "update-without-where",
        target: { table },
        message: `UPDATE ${fmt(table)} without WHERE rewrites every row in the migration's single transaction, holding row locks on all of them: blue's writes to the table wait until the migration commits.`,
        instead:
          "Backfill in batches from a job or script (UPDATE ... WHERE id BETWEEN x AND y), each batch its own transaction, outside the schema migration.",
      },
    ];
  }
  if ("DeleteStmt" in node) {
    const table = rel(node.DeleteStmt.relation);
    if (node.DeleteStmt.whereClause || isNew(table)) return [];
    return [
      {
        rule: "delete-without-where",
        target: { table },
        message: `DELETE FROM ${fmt(table)} without WHERE deletes every row in one transaction, locking them all: blue's writes wait, and blue loses the data it serves.`,
        instead:
          "Delete in batches from a job (DELETE ... WHERE id IN (SELECT id ... LIMIT n)), each batch its own transaction, outside the schema migration.",
      },
    ];
  }
  return [];
}

/** Records what a statement creates, so later statements on those objects are not reported. */
export function pgRecord(node: Node, state: RunState): void {
  if ("CreateStmt" in node) state.addTable(rel(node.CreateStmt.relation));
  else if ("CreateTableAsStmt" in node) state.addTable(rel(node.CreateTableAsStmt.into?.rel));
  else if ("IndexStmt" in node) state.addIndex(node.IndexStmt.idxname ?? "");
  else if ("RenameStmt" in node && node.RenameStmt.renameType === "OBJECT_TABLE") {
    state.renameTable(rel(node.RenameStmt.relation), node.RenameStmt.newname ?? "");
  }
}
