export const id = 810;
export const ids = [810];
export const modules = {

/***/ 66994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ chooseDialect),
/* harmony export */   h: () => (/* binding */ dialectOfUrl)
/* harmony export */ });
/**
 * The connection string is what the migration will really run against, so it wins; Prisma's lock
 * file records the provider the migrations were generated for; the flag is for a pull request
 * that has neither. A flag that contradicts a stronger source is a mistake worth stopping on.
 */
function chooseDialect(sources) {
    const fromUrl = sources.url === undefined ? undefined : dialectOfUrl(sources.url);
    const known = fromUrl !== undefined
        ? { dialect: fromUrl, from: "database.url" }
        : sources.lockFile !== undefined
            ? { dialect: sources.lockFile, from: "migration_lock.toml" }
            : undefined;
    if (known && sources.flag !== undefined && sources.flag !== known.dialect) {
        return { problem: `--dialect (input 'dialect'): '${sources.flag}' contradicts ${known.from}, which says ${known.dialect}` };
    }
    if (known)
        return known;
    if (sources.flag !== undefined)
        return { dialect: sources.flag, from: "--dialect" };
    return {
        problem: "--dialect (input 'dialect'): the SQL dialect is unknown (no database.url, no migration_lock.toml beside the migrations); give --dialect postgresql or --dialect mysql",
    };
}
function dialectOfUrl(url) {
    if (/^postgres(ql)?:\/\//.test(url))
        return "postgresql";
    if (/^mysql:\/\//.test(url))
        return "mysql";
    return undefined;
}


/***/ }),

/***/ 42093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vj: () => (/* binding */ verdictOf),
/* harmony export */   nz: () => (/* binding */ findingsReport),
/* harmony export */   oW: () => (/* binding */ findingHeadline)
/* harmony export */ });
/* harmony import */ var _report_report_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88850);

function verdictOf(result, mode) {
    const errors = result.findings.filter((f) => f.severity === "error").length;
    return { errors, warnings: result.findings.length - errors, refuse: mode === "enforce" && errors > 0 };
}
/**
 * Findings as a person reads them in a log or a step summary: where, what, why it hurts the live
 * release, and the safe sequence instead. A table would squeeze the advice into unreadable cells.
 */
function findingsReport(result, mode, checked) {
    const report = new _report_report_js__WEBPACK_IMPORTED_MODULE_0__/* .Report */ .pl();
    const verdict = verdictOf(result, mode);
    report.heading("migration safety");
    report.text(`${checked ? `${checked}: ` : ""}${result.files} file(s), ${result.statements} statement(s): ${verdict.errors} error(s), ${verdict.warnings} warning(s)` +
        `${result.suppressed.length > 0 ? `, ${result.suppressed.length} allowed` : ""} (mode: ${mode})`);
    for (const f of result.findings) {
        report.text(`${f.severity} ${f.rule} at ${f.file}:${f.line}: ${f.statement}`);
        report.list([`why: ${f.message}`, `instead: ${f.instead}`]);
    }
    if (result.suppressed.length > 0) {
        report.heading("allowed on purpose");
        report.table(["rule", "where", "by", "reason"], result.suppressed.map((s) => [s.rule, `${s.file}:${s.line}`, s.by === "comment" ? "comment" : "database.safety.allow", s.reason]));
    }
    return report;
}
/** One line per finding, for the refusal's reasons. */
function findingHeadline(f) {
    return `${f.file}:${f.line}: ${f.rule} (${f.severity}): ${f.statement}`;
}


/***/ }),

/***/ 73713:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ lintWithBlue),
  o: () => (/* binding */ loadBlueSchema)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/execa/index.js + 131 modules
var execa = __webpack_require__(16993);
;// CONCATENATED MODULE: ./src/db/blue-schema-source.ts




/**
 * Reads the live release's Prisma schema: a file (`--blue-schema`), or a path at a git ref
 * (`--blue-ref`, the path being `--blue-schema` or the config's schema). git runs with an
 * argument list; the ref was checked in settings.ts and is passed after --end-of-options, so it
 * can never be taken for an option.
 */
async function readBlueSchemaText(options) {
    const { file, ref, defaultSchema, cwd } = options;
    if (ref === undefined) {
        if (file === undefined)
            return undefined;
        const path = (0,external_node_path_.resolve)(cwd, file);
        try {
            return { text: await (0,promises_.readFile)(path, "utf8"), origin: file };
        }
        catch (error) {
            throw new errors/* InputError */.dz(`--blue-schema (input 'blue-schema'): cannot read '${file}' (${codeOf(error)})`);
        }
    }
    const wanted = file ?? defaultSchema;
    if (wanted === undefined) {
        throw new errors/* InputError */.dz("--blue-ref (input 'blue-ref'): no schema path to read at that ref; give --blue-schema <path> or a config with database.schema");
    }
    const absolute = (0,external_node_path_.resolve)(cwd, wanted);
    const top = await git((0,external_node_path_.dirname)(absolute), ["rev-parse", "--show-toplevel"], "--blue-ref (input 'blue-ref'): the schema is not in a git work tree");
    const commit = await git(top, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`], `--blue-ref (input 'blue-ref'): '${ref}' is not a commit, tag or branch in this repository (fetch it first: actions/checkout needs fetch-depth: 0 or the tag fetched)`);
    const inRepo = (0,external_node_path_.relative)(top, absolute).split("\\").join("/");
    const text = await git(top, ["show", `${commit}:${inRepo}`], `--blue-ref (input 'blue-ref'): '${inRepo}' does not exist at ${ref}`, false);
    return { text, origin: `${inRepo} at ${ref} (${commit.slice(0, 12)})` };
}
async function git(cwd, args, problem, trim = true) {
    const result = await (0,execa/* execa */.Ho)("git", args, { cwd, reject: false, stdin: "ignore", stripFinalNewline: false });
    if (result.exitCode !== 0 || result.failed)
        throw new errors/* InputError */.dz(problem);
    return trim ? result.stdout.trim() : result.stdout;
}
function codeOf(error) {
    return error instanceof Error && "code" in error ? String(error.code) : "unreadable";
}

// EXTERNAL MODULE: ./src/db/lint/rules.ts
var rules = __webpack_require__(661);
;// CONCATENATED MODULE: ./src/db/lint/syntax-error.ts
/** A statement the dialect's parser rejects; the CLI reports it as bad input (exit 2). */
class SqlSyntaxError extends Error {
    file;
    line;
    parserMessage;
    constructor(file, line, parserMessage) {
        super(`${file}:${line}: ${parserMessage}`);
        this.name = "SqlSyntaxError";
        this.file = file;
        this.line = line;
        this.parserMessage = parserMessage;
    }
}

;// CONCATENATED MODULE: ./src/db/lint/blue-check.ts
/** PostgreSQL compares quoted identifiers exactly (Prisma quotes everything); MySQL case-insensitively. */
const same = (dialect) => (a, b) => (dialect === "mysql" ? a.toLowerCase() === b.toLowerCase() : a === b);
function blueModel(blue, table, dialect) {
    const eq = same(dialect);
    return blue.models.find((m) => !m.ignored && eq(m.table, table));
}
function blueField(model, column, dialect) {
    const eq = same(dialect);
    return model.fields.find((f) => !f.ignored && f.column !== undefined && eq(f.column, column));
}
const COMPAT = new Set(["drop-table", "rename-table", "drop-column", "rename-column"]);
/**
 * Checks hits against what blue's Prisma schema actually maps:
 * - drop/rename of a table or column blue maps stays an error and says where blue maps it;
 * - drop/rename of something blue does not map is the contract step done right (blue stopped using
 *   it), so it is not reported at all;
 * - a new NOT NULL column without a default on a table blue maps, which blue's model lacks, becomes the
 *   more specific blue-insert-misses-column (one finding, not two).
 */
function checkAgainstBlue(hits, blue, dialect) {
    return hits.flatMap((hit) => {
        const target = hit.target;
        if (!target)
            return [hit];
        const model = blueModel(blue, target.table, dialect);
        if (COMPAT.has(hit.rule)) {
            if (!model)
                return [];
            if (target.column === undefined) {
                return [
                    {
                        ...hit,
                        message: `${hit.message} Blue's release still uses it: blue still maps model ${model.name} (schema line ${model.line}, ${blue.file}).`,
                    },
                ];
            }
            const field = blueField(model, target.column, dialect);
            if (!field)
                return [];
            return [
                {
                    ...hit,
                    message: `${hit.message} Blue's release still uses it: blue still maps ${model.name}.${field.name} (schema line ${field.line}, ${blue.file}).`,
                },
            ];
        }
        if (hit.rule === "add-column-not-null-without-default" &&
            model &&
            target.column !== undefined &&
            !blueField(model, target.column, dialect)) {
            return [
                {
                    rule: "blue-insert-misses-column",
                    target,
                    message: `New column "${target.column}" on "${target.table}" is NOT NULL with no DEFAULT, and blue's model ${model.name} (schema line ${model.line}, ${blue.file}) has no field for it: every ${model.name} create() blue makes omits the column and fails with a not-null violation until blue is gone.`,
                    instead: hit.instead,
                },
            ];
        }
        return [hit];
    });
}

