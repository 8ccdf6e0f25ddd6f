import type { RuleHit } from "./finding.js";
import type { MyAddColumn, MyAlterAction, MyOnline, MyStatement } from "./mysql-ast.js";
import type { RuleContext, RunState } from "./run-state.js";

/** Functions that give a different value per row or per replica: an expression default calling one forces a table copy. */
const NONDETERMINISTIC = new Set(["UUID", "UUID_SHORT", "RAND", "SYSDATE", "UUID_TO_BIN", "CONNECTION_ID"]);

const fmt = (name: string) => `\`${name}\``;

/** MySQL refuses (instead of copying or locking) when the statement names an online algorithm. */
function isOnline(o: MyOnline): boolean {
  if (o.algorithm === "INSTANT") return o.lock === undefined || o.lock === "NONE" || o.lock === "DEFAULT";
  return o.algorithm === "INPLACE" && o.lock === "NONE";
}

const blocking = (o: MyOnline): boolean => o.algorithm === "COPY" || o.lock === "SHARED" || o.lock === "EXCLUSIVE";

function onlineDdl(table: string, what: string, algorithm: string): RuleHit {
  return {
    rule: "mysql-online-ddl",
    target: { table },
    message: `${what} on ${fmt(table)}: MySQL 8 runs this with ${algorithm}, so blue's writes to ${fmt(table)} block (or the table is copied) for the whole operation.`,
    instead: `State the online clause so MySQL refuses rather than locks (ALTER TABLE ${fmt(table)} ..., ALGORITHM=INPLACE, LOCK=NONE), and where MySQL cannot do it online run the change with gh-ost or pt-online-schema-change outside the migration.`,
  };
}

function addColumnHits(table: string, a: MyAddColumn): RuleHit[] {
  const target = { table, column: a.column };
  const volatileCall = a.expressionDefault ? a.defaultFunctions.find((f) => NONDETERMINISTIC.has(f)) : undefined;
  const why = volatileCall
    ? `DEFAULT (${volatileCall}()) is an expression default that differs per row`
    : a.generatedStored
      ? "a STORED generated column computes a value for every existing row"
      : a.autoIncrement
        ? "an AUTO_INCREMENT column numbers every existing row"
        : undefined;
  if (why) {
    return [
      {
        rule: "volatile-default",
        target,
        message: `ADD COLUMN ${fmt(a.column)} on ${fmt(table)}: ${why}, so MySQL rebuilds the table (ALGORITHM=COPY or an INPLACE rebuild without concurrent writes); blue's writes block meanwhile.`,
        instead: `Add the column nullable or with a constant default (ALGORITHM=INSTANT), fill it in batches from the application or a job, and tighten it in a later release; or use gh-ost / pt-online-schema-change.`,
      },
    ];
  }
  if (a.notNull && !a.hasDefault && !a.generated) {
    return [
      {
        rule: "add-column-not-null-without-default",
        target,
        message: `ADD COLUMN ${fmt(a.column)} NOT NULL without a DEFAULT on ${fmt(table)}: blue's INSERTs do not name the column and fail in strict mode with "Field '${a.column}' doesn't have a default value".`,
        instead: `Give it a constant default: ALTER TABLE ${fmt(table)} ADD COLUMN ${fmt(a.column)} <type> NOT NULL DEFAULT <constant>, ALGORITHM=INSTANT; or add it nullable, backfill, and make it NOT NULL in a later release once blue is gone.`,
      },
    ];
  }
  return [];
}

function actionHits(table: string, a: MyAlterAction, online: boolean): RuleHit[] {
  switch (a.kind) {
    case "add-column":
      return addColumnHits(table, a);
    case "drop-column":
      return [
        {
          rule: "drop-column",
          target: { table, column: a.column },
          message: `DROP COLUMN ${fmt(a.column)} on ${fmt(table)}: blue's Prisma client still names this column in its SELECTs and INSERTs, which fail from the moment it runs (and the drop rebuilds the table in place).`,
          instead: `Contract in two releases: first ship code (and a Prisma schema) that no longer uses ${fmt(a.column)}; once that release is blue everywhere, drop the column in a later migration with ALGORITHM=INSTANT (8.0.29+) or INPLACE, LOCK=NONE.`,
        },
      ];
    case "modify-column":
      return [
        {
          rule: "change-column-type",
          target: { table, column: a.column },
          message: `MODIFY ${fmt(a.column)} on ${fmt(table)} restates the column's whole definition: a type change copies the table (ALGORITHM=COPY, writes blocked), blue keeps writing the old shape, and any NOT NULL or DEFAULT left out of the new definition is silently dropped.${a.notNull && !a.hasDefault ? " It also makes the column NOT NULL without a default, so blue's INSERTs that omit it fail." : ""}`,
          instead: `Expand/contract: add a new column with the new definition (ALGORITHM=INSTANT), write both from the new release and backfill in batches, switch reads, then drop the old column in a later release. Appending ENUM values at the end is INSTANT and safe: allow it with a reason.`,
        },
      ];
    case "change-column":
      if (a.from.toLowerCase() !== a.to.toLowerCase()) {
        return [
          {
            rule: "rename-column",
            target: { table, column: a.from },
            message: `CHANGE ${fmt(a.from)} ${fmt(a.to)} on ${fmt(table)} renames the column (and restates its definition): blue's queries still name ${fmt(a.from)} and fail at once.`,
            instead: `Expand/contract: add ${fmt(a.to)}, write both from the new release and backfill, switch reads, and drop ${fmt(a.from)} in a later release.`,
          },
        ];
      }
      return actionHits(table, { kind: "modify-column", column: a.to, notNull: false, hasDefault: true }, online);
    case "rename-column":
      return [
        {
          rule: "rename-column",
          target: { table, column: a.from },
          message: `RENAME COLUMN ${fmt(a.from)} TO ${fmt(a.to)} on ${fmt(table)}: blue's queries still name ${fmt(a.from)} and fail at once.`,
          instead: `Expand/contract: add ${fmt(a.to)}, write both from the new release and backfill, switch reads, and drop ${fmt(a.from)} in a later release.`,
        },
      ];
    case "rename-table":
      return [renameTableHit(table, a.to)];
    case "add-index":
      if (a.indexKind === "fulltext" || a.indexKind === "spatial") {
        return [
          onlineDdl(
            table,
            `ADD ${a.indexKind.toUpperCase()} INDEX`,
            "ALGORITHM=INPLACE but LOCK=SHARED (no concurrent writes; the first FULLTEXT index even rebuilds the table)",
          ),
        ];
      }
      return online ? [] : [indexHit(table)];
    case "add-primary-key":
      return online
        ? []
        : [
            onlineDdl(
              table,
              "ADD PRIMARY KEY",
              "a full table rebuild (INPLACE only when every key column is already NOT NULL, otherwise COPY)",
            ),
          ];
    case "drop-primary-key":
      return online ? [] : [onlineDdl(table, "DROP PRIMARY KEY (without adding another)", "ALGORITHM=COPY")];
    case "add-foreign-key":
      return online
        ? []
        : [
            onlineDdl(
              table,
              "ADD FOREIGN KEY",
              "ALGORITHM=COPY unless foreign_key_checks=0 (only then INPLACE), locking the table and checking every row",
            ),
          ];
    case "add-check":
      return online ? [] : [onlineDdl(table, "ADD CHECK", "ALGORITHM=COPY to validate every row")];
    case "engine":
      return online ? [] : [onlineDdl(table, "ENGINE=", "a full table rebuild")];
    case "other":
      return [];
  }
}

function indexHit(table: string): RuleHit {
  return {
    rule: "mysql-index-without-lock-none",
    target: { table },
    message: `Adding an index to ${fmt(table)} without ALGORITHM=INPLACE, LOCK=NONE: MySQL 8 normally builds it in place with concurrent writes, but if it cannot it silently falls back to a locking build.`,
    instead: `Say it explicitly so MySQL refuses rather than locks: ALTER TABLE ${fmt(table)} ADD INDEX ... (...), ALGORITHM=INPLACE, LOCK=NONE; (or CREATE INDEX ... ALGORITHM=INPLACE LOCK=NONE).`,
  };
}

function renameTableHit(table: string, to: string): RuleHit {
  return {
    rule: "rename-table",
    target: { table },
    message: `Renaming table ${fmt(table)} to ${fmt(to)}: blue's queries name ${fmt(table)} and fail as soon as it runs.`,
    instead: `Expand/contract: create the new table (or keep a view named ${fmt(table)}), write both from the new release and backfill, switch reads, and drop the old one in a later release.`,
  };
}