;// CONCATENATED MODULE: ./src/db/lint/mysql-rules.ts
/** Functions that give a different value per row or per replica: an expression default calling one forces a table copy. */
const NONDETERMINISTIC = new Set(["UUID", "UUID_SHORT", "RAND", "SYSDATE", "UUID_TO_BIN", "CONNECTION_ID"]);
const fmt = (name) => `\`${name}\``;
/** MySQL refuses (instead of copying or locking) when the statement names an online algorithm. */
function isOnline(o) {
    if (o.algorithm === "INSTANT")
        return o.lock === undefined || o.lock === "NONE" || o.lock === "DEFAULT";
    return o.algorithm === "INPLACE" && o.lock === "NONE";
}
const blocking = (o) => o.algorithm === "COPY" || o.lock === "SHARED" || o.lock === "EXCLUSIVE";
function onlineDdl(table, what, algorithm) {
    return {
        rule: "mysql-online-ddl",
        target: { table },
        message: `${what} on ${fmt(table)}: MySQL 8 runs this with ${algorithm}, so blue's writes to ${fmt(table)} block (or the table is copied) for the whole operation.`,
        instead: `State the online clause so MySQL refuses rather than locks (ALTER TABLE ${fmt(table)} ..., ALGORITHM=INPLACE, LOCK=NONE), and where MySQL cannot do it online run the change with gh-ost or pt-online-schema-change outside the migration.`,
    };
}
function addColumnHits(table, a) {
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
function actionHits(table, a, online) {
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
                    onlineDdl(table, `ADD ${a.indexKind.toUpperCase()} INDEX`, "ALGORITHM=INPLACE but LOCK=SHARED (no concurrent writes; the first FULLTEXT index even rebuilds the table)"),
                ];
            }
            return online ? [] : [indexHit(table)];
        case "add-primary-key":
            return online
                ? []
                : [
                    onlineDdl(table, "ADD PRIMARY KEY", "a full table rebuild (INPLACE only when every key column is already NOT NULL, otherwise COPY)"),
                ];
        case "drop-primary-key":
            return online ? [] : [onlineDdl(table, "DROP PRIMARY KEY (without adding another)", "ALGORITHM=COPY")];
        case "add-foreign-key":
            return online
                ? []
                : [
                    onlineDdl(table, "ADD FOREIGN KEY", "ALGORITHM=COPY unless foreign_key_checks=0 (only then INPLACE), locking the table and checking every row"),
                ];
        case "add-check":
            return online ? [] : [onlineDdl(table, "ADD CHECK", "ALGORITHM=COPY to validate every row")];
        case "engine":
            return online ? [] : [onlineDdl(table, "ENGINE=", "a full table rebuild")];
        case "other":
            return [];
    }
}
function indexHit(table) {
    return {
        rule: "mysql-index-without-lock-none",
        target: { table },
        message: `Adding an index to ${fmt(table)} without ALGORITHM=INPLACE, LOCK=NONE: MySQL 8 normally builds it in place with concurrent writes, but if it cannot it silently falls back to a locking build.`,
        instead: `Say it explicitly so MySQL refuses rather than locks: ALTER TABLE ${fmt(table)} ADD INDEX ... (...), ALGORITHM=INPLACE, LOCK=NONE; (or CREATE INDEX ... ALGORITHM=INPLACE LOCK=NONE).`,
    };
}
function renameTableHit(table, to) {
    return {
        rule: "rename-table",
        target: { table },
        message: `Renaming table ${fmt(table)} to ${fmt(to)}: blue's queries name ${fmt(table)} and fail as soon as it runs.`,
        instead: `Expand/contract: create the new table (or keep a view named ${fmt(table)}), write both from the new release and backfill, switch reads, and drop the old one in a later release.`,
    };
}
function everyRowHit(kind, table) {
    const verb = kind === "update" ? "UPDATE" : "DELETE FROM";
    return {
        rule: kind === "update" ? "update-without-where" : "delete-without-where",
        target: { table },
        message: `${verb} ${fmt(table)} without WHERE touches every row in one transaction, holding InnoDB row locks on all of them: blue's writes to the table wait until it commits.`,
        instead: `Do it in batches from a job or script (${kind === "update" ? "UPDATE ... WHERE id BETWEEN x AND y" : "DELETE ... WHERE ... LIMIT n"}), each batch its own transaction, outside the schema migration.`,
    };
}
/** Findings for one MySQL statement, before opt-outs and the blue check. */
function mysqlHits(stmt, ctx) {
    const existing = (tables) => tables.filter((t) => !ctx.state.isNewTable(t));
    switch (stmt.kind) {
        case "alter-table": {
            if (ctx.state.isNewTable(stmt.table))
                return [];
            const online = isOnline(stmt);
            const hits = stmt.actions.flatMap((a) => actionHits(stmt.table, a, online));
            if (blocking(stmt) && !hits.some((h) => h.rule === "mysql-online-ddl")) {
                hits.push(onlineDdl(stmt.table, `ALTER TABLE with ALGORITHM=${stmt.algorithm ?? "DEFAULT"}, LOCK=${stmt.lock ?? "DEFAULT"}`, "the copy or lock the statement asks for"));
            }
            return hits;
        }
        case "create-index":
            if (ctx.state.isNewTable(stmt.table))
                return [];
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
                instead: "If the data really must go, delete it in batches from a job, or stop using the table first and drop it in a later release.",
            }));
        case "lock-tables":
            return existing(stmt.tables).map((table) => ({
                rule: "lock-table",
                target: { table },
                message: `LOCK TABLES ${fmt(table)} blocks blue's access to it until UNLOCK TABLES or the session ends.`,
                instead: "Remove the explicit lock; use online DDL (ALGORITHM=INPLACE/INSTANT, LOCK=NONE) and a short lock_wait_timeout so a blocked migration fails fast.",
            }));
        case "update":
        case "delete":
            return stmt.hasWhere ? [] : existing(stmt.tables).map((t) => everyRowHit(stmt.kind, t));
        default:
            return [];
    }
}
/** Records what a statement creates, so later statements on those objects are not reported. */
function mysqlRecord(stmt, state) {
    if (stmt.kind === "create-table")
        state.addTable(stmt.table);
    else if (stmt.kind === "create-index")
        state.addIndex(stmt.index);
    else if (stmt.kind === "rename-table")
        for (const p of stmt.pairs)
            state.renameTable(p.from, p.to);
    else if (stmt.kind === "alter-table") {
        for (const a of stmt.actions)
            if (a.kind === "rename-table")
                state.renameTable(stmt.table, a.to);
    }
}

// EXTERNAL MODULE: ./node_modules/node-sql-parser/build/mysql.js
var mysql = __webpack_require__(56442);
var mysql_default = /*#__PURE__*/__webpack_require__.n(mysql);
;// CONCATENATED MODULE: ./src/db/lint/mysql-ast.ts
/**
 * Typed view of the parts of node-sql-parser's MySQL AST the rules read. The parser's own typings are
 * loose (`any` in many places), so the raw tree is taken as `unknown` and decoded here with guards into
 * a small discriminated union; nothing untyped leaves this module.
 */
function isRaw(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
function rec(value) {
    return isRaw(value) ? value : {};
}
function str(value) {
    return typeof value === "string" ? value : undefined;
}
function list(value) {
    return Array.isArray(value) ? value : [];
}
/** A table reference `{ db, table }`. */
function tableName(value) {
    return str(rec(value).table);
}
function tableNames(value) {
    return list(value)
        .map(tableName)
        .filter((t) => t !== undefined);
}
/** A column reference: `{ column: "a" }` or, in some positions, `{ column: { expr: { value: "a" } } }`. */
function columnName(value) {
    const column = rec(value).column;
    return str(column) ?? str(rec(rec(column).expr).value);
}
function upper(value) {
    return str(value)?.toUpperCase();
}
/** Every function name called anywhere inside an expression tree. */
function functionNames(value, into = []) {
    if (Array.isArray(value)) {
        for (const item of value)
            functionNames(item, into);
    }
    else if (isRaw(value)) {
        if (value.type === "function") {
            const parts = list(rec(value.name).name).map((p) => str(rec(p).value) ?? "");
            const last = parts[parts.length - 1];
            if (last)
                into.push(last.toUpperCase());
        }
        for (const child of Object.values(value))
            functionNames(child, into);
    }
    return into;
}
function indexKind(keyword) {
    const k = str(keyword)?.toLowerCase() ?? "";
    if (k.startsWith("unique"))
        return "unique";
    if (k.startsWith("fulltext"))
        return "fulltext";
    if (k.startsWith("spatial"))
        return "spatial";
    return "plain";
}
function notNull(expr) {
    return str(rec(expr.nullable).type)?.toLowerCase() === "not null";
}
function addColumn(expr, column) {
    const defaultValue = isRaw(expr.default_val) ? expr.default_val.value : undefined;
    const generated = rec(expr.generated);
    const primaryKey = str(expr.primary_key) ?? str(expr.unique_or_primary);
    return {
        kind: "add-column",
        column,
        notNull: notNull(expr) || (primaryKey?.toLowerCase().includes("primary") ?? false),
        hasDefault: defaultValue !== undefined,
        expressionDefault: rec(defaultValue).parentheses === true,
        defaultFunctions: functionNames(defaultValue),
        autoIncrement: expr.auto_increment !== undefined && expr.auto_increment !== null,
        generated: isRaw(expr.generated),
        generatedStored: str(generated.storage_type)?.toLowerCase() === "stored",
        primaryKey: primaryKey?.toLowerCase().includes("primary") ?? false,
    };
}
function constraintAction(expr) {
    const def = rec(expr.create_definitions);
    const type = str(def.constraint_type)?.toLowerCase() ?? "";
    if (type === "primary key")
        return { kind: "add-primary-key" };
    if (type === "foreign key")
        return { kind: "add-foreign-key" };
    if (type === "check")
        return { kind: "add-check" };
    if (type.startsWith("unique"))
        return { kind: "add-index", indexKind: "unique" };
    return { kind: "other", action: `add ${type}` };
}
function alterAction(expr) {
    const action = str(expr.action)?.toLowerCase();
    const resource = str(expr.resource)?.toLowerCase();
    if (resource === "algorithm" || resource === "lock")
        return undefined;
    if (resource === "engine")
        return { kind: "engine" };
    const column = columnName(expr.column);
    switch (action) {
        case "add":
            if (resource === "column" && column)
                return addColumn(expr, column);
            if (resource === "index")
                return { kind: "add-index", indexKind: indexKind(expr.keyword) };
            if (resource === "constraint")
                return constraintAction(expr);
            break;
        case "drop":
            if (resource === "column" && column)
                return { kind: "drop-column", column };
            if (resource === "key" && str(expr.keyword)?.toLowerCase() === "primary key")
                return { kind: "drop-primary-key" };
            break;
        case "modify":
            if (column)
                return { kind: "modify-column", column, notNull: notNull(expr), hasDefault: isRaw(expr.default_val) };
            break;
        case "change": {
            const from = columnName(expr.old_column);
            if (from && column)
                return { kind: "change-column", from, to: column };
            break;
        }
        case "rename": {
            const from = columnName(expr.old_column);
            if (resource === "column" && from && column)
                return { kind: "rename-column", from, to: column };
            const to = str(expr.table) ?? tableName(expr.table);
            if (resource === "table" && to)
                return { kind: "rename-table", to };
            break;
        }
    }
    return { kind: "other", action: [action, resource].filter(Boolean).join(" ") };
}
function online(expr) {
    const out = {};
    for (const item of list(expr)) {
        const raw = rec(item);
        const resource = str(raw.resource)?.toLowerCase();
        if (resource === "algorithm")
            out.algorithm = upper(raw.algorithm);
        if (resource === "lock")
            out.lock = upper(raw.lock);
    }
    return out;
}
/** Decodes one statement of node-sql-parser's MySQL AST. */
function decodeMySql(ast) {
    const node = rec(ast);
    const type = str(node.type)?.toLowerCase() ?? "";
    const keyword = str(node.keyword)?.toLowerCase();
    switch (type) {
        case "create": {
            if (keyword === "table")
                return { kind: "create-table", table: tableNames(node.table)[0] ?? "" };
            if (keyword === "index") {
                const algorithm = upper(rec(node.algorithm_option).algorithm);
                const lock = upper(rec(node.lock_option).lock);
                return {
                    kind: "create-index",
                    table: tableName(node.table) ?? "",
                    index: str(node.index) ?? "",
                    indexKind: indexKind(node.index_type),
                    ...(algorithm ? { algorithm } : {}),
                    ...(lock ? { lock } : {}),
                };
            }
            break;
        }
        case "drop":
            if (keyword === "table")
                return { kind: "drop-table", tables: tableNames(node.name) };
            if (keyword === "index")
                return { kind: "drop-index", table: tableName(node.table) ?? "", index: columnName(node.name) ?? "" };
            break;
        case "rename":
            return {
                kind: "rename-table",
                pairs: list(node.table).flatMap((pair) => {
                    const [from, to] = tableNames(pair);
                    return from && to ? [{ from, to }] : [];
                }),
            };
        case "alter": {
            const actions = list(node.expr)
                .map((e) => alterAction(rec(e)))
                .filter((a) => a !== undefined);
            return { kind: "alter-table", table: tableNames(node.table)[0] ?? "", actions, ...online(node.expr) };
        }
        case "truncate":
            return { kind: "truncate", tables: tableNames(node.name) };
        case "update":
            return { kind: "update", tables: tableNames(node.table), hasWhere: node.where !== null && node.where !== undefined };
        case "delete":
            return { kind: "delete", tables: tableNames(node.from), hasWhere: node.where !== null && node.where !== undefined };
        case "lock":
            return { kind: "lock-tables", tables: list(node.tables).flatMap((t) => tableName(rec(t).table) ?? []) };
    }
    return { kind: "other", type };
}

;// CONCATENATED MODULE: ./src/db/lint/mysql-lexer.ts
/** MySQL only treats `--` as a comment when a blank or control character (or the end) follows it. */
function startsDashComment(sql, i) {
    if (sql[i] !== "-" || sql[i + 1] !== "-")
        return false;
    const next = sql.charCodeAt(i + 2);
    return Number.isNaN(next) || next <= 0x20;
}
/**
 * Finds statement boundaries and line comments in MySQL text. It knows quoting ('...', "..." with
 * backslash escapes and doubled quotes; `...` with doubled backticks) and comments (`-- `, `#`, `/* *\/`);
 * it never decides anything about what a statement does: the parser does.
 */
function lexMySql(sql) {
    const statements = [];
    const comments = [];
    let line = 1;
    let start = -1;
    let startLine = 0;
    const begin = (i) => {
        if (start < 0) {
            start = i;
            startLine = line;
        }
    };
    const finish = (end) => {
        if (start >= 0) {
            const text = sql.slice(start, end).trimEnd();
            statements.push({ text, line: startLine, endLine: startLine + text.split("\n").length - 1 });
        }
        start = -1;
    };
    let i = 0;
    while (i < sql.length) {
        const ch = sql[i];
        if (ch === "\n") {
            line++;
            i++;
        }
        else if (startsDashComment(sql, i) || ch === "#") {
            const stop = sql.indexOf("\n", i);
            const end = stop < 0 ? sql.length : stop;
            comments.push({ line, text: sql.slice(i + (ch === "#" ? 1 : 2), end) });
            i = end;
        }
        else if (ch === "/" && sql[i + 1] === "*") {
            const stop = sql.indexOf("*/", i + 2);
            const end = stop < 0 ? sql.length : stop + 2;
            for (let j = i; j < end; j++)
                if (sql[j] === "\n")
                    line++;
            i = end;
        }
        else if (ch === "'" || ch === '"' || ch === "`") {
            begin(i);
            i++;
            while (i < sql.length) {
                const c = sql[i];
                if (c === "\n")
                    line++;
                if (c === "\\" && ch !== "`") {
                    if (sql[i + 1] === "\n")
                        line++;
                    i += 2;
                }
                else if (c === ch) {
                    if (sql[i + 1] === ch)
                        i += 2;
                    else {
                        i++;
                        break;
                    }
                }
                else
                    i++;
            }
        }
        else if (ch === ";") {
            finish(i);
            i++;
        }
        else {
            if (ch !== undefined && ch.trim() !== "")
                begin(i);
            i++;
        }
    }
    finish(sql.length);
    return { statements, comments };
}

;// CONCATENATED MODULE: ./src/db/lint/mysql-metadata-alter.ts
function readMetadataAlter(sql) {
    const lexed = tokenize(sql);
    if (!lexed)
        return undefined;
    const tokens = lexed;
    let i = 0;
    const peekWord = (...words) => {
        const t = tokens[i];
        return t !== undefined && t.kind === "word" && words.includes(t.text.toUpperCase());
    };
    const word = (...words) => (peekWord(...words) ? tokens[i++] : undefined);
    const ident = () => {
        const t = tokens[i];
        if (!t || (t.kind !== "word" && t.kind !== "quoted-ident"))
            return undefined;
        i++;
        // schema-qualified: keep the table part, as the grammar's AST does
        if (tokens[i]?.kind === "punct" &&
            tokens[i]?.text === "." &&
            (tokens[i + 1]?.kind === "word" || tokens[i + 1]?.kind === "quoted-ident")) {
            i++;
            return tokens[i++].text;
        }
        return t.text;
    };
    const punct = (p) => {
        if (tokens[i]?.kind === "punct" && tokens[i]?.text === p) {
            i++;
            return true;
        }
        return false;
    };
    if (!word("ALTER") || !word("TABLE"))
        return undefined;
    const table = ident();
    if (table === undefined)
        return undefined;
    const actions = [];
    let algorithm;
    let lock;
    do {
        if (word("ALTER")) {
            word("COLUMN");
            if (ident() === undefined)
                return undefined;
            if (word("SET")) {
                if (!word("DEFAULT") || !literal())
                    return undefined;
            }
            else if (!(word("DROP") && word("DEFAULT")))
                return undefined;
            actions.push({ kind: "other", action: "alter-column-default" });
        }
        else if (word("RENAME")) {
            if (!word("INDEX", "KEY"))
                return undefined;
            if (ident() === undefined || !word("TO") || ident() === undefined)
                return undefined;
            actions.push({ kind: "other", action: "rename-index" });
        }
        else if (peekWord("ALGORITHM", "LOCK")) {
            const option = tokens[i++].text.toUpperCase();
            punct("=");
            const value = tokens[i++];
            if (!value || value.kind !== "word")
                return undefined;
            if (option === "ALGORITHM")
                algorithm = value.text.toUpperCase();
            else
                lock = value.text.toUpperCase();
        }
        else
            return undefined;
    } while (punct(","));
    if (i !== tokens.length || actions.length === 0)
        return undefined;
    return { kind: "alter-table", table, actions, ...(algorithm ? { algorithm } : {}), ...(lock ? { lock } : {}) };
    function literal() {
        const t = tokens[i];
        if (!t)
            return false;
        if (t.kind === "string" || t.kind === "number")
            return (i++, true);
        if (t.kind === "punct" && t.text === "-" && tokens[i + 1]?.kind === "number")
            return ((i += 2), true);
        if (t.kind === "word" && ["NULL", "TRUE", "FALSE"].includes(t.text.toUpperCase()))
            return (i++, true);
        return false;
    }
}
/** Words, `quoted` identifiers, 'strings', numbers and single-character punctuation; undefined on anything else. */
function tokenize(sql) {
    const tokens = [];
    let i = 0;
    while (i < sql.length) {
        const ch = sql[i];
        if (ch.trim() === "") {
            i++;
        }
        else if (ch === "`" || ch === "'" || ch === '"') {
            let text = "";
            i++;
            for (;;) {
                if (i >= sql.length)
                    return undefined;
                const c = sql[i];
                if (c === "\\" && ch !== "`") {
                    text += sql[i + 1] ?? "";
                    i += 2;
                }
                else if (c === ch && sql[i + 1] === ch) {
                    text += ch;
                    i += 2;
                }
                else if (c === ch) {
                    i++;
                    break;
                }
                else {
                    text += c;
                    i++;
                }
            }
            tokens.push({ kind: ch === "`" ? "quoted-ident" : "string", text });
        }
        else if (isWordChar(ch)) {
            let j = i;
            while (j < sql.length && isWordChar(sql[j]))
                j++;
            const text = sql.slice(i, j);
            tokens.push({ kind: /^\d+(\.\d+)?$/.test(text) ? "number" : "word", text });
            i = j;
        }
        else if ("(),.=-".includes(ch)) {
            tokens.push({ kind: "punct", text: ch });
            i++;
        }
        else
            return undefined;
    }
    return tokens;
}
function isWordChar(ch) {
    const code = ch.charCodeAt(0);
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || ch === "_" || ch === "$" || code > 127;
}

;// CONCATENATED MODULE: ./src/db/lint/statement.ts
function headOf(text) {
    const first = text.split("\n", 1)[0] ?? "";
    const trimmed = first.trim();
    return trimmed.length > 120 ? `${trimmed.slice(0, 117)}...` : trimmed;
}

;// CONCATENATED MODULE: ./src/db/lint/mysql-statements.ts






// Only the MySQL build: it parses ALGORITHM= / LOCK= clauses and keeps the bundle small.
const { Parser } = (mysql_default());
let parser;
function parserLine(error) {
    if (typeof error !== "object" || error === null || !("location" in error))
        return 1;
    const location = error.location;
    const line = location?.start?.line;
    return typeof line === "number" && line > 0 ? line : 1;
}
/**
 * The parser has no statement locations, so the lexer cuts the file into statements and each is parsed
 * on its own: a syntax error then points at file:line (statement line + parser line - 1).
 */
function parseMySqlFile(file, sql) {
    parser ??= new Parser();
    const lexed = lexMySql(sql);
    const statements = [];
    for (const raw of lexed.statements) {
        let ast;
        try {
            ast = parser.astify(raw.text, { database: "MySQL", parseOptions: { includeLocations: true } });
        }
        catch (error) {
            // a few metadata-only ALTERs the grammar lacks: read those from tokens, fail on the rest
            const metadata = readMetadataAlter(raw.text);
            if (metadata) {
                statements.push({ ast: metadata, line: raw.line, endLine: raw.endLine, head: headOf(raw.text) });
                continue;
            }
            const message = error instanceof Error ? error.message : String(error);
            throw new SqlSyntaxError(file, raw.line + parserLine(error) - 1, message);
        }
        for (const one of Array.isArray(ast) ? ast : [ast]) {
            statements.push({ ast: decodeMySql(one), line: raw.line, endLine: raw.endLine, head: headOf(raw.text) });
        }
    }
    return { statements, comments: lexed.comments };
}

;// CONCATENATED MODULE: ./src/db/lint/pg-rules.ts
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
const rel = (rv) => rv?.relname ?? "";
function strings(nodes) {
    return (nodes ?? []).flatMap((n) => ("String" in n && n.String.sval !== undefined ? [n.String.sval] : []));
}
/** The last part of a possibly qualified name (`schema.table` → `table`). */
function lastName(node) {
    const parts = "List" in node ? strings(node.List.items) : "String" in node ? [node.String.sval ?? ""] : [];
    return parts[parts.length - 1] ?? "";
}
function constraintsOf(def) {
    return (def.constraints ?? []).flatMap((n) => ("Constraint" in n ? [n.Constraint] : []));
}
/** Every function name called anywhere inside an expression tree. */
function calledFunctions(value, into = []) {
    if (Array.isArray(value))
        for (const v of value)
            calledFunctions(v, into);
    else if (typeof value === "object" && value !== null) {
        if ("FuncCall" in value) {
            const call = value.FuncCall;
            const name = strings(call.funcname).pop();
            if (name)
                into.push(name.toLowerCase());
        }
        for (const v of Object.values(value))
            calledFunctions(v, into);
    }
    return into;
}
const hasOption = (options, name) => (options ?? []).some((n) => "DefElem" in n && n.DefElem.defname?.toLowerCase() === name);
const pg_rules_fmt = (table) => `"${table}"`;
function pg_rules_addColumnHits(table, def) {
    const column = def.colname ?? "";
    const constraints = constraintsOf(def);
    const has = (type) => constraints.some((c) => c.contype === type);
    const defaultExpr = constraints.find((c) => c.contype === "CONSTR_DEFAULT")?.raw_expr;
    const typeName = strings(def.typeName?.names).pop()?.toLowerCase() ?? "";
    const volatileCall = calledFunctions(defaultExpr).find((f) => VOLATILE.has(f));
    const stored = constraints.some((c) => c.contype === "CONSTR_GENERATED" && c.generated_kind === "s");
    const hits = [];
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
            message: `ADD COLUMN ${pg_rules_fmt(column)} on ${pg_rules_fmt(table)}: ${why}, which rewrites the whole table under ACCESS EXCLUSIVE; blue's reads and writes wait until it finishes.`,
            instead: `Add the column without the default (nullable, or with a constant default), set the default for new rows with ALTER TABLE ${pg_rules_fmt(table)} ALTER COLUMN ${pg_rules_fmt(column)} SET DEFAULT ..., then backfill existing rows in batches in a later step.`,
        });
    }
    else if ((has("CONSTR_NOTNULL") || has("CONSTR_PRIMARY")) && !defaultExpr && !has("CONSTR_GENERATED")) {
        hits.push({
            rule: "add-column-not-null-without-default",
            target,
            message: `ADD COLUMN ${pg_rules_fmt(column)} NOT NULL without a DEFAULT on ${pg_rules_fmt(table)}: it fails outright if the table has rows, and once it exists blue's INSERTs, which do not name the column, fail with a not-null violation.`,
            instead: `Give it a constant default: ALTER TABLE ${pg_rules_fmt(table)} ADD COLUMN ${pg_rules_fmt(column)} <type> NOT NULL DEFAULT <constant> (no rewrite on PostgreSQL 11+ when the default is non-volatile). Or add it nullable, backfill, and add NOT NULL in a later release once blue is gone.`,
        });
    }
    if (has("CONSTR_UNIQUE") || has("CONSTR_PRIMARY"))
        hits.push(uniqueHit(table, column ? `on column ${pg_rules_fmt(column)}` : ""));
    if (constraints.some((c) => c.contype === "CONSTR_FOREIGN" && !c.skip_validation))
        hits.push(foreignKeyHit(table, ""));
    if (constraints.some((c) => c.contype === "CONSTR_CHECK" && !c.skip_validation))
        hits.push(checkHit(table, ""));
    return hits;
}
function uniqueHit(table, what) {
    return {
        rule: "add-unique-constraint-without-index",
        target: { table },
        message: `Adding a UNIQUE / PRIMARY KEY constraint ${what} on ${pg_rules_fmt(table)} builds its index in place, blocking blue's writes (ACCESS EXCLUSIVE on ALTER TABLE) for the whole build.`.replace("  ", " "),
        instead: `First, in its own migration folder: CREATE UNIQUE INDEX CONCURRENTLY "<index>" ON ${pg_rules_fmt(table)} (...); then in the next migration: ALTER TABLE ${pg_rules_fmt(table)} ADD CONSTRAINT "<name>" UNIQUE USING INDEX "<index>" (or PRIMARY KEY USING INDEX).`,
    };
}
function foreignKeyHit(table, name) {
    return {
        rule: "add-foreign-key-without-not-valid",
        target: { table },
        message: `Adding FOREIGN KEY ${name} on ${pg_rules_fmt(table)} validates every existing row at once, holding SHARE ROW EXCLUSIVE on both ${pg_rules_fmt(table)} and the referenced table, so blue's writes to both wait.`.replace("  ", " "),
        instead: `ALTER TABLE ${pg_rules_fmt(table)} ADD CONSTRAINT "<name>" FOREIGN KEY (...) REFERENCES ... NOT VALID; then, in a later migration, ALTER TABLE ${pg_rules_fmt(table)} VALIDATE CONSTRAINT "<name>"; (validation takes only SHARE UPDATE EXCLUSIVE).`,
    };
}
function checkHit(table, name) {
    return {
        rule: "add-check-without-not-valid",
        target: { table },
        message: `Adding CHECK ${name} on ${pg_rules_fmt(table)} scans every row to validate it while holding ACCESS EXCLUSIVE, so blue's reads and writes wait.`.replace("  ", " "),
        instead: `ALTER TABLE ${pg_rules_fmt(table)} ADD CONSTRAINT "<name>" CHECK (...) NOT VALID; then, in a later migration, ALTER TABLE ${pg_rules_fmt(table)} VALIDATE CONSTRAINT "<name>"; (validation takes only SHARE UPDATE EXCLUSIVE).`,
    };
}
function alterTableCmdHits(table, cmd) {
    const column = cmd.name ?? "";
    switch (cmd.subtype) {
        case "AT_AddColumn":
            return cmd.def && "ColumnDef" in cmd.def ? pg_rules_addColumnHits(table, cmd.def.ColumnDef) : [];
        case "AT_DropColumn":
            return [
                {
                    rule: "drop-column",
                    target: { table, column },
                    message: `DROP COLUMN ${pg_rules_fmt(column)} on ${pg_rules_fmt(table)}: blue's Prisma client still names this column in its SELECTs and INSERTs, which fail from the moment the migration commits.`,
                    instead: `Contract in two releases: first ship code (and a Prisma schema) that no longer uses ${pg_rules_fmt(column)}; once that release is blue everywhere, drop the column in a later migration.`,
                },
            ];
        case "AT_AlterColumnType":
            return [
                {
                    rule: "change-column-type",
                    target: { table, column },
                    message: `ALTER COLUMN ${pg_rules_fmt(column)} TYPE on ${pg_rules_fmt(table)} rewrites the table (and its indexes) under ACCESS EXCLUSIVE unless the cast is binary-compatible, and blue keeps reading and writing the old type. This is also how Prisma re-creates an enum whose values changed.`,
                    instead: `Expand/contract: add a new column with the new type, write both from the new release and backfill in batches, switch reads, then drop the old column in a later release. For enums, only add values (ALTER TYPE ... ADD VALUE) while blue runs.`,
                },
            ];
        case "AT_SetNotNull":
            return [
                {
                    rule: "set-not-null",
                    target: { table, column },
                    message: `ALTER COLUMN ${pg_rules_fmt(column)} SET NOT NULL on ${pg_rules_fmt(table)} scans the whole table under ACCESS EXCLUSIVE to check for NULLs; blue's queries wait, and blue's INSERTs that leave it NULL start failing.`,
                    instead: `ALTER TABLE ${pg_rules_fmt(table)} ADD CONSTRAINT "${column}_not_null" CHECK (${pg_rules_fmt(column)} IS NOT NULL) NOT VALID; in a later migration VALIDATE CONSTRAINT "${column}_not_null"; then SET NOT NULL (PostgreSQL 12+ uses the valid check and skips the scan) and DROP CONSTRAINT "${column}_not_null".`,
                },
            ];
        case "AT_AddConstraint": {
            const c = cmd.def && "Constraint" in cmd.def ? cmd.def.Constraint : undefined;
            if (!c)
                return [];
            const name = c.conname ? `"${c.conname}"` : "";
            if (c.contype === "CONSTR_CHECK" && !c.skip_validation)
                return [checkHit(table, name)];
            if (c.contype === "CONSTR_FOREIGN" && !c.skip_validation)
                return [foreignKeyHit(table, name)];
            if ((c.contype === "CONSTR_UNIQUE" || c.contype === "CONSTR_PRIMARY") && !c.indexname)
                return [uniqueHit(table, name)];
            return [];
        }
        default:
            return [];
    }
}
function concurrentlyHit(ctx, what) {
    if (ctx.statementsInFile <= 1)
        return [];
    return [
        {
            rule: "concurrently-in-transaction",
            message: `${what} CONCURRENTLY cannot run inside a transaction block, and Prisma sends a migration.sql as one multi-statement query, which PostgreSQL runs in an implicit transaction: this migration will fail.`,
            instead: `Move the ${what} CONCURRENTLY statement into its own migration folder, as the only statement in its migration.sql.`,
        },
    ];
}
function tablesHits(ctx, relations, make) {
    return (relations ?? [])
        .flatMap((n) => ("RangeVar" in n ? [rel(n.RangeVar)] : []))
        .filter((t) => !ctx.state.isNewTable(t))
        .map(make);
}
/** Findings for one PostgreSQL statement, before opt-outs and the blue check. */
function pgHits(node, ctx) {
    const isNew = (table) => ctx.state.isNewTable(table);
    if ("AlterTableStmt" in node) {
        const stmt = node.AlterTableStmt;
        const table = rel(stmt.relation);
        if (stmt.objtype !== "OBJECT_TABLE" || isNew(table))
            return [];
        return (stmt.cmds ?? []).flatMap((n) => ("AlterTableCmd" in n ? alterTableCmdHits(table, n.AlterTableCmd) : []));
    }
    if ("IndexStmt" in node) {
        const stmt = node.IndexStmt;
        const table = rel(stmt.relation);
        if (stmt.concurrent)
            return concurrentlyHit(ctx, "CREATE INDEX");
        if (isNew(table))
            return [];
        return [
            {
                rule: "create-index-without-concurrently",
                target: { table },
                message: `CREATE INDEX${stmt.idxname ? ` "${stmt.idxname}"` : ""} on existing table ${pg_rules_fmt(table)} without CONCURRENTLY holds a SHARE lock for the whole build: blue's INSERTs, UPDATEs and DELETEs wait.`,
                instead: `CREATE ${stmt.unique ? "UNIQUE " : ""}INDEX CONCURRENTLY ... ON ${pg_rules_fmt(table)} (...), alone in its own migration folder (CONCURRENTLY cannot run in Prisma's implicit transaction). If it fails, DROP INDEX CONCURRENTLY the invalid index and retry.`,
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
                message: `DROP TABLE ${pg_rules_fmt(table)}: blue still queries it, and every request that touches it fails from the moment the migration commits.`,
                instead: `Contract in two releases: first ship code (and a Prisma schema) that no longer uses ${pg_rules_fmt(table)}; drop it in a later migration once that release is blue everywhere.`,
            }));
        }
        if (stmt.removeType === "OBJECT_INDEX") {
            if (stmt.concurrent)
                return concurrentlyHit(ctx, "DROP INDEX");
            if (names.every((i) => ctx.state.isNewIndex(i)))
                return [];
            return [
                {
                    rule: "drop-index-without-concurrently",
                    message: `DROP INDEX ${names.map(pg_rules_fmt).join(", ")} without CONCURRENTLY takes ACCESS EXCLUSIVE on the index's table: blue's reads and writes of it wait behind the lock.`,
                    instead: `DROP INDEX CONCURRENTLY ${names.map(pg_rules_fmt).join(", ")}, alone in its own migration folder (CONCURRENTLY cannot run in Prisma's implicit transaction).`,
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
                    message: `Renaming table ${pg_rules_fmt(table)} to "${stmt.newname ?? ""}": blue's queries name ${pg_rules_fmt(table)} and fail as soon as the migration commits.`,
                    instead: `Expand/contract: create the new table (or a view named ${pg_rules_fmt(table)} over it), write both from the new release and backfill, switch reads, and drop the old one in a later release.`,
                },
            ];
        }
        if (stmt.renameType === "OBJECT_COLUMN" && stmt.relationType === "OBJECT_TABLE" && !isNew(table)) {
            const column = stmt.subname ?? "";
            return [
                {
                    rule: "rename-column",
                    target: { table, column },
                    message: `Renaming column ${pg_rules_fmt(column)} of ${pg_rules_fmt(table)} to "${stmt.newname ?? ""}": blue's queries still name ${pg_rules_fmt(column)} and fail as soon as the migration commits.`,
                    instead: `Expand/contract: add the new column, write both from the new release (or a trigger) and backfill, switch reads to the new column, and drop ${pg_rules_fmt(column)} in a later release.`,
                },
            ];
        }
        return [];
    }
    if ("AlterEnumStmt" in node) {
        const stmt = node.AlterEnumStmt;
        if (!stmt.oldVal || !stmt.newVal)
            return [];
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
            message: `TRUNCATE ${pg_rules_fmt(table)} deletes every row blue is serving and takes ACCESS EXCLUSIVE on it.`,
            instead: `If the data really must go, delete it in batches (DELETE ... WHERE id IN (SELECT ... LIMIT n)) from a job, or stop using the table first and drop it in a later release.`,
        }));
    }
    if ("LockStmt" in node) {
        return tablesHits(ctx, node.LockStmt.relations, (table) => ({
            rule: "lock-table",
            target: { table },
            message: `LOCK TABLE ${pg_rules_fmt(table)} holds the lock until the migration's transaction ends: blue's queries on it queue behind it.`,
            instead: `Remove the explicit lock; use statements that take weaker locks (CONCURRENTLY, NOT VALID + VALIDATE) and set lock_timeout so a blocked migration fails fast instead of queueing blue.`,
        }));
    }
    if ("VacuumStmt" in node) {
        const stmt = node.VacuumStmt;
        if (!stmt.is_vacuumcmd || !hasOption(stmt.options, "full"))
            return [];
        return [
            {
                rule: "vacuum-full",
                message: "VACUUM FULL rewrites each table it touches under ACCESS EXCLUSIVE: blue cannot read or write them until it finishes (and VACUUM cannot run in a migration's transaction anyway).",
                instead: "Run plain VACUUM (or rely on autovacuum); to reclaim space online use pg_repack outside the migration.",
            },
        ];
    }
    if ("ClusterStmt" in node) {
        return [
            {
                rule: "cluster",
                message: `CLUSTER${node.ClusterStmt.relation ? ` ${pg_rules_fmt(rel(node.ClusterStmt.relation))}` : ""} rewrites the table in index order under ACCESS EXCLUSIVE: blue cannot read or write it until it finishes.`,
                instead: "Leave physical ordering out of the migration; use pg_repack --order-by outside the release if it matters.",
            },
        ];
    }
    if ("ReindexStmt" in node) {
        const stmt = node.ReindexStmt;
        if (hasOption(stmt.params, "concurrently"))
            return concurrentlyHit(ctx, "REINDEX");
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
        if (stmt.concurrent)
            return [];
        return [
            {
                rule: "refresh-matview-without-concurrently",
                message: `REFRESH MATERIALIZED VIEW ${pg_rules_fmt(rel(stmt.relation))} without CONCURRENTLY takes ACCESS EXCLUSIVE on it: blue's reads of the view wait for the whole refresh.`,
                instead: `REFRESH MATERIALIZED VIEW CONCURRENTLY ${pg_rules_fmt(rel(stmt.relation))} (needs a unique index on the view).`,
            },
        ];
    }
    if ("UpdateStmt" in node) {
        const table = rel(node.UpdateStmt.relation);
        if (node.UpdateStmt.whereClause || isNew(table))
            return [];
        return [
            {
                rule: "update-without-where",
                target: { table },
                message: `UPDATE ${pg_rules_fmt(table)} without WHERE rewrites every row in the migration's single transaction, holding row locks on all of them: blue's writes to the table wait until the migration commits.`,
                instead: "Backfill in batches from a job or script (UPDATE ... WHERE id BETWEEN x AND y), each batch its own transaction, outside the schema migration.",
            },
        ];
    }
    if ("DeleteStmt" in node) {
        const table = rel(node.DeleteStmt.relation);
        if (node.DeleteStmt.whereClause || isNew(table))
            return [];
        return [
            {
                rule: "delete-without-where",
                target: { table },
                message: `DELETE FROM ${pg_rules_fmt(table)} without WHERE deletes every row in one transaction, locking them all: blue's writes wait, and blue loses the data it serves.`,
                instead: "Delete in batches from a job (DELETE ... WHERE id IN (SELECT id ... LIMIT n)), each batch its own transaction, outside the schema migration.",
            },
        ];
    }
    return [];
}
/** Records what a statement creates, so later statements on those objects are not reported. */
function pgRecord(node, state) {
    if ("CreateStmt" in node)
        state.addTable(rel(node.CreateStmt.relation));
    else if ("CreateTableAsStmt" in node)
        state.addTable(rel(node.CreateTableAsStmt.into?.rel));
    else if ("IndexStmt" in node)
        state.addIndex(node.IndexStmt.idxname ?? "");
    else if ("RenameStmt" in node && node.RenameStmt.renameType === "OBJECT_TABLE") {
        state.renameTable(rel(node.RenameStmt.relation), node.RenameStmt.newname ?? "");
    }
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./src/db/lint/pg-statements.ts




let loading;
/**
 * Loads PostgreSQL's own parser (WASM) once. In the ncc bundle libpg-query's Emscripten loader runs as
 * ESM yet reads the free variable `__dirname` to find libpg-query.wasm, which scripts/build-dist.sh copies
 * next to the chunks; we provide it only while the module evaluates (it reads it synchronously then).
 */
function loadPgQuery() {
    loading ??= (async () => {
        const g = globalThis;
        const provide = !("__dirname" in g);
        if (provide)
            g.__dirname = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
        try {
            const pgQuery = await __webpack_require__.e(/* import() */ 627).then(__webpack_require__.t.bind(__webpack_require__, 2627, 23));
            await pgQuery.loadModule();
            return pgQuery;
        }
        finally {
            if (provide)
                delete g.__dirname;
        }
    })();
    return loading;
}
/** libpg-query speaks in UTF-8 byte offsets; this maps them to 1-based lines. */
class ByteLines {
    bytes;
    starts = [0];
    constructor(sql) {
        this.bytes = Buffer.from(sql, "utf8");
        for (let i = 0; i < this.bytes.length; i++)
            if (this.bytes[i] === 0x0a)
                this.starts.push(i + 1);
    }
    lineAt(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if ((this.starts[mid] ?? 0) <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    }
    text(start, end) {
        return this.bytes.subarray(start, end).toString("utf8");
    }
}
/** The parser's cursor is a 0-based count of characters (code points), not bytes or UTF-16 units. */
function lineAtCodePoint(sql, position) {
    let line = 1;
    let index = 0;
    for (const ch of sql) {
        if (index >= position)
            break;
        if (ch === "\n")
            line++;
        index++;
    }
    return line;
}
function cursorOf(error) {
    if (typeof error !== "object" || error === null || !("sqlDetails" in error))
        return undefined;
    const details = error.sqlDetails;
    return typeof details?.cursorPosition === "number" ? details.cursorPosition : undefined;
}
const isComment = (tokenName) => tokenName === "SQL_COMMENT" || tokenName === "C_COMMENT";
/** Splits a PostgreSQL migration into statements (with lines) and its `--` comments. */
async function parsePgFile(file, sql) {
    const pgQuery = await loadPgQuery();
    let parsed;
    try {
        parsed = await pgQuery.parse(sql);
    }
    catch (error) {
        const cursor = cursorOf(error);
        const message = error instanceof Error ? error.message : String(error);
        throw new SqlSyntaxError(file, cursor === undefined ? 1 : lineAtCodePoint(sql, cursor), message);
    }
    const lines = new ByteLines(sql);
    const tokens = (await pgQuery.scan(sql)).tokens;
    const comments = tokens
        .filter((t) => t.tokenName === "SQL_COMMENT")
        .map((t) => ({ line: lines.lineAt(t.start), text: t.text.replace(/^--/, "") }));
    const statements = [];
    for (const raw of parsed.stmts ?? []) {
        if (!raw.stmt)
            continue;
        const location = raw.stmt_location ?? 0;
        const end = raw.stmt_len ? location + raw.stmt_len : lines.bytes.length;
        // stmt_location may include leading comments or blanks; the first real token is what users see.
        const first = tokens.find((t) => t.start >= location && !isComment(t.tokenName));
        const start = first && first.start < end ? first.start : location;
        statements.push({
            ast: raw.stmt,
            line: lines.lineAt(start),
            endLine: lines.lineAt(Math.max(start, end - 1)),
            head: headOf(lines.text(start, end)),
        });
    }
    return { statements, comments };
}

;// CONCATENATED MODULE: ./src/db/lint/opt-outs.ts
const MARKER = "cutover:allow";
function parseOptOut(comment) {
    const body = comment.text.trim();
    if (!body.startsWith(MARKER))
        return undefined;
    const rest = body.slice(MARKER.length);
    // "cutover:allowed" or similar is not ours; the marker must end at a blank or the end.
    if (rest !== "" && !/^\s/.test(rest))
        return undefined;
    const colon = rest.indexOf(":");
    const ids = colon < 0 ? rest : rest.slice(0, colon);
    const reason = colon < 0 ? "" : rest.slice(colon + 1).trim();
    return {
        line: comment.line,
        text: `-- ${body}`,
        rules: ids
            .split(",")
            .map((id) => id.trim())
            .filter((id) => id !== ""),
        reason: reason === "" ? undefined : reason,
    };
}
/**
 * The opt-outs that belong to a statement: comment lines after the previous statement's last line and
 * before this statement's first line, i.e. directly above it with no statement in between.
 */
function optOutsBetween(comments, afterLine, beforeLine) {
    return comments
        .filter((c) => c.line > afterLine && c.line < beforeLine)
        .map(parseOptOut)
        .filter((o) => o !== undefined);
}

;// CONCATENATED MODULE: ./src/db/lint/resolve.ts


/** `database.safety.allow`: "<rule>" everywhere, or "<migration>/<rule>" in one migration. */
class ConfigAllow {
    entries;
    constructor(entries) {
        this.entries = new Set(entries.map((e) => e.trim()));
    }
    /** The entry that allows the rule here, if any. */
    match(migration, rule) {
        const scoped = `${migration}/${rule}`;
        if (this.entries.has(scoped))
            return scoped;
        return this.entries.has(rule) ? rule : undefined;
    }
}
function optOutHits(optOut, fired) {
    const hits = [];
    if (optOut.reason === undefined) {
        hits.push({
            rule: "allow-without-reason",
            message: `The opt-out "${optOut.text}" gives no reason, so it suppresses nothing: a reviewer must be able to see why the risk is acceptable.`,
            instead: `Add the reason after a colon: -- cutover:allow ${optOut.rules.join(", ") || "<rule>"}: <why this is safe here>`,
        });
    }
    for (const id of optOut.rules) {
        if (!(0,rules/* isRuleId */.KX)(id)) {
            hits.push({
                rule: "allow-unknown-rule",
                message: `The opt-out names "${id}", which is not a cutover rule.`,
                instead: "Use one of the rule ids cutover reports (see the finding's rule), or remove the comment.",
            });
        }
        else if (!fired.has(id)) {
            hits.push({
                rule: "allow-unused",
                message: `The opt-out allows "${id}", but that rule did not fire on the statement below it; a stale opt-out would silently hide a future problem.`,
                instead: "Remove the comment, or move it directly above the statement that triggers the rule.",
            });
        }
    }
    return hits;
}
/** Applies comment opt-outs and config allows to one file's hits. */
function resolveFile(file, statements, comments, allow) {
    const findings = [];
    const suppressed = [];
    const emit = (hit, line, head, commentReason) => {
        const where = { rule: hit.rule, migration: file.migration, file: file.file, line };
        if (commentReason !== undefined) {
            suppressed.push({ ...where, reason: commentReason, by: "comment" });
            return;
        }
        const entry = allow.match(file.migration, hit.rule);
        if (entry !== undefined) {
            suppressed.push({ ...where, reason: `database.safety.allow: ${entry}`, by: "config" });
            return;
        }
        const severity = (0,rules/* ruleInfo */.PI)(hit.rule)?.severity ?? "error";
        findings.push({ ...where, severity, statement: head, message: hit.message, instead: hit.instead });
    };
    let previousEnd = 0;
    for (const stmt of statements) {
        const optOuts = optOutsBetween(comments, previousEnd, stmt.line);
        const fired = new Set(stmt.hits.map((h) => h.rule));
        const reasons = new Map();
        for (const optOut of optOuts) {
            for (const hit of optOutHits(optOut, fired))
                emit(hit, optOut.line, optOut.text);
            if (optOut.reason !== undefined)
                for (const id of optOut.rules)
                    if (fired.has(id))
                        reasons.set(id, optOut.reason);
        }
        for (const hit of stmt.hits)
            emit(hit, stmt.line, stmt.head, reasons.get(hit.rule));
        previousEnd = stmt.endLine;
    }
    // An opt-out after the last statement allows nothing.
    for (const optOut of optOutsBetween(comments, previousEnd, Number.POSITIVE_INFINITY)) {
        for (const hit of optOutHits(optOut, new Set()))
            emit(hit, optOut.line, optOut.text);
    }
    return { findings, suppressed };
}

;// CONCATENATED MODULE: ./src/db/lint/run-state.ts
/**
 * Tables and indexes created by the pending migrations, in order. Blue has never used them, so locking
 * or changing them cannot hurt the running release. PostgreSQL compares names exactly (Prisma quotes every
 * identifier); MySQL case-insensitively. Schemas are ignored: Prisma does not qualify names.
 */
class RunState {
    dialect;
    tables = new Set();
    indexes = new Set();
    constructor(dialect) {
        this.dialect = dialect;
    }
    key(name) {
        return this.dialect === "mysql" ? name.toLowerCase() : name;
    }
    addTable(name) {
        if (name)
            this.tables.add(this.key(name));
    }
    renameTable(from, to) {
        if (this.isNewTable(from))
            this.addTable(to);
    }
    isNewTable(name) {
        return this.tables.has(this.key(name));
    }
    addIndex(name) {
        if (name)
            this.indexes.add(this.key(name));
    }
    isNewIndex(name) {
        return this.indexes.has(this.key(name));
    }
}

;// CONCATENATED MODULE: ./src/db/lint/lint-migrations.ts







function check(parsed, rules, state, options) {
    const ctx = { state, statementsInFile: parsed.statements.length };
    return parsed.statements.map((stmt) => {
        const raw = rules.hits(stmt.ast, ctx);
        rules.record(stmt.ast, state);
        const hits = options.blue ? checkAgainstBlue(raw, options.blue, options.dialect) : raw;
        return { line: stmt.line, endLine: stmt.endLine, head: stmt.head, hits };
    });
}
/**
 * Lints pending migrations in the order given (oldest first), so a table created by an earlier pending
 * migration counts as new in later ones. Throws SqlSyntaxError on the first statement the parser rejects.
 */
async function lintMigrations(files, options) {
    const state = new RunState(options.dialect);
    const allow = new ConfigAllow(options.allow ?? []);
    const result = { findings: [], suppressed: [], statements: 0, files: files.length };
    for (const file of files) {
        const parsed = options.dialect === "postgresql"
            ? { kind: "pg", file: await parsePgFile(file.file, file.sql) }
            : { kind: "mysql", file: parseMySqlFile(file.file, file.sql) };
        const checked = parsed.kind === "pg"
            ? check(parsed.file, { hits: pgHits, record: pgRecord }, state, options)
            : check(parsed.file, { hits: mysqlHits, record: mysqlRecord }, state, options);
        const resolved = resolveFile(file, checked, parsed.file.comments, allow);
        result.statements += checked.length;
        result.findings.push(...resolved.findings);
        result.suppressed.push(...resolved.suppressed);
    }
    const byPlace = (a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line;
    result.findings.sort(byPlace);
    result.suppressed.sort(byPlace);
    return result;
}

;// CONCATENATED MODULE: ./src/db/lint/blue-schema.ts
/** Blue's schema cannot be read; message is "<file>:<line>: <what>". */
class BlueSchemaError extends Error {
    constructor(message) {
        super(message);
        this.name = "BlueSchemaError";
    }
}
/** Prisma strings are double-quoted with JSON escapes. */
function unquote(value) {
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
        try {
            const parsed = JSON.parse(value);
            if (typeof parsed === "string")
                return parsed;
        }
        catch {
            return value.slice(1, -1);
        }
    }
    return value;
}
/** The name given to `@map("x")` / `@@map(name: "x")`. */
function mappedName(attributes) {
    const map = attributes?.find((a) => a.name === "map" && !a.group);
    const arg = (() => {
        const value = map?.args?.[0]?.value;
        if (value === undefined)
            return undefined;
        if (typeof value === "object" && value !== null && !Array.isArray(value) && value.type === "keyValue")
            return value.value;
        return value;
    })();
    return typeof arg === "string" ? unquote(arg) : undefined;
}
const lineOf = (node) => node.location?.startLine ?? 0;
function readModel(model, modelNames) {
    const blockAttributes = model.properties.filter((p) => p.type === "attribute");
    const fields = model.properties
        .filter((p) => p.type === "field")
        .map((f) => {
        const attrs = f.attributes ?? [];
        const has = (name) => attrs.some((a) => a.name === name && !a.group);
        const type = typeof f.fieldType === "string" ? f.fieldType : f.fieldType.name;
        const relation = modelNames.has(type) || has("relation");
        return {
            name: f.name,
            column: relation ? undefined : (mappedName(attrs) ?? f.name),
            type,
            required: !f.optional && !f.array,
            list: f.array === true,
            hasDefault: has("default") || has("updatedAt"),
            updatedAt: has("updatedAt"),
            id: has("id"),
            relation,
            ignored: has("ignore"),
            line: lineOf(f),
        };
    });
    return {
        name: model.name,
        table: mappedName(blockAttributes) ?? model.name,
        ignored: blockAttributes.some((a) => a.name === "ignore"),
        line: lineOf(model),
        fields,
    };
}
function readEnum(e) {
    const blockAttributes = e.enumerators.filter((p) => p.type === "attribute" && p.kind !== undefined && "args" in p);
    return {
        name: e.name,
        dbName: mappedName(blockAttributes) ?? e.name,
        line: lineOf(e),
        values: e.enumerators.flatMap((v) => (v.type === "enumerator" ? [{ name: v.name, dbName: mappedName(v.attributes) ?? v.name }] : [])),
    };
}
function errorLine(error) {
    if (typeof error !== "object" || error === null)
        return 1;
    const token = error.token;
    return typeof token?.startLine === "number" && Number.isFinite(token.startLine) ? token.startLine : 1;
}
/**
 * Reads blue's schema.prisma with @mrleebo/prisma-ast (a maintained, pure-JS Prisma grammar with source
 * locations). Loaded lazily: only runs that check against blue need it.
 */
async function readBlueSchema(text, file) {
    const { getSchema, PrismaParser, VisitorClassFactory } = await __webpack_require__.e(/* import() */ 593).then(__webpack_require__.t.bind(__webpack_require__, 9593, 23));
    // Our own parser instance: location tracking on, independent of any prisma-ast config file in the cwd.
    const parser = new PrismaParser({ nodeLocationTracking: "full" });
    const Visitor = VisitorClassFactory(parser);
    let schema;
    try {
        schema = getSchema(text, { parser, visitor: new Visitor(parser) });
    }
    catch (error) {
        const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
        throw new BlueSchemaError(`${file}:${errorLine(error)}: ${message}`);
    }
    const models = schema.list.filter((b) => b.type === "model");
    const modelNames = new Set(models.map((m) => m.name));
    return {
        file,
        models: models.map((m) => readModel(m, modelNames)),
        enums: schema.list.filter((b) => b.type === "enum").map(readEnum),
    };
}

;// CONCATENATED MODULE: ./src/db/lint/index.ts





;// CONCATENATED MODULE: ./src/db/lint-run.ts



/** A lint run as both commands make it, with the two input errors turned into exit 2. */
async function lintWithBlue(files, options) {
    try {
        return await lintMigrations(files, options.blue
            ? { dialect: options.dialect, allow: options.allow, blue: options.blue }
            : { dialect: options.dialect, allow: options.allow });
    }
    catch (error) {
        if (error instanceof SqlSyntaxError) {
            throw new errors/* InputError */.dz(`cannot parse ${error.file}:${error.line}: ${error.parserMessage}`, [
                `${error.file}:${error.line}: ${error.parserMessage}`,
                `The ${options.dialect} parser could not read this statement; nothing was checked or applied.`,
            ]);
        }
        throw error;
    }
}
/** Blue's schema when --blue-schema or --blue-ref asks for it; a schema it cannot read is exit 2. */
async function loadBlueSchema(options) {
    const source = await readBlueSchemaText(options);
    if (!source)
        return undefined;
    try {
        return { schema: await readBlueSchema(source.text, source.origin), origin: source.origin };
    }
    catch (error) {
        if (error instanceof BlueSchemaError)
            throw new errors/* InputError */.dz(`blue's Prisma schema (${source.origin}) cannot be read: ${error.message}`);
        throw error;
    }
}


/***/ }),