function everyRowHit(kind: "update" | "delete", table: string): RuleHit {
  const verb = kind === "update" ? "UPDATE" : "DELETE FROM";
  return {
    rule: kind === "update" ? "update-without-where" : "delete-without-where",
    target: { table },
    message: `${verb} ${fmt(table)} without WHERE touches every row in one transaction, holding InnoDB row locks on all of them: blue's writes to the table wait until it commits.`,
    instead: `Do it in batches from a job or script (${kind === "update" ? "UPDATE ... WHERE id BETWEEN x AND y" : "DELETE ... WHERE ... LIMIT n"}), each batch its own transaction, outside the schema migration.`,
  };
}

/** Findings for one MySQL statement, before opt-outs and the blue check. */
export function mysqlHits(stmt: MyStatement, ctx: RuleContext): RuleHit[] {
  const existing = (tables: readonly string[]) => tables.filter((t) => !ctx.state.isNewTable(t));
  switch (stmt.kind) {
    case "alter-table": {
      if (ctx.state.isNewTable(stmt.table)) return [];
      const online = isOnline(stmt);
      const hits = stmt.actions.flatMap((a) => actionHits(stmt.table, a, online));
      if (blocking(stmt) && !hits.some((h) => h.rule === "mysql-online-ddl")) {
        hits.push(
          onlineDdl(
            stmt.table,
            `ALTER TABLE with ALGORITHM=${stmt.algorithm ?? "DEFAULT"}, LOCK=${stmt.lock ?? "DEFAULT"}`,
            "the copy or lock the statement asks for",
          ),
        );
      }
      return hits;
    }
    case "create-index":
      if (ctx.state.isNewTable(stmt.table)) return [];
      if (stmt.indexKind === "fulltext" || stmt.indexKind === "spatial") {
        return [
          onlineDdl(stmt.table, `CREATE ${stmt.indexKind.toUpperCase()} INDEX`, "ALGORITHM=INPLACE but LOCK=SHARED (no concurrent writes)"),
        ];
      }
      if (blocking(stmt))
        return [onlineDdl(stmt.table, "CREATE INDEX with a blocking ALGORITHM/LOCK", "the copy or lock the statement asks for")];
      return isOnline(stmt) ? [] : [indexHit(stmt.table)];
    case "drop-table":
      return existing(stmt.tables).map((table) => ({
        rule: "drop-table",
        target: { table },
        message: `DROP TABLE ${fmt(table)}: blue still queries it, and every request that touches it fails from the moment it runs.`,
        instead: `Contract in two releases: first ship code (and a Prisma schema) that no longer uses ${fmt(table)}; drop it in a later migration once that release is blue everywhere.`,
      }));
    case "rename-table":
      return stmt.pairs.filter((p) => !ctx.state.isNewTable(p.from)).map((p) => renameTableHit(p.from, p.to));
    case "truncate":
      return existing(stmt.tables).map((table) => ({
        rule: "truncate-table",
        target: { table },
        message: `TRUNCATE TABLE ${fmt(table)} deletes every row blue is serving (it is a DROP + CREATE under a metadata lock).`,
        instead:
          "If the data really must go, delete it in batches from a job, or stop using the table first and drop it in a later release.",
      }));
    case "lock-tables":
      return existing(stmt.tables).map((table) => ({
        rule: "lock-table",
        target: { table },
        message: `LOCK TABLES ${fmt(table)} blocks blue's access to it until UNLOCK TABLES or the session ends.`,
        instead:
          "Remove the explicit lock; use online DDL (ALGORITHM=INPLACE/INSTANT, LOCK=NONE) and a short lock_wait_timeout so a blocked migration fails fast.",
      }));
    case "update":
    case "delete":
      return stmt.hasWhere ? [] : existing(stmt.tables).map((t) => everyRowHit(stmt.kind, t));
    default:
      return [];
  }
}

/** Records what a statement creates, so later statements on those objects are not reported. */
export function mysqlRecord(stmt: MyStatement, state: RunState): void {
  if (stmt.kind === "create-table") state.addTable(stmt.table);
  else if (stmt.kind === "create-index") state.addIndex(stmt.index);
  else if (stmt.kind === "rename-table") for (const p of stmt.pairs) state.renameTable(p.from, p.to);
  else if (stmt.kind === "alter-table") {
    for (const a of stmt.actions) if (a.kind === "rename-table") state.renameTable(stmt.table, a.to);
  }
}