/***/ 95885:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JS: () => (/* binding */ collectMigrationPaths),
/* harmony export */   iL: () => (/* binding */ migrationsDirOf),
/* harmony export */   pS: () => (/* binding */ shownPath)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _migrations_migration_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(89289);




/**
 * Paths given on the command line: a `.sql` file, one migration folder (holding migration.sql),
 * or a migrations folder (holding migration folders). Each path must exist; files are read in
 * the order given, the folders of a migrations folder in Prisma's order.
 */
function collectMigrationPaths(paths, cwd) {
    const files = [];
    const problems = [];
    let lockFileDialect;
    const shown = (absolute) => shownPath(absolute, cwd);
    for (const given of paths) {
        const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, given);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(absolute)) {
            problems.push(`path '${given}': no such file or folder`);
            continue;
        }
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(absolute).isFile()) {
            if (!absolute.endsWith(".sql")) {
                problems.push(`path '${given}': not a .sql file or a migration folder`);
                continue;
            }
            const migration = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(absolute) === "migration.sql" ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(absolute)) : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(absolute, ".sql");
            files.push({ migration, file: shown(absolute), sql: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(absolute, "utf8") });
            lockFileDialect ??= (0,_migrations_migration_files_js__WEBPACK_IMPORTED_MODULE_3__/* .dialectOfLockFile */ .j)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(absolute)));
            continue;
        }
        const single = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(absolute, "migration.sql");
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(single)) {
            files.push({ migration: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(absolute), file: shown(single), sql: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(single, "utf8") });
            lockFileDialect ??= (0,_migrations_migration_files_js__WEBPACK_IMPORTED_MODULE_3__/* .dialectOfLockFile */ .j)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(absolute));
            continue;
        }
        const folders = (0,_migrations_migration_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readMigrationFolders */ .U)(absolute);
        if (folders.length === 0) {
            problems.push(`path '${given}': holds no migration.sql and no migration folders`);
            continue;
        }
        for (const folder of folders)
            files.push({ migration: folder.name, file: shown(folder.sqlPath), sql: folder.sql });
        lockFileDialect ??= (0,_migrations_migration_files_js__WEBPACK_IMPORTED_MODULE_3__/* .dialectOfLockFile */ .j)(absolute);
    }
    if (problems.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`lint-migrations: ${problems[0]}`, problems);
    return { files, lockFileDialect };
}
/** The migrations folder of a Prisma schema: Prisma keeps it beside schema.prisma. */
function migrationsDirOf(schemaPath) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(schemaPath), "migrations");
}
/** A path as the user would type it from the working directory, when it lies below it. */
function shownPath(path, cwd) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(cwd, path);
    return rel === "" || rel.startsWith("..") ? path : rel;
}


/***/ }),

/***/ 81237:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YP: () => (/* binding */ databaseConnectError),
/* harmony export */   _g: () => (/* binding */ DatabaseConnectError)
/* harmony export */ });
/* unused harmony export connectFailureOf */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * Why a connection to the database failed, told apart: Prisma reports most of these alike, which
 * leaves operators guessing between a firewall, a rotated password and a wrong database name.
 * The message names host:port, database and user, never the password or the URL.
 */

class DatabaseConnectError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExternalError */ .yA {
    kind;
    constructor(kind, message, options) {
        super(message, "the database", options);
        this.kind = kind;
        this.name = "DatabaseConnectError";
    }
}
const UNREACHABLE = new Set(["ECONNREFUSED", "ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN", "ECONNRESET", "EPIPE"]);
const AUTH = new Set(["28P01", "28000"]);
/** Sorts a node-postgres connect error into a kind. */
function connectFailureOf(error) {
    const code = error?.code;
    const message = error instanceof Error ? error.message : String(error);
    if (typeof code === "string") {
        if (AUTH.has(code))
            return "auth";
        if (code === "3D000")
            return "no-database";
        if (UNREACHABLE.has(code))
            return "unreachable";
        if (code.startsWith("ERR_TLS") || code.includes("CERT") || code.startsWith("UNABLE_TO_") || code === "ERR_SSL_WRONG_VERSION_NUMBER") {
            return "tls";
        }
    }
    if (/timeout/i.test(message))
        return "timeout";
    if (/SSL|TLS|certificate/i.test(message))
        return "tls";
    return "other";
}
const ADVICE = {
    unreachable: "nothing accepted the connection: check the host, the port, and that the database runs and is reachable from this runner",
    timeout: "no answer in time: a firewall or security group may be dropping the connection, or the host is down",
    auth: "the server refused the credentials: check the user and the password (secret rotated?)",
    "no-database": "the server is up and the login worked, but this database does not exist",
    tls: "the TLS handshake failed: check sslmode / sslaccept in the URL and the server's certificate",
    other: "the connection failed",
};
/** A DatabaseConnectError whose message cannot contain `password`. */
function databaseConnectError(error, target, password) {
    const kind = connectFailureOf(error);
    const code = error?.code;
    const detail = [error instanceof Error ? error.message : String(error), typeof code === "string" ? `(${code})` : ""].join(" ").trim();
    const text = `Cannot connect to PostgreSQL at ${target.address}, database "${target.database}", user "${target.user}": ${ADVICE[kind]}. ${detail}`;
    return new DatabaseConnectError(kind, hide(text, password), { cause: error });
}
function hide(text, secret) {
    if (secret.length < 3)
        return text; // too short to find without hiding ordinary words
    return text.replaceAll(secret, "***").replaceAll(encodeURIComponent(secret), "***");
}


/***/ }),

/***/ 48044:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ checksumMatches),
/* harmony export */   l: () => (/* binding */ checksumOf)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Migration checksums exactly as Prisma's schema engine computes and compares them
 * (schema-connector `checksum.rs`): sha256 of the script, lowercase hex. The comparison is
 * line-ending agnostic (git may check a file out with CRLF on one machine and LF on another), and
 * accepts the non-zero-padded hex that old engines wrote (prisma/prisma-engines#1887).
 */

function digest(script) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(script, "utf8").digest();
}
/** The checksum Prisma records in `_prisma_migrations.checksum` for this script. */
function checksumOf(script) {
    return digest(script).toString("hex");
}
/** Whether Prisma would consider `script` unchanged against a recorded checksum. */
function checksumMatches(script, recorded) {
    const variants = [script, script.replaceAll("\r\n", "\n"), script.replaceAll("\n", "\r\n")];
    // Old engines dropped each byte's leading zero; they are recognisable by their shorter length.
    const legacy = recorded.length !== 0 && recorded.length !== 64;
    return variants.some((variant) => {
        const bytes = digest(variant);
        const rendered = legacy ? [...bytes].map((byte) => byte.toString(16)).join("") : bytes.toString("hex");
        return rendered === recorded;
    });
}


/***/ }),

/***/ 89289:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j: () => (/* binding */ dialectOfLockFile),
  U: () => (/* binding */ readMigrationFolders)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/db/migrations/lock-file.ts
/**
 * Reads `migration_lock.toml`. Prisma writes one line, `provider = "postgresql"`, but people edit
 * the file, so this understands the TOML that can appear at its top level: comments, basic and
 * literal strings, whitespace around `=`, and table headers (keys under a table are not top-level).
 * Anything it does not understand is ignored rather than guessed at.
 */
/** Top-level `key = "string"` pairs of a TOML document; other value types and tables are skipped. */
function topLevelStrings(text) {
    const values = new Map();
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (line === "" || line.startsWith("#"))
            continue;
        if (line.startsWith("["))
            break; // keys after the first table header belong to that table
        const match = /^("(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_-]+)\s*=\s*(.*)$/.exec(line);
        if (!match)
            continue;
        const key = unquoteKey(match[1] ?? "");
        const value = stringValue(match[2] ?? "");
        if (key !== undefined && value !== undefined)
            values.set(key, value);
    }
    return values;
}
function unquoteKey(key) {
    if (key.startsWith('"') || key.startsWith("'"))
        return stringValue(key);
    return key;
}
/** A basic ("…", with escapes) or literal ('…') string followed by nothing but a comment. */
function stringValue(rest) {
    const basic = /^"((?:[^"\\]|\\.)*)"\s*(?:#.*)?$/.exec(rest);
    if (basic)
        return unescapeBasic(basic[1] ?? "");
    const literal = /^'([^']*)'\s*(?:#.*)?$/.exec(rest);
    if (literal)
        return literal[1] ?? "";
    return undefined;
}
const ESCAPES = { b: "\b", t: "\t", n: "\n", f: "\f", r: "\r", '"': '"', "\\": "\\" };
function unescapeBasic(body) {
    let invalid = false;
    const text = body.replace(/\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)/g, (_all, escape) => {
        if (escape.length > 1)
            return String.fromCodePoint(Number.parseInt(escape.slice(1), 16));
        const plain = ESCAPES[escape];
        if (plain === undefined)
            invalid = true;
        return plain ?? "";
    });
    return invalid ? undefined : text;
}

// EXTERNAL MODULE: ./src/db/migrations/migration-checksum.ts
var migration_checksum = __webpack_require__(48044);
;// CONCATENATED MODULE: ./src/db/migrations/migration-files.ts
/**
 * The migrations folder as Prisma sees it: one sub-folder per migration holding `migration.sql`,
 * plus `migration_lock.toml`. Filesystem reads only; no database.
 */





// Prisma 6 sorts with String#localeCompare (default collation), not by code unit: the two differ for
// names with punctuation or mixed case (`_` sorts before digits here), and the order is the apply order.
const prismaOrder = new Intl.Collator().compare;
/** The migration folders in the order Prisma applies them. */
function readMigrationFolders(migrationsDir) {
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(migrationsDir, { withFileTypes: true });
    }
    catch (error) {
        throw new errors/* InputError */.dz(`Cannot read the migrations folder ${migrationsDir}: ${error.message}`);
    }
    const folders = [];
    // Like Prisma: only real directories count (not files such as migration_lock.toml, not symlinks).
    for (const entry of entries.filter((candidate) => candidate.isDirectory())) {
        const sqlPath = external_node_path_default().join(migrationsDir, entry.name, "migration.sql");
        let sql;
        try {
            sql = (0,external_node_fs_.readFileSync)(sqlPath, "utf8");
        }
        catch (error) {
            const reason = error.code === "ENOENT" ? "it has no migration.sql" : error.message;
            throw new errors/* InputError */.dz(`Migration folder ${external_node_path_default().join(migrationsDir, entry.name)} cannot be used: ${reason}. Restore the file or delete the folder.`);
        }
        folders.push({ name: entry.name, sqlPath, sql, checksum: (0,migration_checksum/* checksumOf */.l)(sql) });
    }
    return folders.sort((a, b) => prismaOrder(a.name, b.name));
}
/** The SQL dialect named by `migration_lock.toml`, or undefined when absent or not one cutover lints. */
function dialectOfLockFile(migrationsDir) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(external_node_path_default().join(migrationsDir, "migration_lock.toml"), "utf8");
    }
    catch {
        return undefined;
    }
    const provider = topLevelStrings(text).get("provider")?.trim().toLowerCase();
    if (provider === "postgresql" || provider === "postgres")
        return "postgresql";
    if (provider === "mysql")
        return "mysql";
    // cockroachdb speaks the PostgreSQL protocol but its locking and DDL rules differ: not supported.
    return undefined;
}


/***/ }),

/***/ 37602:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ connectTarget)
/* harmony export */ });
/* harmony import */ var pg__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83849);
/* harmony import */ var _database_connect_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81237);
/** Opens a node-postgres client for a parsed Prisma URL, with Prisma's sslmode=prefer fallback. */


/** A connected client; a failure is a DatabaseConnectError. */
async function connectTarget(target) {
    const password = typeof target.config.password === "string" ? target.config.password : "";
    try {
        return await open(target.config);
    }
    catch (error) {
        // sslmode=prefer (Prisma's default): try TLS, and use plain TCP when the server has no TLS.
        if (target.sslFallback && error instanceof Error && /does not support SSL/i.test(error.message)) {
            try {
                return await open({ ...target.config, ssl: false });
            }
            catch (plainError) {
                throw (0,_database_connect_error_js__WEBPACK_IMPORTED_MODULE_1__/* .databaseConnectError */ .YP)(plainError, target, password);
            }
        }
        throw (0,_database_connect_error_js__WEBPACK_IMPORTED_MODULE_1__/* .databaseConnectError */ .YP)(error, target, password);
    }
}
async function open(config) {
    const client = new pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].Client */ .Ay.Client(config);
    // An error after connect (server restart) must not crash the process; the pending query rejects.
    client.on("error", () => undefined);
    try {
        await client.connect();
        return client;
    }
    catch (error) {
        await client.end().catch(() => undefined);
        throw error;
    }
}


/***/ }),

/***/ 21862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ pgTarget)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

function pgTarget(url, connectTimeoutMs) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        // Never echo the URL: it carries the password.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz("The database URL is not a valid URL (expected postgresql://user:password@host:port/database).");
    }
    if (parsed.protocol !== "postgresql:" && parsed.protocol !== "postgres:") {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`The database URL must start with postgresql:// (got ${parsed.protocol}//).`);
    }
    const params = parsed.searchParams;
    const socketDir = params.get("host") ?? undefined;
    const host = socketDir ?? (parsed.hostname.replace(/^\[(.*)\]$/, "$1") || "localhost");
    const port = Number(parsed.port || params.get("port") || 5432);
    const user = decode(parsed.username) || "postgres";
    const database = decode(parsed.pathname.replace(/^\//, "")) || "postgres";
    const sslmode = (params.get("sslmode") ?? "prefer").toLowerCase();
    const strict = params.get("sslaccept") === "strict" || sslmode === "verify-ca" || sslmode === "verify-full";
    const ssl = sslmode === "disable" || socketDir !== undefined ? false : { rejectUnauthorized: strict };
    const options = params.get("options") ?? undefined;
    return {
        address: socketDir ?? `${host.includes(":") ? `[${host}]` : host}:${port}`,
        database,
        user,
        schema: params.get("schema") || "public",
        sslFallback: sslmode === "prefer" && ssl !== false,
        config: {
            host,
            port,
            user,
            password: decode(parsed.password),
            database,
            ssl,
            connectionTimeoutMillis: connectTimeoutMs,
            application_name: "cutover",
            ...(options === undefined ? {} : { options }),
        },
    };
}
function decode(part) {
    try {
        return decodeURIComponent(part);
    }
    catch {
        return part;
    }
}


/***/ }),

/***/ 31875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o: () => (/* binding */ observeMigrations),
  d: () => (/* binding */ prismaProjectOf)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/config/file-references.ts
var file_references = __webpack_require__(71281);
// EXTERNAL MODULE: ./src/db/migration-sources.ts
var migration_sources = __webpack_require__(95885);
// EXTERNAL MODULE: ./src/db/migrations/migration-files.ts + 1 modules
var migration_files = __webpack_require__(89289);
// EXTERNAL MODULE: ./src/db/migrations/migration-checksum.ts
var migration_checksum = __webpack_require__(48044);
;// CONCATENATED MODULE: ./src/db/migrations/migration-gate.ts
/**
 * Decides, from the migration folders and `_prisma_migrations`, what `prisma migrate deploy` would
 * apply and what must stop a release first. Pure.
 *
 * Mirrors Prisma's deploy semantics (schema-engine `apply_migrations`): a row counts unless it was
 * rolled back (`rolled_back_at` set); a counted row without `finished_at` is a failed migration,
 * which makes Prisma refuse everything (P3009); a folder with no counted row is pending, including
 * one that was resolved as rolled back and not re-applied. Two blockers are cutover's own, because
 * `migrate deploy` ignores them: an applied migration whose folder is gone, and one whose file was
 * edited after it ran (its checksum, compared the way Prisma compares it, differs). Either means the
 * code being released does not describe the database it is released onto.
 */

function gateMigrations(folders, history, resolveCommand) {
    const rows = history.table === "present" ? history.rows : [];
    const counted = rows.filter((row) => row.rolledBackAt === null);
    const countedNames = new Set(counted.map((row) => row.name));
    const folderByName = new Map(folders.map((folder) => [folder.name, folder]));
    const failed = latestByName(counted.filter((row) => row.finishedAt === null));
    const finished = latestByName(counted.filter((row) => row.finishedAt !== null));
    const blockers = [];
    for (const row of failed.values()) {
        const resolve = (flag) => [...resolveCommand.prisma, "migrate", "resolve", flag, row.name, ...resolveCommand.schemaArgs];
        blockers.push({
            kind: "failed",
            name: row.name,
            startedAt: row.startedAt,
            logs: row.logs,
            resolveRolledBack: resolve("--rolled-back"),
            resolveApplied: resolve("--applied"),
            check: failedCheck(row),
        });
    }
    for (const [name, row] of finished) {
        if (failed.has(name))
            continue;
        const folder = folderByName.get(name);
        if (!folder)
            blockers.push({ kind: "missing-locally", name });
        else if (!(0,migration_checksum/* checksumMatches */.X)(folder.sql, row.checksum))
            blockers.push({ kind: "edited", name, applied: row.checksum, local: folder.checksum });
    }
    const applied = [...finished.keys()].filter((name) => !failed.has(name));
    const pending = folders.filter((folder) => !countedNames.has(folder.name));
    const lastAppliedIndex = Math.max(-1, ...folders.map((folder, index) => (finished.has(folder.name) ? index : -1)));
    const outOfOrder = pending.filter((folder) => folders.indexOf(folder) < lastAppliedIndex).map((folder) => folder.name);
    const rolledBack = unique(rows.filter((row) => row.rolledBackAt !== null && !countedNames.has(row.name)).map((row) => row.name));
    return { applied, pending, blockers, rolledBack, outOfOrder };
}
/** Latest row per name, keyed in order of each name's first appearance (rows come oldest first). */
function latestByName(rows) {
    const byName = new Map();
    for (const row of rows) {
        const seen = byName.get(row.name);
        if (!seen || seen.startedAt.getTime() <= row.startedAt.getTime())
            byName.set(row.name, row);
    }
    return byName;
}
function unique(names) {
    return [...new Set(names)];
}
function failedCheck(row) {
    return [
        `Find out which statements of ${row.name} took effect before resolving it; look at its logs and compare the database schema with its migration.sql.`,
        "Prisma's binary engine sends a PostgreSQL migration as one script, which PostgreSQL runs as one transaction: normally none of it stayed.",
        "Statements stay when the file has its own BEGIN/COMMIT or statements that cannot run in a transaction (CREATE INDEX CONCURRENTLY, VACUUM, …),",
        "when Prisma runs through a driver adapter (statements are sent one by one, each committed), and on MySQL (each DDL statement commits).",
        "If nothing stayed: fix the file, resolve --rolled-back, deploy again. If all of it is in place: resolve --applied.",
        "If part of it stayed: undo it (or finish it) by hand first, then resolve.",
    ].join(" ");
}

// EXTERNAL MODULE: ./src/db/migrations/database-connect-error.ts
var database_connect_error = __webpack_require__(81237);
// EXTERNAL MODULE: ./src/db/migrations/pg-connect.ts
var pg_connect = __webpack_require__(37602);
// EXTERNAL MODULE: ./src/db/migrations/pg-connection.ts
var pg_connection = __webpack_require__(21862);
;// CONCATENATED MODULE: ./src/db/migrations/migration-history.ts
/**
 * Reads Prisma's `_prisma_migrations` table with node-postgres. Read-only: no table is created,
 * no lock is taken, so it is safe before any decision (dry runs included).
 */




/** The rows of `_prisma_migrations`, oldest first (as Prisma lists them), or that the table is missing. */
async function readMigrationHistory(url, options) {
    const target = (0,pg_connection/* pgTarget */.j)(url, options.connectTimeoutMs);
    // Client-side bound on each query: a table locked by someone else must not hang the gate.
    target.config.query_timeout = options.queryTimeoutMs ?? 30_000;
    const schema = options.schema ?? target.schema;
    const client = await (0,pg_connect/* connectTarget */.u)(target);
    try {
        const table = `${quoteIdent(schema)}."_prisma_migrations"`;
        const found = await client.query("SELECT to_regclass($1) IS NOT NULL AS present", [table]);
        if (!found.rows[0]?.present)
            return { table: "missing" };
        const result = await client.query(`SELECT migration_name, checksum, started_at, finished_at, rolled_back_at, logs, applied_steps_count FROM ${table} ORDER BY started_at, id`);
        return {
            table: "present",
            rows: result.rows.map((row) => ({
                name: row.migration_name,
                checksum: row.checksum,
                startedAt: row.started_at,
                finishedAt: row.finished_at,
                rolledBackAt: row.rolled_back_at,
                logs: row.logs,
                appliedStepsCount: row.applied_steps_count,
            })),
        };
    }
    finally {
        await client.end().catch(() => undefined);
    }
}
function quoteIdent(name) {
    return `"${name.replaceAll('"', '""')}"`;
}

;// CONCATENATED MODULE: ./src/db/observe-migrations.ts







function prismaProjectOf(database, configPath) {
    const schemaPath = (0,file_references/* resolveConfigPath */.c6)(configPath, database.schema);
    const configDir = (0,file_references/* resolveConfigPath */.c6)(configPath, ".");
    const prismaConfig = database.prisma.config === undefined ? undefined : (0,file_references/* resolveConfigPath */.c6)(configPath, database.prisma.config);
    const rel = (p) => (0,external_node_path_.relative)(configDir, p) || ".";
    return {
        configDir,
        schemaPath,
        migrationsDir: (0,migration_sources/* migrationsDirOf */.iL)(schemaPath),
        prismaConfigPath: prismaConfig,
        prismaArgs: ["--schema", rel(schemaPath), ...(prismaConfig === undefined ? [] : ["--config", rel(prismaConfig)])],
    };
}
/**
 * The migration state from the database itself (Prisma's `_prisma_migrations`) against the
 * folders: what is applied, pending, failed, edited or missing. Read-only.
 */
async function observeMigrations(project, database) {
    const started = Date.now();
    const folders = (0,migration_files/* readMigrationFolders */.U)(project.migrationsDir);
    let history;
    try {
        history = await readMigrationHistory(database.url, { connectTimeoutMs: 15_000 });
    }
    catch (error) {
        if (error instanceof database_connect_error/* DatabaseConnectError */._g)
            // its message already says what to check for each way of not getting in
            throw new errors/* OperationError */.OK(`cannot read the migration state: ${error.message}`, { kind: "untouched" }, { cause: error });
        throw error;
    }
    const gate = gateMigrations(folders, history, { prisma: database.prisma.command, schemaArgs: project.prismaArgs });
    return { folders, history, gate, readMs: Date.now() - started };
}


/***/ })

};
