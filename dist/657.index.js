export const id = 657;
export const ids = [657];
export const modules = {

/***/ 7657:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/flink/sql/lex-sql.ts
var lex_sql = __webpack_require__(17933);
;// CONCATENATED MODULE: ./src/flink/ddl-target.ts
/** Which table or view a DDL statement creates or drops (pure). */

/**
 * The object a CREATE/DROP [TEMPORARY] TABLE or VIEW names; undefined for any other statement. The
 * gateway backend keeps only these: without a persistent catalog, ALTER and the like could not be
 * replayed. Read from the Flink lexer's tokens, so comments and hints anywhere are skipped.
 */
function ddlTarget(ddl) {
    const tokens = (0,lex_sql/* significant */.I1)((0,lex_sql/* lexFlinkSql */.aU)(ddl).tokens);
    const at = (i) => tokens[i];
    const is = (i, type) => at(i)?.type === type;
    let i = 0;
    const action = is(i, lex_sql/* SQL */.Xs.KW_CREATE) ? "create" : is(i, lex_sql/* SQL */.Xs.KW_DROP) ? "drop" : undefined;
    if (!action)
        return undefined;
    i++;
    if (is(i, lex_sql/* SQL */.Xs.KW_TEMPORARY))
        i++;
    if (!is(i, lex_sql/* SQL */.Xs.KW_TABLE) && !is(i, lex_sql/* SQL */.Xs.KW_VIEW))
        return undefined;
    const kind = is(i, lex_sql/* SQL */.Xs.KW_VIEW) ? "view" : "table";
    i++;
    if (action === "create" && is(i, lex_sql/* SQL */.Xs.KW_IF) && is(i + 1, lex_sql/* SQL */.Xs.KW_NOT) && is(i + 2, lex_sql/* SQL */.Xs.KW_EXISTS))
        i += 3;
    if (action === "drop" && is(i, lex_sql/* SQL */.Xs.KW_IF) && is(i + 1, lex_sql/* SQL */.Xs.KW_EXISTS))
        i += 2;
    const name = [];
    for (;;) {
        const part = at(i);
        if (!(0,lex_sql/* nameLike */.pe)(part))
            return undefined;
        name.push(part);
        if (!is(i + 1, lex_sql/* SQL */.Xs.DOT))
            break;
        i += 2;
    }
    const parts = name.map((t) => (t.kind === "keyword" ? t.text : t.value));
    return { action, kind, name: parts.join("."), raw: name.map((t) => t.text).join("."), parts };
}

// EXTERNAL MODULE: ./src/flink/sql/parse-sql.ts + 3 modules
var parse_sql = __webpack_require__(47655);
;// CONCATENATED MODULE: ./src/flink/sql/statement-reads.ts


const known = new Map();
function tablesRead(sql) {
    const hit = known.get(sql);
    if (hit)
        return hit;
    let found;
    try {
        const refs = (0,parse_sql/* parseFlinkSql */.y)(sql, "deployed statement").statements.flatMap((s) => s.refs);
        const names = refs.filter((r) => r.role === "read").map((r) => r.parts[r.parts.length - 1]?.value ?? "");
        found = { names: new Set(names), parsed: true };
    }
    catch {
        const names = (0,lex_sql/* lexFlinkSql */.aU)(sql)
            .tokens.filter(lex_sql/* nameLike */.pe)
            .map((t) => (t.kind === "keyword" ? t.text : t.value));
        found = { names: new Set(names), parsed: false };
    }
    if (known.size > 5000)
        known.clear();
    known.set(sql, found);
    return found;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/flink/release/names.ts

const LABEL = {
    project: "cutover-project",
    kind: "cutover-kind",
    /** The table folder's id, as a label value. */
    table: "cutover-table",
    version: "cutover-version",
    /** On green: the version of blue it replaces (the same table key, so blue's name follows). */
    replaces: "cutover-replaces",
    release: "cutover-release",
    /** "true" on a green table that no pipeline statement reads: sink connectors and query engines must move to it. */
    readOutside: "cutover-read-outside",
};
const SAFE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LABEL_VALUE = /^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,61}[A-Za-z0-9])?$/;
/** 100 characters in all: prefix (32) + "-dml-" (5) + key + "-v" and 9 digits (11). */
const MAX_KEY = 52;
const shortHash = (text) => (0,external_node_crypto_.createHash)("sha256").update(text).digest("hex").slice(0, 6);
/** The table id as it appears in statement names: `int_orders` → `int-orders`. */
function tableKeyOf(id) {
    const slug = id
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-+|-+$/g, "");
    const lossless = slug === id.replaceAll("_", "-") && slug.length <= MAX_KEY && SAFE_NAME.test(slug);
    if (lossless)
        return slug;
    return `${slug.slice(0, MAX_KEY - 7).replace(/-+$/, "") || "t"}-${shortHash(id)}`;
}
function statementName(prefix, kind, id, version) {
    return `${prefix}-${kind}-${tableKeyOf(id)}-v${version}`;
}
/** The parts of a name statementName made with `prefix`; undefined for any other name. */
function parseStatementName(prefix, name) {
    if (!name.startsWith(`${prefix}-`))
        return undefined;
    const match = /^(dml|ddl)-([a-z0-9-]+)-v([1-9][0-9]{0,8})$/.exec(name.slice(prefix.length + 1));
    if (!match)
        return undefined;
    return { kind: match[1], key: match[2], version: Number(match[3]) };
}
/** The same table's statement of another version: blue's name from green's. */
function withVersion(name, version) {
    return name.replace(/-v[0-9]+$/, `-v${version}`);
}
/** A label value: the text when it fits, else a cut-down form with a short hash of the whole. */
function labelValue(text) {
    if (LABEL_VALUE.test(text))
        return text;
    const plain = text
        .replace(/[^A-Za-z0-9._-]+/g, "-")
        .replace(/^[^A-Za-z0-9]+/, "")
        .slice(0, 55)
        .replace(/[^A-Za-z0-9]+$/, "");
    return `${plain || "x"}-${shortHash(text)}`;
}

;// CONCATENATED MODULE: ./src/flink/release/deployed.ts



/**
 * What cutover deployed, as read back from the backend (pure): every statement and recorded DDL
 * of the prefix, grouped by table and version, and the blue/green pairs they form. Which phase a
 * release is in is never stored: it follows from the statements' phases.
 *
 * - green running, its blue running: deployed, waiting for the switch;
 * - green running, blue stopped: switched (blue is kept for a rollback until cleanup);
 * - green stopped, blue running: rolled back (green is kept until cleanup).
 */
/** Phases in which a statement is (or is about to be) processing. */
const LIVE = new Set(["PENDING", "RUNNING", "DEGRADED", "FAILING"]);
function readDeployed(prefix, infos) {
    const tables = new Map();
    const foreign = [];
    for (const info of infos) {
        const parsed = parseStatementName(prefix, info.name);
        if (!parsed) {
            foreign.push(info.name);
            continue;
        }
        const replaces = Number(info.labels[LABEL.replaces]);
        const item = {
            name: info.name,
            kind: parsed.kind,
            key: parsed.key,
            version: parsed.version,
            replaces: Number.isInteger(replaces) && replaces > 0 ? replaces : undefined,
            release: info.labels[LABEL.release],
            readOutside: info.labels[LABEL.readOutside] === "true",
            info,
            live: LIVE.has(info.phase),
        };
        const table = tables.get(parsed.key) ?? { key: parsed.key, dml: new Map(), ddl: new Map() };
        table[parsed.kind].set(parsed.version, item);
        tables.set(parsed.key, table);
    }
    const pairs = [];
    for (const table of tables.values()) {
        for (const green of table.dml.values()) {
            if (green.replaces === undefined)
                continue;
            const blue = table.dml.get(green.replaces);
            pairs.push({ key: table.key, green, blue, blueName: withVersion(green.name, green.replaces), state: pairState(green, blue) });
        }
    }
    pairs.sort((a, b) => a.green.name.localeCompare(b.green.name));
    const rolledBack = new Set(pairs.filter((p) => p.state === "rolled-back" && p.green.release).map((p) => p.green.release));
    return { prefix, tables, pairs, rolledBack, current: versionsInService(tables, rolledBack), foreign: foreign.sort() };
}
/**
 * The version of each table that is in service. A table with a statement: the highest version
 * whose statement runs (else the highest not rolled back). A view, or a table filled from outside:
 * the highest version not made by a release rolled back whose query reads only versions in service,
 * so a view created by a deploy that has not started its statements yet is not taken for the one
 * in service.
 */
function versionsInService(tables, rolledBack) {
    const kept = (item) => !item.release || !rolledBack.has(item.release);
    const byName = new Map();
    for (const table of tables.values())
        for (const item of table.ddl.values()) {
            const name = recordedTableName(item);
            if (name)
                byName.set(name, { key: table.key, version: item.version });
        }
    const current = new Map();
    const visiting = new Set();
    const of = (key) => {
        if (current.has(key))
            return current.get(key);
        const table = tables.get(key);
        if (!table || visiting.has(key))
            return undefined;
        visiting.add(key);
        let found;
        const live = [...table.dml.values()].filter((item) => item.live).map((item) => item.version);
        if (live.length > 0)
            found = Math.max(...live);
        else if (table.dml.size > 0)
            found = highest([...table.dml.values()].filter(kept));
        else {
            const candidates = [...table.ddl.values()].filter(kept).sort((a, b) => b.version - a.version);
            const readsInService = (item) => [...tablesRead(item.info.sql).names].every((name) => {
                const read = byName.get(name);
                return !read || read.key === key || of(read.key) === read.version;
            });
            found = (candidates.find(readsInService) ?? candidates.at(-1))?.version;
        }
        visiting.delete(key);
        if (found !== undefined)
            current.set(key, found);
        return found;
    };
    for (const key of tables.keys())
        of(key);
    return current;
}
const highest = (items) => (items.length > 0 ? Math.max(...items.map((item) => item.version)) : undefined);
function pairState(green, blue) {
    if (green.live && blue?.live)
        return "deployed";
    if (green.live && (!blue || !blue.live))
        return "switched";
    if (!green.live && green.info.phase === "STOPPED" && blue?.live)
        return "rolled-back";
    return "other";
}
/** The version of a table that is in service; undefined when nothing of it is deployed. */
function currentVersion(deployed, key) {
    return deployed.current.get(key);
}
/** The table (or view) name a recorded DDL creates, last part only: `int_orders_v2`. */
function recordedTableName(item) {
    return ddlTarget(item.info.sql)?.parts.at(-1);
}
/** The last part of a possibly qualified, possibly backticked name, without its backticks. */
function lastPart(raw) {
    let last = "";
    let i = 0;
    while (i < raw.length) {
        if (raw[i] === ".") {
            last = "";
            i++;
        }
        else if (raw[i] === "`") {
            // a quoted part runs to the backquote that is not doubled
            let j = i + 1;
            let part = "";
            while (j < raw.length && !(raw[j] === "`" && raw[j + 1] !== "`")) {
                part += raw[j];
                j += raw[j] === "`" ? 2 : 1;
            }
            last = part;
            i = j + 1;
        }
        else {
            last += raw[i];
            i++;
        }
    }
    return last;
}

;// CONCATENATED MODULE: ./src/flink/release/cleanup-plan.ts



/**
 * `others`: every statement of the environment that cutover did not deploy for this prefix (other
 * pipelines, people's own); a table one of them reads while it runs is kept as well.
 */
function planCleanup(deployed, others = []) {
    const retired = new Map();
    const retire = (key, version, why) => retired.set(`${key}#${version}`, { key, version, why });
    const pending = new Set(deployed.pairs.filter((p) => p.state === "deployed").map((p) => p.green.release));
    const notes = [];
    for (const pair of deployed.pairs) {
        if (pair.state === "switched" && pair.blue)
            retire(pair.key, pair.blue.version, `replaced by ${pair.green.name} (switched)`);
        if (pair.state === "rolled-back")
            retire(pair.key, pair.green.version, `rolled back to ${pair.blueName}`);
    }
    for (const table of deployed.tables.values()) {
        for (const item of table.dml.values()) {
            if (item.replaces === undefined && !item.live && item.release && deployed.rolledBack.has(item.release))
                retire(table.key, item.version, `new in release ${item.release}, which was rolled back`);
        }
        if (table.dml.size > 0)
            continue;
        // a view, or a table filled from outside: the versions besides the one in service
        const current = currentVersion(deployed, table.key);
        const serving = current === undefined ? undefined : table.ddl.get(current);
        if (serving?.release && pending.has(serving.release))
            continue;
        for (const item of table.ddl.values()) {
            if (item.version === current)
                continue;
            const rolled = item.release !== undefined && deployed.rolledBack.has(item.release);
            retire(table.key, item.version, rolled ? `made by release ${item.release}, which was rolled back` : `replaced by version ${current}`);
        }
    }
    const retiredNames = new Set();
    const steps = [];
    for (const { key, version, why } of retired.values()) {
        const table = deployed.tables.get(key);
        const dml = table.dml.get(version);
        const ddl = table.ddl.get(version);
        const target = ddl ? ddlTarget(ddl.info.sql) : undefined;
        if (dml)
            retiredNames.add(dml.name);
        if (ddl)
            retiredNames.add(ddl.name);
        steps.push({
            key,
            version,
            statement: dml?.name,
            ddlRecord: ddl?.name,
            drop: target ? `DROP ${target.kind === "view" ? "VIEW" : "TABLE"} IF EXISTS ${target.raw}` : undefined,
            object: target?.parts.at(-1),
            why,
        });
    }
    // who reads what: running statements, and the views that stay
    const readers = [];
    for (const table of deployed.tables.values()) {
        for (const item of [...table.dml.values(), ...table.ddl.values()]) {
            if (retiredNames.has(item.name))
                continue;
            if (item.live || isView(item))
                readers.push({ name: item.name, reads: tablesRead(item.info.sql) });
        }
    }
    for (const other of others)
        if (LIVE.has(other.phase))
            readers.push({ name: other.name, reads: readsOf(other) });
    const kept = [];
    const safe = steps.filter((step) => {
        const reader = step.object === undefined ? undefined : readers.find((r) => r.reads === UNKNOWN || r.reads.names.has(step.object));
        if (!reader)
            return true;
        const unsure = reader.reads === UNKNOWN
            ? " (cutover knows neither its SQL nor what its job reads, so it counts as reading every table: stop it, or drop by hand)"
            : reader.reads.parsed
                ? ""
                : " (its SQL could not be parsed, so every name in it counts as read)";
        kept.push(`${step.object} (${step.ddlRecord}) and its stopped statement are kept: ${reader.name} reads it and runs${unsure}`);
        return false;
    });
    const viewsFirst = (step) => (step.drop?.startsWith("DROP VIEW") ? 0 : 1);
    safe.sort((a, b) => viewsFirst(a) - viewsFirst(b) || a.key.localeCompare(b.key) || a.version - b.version);
    if (pending.size > 0)
        notes.push(`release(s) ${[...pending].join(", ")} wait for their switch: nothing of theirs, nor what they replace, is cleaned up yet`);
    if (deployed.foreign.length > 0)
        notes.push(`statements not named by cutover are never touched: ${deployed.foreign.slice(0, 10).join(", ")}${deployed.foreign.length > 10 ? ", …" : ""}`);
    return { steps: safe, kept, notes };
}
const UNKNOWN = "unknown";
/**
 * What another running statement reads: from its SQL; for a job started outside cutover (its SQL
 * unknown), from the tables its job plan reads; with neither, unknown, which keeps every table.
 */
function readsOf(other) {
    if (other.sql.trim() !== "")
        return tablesRead(other.sql);
    if (other.reads)
        return { names: new Set(other.reads), parsed: true };
    return UNKNOWN;
}
const isView = (item) => item.kind === "ddl" && ddlTarget(item.info.sql)?.kind === "view";

;// CONCATENATED MODULE: ./src/flink/statement-port.ts
/**
 * What the Flink blue/green phases need from a place that runs Flink SQL statements, behind one
 * port: an Apache Flink SQL Gateway (backend/gateway/) or Confluent Cloud's statements API
 * (backend/confluent/). Values are plain data; no HTTP or Kafka client type leaks out.
 *
 * Everything is read back from the world on every call (the gateway's jobs and its state topic,
 * Confluent's statements), never from a local file, so a rollback dispatched days later from
 * another machine finds what it needs.
 */

/** Phases a statement does not leave by itself. */
const SETTLED_PHASES = new Set(["STOPPED", "FAILED", "COMPLETED"]);
/**
 * Every failure of a backend, naming the statement (or the DDL's object) it was about. An
 * ExternalError, so the apply loop reports it as Flink's answer and says what was left behind,
 * never as a bug in cutover.
 */
class StatementError extends errors/* ExternalError */.yA {
    statement;
    reason;
    details;
    constructor(statement, reason, message, details = {}, options) {
        super(`statement '${statement}': ${message}`, "Flink", options);
        this.statement = statement;
        this.reason = reason;
        this.details = details;
        this.name = "StatementError";
    }
}
const NAME = /^[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?$/;
/** Throws `invalid` unless `name` suits both backends. */
function checkStatementName(name) {
    if (!NAME.test(name)) {
        throw new StatementError(name, "invalid", "a statement name is 1 to 100 lowercase letters, digits and hyphens, starting and ending with a letter or digit");
    }
}

;// CONCATENATED MODULE: ./src/flink/rollout/phase-deps.ts


/**
 * Before each change: another run (a rollback) may have taken the lock over; then this one stops,
 * touching nothing more, and the apply loop says what it had done.
 */
async function ensureHeld(run, before) {
    if (!(await run.stillHeld()))
        throw new errors/* RefusedError */.fk(`the release lock was taken over by another run before ${before}; this run stopped there`);
}
/**
 * Runs one backend call that changes something and waits for its phase. When the wait ends badly
 * (the deadline, a FAILED statement, a stop request) the change was made all the same (the job was
 * submitted, the stop was asked for), so the journal notes it before the error travels on, and the
 * failure says "left resumable", never "nothing was changed". A request the backend refused, or
 * one that never reached it, changed nothing and is not noted.
 */
async function changing(run, what, call) {
    try {
        return await call();
    }
    catch (error) {
        if (error instanceof StatementError && (error.reason === "timeout" || error.reason === "failed" || error.reason === "aborted"))
            run.journal.record(`${what}, not finished (${error.reason}${error.details.phase ? `: ${error.details.phase}` : ""})`);
        throw error;
    }
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/config/schema/flink.ts
var flink = __webpack_require__(64694);
;// CONCATENATED MODULE: ./src/flink/config-schema.ts
/**
 * The planner's options from the config's `flink` section (src/config/schema/flink.ts). The parse
 * cache and the deployed names come from adapters, not from here.
 */

/** The planner's replay settings from the config's `replay` section. */
function replaySettings(config) {
    return { from: config.replay.from === "earliest" ? "earliest" : { timestamp: config.replay.from }, stateless: config.replay.stateless };
}
function flinkPlanOptions(config) {
    return {
        defaults: { catalog: config.catalog, database: config.database },
        versioning: { suffix: config.versioning.suffix },
        replay: replaySettings(config),
        maxLag: config.maxLag,
    };
}

// EXTERNAL MODULE: ./node_modules/execa/index.js + 131 modules
var execa = __webpack_require__(16993);
;// CONCATENATED MODULE: ./src/flink/pipeline/git-changed-files.ts


/**
 * The files of the pipeline folder that changed since `base`, from git (a thin adapter: the
 * planning is in plan/changes.ts). Runs `git diff --name-status -z --no-renames --relative
 * <base>...HEAD -- .` in the pipeline folder: paths come out relative to it, a rename is a delete
 * and an add, and -z keeps odd file names whole. Arguments go to git as a list, never a shell string.
 */
const STATUS = { A: "added", M: "modified", D: "deleted", T: "modified", C: "added" };
async function gitChangedFiles(pipelineFolder, base) {
    if (base.startsWith("-"))
        throw new errors/* InputError */.dz(`flink.changes.base: '${base}' is not a git ref`);
    const result = await (0,execa/* execa */.Ho)("git", ["diff", "--name-status", "-z", "--no-renames", "--relative", `${base}...HEAD`, "--", "."], {
        cwd: pipelineFolder,
        reject: false,
    });
    if (result.exitCode !== 0) {
        throw new errors/* InputError */.dz(`flink.changes.base: git cannot diff ${base}...HEAD in ${pipelineFolder}`, [
            `flink.changes.base: git diff ${base}...HEAD failed: ${String(result.stderr).trim().split("\n")[0] ?? ""} (is the ref fetched? a shallow clone needs fetch-depth: 0)`,
        ]);
    }
    return parseNameStatus(String(result.stdout));
}
/** `git diff --name-status -z` output: status NUL path NUL, repeated. */
function parseNameStatus(output) {
    const fields = output.split("\0");
    const files = [];
    for (let i = 0; i + 1 < fields.length; i += 2) {
        const status = STATUS[fields[i].charAt(0)];
        const path = fields[i + 1];
        if (status && path)
            files.push({ path, status });
    }
    return files;
}

;// CONCATENATED MODULE: ./src/flink/pipeline/layout.ts

/** Which table folder a path is the DDL or DML of, or undefined for any other file. */
function classifySqlFile(path) {
    const base = external_node_path_.posix.basename(path);
    const parent = external_node_path_.posix.dirname(path);
    if (base === "ddl.sql" || base === "dml.sql")
        return parent === "." ? undefined : { dir: parent, kind: base === "ddl.sql" ? "ddl" : "dml" };
    if (external_node_path_.posix.basename(parent) !== "sql-scripts" || !base.endsWith(".sql"))
        return undefined;
    const kind = base.startsWith("ddl.") ? "ddl" : base.startsWith("dml.") ? "dml" : undefined;
    const dir = external_node_path_.posix.dirname(parent);
    if (!kind || dir === "." || base.length <= "ddl..sql".length)
        return undefined;
    return { dir, kind };
}
function tableFolders(paths) {
    const problems = [];
    const byDir = new Map();
    for (const path of [...paths].sort()) {
        const found = classifySqlFile(path);
        if (!found)
            continue;
        const entry = byDir.get(found.dir) ?? { ddl: [], dml: [] };
        entry[found.kind].push(path);
        byDir.set(found.dir, entry);
    }
    const folders = [];
    const firstDir = new Map();
    for (const [dir, files] of byDir) {
        const id = external_node_path_.posix.basename(dir);
        for (const kind of ["ddl", "dml"]) {
            if (files[kind].length > 1)
                problems.push(`${dir}: ${files[kind].length} ${kind.toUpperCase()} files (${files[kind].join(", ")}); expected one`);
        }
        const earlier = firstDir.get(id);
        if (earlier !== undefined) {
            problems.push(`${dir}: the table folder name '${id}' is also used by ${earlier}; folder names are statement ids and must be unique`);
            continue;
        }
        firstDir.set(id, dir);
        folders.push({ id, dir, ddl: files.ddl[0], dml: files.dml[0] });
    }
    if (folders.length === 0)
        problems.push("no table folders found: expected <table>/ddl.sql (+ dml.sql) or <table>/sql-scripts/ddl.<table>.sql");
    return { folders, problems };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/flink/pipeline/load-pipeline.ts




/**
 * Reads a pipeline folder: every DDL and DML file of the layout (layout.ts), keyed by its path
 * relative to the folder with forward slashes. The only effectful part of the Flink planner;
 * everything after works on the map.
 */
/** Larger than any statement a person writes; a bigger file is a mistake (a data dump), not SQL. */
const MAX_FILE_BYTES = 1024 * 1024;
async function loadPipelineFiles(folder) {
    let entries;
    try {
        entries = await (0,promises_.readdir)(folder, { recursive: true });
    }
    catch (error) {
        const reason = error.code === "ENOENT" ? "does not exist" : `cannot be read (${error.message})`;
        throw new errors/* InputError */.dz(`flink.pipeline: the folder ${folder} ${reason}`);
    }
    const files = new Map();
    const problems = [];
    const paths = entries
        .map((entry) => ({ entry, path: entry.split(external_node_path_.sep).join("/") }))
        .filter(({ path }) => !path.split("/").some((part) => part === "node_modules" || part.startsWith(".")) && classifySqlFile(path))
        .sort((a, b) => a.path.localeCompare(b.path));
    // read a few dozen at a time: one at a time waits on each file in turn; all at once may run out of file handles
    for (let i = 0; i < paths.length; i += 32) {
        const batch = paths.slice(i, i + 32);
        const texts = await Promise.all(batch.map(({ entry }) => (0,promises_.readFile)((0,external_node_path_.join)(folder, entry))));
        batch.forEach(({ path }, j) => {
            const text = texts[j];
            if (text.length > MAX_FILE_BYTES)
                problems.push(`${path}: ${text.length} bytes; a statement file holds at most ${MAX_FILE_BYTES}`);
            else
                files.set(path, text.toString("utf8"));
        });
    }
    if (problems.length > 0)
        throw new errors/* InputError */.dz(`flink.pipeline: ${problems.length} file(s) cannot be used`, problems);
    return files;
}
/** A path as the loader keys it, for callers holding an absolute path. */
function pipelinePath(folder, absolute) {
    return relative(folder, absolute).split(sep).join("/");
}

;// CONCATENATED MODULE: ./src/flink/sql/parse-cache.ts


/**
 * Parsed files by content, so that a run on a pipeline whose files did not change skips the
 * grammar altogether (its warm-up is most of a cold run: see scripts/bench/flink-planner.mjs). A
 * ParsedSql depends only on the text and on the parser, never on the file's path, so the key is
 * a hash of both. Only successful parses are kept: a file with errors is parsed again, to report them.
 */
/**
 * The parser's revision: the grammar's package and version (a unit test checks it against the
 * installed one) and the facts' shape. Change the last number whenever ParsedSql or the walk changes.
 */
const PARSER_REVISION = "dt-sql-parser@4.5.1/cutover-flink-4";
function parseCacheKey(text) {
    return (0,external_node_crypto_.createHash)("sha256").update(PARSER_REVISION).update("\0").update(text).digest("hex");
}
function parseWithCache(text, file, cache) {
    if (!cache)
        return (0,parse_sql/* parseFlinkSql */.y)(text, file);
    const key = parseCacheKey(text);
    const known = cache.get(key);
    if (known)
        return known;
    const parsed = (0,parse_sql/* parseFlinkSql */.y)(text, file);
    cache.set(key, parsed);
    return parsed;
}

;// CONCATENATED MODULE: ./src/flink/pipeline/parse-cache-file.ts


async function loadParseCache(path) {
    let known = {};
    try {
        const file = JSON.parse(await (0,promises_.readFile)(path, "utf8"));
        if (file.revision === PARSER_REVISION && file.entries && typeof file.entries === "object")
            known = file.entries;
    }
    catch {
        // no cache yet, or not one we can use: parse everything
    }
    const used = new Map();
    return {
        get(key) {
            const parsed = Object.hasOwn(known, key) ? known[key] : undefined;
            if (parsed)
                used.set(key, parsed);
            return parsed;
        },
        set(key, parsed) {
            used.set(key, parsed);
        },
        async save() {
            const file = { revision: PARSER_REVISION, entries: Object.fromEntries(used) };
            await (0,promises_.writeFile)(path, JSON.stringify(file));
        },
    };
}

;// CONCATENATED MODULE: ./src/flink/pipeline/dag.ts

function buildDag(pipeline) {
    const problems = [];
    const byKey = new Map();
    for (const table of pipeline.tables) {
        const other = byKey.get(table.key);
        if (other)
            problems.push(`${table.display} is created by two table folders: ${other.dir} and ${table.dir}`);
        else
            byKey.set(table.key, table);
    }
    const parents = new Map();
    const children = new Map();
    const externals = new Map();
    const externalOutputs = new Map();
    for (const table of pipeline.tables) {
        parents.set(table.id, []);
        children.set(table.id, children.get(table.id) ?? []);
    }
    for (const table of pipeline.tables) {
        for (const input of table.reads) {
            const source = byKey.get(input.key);
            if (!source) {
                const entry = externals.get(input.key) ?? { input, readBy: [] };
                entry.readBy.push(table.id);
                externals.set(input.key, entry);
                continue;
            }
            if (source.id === table.id) {
                problems.push(`${table.display} reads itself (${table.dml?.path ?? table.ddl?.path}): a cycle`);
                continue;
            }
            parents.get(table.id).push(source.id);
            children.get(source.id).push(table.id);
        }
        for (const output of table.alsoWrites) {
            const owner = byKey.get(output.key);
            if (owner)
                problems.push(`${output.display} is written by two statements: ${owner.dml?.path ?? owner.ddl?.path} and ${table.dml?.path ?? table.ddl?.path}; a table written by two statements cannot get a new version one statement at a time`);
            else {
                const entry = externalOutputs.get(output.key) ?? { input: output, readBy: [] };
                entry.readBy.push(table.id);
                externalOutputs.set(output.key, entry);
            }
        }
    }
    const tables = new Map(pipeline.tables.map((t) => [t.id, t]));
    const order = topologicalOrder([...tables.keys()], parents, children);
    if (order.length < tables.size) {
        for (const cycle of findCycles(tables, parents, new Set(order)))
            problems.push(`a cycle: ${cycle.join(" → ")}`);
    }
    if (problems.length > 0)
        throw new errors/* InputError */.dz(`the Flink pipeline's graph has ${problems.length} problem(s)`, problems);
    const listed = (m) => [...m.values()].map(({ input, readBy }) => ({ ...input, readBy })).sort((a, b) => a.display.localeCompare(b.display));
    return { order, tables, parents, children, externals: listed(externals), externalOutputs: listed(externalOutputs) };
}
/** Kahn's algorithm, always taking the smallest ready id; tables in a cycle are left out. */
function topologicalOrder(ids, parents, children) {
    const waiting = new Map(ids.map((id) => [id, new Set(parents.get(id)).size]));
    const ready = ids.filter((id) => waiting.get(id) === 0).sort();
    const order = [];
    while (ready.length > 0) {
        const id = ready.shift();
        order.push(id);
        for (const child of new Set(children.get(id))) {
            const left = waiting.get(child) - 1;
            waiting.set(child, left);
            if (left === 0) {
                ready.push(child);
                ready.sort();
            }
        }
    }
    return order;
}
/** One cycle through each group of tables left out of the order, named by display name and closed on its first table. */
function findCycles(tables, parents, ordered) {
    const cycles = [];
    const reported = new Set();
    for (const start of [...tables.keys()].sort()) {
        if (ordered.has(start) || reported.has(start))
            continue;
        // walk parents among the unordered tables until a table repeats
        const path = [];
        const seen = new Map();
        let at = start;
        while (at !== undefined && !seen.has(at)) {
            seen.set(at, path.length);
            path.push(at);
            at = [...new Set(parents.get(at))].sort().find((p) => !ordered.has(p));
        }
        if (at === undefined)
            continue;
        const walked = path.slice(seen.get(at)).reverse(); // parents walked backwards: show data flow
        const first = walked.indexOf([...walked].sort()[0]);
        const cycle = [...walked.slice(first), ...walked.slice(0, first)]; // from its smallest id, the same on every run
        if (cycle.some((id) => reported.has(id)))
            continue;
        cycle.forEach((id) => reported.add(id));
        const names = cycle.map((id) => tables.get(id).display);
        cycles.push([...names, names[0]]);
    }
    return cycles;
}

// EXTERNAL MODULE: ./src/flink/plan/version-name.ts
var version_name = __webpack_require__(49442);
;// CONCATENATED MODULE: ./src/flink/sql/sql-facts.ts
/**
 * What the planner needs to know about one SQL file, as plain data: the statements, the table
 * names each one creates, writes and reads (with the exact position of every name part, for the
 * rewrite), and the features that make a statement keep state.
 */
/** Every reference of a parsed file, in file order. */
function allRefs(parsed) {
    return parsed.statements.flatMap((s) => s.refs);
}

;// CONCATENATED MODULE: ./src/flink/sql/statement-hash.ts


/**
 * A statement's content hash, stable across formatting: it is taken from the significant tokens
 * (whitespace and comments are not tokens the parser sees; keywords are upper-cased), so
 * re-indenting a file or editing a comment does not make it "changed". Table names are hashed
 * without their version suffix (`baseName`), so the renames the planner itself makes (int_x_v1 →
 * int_x_v2) do not count as a change either: only the logic does.
 *
 * 32 hex characters (128 bits) of SHA-256: short enough for a label value (at most 63 characters
 * on Confluent Cloud and Kubernetes), far too long to collide by chance.
 */
function statementHash(parsed, baseName) {
    const tokens = [...parsed.tokens];
    for (const ref of allRefs(parsed)) {
        const last = ref.parts[ref.parts.length - 1];
        if (last && last.token >= 0)
            tokens[last.token] = JSON.stringify(baseName(last.value));
    }
    return (0,external_node_crypto_.createHash)("sha256").update(tokens.join(" ")).digest("hex").slice(0, 32);
}

// EXTERNAL MODULE: ./src/flink/sql/table-name.ts
var table_name = __webpack_require__(24525);
;// CONCATENATED MODULE: ./src/flink/pipeline/pipeline.ts







/** Statement names: `ddl.<id>` and `dml.<id>`, as the backends label deployed statements. */
function pipeline_statementName(kind, id) {
    return `${kind}.${id}`;
}
const refName = (ref) => ref.parts.map((p) => p.value);
function parseFile(kind, id, path, text, options, problems) {
    try {
        const parsed = parseWithCache(text, path, options.cache);
        const base = (name) => (0,version_name/* parseVersionedName */.sY)(name, options.versioning).base;
        return { kind, path, text, parsed, statement: pipeline_statementName(kind, id), hash: statementHash(parsed, base) };
    }
    catch (error) {
        if (!(error instanceof errors/* InputError */.dz))
            throw error;
        problems.push(...error.problems);
        return undefined;
    }
}
function buildPipeline(files, options) {
    const { folders, problems } = tableFolders([...files.keys()]);
    const tables = [];
    for (const folder of folders) {
        const ddl = folder.ddl === undefined ? undefined : parseFile("ddl", folder.id, folder.ddl, files.get(folder.ddl) ?? "", options, problems);
        const dml = folder.dml === undefined ? undefined : parseFile("dml", folder.id, folder.dml, files.get(folder.dml) ?? "", options, problems);
        if ((folder.ddl !== undefined && !ddl) || (folder.dml !== undefined && !dml))
            continue;
        const table = tableOf(folder.id, folder.dir, ddl, dml, options, problems);
        if (table)
            tables.push(table);
    }
    if (problems.length > 0)
        throw new errors/* InputError */.dz(`the Flink pipeline has ${problems.length} problem(s)`, problems);
    return { tables, defaults: options.defaults, versioning: options.versioning };
}
function tableOf(id, dir, ddl, dml, options, problems) {
    const key = (parts) => (0,table_name/* tableKey */.ih)(parts, options.defaults);
    const created = ddl ? allRefs(ddl.parsed).filter((r) => r.role === "create") : [];
    const written = dml ? allRefs(dml.parsed).filter((r) => r.role === "write") : [];
    const before = problems.length;
    if (ddl && created.length === 0)
        problems.push(`${ddl.path}: creates no table or view; a DDL file holds one CREATE TABLE or CREATE VIEW`);
    if (ddl && created.length > 1)
        problems.push(`${ddl.path}: creates ${created.length} tables (${created.map((r) => (0,table_name/* displayName */.QC)(r.parts)).join(", ")}); a DDL file creates one`);
    if (dml && written.length === 0)
        problems.push(`${dml.path}: has no INSERT INTO; a DML file inserts into its folder's table`);
    const own = created[0] ?? written[0];
    if (!own || problems.length > before)
        return undefined;
    const name = refName(own);
    const ownKey = key(name);
    if (dml && !written.some((r) => key(refName(r)) === ownKey))
        problems.push(`${dml.path}: inserts into ${written.map((r) => (0,table_name/* displayName */.QC)(r.parts)).join(", ")}, not ${(0,table_name/* displayName */.QC)(name)}, the table its DDL creates`);
    const isView = ddl?.parsed.statements.some((s) => s.kind === "create-view") ?? false;
    if (isView && dml)
        problems.push(`${dml.path}: a view has no DML; its query is in its DDL`);
    const reads = new Map();
    const alsoWrites = new Map();
    const state = [];
    for (const file of [ddl, dml]) {
        for (const statement of file?.parsed.statements ?? []) {
            for (const ref of statement.refs) {
                const refKey = key(refName(ref));
                const input = { key: refKey, display: (0,table_name/* displayName */.QC)(ref.parts) };
                if (ref.role === "read" && !reads.has(refKey))
                    reads.set(refKey, input);
                if ((ref.role === "write" || ref.role === "create") && refKey !== ownKey)
                    alsoWrites.set(refKey, input);
            }
            if (statement.kind === "insert" || statement.kind === "statement-set" || statement.kind === "create-table-as" || isView)
                state.push(...statement.state);
        }
    }
    return {
        id,
        dir,
        kind: isView ? "view" : "table",
        name,
        display: (0,table_name/* displayName */.QC)(name),
        key: ownKey,
        ddl,
        dml,
        reads: [...reads.values()],
        alsoWrites: [...alsoWrites.values()],
        state,
    };
}

;// CONCATENATED MODULE: ./src/flink/plan/changes.ts

const sqlFiles = (table) => [table.ddl, table.dml].filter((f) => f !== undefined);
function detectChanges(pipeline, input) {
    const found = input.from === "git" ? fromFiles(pipeline, input.files, input.deployed) : fromHashes(pipeline, input.deployed);
    if (!input.stale || input.stale.size === 0)
        return found;
    const tables = new Map(found.tables);
    for (const table of pipeline.tables) {
        const reasons = sqlFiles(table).flatMap((f) => {
            const why = input.stale?.get(f.statement);
            return why ? [`${f.statement}: ${why}`] : [];
        });
        const known = tables.get(table.id);
        if (reasons.length > 0 && known?.status !== "new")
            tables.set(table.id, { status: "changed", reasons: [...(known?.reasons ?? []), ...reasons] });
    }
    return { ...found, tables };
}
function fromFiles(pipeline, files, deployed) {
    const byPath = new Map();
    for (const table of pipeline.tables)
        for (const file of sqlFiles(table))
            byPath.set(file.path, table);
    const seen = new Map();
    const notes = [];
    for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
        const table = byPath.get(file.path);
        if (table) {
            const sql = sqlFiles(table).find((f) => f.path === file.path);
            if (sql && deployed?.get(sql.statement) === sql.hash) {
                notes.push(`${file.path} changed in git, and is deployed as it is now (${sql.statement}): nothing to do for it`);
                continue;
            }
            seen.set(table.id, [...(seen.get(table.id) ?? []), file]);
            continue;
        }
        const sql = classifySqlFile(file.path);
        if (sql && file.status === "deleted")
            notes.push(`${file.path} was deleted: cutover does not stop or drop what it deployed; stop the statement and drop the table by hand`);
        else if (sql)
            notes.push(`${file.path} changed but is not part of the pipeline as loaded`);
        else
            notes.push(`${file.path} is not a DDL or DML file of a table folder: ignored`);
    }
    const tables = new Map();
    for (const table of pipeline.tables) {
        const changed = seen.get(table.id);
        if (!changed)
            continue;
        const allAdded = sqlFiles(table).every((f) => changed.some((c) => c.path === f.path && c.status === "added"));
        tables.set(table.id, {
            status: allAdded ? "new" : "changed",
            reasons: changed.map((c) => `${c.path} ${c.status}`),
        });
    }
    return { from: "git", tables, notes };
}
function fromHashes(pipeline, deployed) {
    const tables = new Map();
    const known = new Set();
    for (const table of pipeline.tables) {
        const files = sqlFiles(table);
        files.forEach((f) => known.add(f.statement));
        if (files.every((f) => !deployed.has(f.statement))) {
            tables.set(table.id, { status: "new", reasons: [`${files.map((f) => f.statement).join(" and ")} not deployed yet`] });
            continue;
        }
        const reasons = files.flatMap((f) => {
            const recorded = deployed.get(f.statement);
            if (recorded === undefined)
                return [`${f.statement} not deployed yet`];
            return recorded === f.hash ? [] : [`${f.statement}: ${f.path} hashes to ${f.hash}, the deployed statement to ${recorded}`];
        });
        if (reasons.length > 0)
            tables.set(table.id, { status: "changed", reasons });
    }
    const notes = [...deployed.keys()]
        .filter((name) => !known.has(name))
        .sort()
        .map((name) => `deployed statement ${name} has no file in the pipeline: left running; stop it by hand if it is retired`);
    return { from: "hashes", tables, notes };
}

;// CONCATENATED MODULE: ./src/flink/plan/replay.ts
const DEFAULT_REPLAY = { from: "earliest", stateless: "replay" };
const VERB = {
    join: "joins",
    "temporal-join": "joins (temporal join)",
    aggregation: "aggregates",
    window: "windows",
    over: "aggregates over",
    deduplication: "deduplicates",
    "match-recognize": "matches patterns over",
    distinct: "deduplicates (DISTINCT)",
    "set-operation": "combines",
};
const STATE = {
    join: "join",
    "temporal-join": "temporal join",
    aggregation: "aggregation",
    window: "window",
    over: "OVER",
    deduplication: "deduplication",
    "match-recognize": "MATCH_RECOGNIZE",
    distinct: "DISTINCT",
    "set-operation": "set operation",
};
/** "join and aggregation" for the features' distinct kinds, in order. */
function stateWords(state) {
    const words = [...new Set(state.map((s) => STATE[s.kind]))];
    return words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}
function startFrom(c, settings) {
    const replay = settings.from === "earliest" ? { kind: "earliest" } : { kind: "timestamp", at: settings.from.timestamp };
    const where = settings.from === "earliest" ? "from earliest" : `from ${settings.from.timestamp} (replay.from)`;
    const first = c.state[0];
    const inputs = `${c.newInputs.join(", ")}, whose rows restart`;
    if (c.status === "new")
        return { from: replay, reason: `a new table: reads its inputs ${where}` };
    if (c.newInputs.length > 0) {
        if (first)
            return {
                from: replay,
                reason: `${VERB[first.kind]} ${inputs} from the beginning: its ${stateWords(c.state)} state must be rebuilt ${where}`,
            };
        return {
            from: replay,
            reason: `reads ${inputs} from the beginning: stateless, but its new table needs every row, so it reads ${where}`,
        };
    }
    if (first)
        return { from: replay, reason: `its logic changed and it keeps ${stateWords(c.state)} state: rebuilt ${where}` };
    if (settings.stateless === "blue-offsets")
        return {
            from: { kind: "blue-offsets", blueStatement: c.blueStatement },
            reason: "stateless, and its inputs keep their versions: starts at blue's offsets (replay.stateless: blue-offsets), so its new table holds rows from the switch on",
        };
    return { from: replay, reason: `stateless, but its new table needs every row: reads its inputs ${where} (replay.stateless: replay)` };
}

;// CONCATENATED MODULE: ./src/flink/plan/rewrite.ts



function topicOptions(parsed) {
    return parsed.statements.flatMap((s) => s.options.filter((o) => o.key === "topic").map((o) => o.value));
}
function rewriteTableNames(text, parsed, newName, topic) {
    const edits = [];
    for (const option of parsed.statements.flatMap((s) => s.options)) {
        if (topic && option.key === "topic" && option.value === topic.from)
            edits.push({ start: option.start, end: option.end, text: `'${topic.to.replaceAll("'", "''")}'` });
    }
    for (const ref of allRefs(parsed)) {
        const name = newName(ref);
        const last = ref.parts[ref.parts.length - 1];
        if (name === undefined || !last)
            continue;
        edits.push({ start: last.start, end: last.end, text: last.quoted || !(0,lex_sql/* isPlainIdentifier */.wL)(name) ? (0,table_name/* quoteIdentifier */.Cm)(name) : name });
    }
    edits.sort((a, b) => b.start - a.start);
    let out = text;
    let previous = Number.POSITIVE_INFINITY;
    for (const edit of edits) {
        if (edit.end > previous)
            continue; // one token, one edit
        out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
        previous = edit.start;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/flink/plan/impact.ts




function planFlinkRelease(input) {
    const { pipeline, dag, changes, replay } = input;
    const rule = pipeline.versioning;
    const keyOf = (ref) => (0,table_name/* tableKey */.ih)(ref.parts, pipeline.defaults);
    const lastOf = (t) => t.name[t.name.length - 1] ?? t.id;
    const fullName = (t, last) => (0,table_name/* displayName */.QC)([...t.name.slice(0, -1), last]);
    // statuses and names, sources first, so a table sees its parents' new versions
    const versions = new Map();
    for (const id of dag.order) {
        const table = dag.tables.get(id);
        const change = changes.tables.get(id);
        const newParents = (dag.parents.get(id) ?? []).filter((p) => isRenamed(versions.get(p)?.status));
        const reasons = [...(change?.reasons ?? [])];
        for (const p of newParents) {
            const parent = dag.tables.get(p);
            reasons.push(`reads ${parent.display}, which gets a new version (${versions.get(p).green})`);
        }
        if (change?.status === "new") {
            versions.set(id, { status: "new", reasons, blue: undefined, green: table.display });
            continue;
        }
        const status = change ? "changed" : newParents.length > 0 ? "descendant" : "unchanged";
        if (status === "unchanged") {
            versions.set(id, { status, reasons, blue: table.display, green: undefined });
            continue;
        }
        const deployed = input.deployedNames?.get(id);
        const blueLast = deployed ?? lastOf(table);
        const bumped = (0,version_name/* nextVersionName */.dp)(blueLast, rule);
        const inFiles = lastOf(table);
        const byHand = deployed !== undefined && (0,version_name/* parseVersionedName */.sY)(inFiles, rule).version > (0,version_name/* parseVersionedName */.sY)(deployed, rule).version;
        const greenLast = byHand ? inFiles : bumped;
        versions.set(id, { status, reasons, blue: fullName(table, blueLast), green: fullName(table, greenLast), greenLast });
    }
    // the new last name part of every renamed table, by key
    const renames = new Map();
    for (const [id, v] of versions)
        if (v.greenLast !== undefined)
            renames.set(dag.tables.get(id).key, v.greenLast);
    const stateOf = inheritedState(dag);
    const plans = dag.order.map((id) => {
        const table = dag.tables.get(id);
        const v = versions.get(id);
        const state = stateOf(id);
        const runs = table.kind === "table" && (table.dml !== undefined || isCtas(table));
        if (v.status === "unchanged" || !runs)
            return {
                id,
                kind: table.kind,
                status: v.status,
                blue: v.blue,
                green: v.green,
                reasons: v.reasons,
                state,
                startFrom: undefined,
                startReason: undefined,
            };
        const newInputs = (dag.parents.get(id) ?? []).filter((p) => isRenamed(versions.get(p).status)).map((p) => versions.get(p).green);
        const running = table.dml?.statement ?? table.ddl.statement;
        const start = startFrom({ state, newInputs, status: v.status, blueStatement: running }, replay);
        return {
            id,
            kind: table.kind,
            status: v.status,
            blue: v.blue,
            green: v.green,
            reasons: v.reasons,
            state,
            startFrom: start.from,
            startReason: start.reason,
        };
    });
    const deployedNow = plans.filter((p) => p.status !== "unchanged");
    const rewrites = [];
    for (const plan of deployedNow) {
        const table = dag.tables.get(plan.id);
        for (const file of [table.ddl, table.dml]) {
            if (!file)
                continue;
            const v = versions.get(plan.id);
            const topic = file.kind === "ddl" && v.greenLast !== undefined ? { from: lastOf(table), to: v.greenLast } : undefined;
            const text = rewriteTableNames(file.text, file.parsed, (ref) => renames.get(keyOf(ref)), topic);
            rewrites.push({ path: file.path, statement: file.statement, text });
        }
    }
    const problems = [];
    for (const p of deployedNow.filter((d) => isRenamed(d.status))) {
        const table = dag.tables.get(p.id);
        if (!table.ddl)
            problems.push(`${p.blue} gets a new version but ${table.dir} has no DDL file to create ${p.green} with`);
        for (const topic of table.ddl ? topicOptions(table.ddl.parsed) : []) {
            if (topic !== lastOf(table))
                problems.push(`${table.ddl.path}: 'topic' = '${topic}' is not the table's name, so ${p.green} would write to the topic ${p.blue} writes; name the topic after the table, or give it a new version by hand`);
        }
    }
    return {
        tables: plans,
        steps: steps(deployedNow, dag, input.maxLag),
        rewrites,
        externalInputs: dag.externals,
        externalOutputs: dag.externalOutputs,
        switchOver: deployedNow
            .filter((p) => isRenamed(p.status) && (dag.children.get(p.id) ?? []).length === 0)
            .map((p) => ({ blue: p.blue, green: p.green })),
        changeNotes: changes.notes,
        problems,
    };
}
const isRenamed = (status) => status === "changed" || status === "descendant";
const isCtas = (table) => table.ddl?.parsed.statements.some((s) => s.kind === "create-table-as") ?? false;
/** A table's own state features and those of the views it reads (a view's query runs inside its readers). */
function inheritedState(dag) {
    const memo = new Map();
    const of = (id) => {
        const known = memo.get(id);
        if (known)
            return known;
        const table = dag.tables.get(id);
        const fromViews = (dag.parents.get(id) ?? []).filter((p) => dag.tables.get(p).kind === "view").flatMap(of);
        const state = [...table.state, ...fromViews];
        memo.set(id, state);
        return state;
    };
    return of;
}
/** DDL of every deployed table first, then the statements, both sources first; then the switch. */
function steps(plans, dag, maxLag) {
    const out = [];
    for (const plan of plans) {
        const table = dag.tables.get(plan.id);
        const ddl = table.ddl;
        if (!ddl || !plan.green)
            continue;
        const base = { table: plan.id, name: plan.green, statement: ddl.statement, file: ddl.path };
        if (table.kind === "view")
            out.push({ kind: "create-view", ...base });
        else if (isCtas(table) && plan.startFrom)
            out.push({ kind: "create-table-as", ...base, startFrom: plan.startFrom, stateful: plan.state.length > 0 });
        else
            out.push({ kind: "create-table", ...base });
    }
    for (const plan of plans) {
        const dml = dag.tables.get(plan.id).dml;
        if (!dml || !plan.green || !plan.startFrom)
            continue;
        out.push({
            kind: "start-statement",
            table: plan.id,
            name: plan.green,
            statement: dml.statement,
            file: dml.path,
            startFrom: plan.startFrom,
            stateful: plan.state.length > 0,
        });
    }
    const replaced = plans.filter((p) => isRenamed(p.status) && p.startFrom !== undefined);
    if (replaced.length === 0)
        return out;
    const running = (p) => dag.tables.get(p.id).dml?.statement ?? dag.tables.get(p.id).ddl.statement;
    out.push({ kind: "wait-for-catch-up", statements: replaced.map(running), maxLag });
    for (const plan of replaced)
        out.push({ kind: "stop-statement", table: plan.id, name: plan.blue, statement: running(plan) });
    return out;
}

;// CONCATENATED MODULE: ./src/flink/plan/plan-from-files.ts




function planFromFiles(files, changes, options) {
    const pipeline = buildPipeline(files, {
        defaults: options.defaults,
        versioning: options.versioning,
        ...(options.cache ? { cache: options.cache } : {}),
    });
    const dag = buildDag(pipeline);
    const plan = planFlinkRelease({
        pipeline,
        dag,
        changes: detectChanges(pipeline, changes),
        replay: options.replay,
        maxLag: options.maxLag,
        ...(options.deployedNames ? { deployedNames: options.deployedNames } : {}),
    });
    return { pipeline, dag, plan };
}

;// CONCATENATED MODULE: ./src/flink/release/statement-text.ts
/**
 * A SQL file as a backend takes it (pure): one statement, without the final ';', and the `SET`
 * statements before it as properties. A file may hold `SET 'key' = 'value';` lines and one INSERT
 * (or one EXECUTE STATEMENT SET … END, whose inner ';' belong to it). The split reads the Flink
 * lexer's tokens, so a ';' in a string, a quoted identifier or a comment is no end; the statements
 * themselves were checked by the grammar when the pipeline was parsed.
 */

/** The text's statements, split at the ';' tokens that end them (comments kept inside), each with its significant tokens. */
function chunks(text) {
    const { tokens, errors } = (0,lex_sql/* lexFlinkSql */.aU)(text);
    if (errors > 0)
        return undefined;
    const out = [];
    let start = 0;
    let current = [];
    for (const token of tokens) {
        if (token.type === lex_sql/* SQL */.Xs.SEMICOLON) {
            out.push({ text: text.slice(start, token.start), tokens: current });
            start = token.end;
            current = [];
        }
        else if (token.kind !== "comment" && token.kind !== "hint")
            current.push(token);
    }
    out.push({ text: text.slice(start), tokens: current });
    return out;
}
const startsWith = (tokens, ...want) => want.every((type, i) => tokens[i]?.type === type);
const isSet = (tokens) => tokens.length === 4 &&
    startsWith(tokens, lex_sql/* SQL */.Xs.KW_SET) &&
    tokens[1]?.kind === "string" &&
    tokens[2]?.type === lex_sql/* SQL */.Xs.EQUAL_SYMBOL &&
    tokens[3]?.kind === "string";
const isStatementSet = (tokens) => startsWith(tokens, lex_sql/* SQL */.Xs.KW_EXECUTE, lex_sql/* SQL */.Xs.KW_STATEMENT, lex_sql/* SQL */.Xs.KW_SET) || startsWith(tokens, lex_sql/* SQL */.Xs.KW_BEGIN, lex_sql/* SQL */.Xs.KW_STATEMENT, lex_sql/* SQL */.Xs.KW_SET);
const isEnd = (tokens) => tokens.length === 1 && tokens[0]?.type === lex_sql/* SQL */.Xs.KW_END;
function splitStatementText(text, file) {
    const properties = {};
    const statements = [];
    const parts = chunks(text);
    if (!parts)
        return { ok: false, problem: `${file}: not valid Flink SQL (an unclosed string, comment or quoted name?)` };
    for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part.tokens.length === 0)
            continue;
        if (isSet(part.tokens)) {
            properties[part.tokens[1].value] = part.tokens[3].value;
            continue;
        }
        if (!isStatementSet(part.tokens)) {
            statements.push(part.text.trim());
            continue;
        }
        // the statement set runs to its END, across the ';' of the statements inside it
        const inside = [part];
        while (i + 1 < parts.length && !isEnd(parts[i].tokens))
            inside.push(parts[++i]);
        if (!isEnd(inside[inside.length - 1].tokens))
            return { ok: false, problem: `${file}: a statement set without its END` };
        statements.push(`${inside.map((p) => p.text.trim()).join(";\n")}`);
    }
    if (statements.length !== 1)
        return {
            ok: false,
            problem: `${file}: holds ${statements.length} statements besides SET; cutover deploys one statement per file (an INSERT, or one STATEMENT SET)`,
        };
    return { ok: true, value: { sql: statements[0], properties } };
}

;// CONCATENATED MODULE: ./src/flink/release/deploy-plan.ts









const lastOf = (table) => table.name[table.name.length - 1] ?? table.id;
function planDeploy(input) {
    const { plan, dag, deployed, prefix } = input;
    const release = input.release ?? derivedRelease(plan);
    const actions = [];
    const done = [];
    const problems = [...plan.problems];
    const refusals = [];
    const notes = [];
    const tablePlans = new Map(plan.tables.map((t) => [t.id, t]));
    const rewritten = new Map(plan.rewrites.map((r) => [r.path, r.text]));
    const versionOf = (name) => (0,version_name/* parseVersionedName */.sY)(name, input.versioning).version;
    const greenLast = (t) => lastPart(t.green ?? t.id);
    const labelsFor = (kind, t, version) => {
        const blueVersion = t.blue !== undefined && t.status !== "new" ? versionOfBlue(t) : undefined;
        return {
            [LABEL.project]: prefix,
            [LABEL.kind]: kind,
            [LABEL.table]: labelValue(t.id),
            [LABEL.version]: String(version),
            [LABEL.release]: labelValue(release),
            ...(blueVersion !== undefined ? { [LABEL.replaces]: String(blueVersion) } : {}),
            ...(kind === "dml" && plan.switchOver.some((s) => s.green === t.green) ? { [LABEL.readOutside]: "true" } : {}),
        };
    };
    const versionOfBlue = (t) => versionOf(lastPart(t.blue));
    /** What the SQL reads, as named in the green text, and the topic behind each (tables only: a view takes no hints). */
    const sourcesOf = (file) => {
        const sources = new Map();
        const viaViews = [];
        for (const ref of allRefs(file.parsed).filter((r) => r.role === "read")) {
            const key = (0,table_name/* tableKey */.ih)(ref.parts, input.defaults);
            const read = [...dag.tables.values()].find((t) => t.key === key);
            const written = ref.parts[ref.parts.length - 1]?.value ?? "";
            if (read?.kind === "view") {
                viaViews.push(read.display);
                continue;
            }
            const readPlan = read ? tablePlans.get(read.id) : undefined;
            const renamed = readPlan && readPlan.green !== undefined && readPlan.status !== "new";
            const table = renamed ? greenLast(readPlan) : written;
            sources.set(table, { table, topic: read ? topicOf(read, renamed ? table : undefined) : written });
        }
        return { sources: [...sources.values()], viaViews };
    };
    for (const step of plan.steps) {
        // the catch-up and the stops are the switch's (switch-plan.ts)
        if (step.kind === "wait-for-catch-up" || step.kind === "stop-statement")
            continue;
        const t = tablePlans.get(step.table);
        const table = dag.tables.get(step.table);
        if (!t || !table)
            continue;
        if (step.kind === "create-table-as") {
            problems.push(`${step.file}: CREATE TABLE … AS SELECT is not deployed by cutover flink yet; write the table's DDL and an INSERT INTO (its DML) instead`);
            continue;
        }
        if (step.kind === "create-table" || step.kind === "create-view") {
            const version = versionOf(greenLast(t));
            const name = statementName(prefix, "ddl", t.id, version);
            const split = splitStatementText(rewritten.get(step.file) ?? table.ddl.text, step.file);
            if (!split.ok) {
                problems.push(split.problem);
                continue;
            }
            const found = deployed.tables.get(tableKeyOf(t.id))?.ddl.get(version);
            if (found && found.info.contentHash === table.ddl.hash) {
                done.push(`${step.kind === "create-view" ? "view" : "table"} ${step.name} exists (${name})`);
                continue;
            }
            if (found) {
                refusals.push(`${name} exists with another definition (hash ${found.info.contentHash ?? "none"}, the files say ${table.ddl.hash}); a release of this version was made from other files: bump the version by hand, or clean up first`);
                continue;
            }
            const topic = step.kind === "create-table" ? topicOf(table, t.status === "new" ? undefined : greenLast(t)) : undefined;
            const blueTopic = t.blue !== undefined && step.kind === "create-table" ? topicOf(table, lastPart(t.blue)) : undefined;
            actions.push({
                kind: "create-ddl",
                table: t.id,
                object: step.name,
                sql: split.value.sql,
                record: {
                    name,
                    contentHash: table.ddl.hash,
                    labels: labelsFor("ddl", t, version),
                    ...(topic && hasTopicOption(table) ? { topic: { name: topic, ...(blueTopic ? { partitionsLike: blueTopic } : {}) } } : {}),
                },
            });
            continue;
        }
        if (step.kind !== "start-statement")
            continue;
        const dml = table.dml;
        const version = versionOf(greenLast(t));
        const name = statementName(prefix, "dml", t.id, version);
        const split = splitStatementText(rewritten.get(dml.path) ?? dml.text, dml.path);
        if (!split.ok) {
            problems.push(split.problem);
            continue;
        }
        const existing = deployed.tables.get(tableKeyOf(t.id))?.dml.get(version);
        let replaceFailed = false;
        if (existing) {
            const phase = existing.info.phase;
            if (existing.live && existing.info.contentHash === dml.hash) {
                done.push(`${name} is ${phase}`);
                continue;
            }
            if ((phase === "FAILED" || phase === "COMPLETED") && existing.info.contentHash === dml.hash)
                replaceFailed = true;
            else if (phase === "STOPPED")
                refusals.push(`${name} exists, STOPPED: a release of this version was rolled back (or stopped by hand); run --phase cleanup to delete it, then deploy again`);
            else
                refusals.push(`${name} exists (${phase}) with another definition (hash ${existing.info.contentHash ?? "none"}, the files say ${dml.hash})`);
            if (!replaceFailed)
                continue;
        }
        const { sources, viaViews } = sourcesOf(dml);
        if (viaViews.length > 0)
            notes.push(`${name} reads ${viaViews.join(", ")}: a view takes no start options, so the tables under it start where their own DDL says`);
        actions.push({
            kind: "start-statement",
            table: t.id,
            name,
            writes: step.name,
            sql: split.value.sql,
            contentHash: dml.hash,
            labels: labelsFor("dml", t, version),
            properties: { ...input.properties, ...split.value.properties },
            sources,
            start: startPosition(step.startFrom, (blue) => blueStatement(input, blue)),
            startFrom: step.startFrom,
            stateful: step.stateful,
            replaceFailed,
        });
    }
    if (actions.length === 0 && refusals.length === 0 && done.length > 0)
        notes.push("everything this release deploys is in place already");
    return { release, actions, done, problems, refusals, notes };
}
/** `flink-3fa9c2`: a hash of the green names the release deploys, so a rerun labels alike. */
function derivedRelease(plan) {
    const greens = plan.tables.filter((t) => t.green !== undefined).map((t) => `${t.id}=${t.green}`);
    return `flink-${(0,external_node_crypto_.createHash)("sha256").update(greens.sort().join("\n")).digest("hex").slice(0, 10)}`;
}
/** blue's running statement for a `blue-offsets` start: the table's current version. */
function blueStatement(input, planStatement) {
    const id = planStatement.startsWith("dml.") || planStatement.startsWith("ddl.") ? planStatement.slice(4) : planStatement;
    const version = currentVersion(input.deployed, tableKeyOf(id)) ?? 1;
    return statementName(input.prefix, "dml", id, version);
}
function startPosition(from, blue) {
    switch (from.kind) {
        case "earliest":
            return { kind: "earliest" };
        case "timestamp":
            return { kind: "timestamp", ms: Date.parse(from.at) };
        case "blue-offsets":
            return { kind: "carry-over", from: blue(from.blueStatement) };
    }
}
const hasTopicOption = (table) => table.ddl !== undefined && topicOptions(table.ddl.parsed).length > 0;
/**
 * The Kafka topic behind a table: its DDL's 'topic' option (renamed with the table when it is the
 * table's name, as the planner's rewrite does), else the table's own name, as on Confluent Cloud.
 */
function topicOf(table, renamedTo) {
    const topic = table.ddl ? topicOptions(table.ddl.parsed)[0] : undefined;
    if (topic === undefined)
        return renamedTo ?? lastOf(table);
    return renamedTo !== undefined && topic === lastOf(table) ? renamedTo : topic;
}
/** For plan and deploy alike: what the planner needs to know of the versions in service. */
function deployedFacts(deployed, ids) {
    const names = new Map();
    const hashes = new Map();
    const stale = new Map();
    // every recorded table name, and whether its version is the one in service
    const recorded = new Map();
    for (const table of deployed.tables.values()) {
        const current = currentVersion(deployed, table.key);
        for (const item of table.ddl.values()) {
            const name = recordedTableName(item);
            if (name)
                recorded.set(name, { key: table.key, version: item.version, current: item.version === current });
        }
    }
    for (const id of ids) {
        const key = tableKeyOf(id);
        const version = currentVersion(deployed, key);
        const table = deployed.tables.get(key);
        if (version === undefined || !table)
            continue;
        const ddl = table.ddl.get(version);
        const dml = table.dml.get(version);
        const name = ddl ? recordedTableName(ddl) : undefined;
        if (name)
            names.set(id, name);
        if (ddl?.info.contentHash)
            hashes.set(`ddl.${id}`, ddl.info.contentHash);
        if (dml?.info.contentHash)
            hashes.set(`dml.${id}`, dml.info.contentHash);
        const old = dml ? [...tablesRead(dml.info.sql).names].filter((read) => recorded.get(read)?.current === false) : [];
        if (dml && old.length > 0)
            stale.set(`dml.${id}`, `${dml.name} reads ${old.join(", ")}, a version no longer in service (a deploy stopped part-way?): it follows its input's new version`);
    }
    return { names, hashes, stale };
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: ./src/run/worker-entry.ts
var worker_entry = __webpack_require__(80634);
;// CONCATENATED MODULE: ./src/flink/rollout/parse-pool.ts
/**
 * Parses a pipeline's files before the planner runs, and hands them over as a ParseCache: the files
 * a parse cache file holds are taken from it, the others are parsed here, on every core. The
 * planner then finds every file parsed (but a file with errors, which it parses again to report).
 *
 * Threads are there to try, not used by default (flink.parseWorkers). Parsing is most of the
 * planner's time, and most of that is the grammar's warm-up: antlr builds its prediction tables as
 * it meets each construct, and the tables are per thread. A worker must load the bundle and the
 * grammar and pay the whole warm-up again before it helps, and its results are copied back: on the
 * 2-core machine this was measured on (scripts/bench/flink-planner.mjs, 500 and 2000 tables), a
 * worker parsed a few percent of the files and cost more CPU than it saved, and the wall-clock time
 * rose. Files go out in small batches to whichever thread is free, so a thread that started late
 * simply takes fewer; a worker that fails hands its batch back to the main thread.
 */




const DEFAULT_MIN_FILES = 200;
const DEFAULT_BATCH = 8;
async function parsePipeline(files, fileCache, options = {}) {
    const parsed = new Map();
    const store = (key, value) => {
        parsed.set(key, value);
        fileCache?.set(key, value);
    };
    const todo = [];
    const queued = new Set();
    let fromCache = 0;
    for (const [path, text] of files) {
        const key = parseCacheKey(text);
        if (parsed.has(key) || queued.has(key))
            continue;
        const known = fileCache?.get(key);
        if (known) {
            parsed.set(key, known);
            fromCache++;
        }
        else {
            todo.push([key, path, text]);
            queued.add(key);
        }
    }
    const batch = options.batch ?? DEFAULT_BATCH;
    const queue = [];
    for (let i = 0; i < todo.length; i += batch)
        queue.push(todo.slice(i, i + batch));
    const count = todo.length < (options.minFiles ?? DEFAULT_MIN_FILES) ? 0 : (options.workers ?? 0);
    const spawn = options.spawn ?? spawnWorker;
    const workers = [];
    const inFlight = [];
    const done = new Map();
    for (let i = 0; i < count; i++) {
        const worker = safely(spawn);
        if (!worker)
            break;
        workers.push(worker);
        inFlight.push(feed(worker, queue, store, (n) => done.set(worker, (done.get(worker) ?? 0) + n)));
    }
    // the main thread takes batches too, and lets the workers' replies in between
    while (queue.length > 0) {
        for (const [key, path, text] of queue.shift())
            parseHere(key, path, text, store);
        await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(inFlight);
    // what a failed worker handed back after the main thread had run out of batches
    for (const [key, path, text] of queue.flat())
        parseHere(key, path, text, store);
    await Promise.all(workers.map((worker) => worker.terminate().catch(() => 0)));
    const byWorkers = [...done.values()].reduce((sum, n) => sum + n, 0);
    return {
        get: (key) => parsed.get(key),
        set: store,
        stats: { files: todo.length + fromCache, fromCache, byWorkers, workers: done.size },
    };
}
/** Sends batches to one worker until the queue is empty; a failed worker's batch goes back to the queue. */
function feed(worker, queue, store, parsedThere) {
    return new Promise((resolve) => {
        let current;
        const next = () => {
            current = queue.shift();
            if (current)
                worker.postMessage({ files: current });
            else
                resolve();
        };
        worker.on("message", (reply) => {
            if (reply.kind === "parsed") {
                for (const [key, value] of reply.results)
                    if (value)
                        store(key, value);
                parsedThere(reply.results.length);
            }
            next();
        });
        const failed = () => {
            if (current)
                queue.push(current);
            current = undefined;
            resolve();
        };
        worker.on("error", failed);
        worker.on("exit", failed);
    });
}
function parseHere(key, path, text, store) {
    try {
        store(key, (0,parse_sql/* parseFlinkSql */.y)(text, path));
    }
    catch {
        // reported by the planner, with every other problem of the pipeline
    }
}
function safely(spawn) {
    try {
        return spawn();
    }
    catch {
        return undefined;
    }
}
function spawnWorker() {
    const entry = (0,worker_entry/* workerEntry */.x)();
    if (!entry)
        return undefined;
    return new external_node_worker_threads_.Worker(entry, { workerData: { cutoverJob: "flink-parse" } });
}

;// CONCATENATED MODULE: ./src/flink/rollout/read-world.ts
/**
 * What the flink phases read before they plan: what is deployed (the backend's statements with
 * this prefix, every run, never a local file) and, for plan and deploy, the pipeline's files and
 * what changed in them. The planning that follows is pure (src/flink/plan/, src/flink/release/).
 */











async function readDeployedState(backend, prefix, signal) {
    const infos = await backend.list({ labels: { [LABEL.project]: prefix } }, { signal });
    return { deployed: readDeployed(prefix, infos), infos };
}
/** The pipeline's plan against what is deployed, and the deploy it calls for. */
async function planRelease(context) {
    const { flink, backend, prefix } = context;
    const base = (0,external_node_path_.dirname)((0,external_node_path_.resolve)(context.configPath));
    const folder = (0,external_node_path_.resolve)(base, flink.pipeline);
    const started = performance.now();
    const fileCache = flink.parseCache ? await loadParseCache((0,external_node_path_.resolve)(base, flink.parseCache)) : undefined;
    // the files are parsed while the backend is asked what is deployed: neither needs the other
    const loading = loadPipelineFiles(folder);
    const parsing = loading.then((files) => parsePipeline(files, fileCache, flink.parseWorkers === undefined ? {} : { workers: flink.parseWorkers }));
    const [files, state, cache] = await Promise.all([loading, readDeployedState(backend, prefix, context.signal), parsing]);
    const ids = tableFolders([...files.keys()]).folders.map((f) => f.id);
    const facts = deployedFacts(state.deployed, ids);
    const changes = flink.changes.from === "git"
        ? {
            from: "git",
            files: withUndeployedAsAdded(await gitChangedFiles(folder, flink.changes.base), files, facts.names),
            deployed: facts.hashes,
            stale: facts.stale,
        }
        : { from: "hashes", deployed: facts.hashes, stale: facts.stale };
    const options = { ...flinkPlanOptions(flink), deployedNames: facts.names, cache };
    const planned = planFromFiles(files, changes, options);
    const planMs = performance.now() - started;
    await fileCache?.save().catch((error) => context.log.warn(`could not write the parse cache: ${String(error)}`));
    const deploy = planDeploy({
        prefix,
        release: context.release,
        backend: backend.kind,
        plan: planned.plan,
        dag: planned.dag,
        defaults: options.defaults,
        versioning: options.versioning,
        deployed: state.deployed,
        properties: flink.backend.type === "gateway" ? flink.backend.properties : {},
    });
    return { ...state, planned, deploy, changes: changes.from, planMs, parse: cache.stats };
}
/**
 * git says what changed since the base; a table nothing of which is deployed is new whatever it
 * says (the first release, a table added since), so its files count as added.
 */
function withUndeployedAsAdded(changed, files, deployedNames) {
    const { folders } = tableFolders([...files.keys()]);
    const fresh = folders.filter((f) => !deployedNames.has(f.id)).flatMap((f) => [f.ddl, f.dml].filter((p) => p !== undefined));
    const freshSet = new Set(fresh);
    return [...changed.filter((c) => !freshSet.has(c.path)), ...fresh.map((path) => ({ path, status: "added" }))];
}

;// CONCATENATED MODULE: ./src/flink/rollout/cleanup-operation.ts




function cleanupOperation(deps) {
    const { backend, flink } = deps;
    return {
        name: "flink cleanup",
        resume: deps.resume,
        plan: async () => {
            const signal = new AbortController().signal;
            const { deployed } = await readDeployedState(backend, deps.prefix, signal);
            // every other statement of the environment too: a table one of them reads is never dropped
            const others = (await backend.list({}, { signal })).filter((info) => info.labels[LABEL.project] !== deps.prefix);
            return planCleanup(deployed, others);
        },
        isEmpty: (plan) => plan.steps.length === 0,
        apply: async (plan, run) => {
            const deleted = [];
            for (const step of plan.steps) {
                if (step.statement) {
                    await ensureHeld(run, `deleting ${step.statement}`);
                    await changing(run, `asked to delete ${step.statement}`, () => backend.delete(step.statement, { timeoutMs: flink.timeouts.stop, signal: run.signal }));
                    run.journal.record(`deleted statement ${step.statement}`);
                    deleted.push(step.statement);
                }
                if (step.drop) {
                    await ensureHeld(run, `dropping ${step.object ?? step.key}`);
                    await changing(run, `asked to drop ${step.object ?? step.key}`, () => backend.runDdl(step.drop, { timeoutMs: flink.timeouts.ddl, signal: run.signal }));
                    run.journal.record(`dropped ${step.object ?? step.key}`);
                }
                if (step.ddlRecord) {
                    // on the gateway the DROP removed the record with the table; Confluent keeps the DDL statement
                    await changing(run, `asked to delete ${step.ddlRecord}`, () => backend.delete(step.ddlRecord, { timeoutMs: flink.timeouts.stop, signal: run.signal }));
                    deleted.push(step.ddlRecord);
                }
            }
            return { deleted };
        },
        verify: async (plan, _result, run) => {
            const { infos } = await readDeployedState(backend, deps.prefix, run.signal);
            const left = new Set(infos.map((i) => i.name));
            return plan.steps
                .flatMap((s) => [s.statement, s.ddlRecord])
                .filter((n) => n !== undefined && left.has(n))
                .map((n) => `${n} is still there`);
        },
    };
}

// EXTERNAL MODULE: ./node_modules/kafkajs/index.js
var kafkajs = __webpack_require__(77801);
// EXTERNAL MODULE: ./src/stream/kafka-client.ts
var kafka_client = __webpack_require__(16344);
// EXTERNAL MODULE: ./src/stream/kafka-source.ts + 1 modules
var kafka_source = __webpack_require__(4806);
// EXTERNAL MODULE: ./src/lock/holder.ts
var lock_holder = __webpack_require__(77053);
;// CONCATENATED MODULE: ./src/lock/kafka-lock-store.ts
/**
 * The release lock as records in a Kafka topic, for the flink phases: Kafka is the one system every
 * one of them already reaches (green's lag is read there; the gateway keeps its state there), so
 * a Flink job needs no AWS credentials for its lock. The topic is the one flink.stateTopic names,
 * compacted, and the records go to its partition 0, whatever the topic's partition count.
 *
 * Kafka has no conditional write, but a partition is one log that every reader sees in the same
 * order, and that is enough for a compare-and-swap:
 *
 * - a claim is a record `{ op: "claim", holder, expected }`: "I take the lock if its holder is
 *   `expected` (none: free)"; a release is `{ op: "release", id }`;
 * - the lock's holder is found by reading the records in offset order from the start: a claim
 *   counts only if, at its place in the log, the holder was the one it expected; a release only
 *   if it names the holder;
 * - a run writes its claim, then reads the log up to that claim: it holds the lock exactly when
 *   its own claim counted. Two runs claiming at once both read the same order: one wins, and the
 *   loser's claim counts for nothing (nothing to undo).
 *
 * Each record has a key of its own (`lock/<project>/<random>`), so compaction, which keeps the last
 * record per key, never removes one and the history reads the same for everyone. The cost is a few
 * hundred bytes per run, kept for good.
 */





/** The holder after `records` (in log order): the fold described above (pure). */
function foldLock(records) {
    let holder;
    for (const record of records) {
        if (record.op === "claim") {
            if ((record.expected ?? undefined) === holder?.id)
                holder = (0,lock_holder/* holderFrom */.Jz)(record.holder) ?? holder;
        }
        else if (record.id === holder?.id)
            holder = undefined;
    }
    return holder;
}
function kafkaLockStore(connection, topic, project) {
    // bounded connect, kafkajs errors as KafkaErrors naming the brokers (kafka-client.ts)
    const cluster = (0,kafka_client/* kafkaClient */.SZ)(connection, { clientIdSuffix: "-flink-lock" });
    const { kafka } = cluster;
    const source = (0,kafka_source/* createKafkaSource */.OM)(connection);
    const prefix = `lock/${project}/`;
    let producer;
    let ensured;
    function ensureTopic() {
        ensured ??= cluster
            .call(`preparing topic '${topic}'`, async () => {
            await cluster.reachable();
            const admin = kafka.admin();
            await admin.connect();
            try {
                if (!(await admin.listTopics()).includes(topic))
                    await admin.createTopics({
                        waitForLeaders: true,
                        topics: [{ topic, numPartitions: 1, replicationFactor: -1, configEntries: [{ name: "cleanup.policy", value: "compact" }] }],
                    });
            }
            finally {
                await admin.disconnect();
            }
        })
            .catch((error) => {
            ensured = undefined;
            throw error;
        });
        return ensured;
    }
    /** This project's lock records of partition 0, in log order, up to `until` (exclusive; default: the end). */
    async function records(until) {
        await ensureTopic();
        const mark = (await source.watermarks(topic)).find((m) => m.partition === 0);
        if (!mark)
            return [];
        const end = until ?? mark.high;
        const found = [];
        if (BigInt(end) <= BigInt(mark.low))
            return found;
        await source.readRange(topic, [{ partition: 0, offset: mark.low }], [{ partition: 0, offset: end }], async (batch) => {
            for (const record of batch) {
                if (record.key === null || record.value === null || !record.key.startsWith(prefix))
                    continue;
                const value = JSON.parse(record.value.toString("utf8"));
                if (value.kind === "lock")
                    found.push(value);
            }
        }, { signal: AbortSignal.timeout(60_000), maxBatch: 500 });
        return found;
    }
    /** Writes one record to partition 0; its offset. */
    async function append(record) {
        await ensureTopic();
        producer ??= (async () => {
            const client = kafka.producer({
                createPartitioner: kafkajs.Partitioners.DefaultPartitioner,
                allowAutoTopicCreation: false,
                idempotent: true,
                maxInFlightRequests: 1,
            });
            await client.connect();
            return client;
        })();
        const key = `${prefix}${(0,external_node_crypto_.randomBytes)(8).toString("hex")}`;
        const [sent] = await (await producer).send({ topic, acks: -1, messages: [{ key, value: JSON.stringify(record), partition: 0 }] });
        if (!sent?.baseOffset)
            throw new Error(`Kafka gave no offset for the lock record in topic '${topic}'`);
        return sent.baseOffset;
    }
    return {
        where: `Kafka topic ${topic}, partition 0, records lock/${project}/*`,
        read: async () => [foldLock(await records())],
        async swap(expected, holder) {
            const before = foldLock(await records());
            if (before?.id !== expected)
                return { ok: false, holder: before };
            const offset = await append({ kind: "lock", op: "claim", holder: { ...(0,lock_holder/* holderFields */.EM)(holder) }, expected: expected ?? null });
            const after = foldLock(await records(String(BigInt(offset) + 1n)));
            return after?.id === holder.id ? { ok: true } : { ok: false, holder: after };
        },
        async remove(id) {
            const before = foldLock(await records());
            if (before?.id !== id)
                return false;
            await append({ kind: "lock", op: "release", id });
            return true;
        },
        async close() {
            await producer?.then((client) => client.disconnect()).catch(() => undefined);
            await source.close();
        },
    };
}

;// CONCATENATED MODULE: ./src/flink/source-hints.ts
/**
 * Where a statement starts reading is a per-table option in Flink SQL (`scan.startup.mode` …). A
 * blue and a green statement read the same tables from different positions, so the options go
 * into the statement itself as dynamic table options hints, `FROM src /*+ OPTIONS(…) *\/`, which
 * both the open-source gateway and Confluent Cloud accept. Pure: text in, text out.
 *
 * Where the statement reads a table is found by the grammar's parse (the same walk that builds the
 * DAG), so strings, comments, CTE names and aliases are never taken for a table. A window TVF's
 * source, `TABLE(TUMBLE(TABLE src, …))`, takes no hint after `TABLE src` (Flink's parser refuses
 * it), so it becomes a subquery that carries the hint: `TUMBLE((SELECT * FROM src /*+ OPTIONS(…) *\/), …)`.
 * `SELECT *` keeps the time attribute and the watermark, so the window is the same.
 */



/** Thrown for SQL the hints cannot be placed in; the caller names the statement. */
class SourceHintError extends Error {
    name = "SourceHintError";
}
function renderHint(options) {
    const quote = (text) => `'${text.replaceAll("'", "''")}'`;
    const pairs = Object.entries(options).map(([key, value]) => `${quote(key)}=${quote(value)}`);
    return ` /*+ OPTIONS(${pairs.join(", ")}) */`;
}
/**
 * Adds an OPTIONS hint to every reference to a table of `hints` (matched case-sensitively, as
 * Flink matches identifiers; a qualified name matches on its last part). Throws when the SQL does
 * not parse, when a table is never read, or when it already carries a hint there.
 */
function withSourceHints(sql, hints) {
    if (hints.size === 0)
        return sql;
    let refs;
    try {
        refs = (0,parse_sql/* parseFlinkSql */.y)(sql, "statement").statements.flatMap((s) => s.refs);
    }
    catch (error) {
        if (!(error instanceof errors/* InputError */.dz))
            throw error;
        throw new SourceHintError(`its start position cannot be set: ${error.problems.join("; ")}`);
    }
    const tokens = (0,lex_sql/* lexFlinkSql */.aU)(sql).tokens;
    /** The first token at or after `offset` that is not a plain comment. */
    const after = (offset) => tokens.find((t) => t.start >= offset && t.kind !== "comment");
    const edits = [];
    const seen = new Set();
    for (const ref of refs) {
        const last = ref.parts[ref.parts.length - 1];
        const options = ref.role === "read" && last ? hints.get(last.value) : undefined;
        if (!last || !options)
            continue;
        seen.add(last.value);
        if (ref.window) {
            const name = sql.slice(ref.parts[0].start, last.end);
            edits.push({ start: ref.window.tableKeyword, end: last.end, text: `(SELECT * FROM ${name}${renderHint(options)})` });
            continue;
        }
        if (after(last.end)?.kind === "hint")
            throw new SourceHintError(`table '${last.value}' already has a hint; cutover sets its start options itself`);
        edits.push({ start: last.end, end: last.end, text: renderHint(options) });
    }
    const missing = [...hints.keys()].filter((table) => !seen.has(table));
    if (missing.length > 0)
        throw new SourceHintError(`the SQL reads no table named ${missing.map((t) => `'${t}'`).join(", ")}`);
    let out = sql;
    for (const { start, end, text } of edits.sort((a, b) => b.start - a.start))
        out = out.slice(0, start) + text + out.slice(end);
    return out;
}
/** `partition:0,offset:42;partition:1,offset:300`, Flink's `scan.startup.specific-offsets` form. */
function formatSpecificOffsets(offsets) {
    return [...offsets.partitions]
        .sort((a, b) => a.partition - b.partition)
        .map(({ partition, offset }) => `partition:${partition},offset:${offset}`)
        .join(";");
}
/** The reverse of formatSpecificOffsets; negative offsets (Confluent's "nothing yet") are left out. */
function parseSpecificOffsets(text) {
    const result = [];
    const digits = (value) => value !== undefined && value !== "" && [...value].every((c) => c >= "0" && c <= "9");
    for (const part of text.split(";")) {
        // `partition:N,offset:M`, spaces allowed around the fields
        const [p, o] = part.split(",").map((field) => field.trim());
        const partition = p?.startsWith("partition:") ? p.slice("partition:".length).trim() : undefined;
        const offset = o?.startsWith("offset:") ? o.slice("offset:".length).trim() : undefined;
        if (!digits(partition) || offset === undefined || part.split(",").length !== 2)
            continue;
        if (offset.startsWith("-") ? !digits(offset.slice(1)) : !digits(offset))
            continue;
        if (!offset.startsWith("-"))
            result.push({ partition: Number(partition), offset });
    }
    return result.sort((a, b) => a.partition - b.partition);
}
/**
 * The Kafka connector's start options for one source topic. `carry-over` must have been turned into
 * offsets by the backend first. A topic without offsets in an `offsets` start begins at the earliest.
 */
function startupOptions(start, topic) {
    switch (start.kind) {
        case "earliest":
            return { "scan.startup.mode": "earliest-offset" };
        case "timestamp":
            return { "scan.startup.mode": "timestamp", "scan.startup.timestamp-millis": String(start.ms) };
        case "offsets": {
            const offsets = start.topics.find((entry) => entry.topic === topic);
            if (!offsets || offsets.partitions.length === 0)
                return { "scan.startup.mode": "earliest-offset" };
            return { "scan.startup.mode": "specific-offsets", "scan.startup.specific-offsets": formatSpecificOffsets(offsets) };
        }
    }
}

;// CONCATENATED MODULE: ./src/flink/wait-phase.ts
/**
 * Bounded waiting for a statement's phase, shared by both backends: poll with back-off (fast at
 * first, since a phase change on the gateway takes about a second, then slower), give up at a
 * deadline, stop at once on abort. Every way out names the statement.
 */

const DEFAULT_POLL = { firstDelayMs: 200, maxDelayMs: 5_000 };
/** Resolves after `ms`, or rejects with `aborted` naming `statement` when the signal fires first. */
function pause(ms, statement, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted) {
            reject(abortedError(statement, signal));
            return;
        }
        const onAbort = () => {
            clearTimeout(timer);
            reject(abortedError(statement, signal));
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener("abort", onAbort);
            resolve();
        }, ms);
        signal?.addEventListener("abort", onAbort, { once: true });
    });
}
function abortedError(statement, signal) {
    return new StatementError(statement, "aborted", "the operation was aborted", {}, { cause: signal?.reason });
}
function throwIfAborted(statement, signal) {
    if (signal?.aborted)
        throw abortedError(statement, signal);
}
/**
 * Reads the phase until it is one of `want`; throws `failed` on a phase of `fail` (with the
 * backend's detail), `timeout` at the deadline (with the last phase seen), `aborted` on abort.
 * An undefined phase (the statement not visible yet) keeps waiting.
 */
async function waitForPhase(read, wait) {
    const timing = wait.timing ?? DEFAULT_POLL;
    const deadline = Date.now() + wait.timeoutMs;
    let delay = timing.firstDelayMs;
    for (;;) {
        throwIfAborted(wait.statement, wait.signal);
        const reading = await read();
        const { phase } = reading;
        if (phase !== undefined && wait.want.has(phase))
            return reading;
        if (phase !== undefined && wait.fail.has(phase)) {
            const detail = reading.detail ? `: ${reading.detail}` : "";
            throw new StatementError(wait.statement, "failed", `${wait.action} failed, the statement is ${phase}${detail}`, { phase });
        }
        const left = deadline - Date.now();
        if (left <= 0) {
            const expected = [...wait.want].join(" or ");
            const seen = phase ?? "not visible yet";
            throw new StatementError(wait.statement, "timeout", `${wait.action} did not finish within ${wait.timeoutMs} ms: still ${seen}, expected ${expected}`, phase === undefined ? {} : { phase });
        }
        await pause(Math.min(delay, left), wait.statement, wait.signal);
        delay = Math.min(timing.maxDelayMs, Math.round(delay * 1.6));
    }
}

;// CONCATENATED MODULE: ./src/flink/backend/confluent/confluent-client.ts
/**
 * Confluent Cloud's Flink statements REST API (sql/v1) over Node's fetch, as documented: basic auth
 * with a Flink API key and secret, JSON bodies, `{"errors":[{status, code, title, detail}]}` on
 * failure, 429 with Retry-After (seconds) when rate limited.
 *
 * Retries: 429 (not executed, safe for any call), 5xx and network errors with exponential back-off
 * and jitter, Retry-After honoured. A retried POST may have been executed the first time: the
 * backend tells that case apart (a 409 whose statement is the one it sent).
 *
 * The secret never reaches a message: errors are built from status and the server's error fields,
 * and anything that could echo credentials is redacted.
 */


const DEFAULT_RETRY = { retries: 5, baseMs: 500, maxMs: 30_000 };
function reasonFor(status) {
    if (status === 404)
        return "not-found";
    if (status === 409)
        return "conflict";
    if (status === 400 || status === 422)
        return "invalid";
    if (status === 401 || status === 403)
        return "invalid";
    return "unavailable";
}
/** Seconds (Confluent's form) or an HTTP date, as milliseconds; undefined when absent or unreadable. */
function retryAfterMs(header, now = Date.now()) {
    if (!header)
        return undefined;
    const seconds = Number(header);
    if (Number.isFinite(seconds) && seconds >= 0)
        return seconds * 1000;
    const date = Date.parse(header);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
function createConfluentClient(connection, retry = DEFAULT_RETRY) {
    const base = connection.url.replace(/\/+$/, "");
    const statementsPath = `/sql/v1/organizations/${encodeURIComponent(connection.organizationId)}/environments/${encodeURIComponent(connection.environmentId)}/statements`;
    const authorization = `Basic ${Buffer.from(`${connection.apiKey}:${connection.apiSecret}`).toString("base64")}`;
    const hidden = [connection.apiSecret, authorization.slice("Basic ".length)].filter((text) => text.length >= 4);
    const redact = (text) => hidden.reduce((out, secret) => out.split(secret).join("***"), text);
    function describe(status, body) {
        const errors = body?.errors;
        const parts = (Array.isArray(errors) ? errors : [])
            .map((error) => [error.title, error.detail].filter(Boolean).join(": "))
            .filter((text) => text !== "");
        return redact(parts.length > 0 ? `HTTP ${status}: ${parts.join("; ")}` : `HTTP ${status}`).slice(0, 1000);
    }
    async function request(subject, method, path, options = {}) {
        const url = path.startsWith("http") ? path : `${base}${path}`;
        for (let attempt = 0;; attempt++) {
            throwIfAborted(subject, options.signal);
            let status;
            let body;
            let wait;
            try {
                const response = await fetch(url, {
                    method,
                    headers: {
                        authorization,
                        accept: "application/json",
                        ...(options.body === undefined ? {} : { "content-type": "application/json" }),
                    },
                    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
                    signal: options.signal ? AbortSignal.any([options.signal, AbortSignal.timeout(30_000)]) : AbortSignal.timeout(30_000),
                });
                status = response.status;
                const text = await response.text();
                try {
                    body = text === "" ? undefined : JSON.parse(text);
                }
                catch {
                    body = undefined;
                }
                wait = retryAfterMs(response.headers.get("retry-after"));
            }
            catch (error) {
                throwIfAborted(subject, options.signal);
                if (attempt >= retry.retries) {
                    const why = redact(error instanceof Error ? error.message : String(error));
                    throw new StatementError(subject, "unavailable", `${method} ${redact(path)} did not reach Confluent Cloud after ${attempt + 1} attempts: ${why}`);
                }
                await pause(backoff(attempt), subject, options.signal);
                continue;
            }
            if ((status >= 200 && status < 300) || options.accept?.includes(status))
                return { status, body };
            const retryable = status === 429 || status >= 500;
            if (!retryable || attempt >= retry.retries) {
                const after = retryable ? ` (after ${attempt + 1} attempts)` : "";
                throw new StatementError(subject, reasonFor(status), `${method} on Confluent Cloud failed${after}: ${describe(status, body)}`, {
                    status,
                });
            }
            await pause(Math.min(retry.maxMs, wait ?? backoff(attempt)), subject, options.signal);
        }
    }
    function backoff(attempt) {
        const ceiling = Math.min(retry.maxMs, retry.baseMs * 2 ** attempt);
        return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
    }
    return { request, statementsPath };
}

;// CONCATENATED MODULE: ./src/flink/backend/confluent/confluent-backend.ts
/**
 * StatementBackend on Confluent Cloud's Flink statements API (sql/v1), as documented:
 *
 * - create: POST …/statements {name, metadata.labels, spec: {statement, properties, compute_pool_id,
 *   principal, stopped: false}}; the phase goes PENDING → RUNNING (or FAILED, with status.detail).
 * - stop / resume: PUT the whole statement back with spec.stopped true / false and the
 *   metadata.resource_version read with it; a 409 means it changed meanwhile: read again, retry.
 *   Confluent keeps what a resume needs itself (no savepoint path is exposed).
 * - list: GET with label_selector and page_token; delete: DELETE, then DELETING until gone.
 * - consumed offsets: status.latest_offsets (topic → "partition:0,offset:42;…") and
 *   latest_offsets_timestamp. Confluent documents them as the last offsets a statement processed,
 *   refreshed periodically, so the lag they give is as old as that timestamp: callers should weigh
 *   `asOf`. (The Metrics API's pending-records metric is the other documented signal; not used here.)
 * - carry-over: the documented statement property `sql.tables.initial-offset-from`; other start
 *   positions become OPTIONS hints on the source tables, as on the gateway.
 *
 * The content hash is a label (`cutover-content-hash`), so a later run reads it back with the statement.
 */





const CONTENT_HASH_LABEL = "cutover-content-hash";
const CARRY_OVER_PROPERTY = "sql.tables.initial-offset-from";
const PHASES = new Set([
    "PENDING",
    "RUNNING",
    "DEGRADED",
    "STOPPING",
    "STOPPED",
    "FAILING",
    "FAILED",
    "COMPLETED",
    "DELETING",
]);
function phaseOf(statement) {
    const phase = statement.status?.phase?.toUpperCase();
    // An extensible enum: a phase added later reads as PENDING, which waits rather than acts.
    return phase !== undefined && PHASES.has(phase) ? phase : "PENDING";
}
function infoOf(statement) {
    const labels = { ...statement.metadata?.labels };
    const contentHash = labels[CONTENT_HASH_LABEL];
    delete labels[CONTENT_HASH_LABEL];
    const phase = phaseOf(statement);
    const topics = Object.keys(statement.status?.latest_offsets ?? {}).sort();
    return {
        name: statement.name,
        phase,
        ...(statement.status?.detail ? { detail: statement.status.detail } : {}),
        sql: statement.spec?.statement ?? "",
        ...(contentHash ? { contentHash } : {}),
        labels,
        properties: { ...statement.spec?.properties },
        // Confluent tables are named after their topics.
        sources: topics.map((topic) => ({ table: topic, topic })),
        resumable: phase === "STOPPED",
        ...(statement.metadata?.created_at ? { createdAt: new Date(statement.metadata.created_at) } : {}),
    };
}
function createConfluentBackend(options) {
    const client = createConfluentClient(options, options.retry);
    const base = client.statementsPath;
    const pathOf = (name) => `${base}/${encodeURIComponent(name)}`;
    const startMs = options.timeouts?.start ?? 600_000;
    const stopMs = options.timeouts?.stop ?? 300_000;
    const ddlMs = options.timeouts?.ddl ?? 300_000;
    const poll = options.poll ?? DEFAULT_POLL;
    async function fetchStatement(name, signal) {
        const response = await client.request(name, "GET", pathOf(name), { accept: [404], ...(signal ? { signal } : {}) });
        return response.status === 404 ? undefined : response.body;
    }
    function waitFor(name, want, action, timeoutMs, signal) {
        const fail = new Set(["FAILED", "COMPLETED", "STOPPED", "FAILING"].filter((phase) => !want.includes(phase)));
        return waitForPhase(async () => {
            const statement = await fetchStatement(name, signal);
            if (!statement)
                throw new StatementError(name, "not-found", `vanished while waiting to ${action}`);
            const info = infoOf(statement);
            return { phase: info.phase, ...(info.detail ? { detail: info.detail } : {}), info };
        }, { statement: name, action, want: new Set(want), fail, timeoutMs, ...(signal ? { signal } : {}), timing: poll });
    }
    function statementText(spec) {
        if (spec.start.kind === "carry-over")
            return spec.sql;
        const start = spec.start;
        const hints = new Map(spec.sources.map((source) => [source.table, startupOptions(start, source.topic)]));
        try {
            return withSourceHints(spec.sql, hints);
        }
        catch (error) {
            if (error instanceof SourceHintError)
                throw new StatementError(spec.name, "invalid", error.message);
            throw error;
        }
    }
    async function create(spec, wait = {}) {
        checkStatementName(spec.name);
        const statement = statementText(spec);
        const properties = {
            ...options.defaultProperties,
            ...spec.properties,
            ...(spec.start.kind === "carry-over" ? { [CARRY_OVER_PROPERTY]: spec.start.from } : {}),
        };
        const body = {
            name: spec.name,
            organization_id: options.organizationId,
            environment_id: options.environmentId,
            metadata: { labels: { ...spec.labels, [CONTENT_HASH_LABEL]: spec.contentHash } },
            spec: {
                statement,
                properties,
                ...(options.computePoolId ? { compute_pool_id: options.computePoolId } : {}),
                ...(options.principal ? { principal: options.principal } : {}),
                stopped: false,
            },
        };
        const created = await client.request(spec.name, "POST", base, { body, accept: [409], ...(wait.signal ? { signal: wait.signal } : {}) });
        if (created.status === 409) {
            // Ours already, when an earlier attempt of this POST went through before a 5xx or a dropped answer.
            const existing = await fetchStatement(spec.name, wait.signal);
            const same = existing?.spec?.statement === statement && existing.metadata?.labels?.[CONTENT_HASH_LABEL] === spec.contentHash;
            if (!existing || !same) {
                throw new StatementError(spec.name, "exists", `a statement of that name exists${existing ? ` (${phaseOf(existing)})` : ""}`, existing ? { phase: phaseOf(existing) } : {});
            }
        }
        return (await waitFor(spec.name, ["RUNNING", "DEGRADED"], "start", wait.timeoutMs ?? startMs, wait.signal)).info;
    }
    async function get(name, call = {}) {
        checkStatementName(name);
        const statement = await fetchStatement(name, call.signal);
        return statement ? infoOf(statement) : undefined;
    }
    async function list(filter, call = {}) {
        const selector = Object.entries(filter.labels ?? {})
            .map(([key, value]) => `${key}=${value}`)
            .join(",");
        const found = [];
        let token;
        for (let page = 0; page < 1000; page++) {
            const query = new URLSearchParams({ page_size: "100" });
            if (selector)
                query.set("label_selector", selector);
            if (token)
                query.set("page_token", token);
            const response = await client.request(filter.namePrefix ?? "list", "GET", `${base}?${query.toString()}`, call.signal ? { signal: call.signal } : {});
            const body = response.body;
            for (const statement of body?.data ?? []) {
                const info = infoOf(statement);
                const labels = Object.entries(filter.labels ?? {});
                if (filter.namePrefix !== undefined && !info.name.startsWith(filter.namePrefix))
                    continue;
                // Filtered here too: the documented selector syntax is terse, and a server may ignore it.
                if (labels.every(([key, value]) => statement.metadata?.labels?.[key] === value))
                    found.push(info);
            }
            // Only the token is taken from `next`: our own host and credentials go with every request.
            const next = body?.metadata?.next ? new URL(body.metadata.next, "https://placeholder.invalid").searchParams.get("page_token") : null;
            if (!next || next === token)
                break;
            token = next;
        }
        return found.sort((a, b) => a.name.localeCompare(b.name));
    }
    /** PUT with spec.stopped changed, re-read and re-applied on 409 as the API asks. */
    async function setStopped(name, stopped, signal) {
        for (let attempt = 0;; attempt++) {
            const current = await fetchStatement(name, signal);
            if (!current)
                throw new StatementError(name, "not-found", "no such statement");
            if (current.spec?.stopped === stopped)
                return;
            const body = { ...current, spec: { ...current.spec, stopped } };
            delete body.status;
            const response = await client.request(name, "PUT", pathOf(name), { body, accept: [409], ...(signal ? { signal } : {}) });
            if (response.status !== 409)
                return;
            if (attempt >= 3)
                throw new StatementError(name, "conflict", "the statement kept changing under the update (409 four times)", { status: 409 });
        }
    }
    async function stop(name, wait = {}) {
        const info = await get(name, wait);
        if (!info)
            throw new StatementError(name, "not-found", "no such statement");
        if (info.phase === "STOPPED")
            return info;
        if (!["PENDING", "RUNNING", "DEGRADED", "FAILING", "STOPPING"].includes(info.phase)) {
            throw new StatementError(name, "failed", `cannot stop a statement that is ${info.phase}`, { phase: info.phase });
        }
        await setStopped(name, true, wait.signal);
        return (await waitFor(name, ["STOPPED"], "stop", wait.timeoutMs ?? stopMs, wait.signal)).info;
    }
    async function resume(name, wait = {}) {
        const info = await get(name, wait);
        if (!info)
            throw new StatementError(name, "not-found", "no such statement");
        if (info.phase !== "STOPPED" && !["PENDING", "RUNNING", "DEGRADED"].includes(info.phase)) {
            throw new StatementError(name, "failed", `cannot resume a statement that is ${info.phase}`, { phase: info.phase });
        }
        await setStopped(name, false, wait.signal);
        return (await waitFor(name, ["RUNNING", "DEGRADED"], "resume", wait.timeoutMs ?? startMs, wait.signal)).info;
    }
    async function remove(name, wait = {}) {
        checkStatementName(name);
        await client.request(name, "DELETE", pathOf(name), { accept: [404], ...(wait.signal ? { signal: wait.signal } : {}) });
        const deadline = Date.now() + (wait.timeoutMs ?? stopMs);
        // Deleting goes through DELETING; gone is a 404.
        await waitForPhase(async () => ({ phase: (await fetchStatement(name, wait.signal)) ? "DELETING" : "COMPLETED" }), {
            statement: name,
            action: "delete",
            want: new Set(["COMPLETED"]),
            fail: new Set(),
            timeoutMs: Math.max(0, deadline - Date.now()),
            ...(wait.signal ? { signal: wait.signal } : {}),
            timing: poll,
        });
    }
    /**
     * A DDL is a statement too. With a record, it keeps the record's name and labels and stays listed
     * once COMPLETED (that is how a later run finds what was created); without one, it gets a name of
     * its own and is deleted when done, being only history. A failed one is deleted either way, so a
     * rerun can try again under the same name.
     */
    async function runDdl(ddl, wait = {}) {
        const target = ddlTarget(ddl)?.name ?? "ddl";
        const { record } = wait;
        const name = record?.name ??
            `cutover-ddl-${target
                .toLowerCase()
                .replace(/[^a-z0-9]+/g, "-")
                .slice(0, 40)}-${Date.now().toString(36)}`.replace(/-+/g, "-");
        checkStatementName(name);
        const labels = record ? { ...record.labels, [CONTENT_HASH_LABEL]: record.contentHash } : undefined;
        const created = await client.request(name, "POST", base, {
            body: {
                name,
                organization_id: options.organizationId,
                environment_id: options.environmentId,
                ...(labels ? { metadata: { labels } } : {}),
                spec: {
                    statement: ddl,
                    properties: { ...options.defaultProperties },
                    ...(options.computePoolId ? { compute_pool_id: options.computePoolId } : {}),
                    ...(options.principal ? { principal: options.principal } : {}),
                    stopped: false,
                },
            },
            accept: record ? [409] : [],
            ...(wait.signal ? { signal: wait.signal } : {}),
        });
        if (created.status === 409) {
            // A rerun: the same DDL recorded under this name already (or an earlier POST that went through).
            const existing = await fetchStatement(name, wait.signal);
            if (existing?.spec?.statement !== ddl || existing.metadata?.labels?.[CONTENT_HASH_LABEL] !== record?.contentHash)
                throw new StatementError(name, "exists", `a statement of that name exists${existing ? ` (${phaseOf(existing)})` : ""}`);
        }
        let done = false;
        try {
            await waitFor(name, ["COMPLETED"], `run the DDL on '${target}'`, wait.timeoutMs ?? ddlMs, wait.signal);
            done = true;
        }
        finally {
            if (!done || !record)
                await client.request(name, "DELETE", pathOf(name), { accept: [404] }).catch(() => undefined);
        }
    }
    async function consumedOffsets(name, call = {}) {
        checkStatementName(name);
        const statement = await fetchStatement(name, call.signal);
        if (!statement)
            throw new StatementError(name, "not-found", "no such statement");
        const latest = statement.status?.latest_offsets ?? {};
        const at = statement.status?.latest_offsets_timestamp;
        return {
            statement: name,
            ...(at ? { asOf: new Date(at) } : {}),
            topics: Object.entries(latest)
                .sort(([a], [b]) => a.localeCompare(b))
                .map(([topic, text]) => ({ topic, partitions: parseSpecificOffsets(text) })),
        };
    }
    return {
        kind: "confluent-cloud",
        create,
        get,
        list,
        stop,
        resume,
        delete: remove,
        runDdl,
        consumedOffsets,
        close: async () => undefined,
    };
}

;// CONCATENATED MODULE: ./src/flink/backend/gateway/gateway-client.ts
/**
 * The Flink SQL Gateway's REST API (v3) over Node's fetch: sessions, statements, and their results.
 * A statement runs as an operation of a session; its result is fetched page by page
 * (`resultType` NOT_READY, PAYLOAD or EOS). There is no endpoint that lists jobs or operations, so
 * the backend asks with SQL (`SHOW JOBS`).
 *
 * Failures become StatementError naming the statement the call was for; the gateway's 500 bodies
 * carry a Java stack trace, of which the message keeps the innermost cause.
 */


/** The innermost "Caused by" of a gateway error body, or its first meaningful line. */
function gatewayErrorMessage(errors) {
    const lines = errors.join("\n").split("\n");
    const causes = lines.filter((line) => line.startsWith("Caused by: "));
    const innermost = causes.at(-1)?.slice("Caused by: ".length);
    const text = innermost ??
        lines.find((line) => line.trim() !== "" && !/^(Internal server error\.|<Exception on server side:)$/.test(line.trim())) ??
        "unknown error";
    // "org.apache.flink.table.api.ValidationException: msg" → "ValidationException: msg"
    return text.replace(/^(?:[a-z][\w$]*\.)+(?=[A-Z])/, "").slice(0, 1000);
}
function createGatewayClient(options) {
    const base = options.url.replace(/\/+$/, "");
    const requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
    async function call(subject, method, path, body, signal) {
        throwIfAborted(subject, signal);
        const timeout = AbortSignal.timeout(requestTimeoutMs);
        let response;
        try {
            response = await fetch(`${base}${path}`, {
                method,
                headers: body === undefined ? {} : { "content-type": "application/json" },
                ...(body === undefined ? {} : { body: JSON.stringify(body) }),
                signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
            });
        }
        catch (error) {
            throwIfAborted(subject, signal);
            const why = timeout.aborted ? `no answer within ${requestTimeoutMs} ms` : error.message;
            throw new StatementError(subject, "unavailable", `SQL Gateway at ${base} (${method} ${path.split("/").slice(0, 3).join("/")}…): ${why}`, {}, { cause: error });
        }
        const text = await response.text();
        let parsed;
        try {
            parsed = text === "" ? undefined : JSON.parse(text);
        }
        catch {
            parsed = undefined;
        }
        if (!response.ok) {
            const errors = parsed?.errors;
            const message = Array.isArray(errors) ? gatewayErrorMessage(errors.map(String)) : `HTTP ${response.status}`;
            // The gateway answers 500 for SQL it refuses as well as for its own trouble; a refused
            // statement names an exception of the planner, which is what the message shows.
            const reason = response.status >= 500 && !/Exception|Error/.test(message) ? "unavailable" : "invalid";
            throw new StatementError(subject, reason, message, { status: response.status });
        }
        return parsed;
    }
    async function openSession(subject, properties, signal) {
        const opened = await call(subject, "POST", "/v3/sessions", { sessionName: `cutover-${subject}`, properties }, signal);
        const session = `/v3/sessions/${encodeURIComponent(opened.sessionHandle)}`;
        async function execute(sql, { signal: abort, timeoutMs }) {
            const submitted = await call(subject, "POST", `${session}/statements`, { statement: sql }, abort);
            const operation = `${session}/operations/${encodeURIComponent(submitted.operationHandle)}`;
            const deadline = Date.now() + timeoutMs;
            const rows = [];
            let columns = [];
            let jobId;
            let next = `${operation}/result/0?rowFormat=JSON`;
            let delay = 50;
            while (next !== undefined) {
                const page = await call(subject, "GET", next, undefined, abort);
                jobId ??= page.jobID;
                if (page.resultType === "NOT_READY") {
                    if (Date.now() >= deadline) {
                        await call(subject, "POST", `${operation}/cancel`, {}, undefined).catch(() => undefined);
                        throw new StatementError(subject, "timeout", `the gateway had no result for the statement within ${timeoutMs} ms`);
                    }
                    await pause(delay, subject, abort);
                    delay = Math.min(1_000, delay * 2);
                    continue;
                }
                if (page.results?.columns)
                    columns = page.results.columns.map((column) => column.name);
                for (const row of page.results?.data ?? [])
                    rows.push(row.fields ?? []);
                next = page.resultType === "EOS" || !page.nextResultUri ? undefined : page.nextResultUri.replace(/^.*?(?=\/v\d+\/sessions\/)/, "");
            }
            return { ...(jobId ? { jobId } : {}), columns, rows };
        }
        async function close() {
            // A job outlives the session that submitted it; closing only frees the gateway's memory.
            await call(subject, "DELETE", session, undefined).catch(() => undefined);
        }
        return { execute, close };
    }
    return { openSession };
}
/** Runs `work` in a fresh session that is always closed afterwards. */
async function inSession(client, subject, properties, signal, work) {
    const session = await client.openSession(subject, properties, signal);
    try {
        return await work(session);
    }
    finally {
        await session.close();
    }
}

;// CONCATENATED MODULE: ./src/flink/backend/gateway/gateway-ddl.ts
/**
 * DDL on the gateway. It has no persistent catalog, so a table exists only as its DDL, kept in the
 * state topic and replayed into every session (gateway-state.ts). A DDL run with a DdlRecord is
 * listed afterwards as a COMPLETED statement carrying the record's hash and labels, as Confluent
 * Cloud lists a DDL statement, so the phases read both backends alike.
 */




/** A recorded table or view as the port lists it. */
function recordedDdl(table) {
    if (!table.statement)
        return undefined;
    return {
        name: table.statement,
        phase: "COMPLETED",
        sql: table.ddl,
        ...(table.contentHash ? { contentHash: table.contentHash } : {}),
        labels: table.labels ?? {},
        properties: {},
        sources: [],
        resumable: false,
        createdAt: new Date(table.createdAt),
    };
}
function gatewayDdl({ client, state, topics, statementMs }) {
    return async function runDdl(ddl, options = {}) {
        const target = ddlTarget(ddl);
        if (!target) {
            throw new StatementError((0,lex_sql/* significant */.I1)((0,lex_sql/* lexFlinkSql */.aU)(ddl).tokens)
                .slice(0, 3)
                .map((t) => t.text)
                .join(" "), "invalid", "the gateway backend runs CREATE/DROP TABLE or VIEW only: it has no persistent catalog to ALTER");
        }
        const { record } = options;
        if (record)
            checkStatementName(record.name);
        const tables = await state.tables();
        const stored = tables.find((table) => table.name === target.name);
        // A rerun finds its own record: the DDL is in place already (its session replays it).
        if (target.action === "create" && stored && record && stored.statement === record.name && stored.contentHash === record.contentHash)
            return;
        let createdTopic;
        if (target.action === "create" && record?.topic && !stored) {
            try {
                if (await topics.ensure(record.topic.name, record.topic.partitionsLike))
                    createdTopic = record.topic.name;
            }
            catch (error) {
                const why = error instanceof Error ? error.message : String(error);
                throw new StatementError(record.name, "unavailable", `creating the Kafka topic '${record.topic.name}' failed: ${why}`, {}, { cause: error });
            }
        }
        await inSession(client, record?.name ?? target.name, {}, options.signal, async (session) => {
            for (const table of tables)
                await session.execute(table.ddl, { signal: options.signal, timeoutMs: statementMs });
            await session.execute(ddl, { signal: options.signal, timeoutMs: options.timeoutMs ?? statementMs });
        });
        if (target.action === "drop") {
            if (stored)
                await state.removeTable(target.name);
            // The topic goes with the table only when cutover made it: a topic it found stays.
            if (stored?.createdTopic)
                await topics.remove(stored.createdTopic);
        }
        else if (!stored) {
            await state.putTable({
                kind: "table",
                name: target.name,
                ddl,
                createdAt: new Date().toISOString(),
                ...(record ? { statement: record.name, contentHash: record.contentHash, labels: { ...record.labels } } : {}),
                ...(createdTopic ? { createdTopic } : {}),
            });
        }
    };
}

;// CONCATENATED MODULE: ./src/flink/backend/gateway/gateway-state.ts
/**
 * What the SQL Gateway cannot keep, kept in a compacted Kafka topic: a statement's definition (SQL,
 * content hash, labels, sources), the savepoint it was stopped with, and the DDL of the tables.
 *
 * Why Kafka: the gateway has no persistent catalog (its tables live in a session), keeps no labels,
 * forgets a job's SQL, and its cluster forgets jobs when it restarts without HA. A rollback may run
 * days later on another machine. The Kafka cluster is the one durable system every run already
 * reaches (the statements read and write it, and their lag is read there); a compacted topic keyed
 * by statement name keeps the latest record per name, readable from anywhere. The savepoint files
 * themselves stay where Flink writes them (one directory per statement when configured).
 *
 * Concurrent writers are not arbitrated here: cutover's release lock keeps one run at a time.
 */



const keyOf = (record) => `${record.kind}/${record.name}`;
function kafkaGatewayState(connection, topic) {
    // bounded connect, kafkajs errors as KafkaErrors naming the brokers (kafka-client.ts)
    const cluster = (0,kafka_client/* kafkaClient */.SZ)(connection, { clientIdSuffix: "-flink-state" });
    const { kafka } = cluster;
    const source = (0,kafka_source/* createKafkaSource */.OM)(connection);
    let producer;
    let ensured;
    function ensureTopic() {
        ensured ??= cluster
            .call(`preparing topic '${topic}'`, async () => {
            await cluster.reachable();
            const client = kafka.admin();
            await client.connect();
            try {
                const existing = await client.listTopics();
                if (!existing.includes(topic)) {
                    await client.createTopics({
                        waitForLeaders: true,
                        topics: [{ topic, numPartitions: 1, replicationFactor: -1, configEntries: [{ name: "cleanup.policy", value: "compact" }] }],
                    });
                }
            }
            finally {
                await client.disconnect();
            }
        })
            .catch((error) => {
            ensured = undefined;
            throw error;
        });
        return ensured;
    }
    async function readAll() {
        await ensureTopic();
        const records = new Map();
        const marks = await source.watermarks(topic);
        if (marks.every(({ low, high }) => low === high))
            return records;
        await source.readRange(topic, marks.map(({ partition, low }) => ({ partition, offset: low })), marks.map(({ partition, high }) => ({ partition, offset: high })), async (batch) => {
            for (const record of batch) {
                if (record.key === null)
                    continue;
                records.delete(record.key); // a rewrite moves the key to the end
                if (record.value !== null)
                    records.set(record.key, JSON.parse(record.value.toString("utf8")));
            }
        }, { signal: new AbortController().signal, maxBatch: 500 });
        return records;
    }
    async function write(key, value) {
        await ensureTopic();
        producer ??= (async () => {
            const client = kafka.producer({ createPartitioner: kafkajs.Partitioners.DefaultPartitioner, allowAutoTopicCreation: false });
            await client.connect();
            return client;
        })();
        await (await producer).send({ topic, acks: -1, messages: [{ key, value: value === null ? null : JSON.stringify(value) }] });
    }
    const byKind = (all, kind) => [...all.values()].filter((record) => record.kind === kind);
    return {
        statements: async () => new Map(byKind(await readAll(), "statement").map((record) => [record.name, record])),
        statement: async (name) => (await readAll()).get(keyOf({ kind: "statement", name })),
        tables: async () => byKind(await readAll(), "table"),
        putStatement: (record) => write(keyOf(record), record),
        removeStatement: (name) => write(keyOf({ kind: "statement", name }), null),
        putTable: (record) => write(keyOf(record), record),
        removeTable: (name) => write(keyOf({ kind: "table", name }), null),
        async close() {
            await producer?.then((client) => client.disconnect()).catch(() => undefined);
            await source.close();
        },
    };
}

;// CONCATENATED MODULE: ./src/flink/backend/gateway/gateway-topics.ts

function gatewayTopics(connection) {
    // bounded connect, kafkajs errors as KafkaErrors naming the brokers (kafka-client.ts)
    const cluster = (0,kafka_client/* kafkaClient */.SZ)(connection, { clientIdSuffix: "-flink-topics" });
    const { kafka } = cluster;
    async function withAdmin(work) {
        await cluster.reachable();
        const admin = kafka.admin();
        await cluster.call("connecting", () => admin.connect());
        try {
            return await work(admin);
        }
        finally {
            await admin.disconnect();
        }
    }
    return {
        ensure: (topic, partitionsLike) => withAdmin(async (admin) => {
            const existing = await admin.listTopics();
            if (existing.includes(topic))
                return false;
            let numPartitions = -1; // the broker's default
            if (partitionsLike && existing.includes(partitionsLike)) {
                const [like] = (await admin.fetchTopicMetadata({ topics: [partitionsLike] })).topics;
                numPartitions = like?.partitions.length ?? -1;
            }
            return admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions, replicationFactor: -1 }] });
        }),
        remove: (topic) => withAdmin(async (admin) => {
            if ((await admin.listTopics()).includes(topic))
                await admin.deleteTopics({ topics: [topic] });
        }),
    };
}

;// CONCATENATED MODULE: ./src/flink/backend/gateway/job-phase.ts
/** Rows of `SHOW JOBS`: job id, job name, status, start time. */
function parseShowJobs(result) {
    const column = (name) => result.columns.indexOf(name);
    const [id, name, status, start] = [column("job id"), column("job name"), column("status"), column("start time")];
    return result.rows.map((row) => ({
        id: String(row[id] ?? ""),
        name: String(row[name] ?? ""),
        status: String(row[status] ?? ""),
        startTime: String(row[start] ?? ""),
    }));
}
/** The job that stands for the statement: the one the record names, else its latest by start time. */
function jobOf(name, jobs, record) {
    const named = jobs.filter((job) => job.name === name);
    if (record?.jobId)
        return named.find((job) => job.id === record.jobId);
    return named.sort((a, b) => (a.startTime < b.startTime ? 1 : a.startTime > b.startTime ? -1 : 0))[0];
}
/** Job states Flink does not leave. */
const ENDED = new Set(["FAILED", "CANCELED", "FINISHED"]);
function job_phase_phaseOf(record, job) {
    // cutover writes the record before it submits, and removes it when it deletes the statement:
    // an ended job without one is the history of a deleted statement, not a statement.
    if (!record && job && ENDED.has(job.status))
        return undefined;
    const stoppedHere = record?.savepoint !== undefined && record.stoppedJobId !== undefined && record.stoppedJobId === record.jobId;
    if (!job) {
        if (!record)
            return undefined;
        if (stoppedHere)
            return { phase: "STOPPED", resumable: true, detail: `stopped with savepoint ${record.savepoint}` };
        if (!record.jobId)
            return { phase: "FAILED", resumable: false, detail: "no job was started for it (the submission failed or was interrupted)" };
        return {
            phase: "FAILED",
            resumable: false,
            detail: `job ${record.jobId} is unknown to the cluster (it restarted without high availability, or the job expired from its history)`,
        };
    }
    switch (job.status) {
        case "INITIALIZING":
        case "CREATED":
        case "RECONCILING":
            return { phase: "PENDING", resumable: false };
        case "RUNNING":
            return { phase: "RUNNING", resumable: false };
        case "FAILING":
        case "RESTARTING":
            return { phase: "FAILING", resumable: false, detail: `job ${job.id} is ${job.status}` };
        case "FAILED":
            return { phase: "FAILED", resumable: false, detail: `job ${job.id} FAILED` };
        case "CANCELLING":
            return { phase: "STOPPING", resumable: false };
        case "CANCELED":
            return stoppedHere
                ? { phase: "STOPPED", resumable: true, detail: `stopped with savepoint ${record?.savepoint}` }
                : { phase: "STOPPED", resumable: false, detail: `job ${job.id} was cancelled without a savepoint` };
        case "FINISHED":
            // Stop-with-savepoint ends a streaming job as FINISHED; a bounded statement also finishes.
            return stoppedHere
                ? { phase: "STOPPED", resumable: true, detail: `stopped with savepoint ${record?.savepoint}` }
                : { phase: "COMPLETED", resumable: false };
        case "SUSPENDED":
            return { phase: "FAILING", resumable: false, detail: `job ${job.id} is SUSPENDED` };
        default:
            return { phase: "PENDING", resumable: false, detail: `job ${job.id} reports ${job.status}` };
    }
}
/**
 * The tables a running job reads, from its plan's operator descriptions: every
 * `table=[[catalog, database, name]]` (a source scan, a lookup join) gives the name's last part.
 * The job's sink is a writer, not a `table=[[…]]`, so it is not counted.
 */
function tablesInJobPlan(plan) {
    const found = new Set();
    const open = "table=[[";
    for (const node of plan.plan?.nodes ?? []) {
        const text = node.description ?? "";
        let at = text.indexOf(open);
        while (at >= 0) {
            const end = text.indexOf("]]", at + open.length);
            if (end < 0)
                break;
            const parts = text.slice(at + open.length, end).split(",");
            const last = parts[parts.length - 1]?.trim();
            if (last)
                found.add(last);
            at = text.indexOf(open, end);
        }
    }
    return [...found].sort();
}

;// CONCATENATED MODULE: ./src/flink/backend/gateway/gateway-backend.ts
/**
 * StatementBackend on an Apache Flink SQL Gateway (REST v3) in front of a session cluster.
 *
 * - A statement is a Flink job named after it (`pipeline.name`), found again with `SHOW JOBS`.
 * - Each statement runs in a session of its own, opened with its properties and closed once the job
 *   is submitted (the job outlives it), so no setting leaks from one statement to the next.
 * - The gateway keeps no catalog, labels or SQL across sessions: the definition, the savepoint a stop
 *   took and the tables' DDL live in a compacted Kafka topic (gateway-state.ts says why), and every
 *   session replays the tables' DDL before running a statement.
 * - Start positions and a consumer group of its own go into the SQL as OPTIONS hints on the source
 *   tables (source-hints.ts); the Kafka source commits its offsets to that group at each checkpoint,
 *   which is how the lag is read.
 */









const DEFAULT_STATE_TOPIC = "cutover.flink-gateway.state";
const DEFAULT_GROUP_PREFIX = "cutover-flink-";
const gateway_backend_LIVE = new Set(["PENDING", "RUNNING", "DEGRADED", "FAILING", "STOPPING"]);
function createGatewayBackend(options) {
    const client = createGatewayClient({ url: options.url });
    const stateTopic = options.stateTopic ?? DEFAULT_STATE_TOPIC;
    const state = kafkaGatewayState(options.kafka, stateTopic);
    const kafka = (0,kafka_source/* createKafkaSource */.OM)(options.kafka);
    const runDdl = gatewayDdl({ client, state, topics: gatewayTopics(options.kafka), statementMs: options.timeouts?.statement ?? 60_000 });
    const groupOf = (name) => `${options.consumerGroupPrefix ?? DEFAULT_GROUP_PREFIX}${name}`;
    const startMs = options.timeouts?.start ?? 120_000;
    const stopMs = options.timeouts?.stop ?? 120_000;
    const statementMs = options.timeouts?.statement ?? 60_000;
    const poll = options.poll ?? DEFAULT_POLL;
    async function showJobs(subject, signal) {
        return inSession(client, subject, {}, signal, async (session) => parseShowJobs(await session.execute("SHOW JOBS", { signal, timeoutMs: statementMs })));
    }
    /** The root exception of a failed job, when the cluster's REST endpoint is known and answers. */
    async function failureOf(job) {
        if (!options.clusterUrl || !job)
            return undefined;
        try {
            const response = await fetch(`${options.clusterUrl.replace(/\/+$/, "")}/jobs/${job.id}/exceptions?maxExceptions=1`, {
                signal: AbortSignal.timeout(5_000),
            });
            const body = (await response.json());
            // Its first line is often "Recovery is suppressed…": the innermost cause says what went wrong.
            return body["root-exception"] ? gatewayErrorMessage([body["root-exception"]]) : undefined;
        }
        catch {
            return undefined;
        }
    }
    /** What a job started outside cutover reads, from its plan on the cluster's REST endpoint (cleanup must not drop it). */
    async function readsOf(job) {
        if (!options.clusterUrl)
            return undefined;
        try {
            const response = await fetch(`${options.clusterUrl.replace(/\/+$/, "")}/jobs/${job.id}/plan`, { signal: AbortSignal.timeout(5_000) });
            if (!response.ok)
                return undefined;
            return tablesInJobPlan((await response.json()));
        }
        catch {
            return undefined;
        }
    }
    async function describe(name, record, job) {
        const phase = job_phase_phaseOf(record, job);
        if (!phase)
            return undefined;
        const reads = !record && job && gateway_backend_LIVE.has(phase.phase) ? await readsOf(job) : undefined;
        const failure = phase.phase === "FAILED" || phase.phase === "FAILING" ? await failureOf(job) : undefined;
        const detail = [phase.detail, failure].filter((part) => part !== undefined).join(": ");
        return {
            name,
            phase: phase.phase,
            ...(detail ? { detail } : {}),
            sql: record?.sql ?? "",
            ...(reads ? { reads } : {}),
            ...(record ? { contentHash: record.contentHash, createdAt: new Date(record.createdAt) } : {}),
            labels: record?.labels ?? {},
            properties: record?.properties ?? {},
            sources: record?.sources ?? [],
            resumable: phase.resumable,
            ...(phase.resumable && record?.savepoint ? { savepoint: record.savepoint } : {}),
        };
    }
    async function read(name, signal) {
        const [record, jobs] = await Promise.all([state.statement(name), showJobs(name, signal)]);
        const job = jobOf(name, jobs, record);
        return { record, job, info: await describe(name, record, job) };
    }
    /** Polls only the jobs: the record does not change while we wait. */
    function waitFor(name, record, want, action, timeoutMs, signal) {
        const fail = new Set(["FAILED", "COMPLETED", "STOPPED", "FAILING"].filter((phase) => !want.includes(phase)));
        return waitForPhase(async () => {
            const job = jobOf(name, await showJobs(name, signal), record);
            const info = await describe(name, record, job);
            return { phase: info?.phase, ...(info?.detail ? { detail: info.detail } : {}), info };
        }, { statement: name, action, want: new Set(want), fail, timeoutMs, ...(signal ? { signal } : {}), timing: poll });
    }
    /** A session with the statement's settings and every stored table, for submitting its job. */
    async function inStatementSession(name, properties, signal, work) {
        const tables = await state.tables();
        return inSession(client, name, properties, signal, async (session) => {
            for (const table of tables) {
                try {
                    await session.execute(table.ddl, { signal, timeoutMs: statementMs });
                }
                catch (error) {
                    const why = error instanceof Error ? error.message : String(error);
                    throw new StatementError(name, "invalid", `replaying the stored DDL of table '${table.name}' failed: ${why}`, {}, { cause: error });
                }
            }
            return work(session);
        });
    }
    function hintedSql(record) {
        const hints = new Map();
        for (const source of record.sources) {
            hints.set(source.table, { ...startupOptions(record.start, source.topic), "properties.group.id": groupOf(record.name) });
        }
        try {
            return withSourceHints(record.sql, hints);
        }
        catch (error) {
            if (error instanceof SourceHintError)
                throw new StatementError(record.name, "invalid", error.message);
            throw error;
        }
    }
    async function submit(record, extra, signal) {
        const sql = hintedSql(record);
        const result = await inStatementSession(record.name, { ...record.properties, ...extra, "pipeline.name": record.name }, signal, (session) => session.execute(sql, { signal, timeoutMs: statementMs }));
        if (!result.jobId)
            throw new StatementError(record.name, "invalid", "the SQL started no job (a statement is one INSERT INTO … or STATEMENT SET)");
        return result.jobId;
    }
    async function resolveStart(name, start, signal) {
        if (start.kind !== "carry-over")
            return start;
        const from = await consumedOffsets(start.from, signal ? { signal } : {});
        return { kind: "offsets", topics: from.topics };
    }
    async function create(spec, options = {}) {
        checkStatementName(spec.name);
        const existing = await read(spec.name, options.signal);
        if (existing.info)
            throw new StatementError(spec.name, "exists", `a statement of that name exists (${existing.info.phase})`, {
                phase: existing.info.phase,
            });
        const record = {
            kind: "statement",
            name: spec.name,
            sql: spec.sql,
            contentHash: spec.contentHash,
            labels: { ...spec.labels },
            properties: { ...spec.properties },
            sources: spec.sources.map(({ table, topic }) => ({ table, topic })),
            start: await resolveStart(spec.name, spec.start, options.signal),
            createdAt: new Date().toISOString(),
        };
        hintedSql(record); // refuses SQL the start options cannot be placed in, before anything is written
        // The record goes first: a job without one could not be resumed or told apart from others.
        await state.putStatement(record);
        let jobId;
        try {
            jobId = await submit(record, {}, options.signal);
        }
        catch (error) {
            await state.removeStatement(spec.name).catch(() => undefined);
            throw error;
        }
        const running = { ...record, jobId };
        await state.putStatement(running);
        return (await waitFor(spec.name, running, ["RUNNING"], "start", options.timeoutMs ?? startMs, options.signal)).info;
    }
    async function get(name, options = {}) {
        checkStatementName(name);
        const info = (await read(name, options.signal)).info;
        if (info)
            return info;
        const table = (await state.tables()).find((entry) => entry.statement === name);
        return table ? recordedDdl(table) : undefined;
    }
    async function list(filter, options = {}) {
        const [records, jobs, tables] = await Promise.all([
            state.statements(),
            showJobs(filter.namePrefix ?? "list", options.signal),
            state.tables(),
        ]);
        const names = new Set([...records.keys(), ...jobs.map((job) => job.name)]);
        const found = [];
        const labels = Object.entries(filter.labels ?? {});
        const wanted = (info) => info !== undefined &&
            (filter.namePrefix === undefined || info.name.startsWith(filter.namePrefix)) &&
            labels.every(([key, value]) => info.labels[key] === value);
        for (const name of [...names].sort()) {
            if (filter.namePrefix !== undefined && !name.startsWith(filter.namePrefix))
                continue;
            const record = records.get(name);
            const info = await describe(name, record, jobOf(name, jobs, record));
            if (wanted(info))
                found.push(info);
        }
        for (const table of tables) {
            const info = recordedDdl(table);
            if (wanted(info) && !names.has(info.name))
                found.push(info);
        }
        return found.sort((a, b) => a.name.localeCompare(b.name));
    }
    async function stop(name, options = {}) {
        checkStatementName(name);
        const current = await read(name, options.signal);
        const { record } = current;
        let { job, info } = current;
        if (!info)
            throw new StatementError(name, "not-found", "no such statement");
        if (info.phase === "STOPPED" && info.resumable)
            return info;
        if (!record)
            throw new StatementError(name, "failed", `job ${job?.id ?? "?"} has no record in topic '${stateTopic}': it was not started by cutover`);
        if (info.phase === "PENDING") {
            info = (await waitFor(name, record, ["RUNNING"], "start before the stop", options.timeoutMs ?? startMs, options.signal))
                .info;
            job = jobOf(name, await showJobs(name, options.signal), record);
        }
        if (!job || info.phase !== "RUNNING")
            throw new StatementError(name, "failed", `cannot stop a statement that is ${info.phase}`, { phase: info.phase });
        const stopped = await inSession(client, name, savepointSettings(name), options.signal, (session) => session.execute(`STOP JOB '${job.id}' WITH SAVEPOINT`, { signal: options.signal, timeoutMs: options.timeoutMs ?? stopMs }));
        const savepoint = String(stopped.rows[0]?.[0] ?? "");
        if (!savepoint)
            throw new StatementError(name, "failed", `STOP JOB '${job.id}' WITH SAVEPOINT returned no savepoint path`);
        const after = { ...record, savepoint, stoppedJobId: job.id, stoppedAt: new Date().toISOString() };
        try {
            await state.putStatement(after);
        }
        catch (error) {
            const why = error instanceof Error ? error.message : String(error);
            throw new StatementError(name, "unavailable", `stopped with savepoint ${savepoint}, but recording it in topic '${stateTopic}' failed (${why}); a resume needs that path`, {}, { cause: error });
        }
        return (await waitFor(name, after, ["STOPPED"], "stop", options.timeoutMs ?? stopMs, options.signal)).info;
    }
    function savepointSettings(name) {
        if (!options.savepointDir)
            return {};
        return { "execution.checkpointing.savepoint-dir": `${options.savepointDir.replace(/\/+$/, "")}/${name}` };
    }
    async function resume(name, options = {}) {
        checkStatementName(name);
        const { record, info } = await read(name, options.signal);
        if (!info || !record)
            throw new StatementError(name, "not-found", "no such statement");
        // A re-run after a resume that went through finds the new job: nothing to do but wait for it.
        if (gateway_backend_LIVE.has(info.phase) && record.stoppedJobId !== undefined && record.jobId !== record.stoppedJobId) {
            return (await waitFor(name, record, ["RUNNING"], "resume", options.timeoutMs ?? startMs, options.signal)).info;
        }
        if (info.phase !== "STOPPED" || !info.resumable || !record.savepoint) {
            throw new StatementError(name, "failed", `cannot resume a statement that is ${info.phase}${info.resumable ? "" : " without a savepoint"}`, { phase: info.phase });
        }
        const jobId = await submit(record, { "execution.state-recovery.path": record.savepoint }, options.signal);
        const resumed = { ...record, jobId };
        await state.putStatement(resumed);
        return (await waitFor(name, resumed, ["RUNNING"], "resume", options.timeoutMs ?? startMs, options.signal)).info;
    }
    async function remove(name, options = {}) {
        checkStatementName(name);
        const { record, job, info } = await read(name, options.signal);
        if (!info)
            return;
        if (job && gateway_backend_LIVE.has(info.phase)) {
            // Deleting discards the statement: cancel, no savepoint.
            await inSession(client, name, {}, options.signal, (session) => session.execute(`STOP JOB '${job.id}'`, { signal: options.signal, timeoutMs: statementMs }));
            const pinned = record ?? { kind: "statement", name, jobId: job.id };
            await waitFor(name, { ...pinned, jobId: job.id }, ["STOPPED", "FAILED", "COMPLETED"], "delete", options.timeoutMs ?? stopMs, options.signal);
        }
        if (record)
            await state.removeStatement(name);
    }
    async function consumedOffsets(name, options = {}) {
        checkStatementName(name);
        throwIfAborted(name, options.signal);
        const record = await state.statement(name);
        if (!record)
            throw new StatementError(name, "not-found", `no record in topic '${stateTopic}'`);
        const topics = [...new Set(record.sources.map((source) => source.topic))];
        const group = groupOf(name);
        return {
            statement: name,
            topics: await Promise.all(topics.map(async (topic) => ({ topic, partitions: await kafka.committedOffsets(group, topic) }))),
        };
    }
    return {
        kind: "flink-sql-gateway",
        create,
        get,
        list,
        stop,
        resume,
        delete: remove,
        runDdl,
        consumedOffsets,
        async close() {
            await Promise.allSettled([state.close(), kafka.close()]);
        },
    };
}

;// CONCATENATED MODULE: ./src/flink/rollout/connect.ts





function kafkaConnectionOf(config) {
    const kafka = config.kafka;
    if (!kafka?.brokers || kafka.brokers.length === 0)
        throw new errors/* InputError */.dz("cutover flink needs the kafka section with brokers: green's lag and the release lock are read there");
    return { brokers: kafka.brokers, clientId: kafka.clientId, ssl: kafka.ssl, ...(kafka.sasl ? { sasl: kafka.sasl } : {}) };
}
function connectFlink(config) {
    const flink = config.flink;
    if (!flink)
        throw new errors/* InputError */.dz("the config has no flink section: cutover flink needs flink.pipeline and flink.backend");
    const kafka = kafkaConnectionOf(config);
    const timeouts = { start: flink.timeouts.start, stop: flink.timeouts.stop };
    const b = flink.backend;
    const backend = b.type === "gateway"
        ? createGatewayBackend({
            url: b.url,
            kafka,
            stateTopic: flink.stateTopic,
            ...(b.clusterUrl ? { clusterUrl: b.clusterUrl } : {}),
            ...(b.savepointDir ? { savepointDir: b.savepointDir } : {}),
            timeouts: { ...timeouts, statement: flink.timeouts.ddl },
        })
        : createConfluentBackend({
            url: b.url,
            organizationId: b.organizationId,
            environmentId: b.environmentId,
            apiKey: b.apiKey,
            apiSecret: b.apiSecret,
            computePoolId: b.computePoolId,
            ...(b.principal ? { principal: b.principal } : {}),
            defaultProperties: {
                ...(flink.catalog ? { "sql.current-catalog": flink.catalog } : {}),
                ...(flink.database ? { "sql.current-database": flink.database } : {}),
            },
            timeouts: { ...timeouts, ddl: flink.timeouts.ddl },
        });
    const stream = (0,kafka_source/* createKafkaSource */.OM)(kafka);
    const lockStore = kafkaLockStore(kafka, flink.stateTopic, config.project);
    return {
        flink,
        prefix: flink.statementPrefix ?? config.project,
        backend,
        stream,
        lockStore,
        async close() {
            await Promise.allSettled([backend.close(), stream.close(), lockStore.close()]);
        },
    };
}

// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __webpack_require__(88850);
;// CONCATENATED MODULE: ./src/flink/plan/mermaid.ts
/**
 * The pipeline's DAG as a Mermaid flowchart (`flowchart LR`), marking what this release does to
 * each table: new version (changed, or a descendant of a change), new, unchanged; stateful
 * statements get a thick border; external inputs are dashed cylinders.
 *
 * Table names come from SQL files, so nothing in a label is trusted: node ids are generated
 * (t0, t1, x0...), every label is quoted, and every character outside a small plain set is
 * written as a Mermaid entity (`#35;`), so a name can neither close the quote, nor start markup,
 * nor become a link or HTML.
 */
const SAFE = /^[A-Za-z0-9 _.,:()/=-]$/;
const ARROW = "→";
function mermaidLabel(text) {
    let out = "";
    for (const char of text.replace(/\s+/g, " "))
        out += SAFE.test(char) || char === ARROW ? char : `#${char.codePointAt(0)};`;
    return `"${out}"`;
}
function label(plan) {
    const name = plan.status === "unchanged"
        ? (plan.blue ?? plan.id)
        : plan.status === "new"
            ? `${plan.green} (new)`
            : `${plan.blue} ${ARROW} ${plan.green}`;
    const state = plan.kind === "table" && plan.state.length > 0 ? ` (stateful: ${[...new Set(plan.state.map((s) => s.kind))].join(", ")})` : "";
    return `${name}${plan.kind === "view" ? " (view)" : ""}${state}`;
}
function mermaidGraph(plan, dag) {
    const lines = ["flowchart LR"];
    const ids = new Map();
    plan.tables.forEach((t, i) => ids.set(t.id, `t${i}`));
    plan.externalInputs.forEach((x, i) => {
        lines.push(`  x${i}[(${mermaidLabel(x.display)})]:::external`);
        for (const reader of x.readBy)
            lines.push(`  x${i} --> ${ids.get(reader)}`);
    });
    for (const t of plan.tables) {
        const id = ids.get(t.id);
        const shape = t.kind === "view" ? [`(`, `)`] : [`[`, `]`];
        const cls = t.status === "descendant" || t.status === "changed" ? t.status : t.status === "new" ? "added" : "unchanged";
        lines.push(`  ${id}${shape[0]}${mermaidLabel(label(t))}${shape[1]}:::${cls}`);
        if (t.kind === "table" && t.state.length > 0 && t.status !== "unchanged")
            lines.push(`  class ${id} stateful`);
    }
    for (const t of plan.tables)
        for (const parent of dag.parents.get(t.id) ?? [])
            lines.push(`  ${ids.get(parent)} --> ${ids.get(t.id)}`);
    lines.push("  classDef changed fill:#fed7aa,stroke:#c2410c", "  classDef descendant fill:#fef3c7,stroke:#b45309", "  classDef added fill:#dcfce7,stroke:#15803d", "  classDef unchanged fill:#f3f4f6,stroke:#9ca3af,color:#4b5563", "  classDef external fill:#ffffff,stroke:#6b7280,stroke-dasharray:4 2", "  classDef stateful stroke-width:4px");
    return lines.join("\n");
}

;// CONCATENATED MODULE: ./src/flink/plan/render-plan.ts


/** The Flink release plan for people: the impacted tables with reasons, the steps in order, the DAG in Mermaid. */
function describeStart(from) {
    switch (from.kind) {
        case "earliest":
            return "earliest";
        case "timestamp":
            return `timestamp ${from.at}`;
        case "blue-offsets":
            return `blue's offsets (${from.blueStatement})`;
    }
}
function describeStep(step) {
    switch (step.kind) {
        case "create-table":
            return `create table ${step.name} (${step.statement}, ${step.file})`;
        case "create-view":
            return `create view ${step.name} (${step.statement}, ${step.file})`;
        case "create-table-as":
            return `create table ${step.name} as select, reading from ${describeStart(step.startFrom)}${step.stateful ? ", stateful" : ""} (${step.statement}, ${step.file})`;
        case "start-statement":
            return `start ${step.statement} writing ${step.name}, reading from ${describeStart(step.startFrom)}${step.stateful ? ", stateful" : ""} (${step.file})`;
        case "wait-for-catch-up":
            return `wait until ${step.statements.join(", ")} ${step.statements.length === 1 ? "is" : "are"} at most ${step.maxLag} records behind`;
        case "stop-statement":
            return `at the switch: stop blue ${step.statement} writing ${step.name} (the table is kept for a rollback)`;
    }
}
const stateText = (state) => [...new Set(state.map((s) => s.detail))].join("; ");
function renderFlinkPlan(plan, dag) {
    const report = new report_report/* Report */.pl().heading("Flink pipeline release");
    const count = (status) => plan.tables.filter((t) => t.status === status).length;
    report.text(`${plan.tables.length} tables: ${count("changed")} changed, ${count("descendant")} redeployed as descendants, ${count("new")} new, ${count("unchanged")} unchanged.`);
    if (plan.problems.length > 0)
        report.heading("Cannot be applied").list(plan.problems);
    const impacted = plan.tables.filter((t) => t.status !== "unchanged");
    report.heading("Impacted tables");
    if (impacted.length === 0)
        report.text("Nothing changed: no statement to deploy.");
    report.table(["table", "status", "blue", "green", "state", "starts from", "why"], impacted.map((t) => [
        t.id,
        t.kind === "view" ? `${t.status} (view)` : t.status,
        t.blue ?? "-",
        t.green ?? "-",
        stateText(t.state) || "stateless",
        t.startFrom ? describeStart(t.startFrom) : "-",
        [...t.reasons, ...(t.startReason ? [t.startReason] : [])].join("; "),
    ]));
    if (plan.steps.length > 0)
        report.heading("Steps").list(plan.steps.map((s, i) => `${i + 1}. ${describeStep(s)}`));
    if (plan.switchOver.length > 0)
        report
            .heading("Readers outside the pipeline")
            .list(plan.switchOver.map((s) => `${s.blue} is replaced by ${s.green}: its readers (sink connectors, query engines) must follow`));
    if (plan.externalInputs.length > 0)
        report.heading("External inputs").list(plan.externalInputs.map((x) => `${x.display}, read by ${x.readBy.join(", ")}`));
    if (plan.externalOutputs.length > 0)
        report.heading("External outputs").list(plan.externalOutputs.map((x) => `${x.display}, written by ${x.readBy.join(", ")}`));
    if (plan.changeNotes.length > 0)
        report.heading("Notes").list(plan.changeNotes);
    return report.heading("Graph").code(mermaidGraph(plan, dag), "mermaid");
}
/** The SQL as it is deployed, file by file. */
function renderRewrites(plan) {
    const report = new report_report/* Report */.pl();
    for (const file of plan.rewrites)
        report.heading(`${file.path} (${file.statement})`).code(file.text);
    return report;
}

;// CONCATENATED MODULE: ./src/flink/rollout/deploy-operation.ts
/**
 * `--phase deploy` as an operation of the apply loop: the new tables and views, then each green
 * statement started at its position and waited for until it runs; blue keeps running. A failure
 * names the statement, leaves what was created in place (listed, for a rerun or a rollback), and
 * a rerun plans from what is there and finishes the rest.
 */




/**
 * `showOnly`: the plan phase, which shows conflicts with what is deployed instead of refusing on
 * them (it changes nothing either way); problems in the files are bad input for both.
 */
function deployOperation(deps, plan, showOnly = false) {
    const { backend, flink } = deps;
    return {
        name: "flink deploy",
        resume: deps.resume,
        plan: async () => {
            const planned = await plan();
            const { deploy } = planned;
            if (deploy.problems.length > 0)
                throw new errors/* InputError */.dz(`the Flink release cannot be deployed: ${deploy.problems.length} problem(s)`, deploy.problems);
            if (deploy.refusals.length > 0 && !showOnly)
                throw new errors/* RefusedError */.fk(`the Flink release cannot be deployed over what is there: ${deploy.refusals.length} conflict(s)`, deploy.refusals);
            return planned;
        },
        isEmpty: (planned) => planned.deploy.actions.length === 0,
        apply: async (planned, run) => {
            const created = [];
            for (const action of planned.deploy.actions) {
                await ensureHeld(run, `${describe(action)}`);
                if (action.kind === "create-ddl") {
                    await changing(run, `asked to create ${action.object} (${action.record.name})`, () => backend.runDdl(action.sql, { record: action.record, timeoutMs: flink.timeouts.ddl, signal: run.signal }));
                    run.journal.record(`created ${action.object} (${action.record.name})`);
                    created.push(action.record.name);
                    continue;
                }
                if (action.replaceFailed) {
                    await changing(run, `asked to delete ${action.name}`, () => backend.delete(action.name, { timeoutMs: flink.timeouts.stop, signal: run.signal }));
                    run.journal.record(`deleted ${action.name}, left FAILED by an earlier attempt`);
                }
                const started = run.now();
                await changing(run, `started ${action.name}`, () => backend.create({
                    name: action.name,
                    sql: action.sql,
                    contentHash: action.contentHash,
                    labels: action.labels,
                    properties: action.properties,
                    sources: action.sources,
                    start: action.start,
                }, { timeoutMs: flink.timeouts.start, signal: run.signal }));
                run.journal.record(`started ${action.name} writing ${action.writes}, reading from ${describeStart(action.startFrom)} (running after ${Math.round((run.now() - started) / 100) / 10} s)`);
                created.push(action.name);
            }
            return { created };
        },
        verify: async (planned, result, run) => {
            const infos = await backend.list({ labels: { [LABEL.project]: deps.prefix } }, { signal: run.signal });
            const byName = new Map(infos.map((info) => [info.name, info]));
            const unmet = [];
            for (const action of planned.deploy.actions) {
                const name = action.kind === "create-ddl" ? action.record.name : action.name;
                const info = byName.get(name);
                if (!info)
                    unmet.push(`${name} is not there`);
                else if (action.kind === "create-ddl" ? info.phase !== "COMPLETED" : info.phase !== "RUNNING" && info.phase !== "DEGRADED")
                    unmet.push(`${name} is ${info.phase}${info.detail ? ` (${info.detail})` : ""}`);
            }
            if (unmet.length === 0 && result.created.length > 0)
                deps.log.info(`read back: the ${result.created.length} statement(s) and table(s) created are in place`);
            return unmet;
        },
    };
}
function describe(action) {
    return action.kind === "create-ddl" ? `creating ${action.object}` : `starting ${action.name}`;
}

// EXTERNAL MODULE: ./src/lock/release-lock.ts + 1 modules
var release_lock = __webpack_require__(59193);
;// CONCATENATED MODULE: ./src/flink/rollout/flink-lock.ts


function flinkRunLock(options) {
    const store = kafkaFailuresAreExternal(options.store);
    return {
        acquire: async () => (0,release_lock/* acquireWith */.b4)(store, {
            config: options.config,
            env: options.env,
            now: options.now,
            command: options.command,
            release: options.release ?? "(no release label)",
            ...(options.breakLock !== undefined ? { breakLock: options.breakLock } : {}),
            takeOver: options.takeOver,
            log: options.log,
        }),
    };
}
function kafkaFailuresAreExternal(store) {
    const wrap = (what, call) => async (...args) => {
        try {
            return await call(...args);
        }
        catch (error) {
            if (error instanceof errors/* RefusedError */.fk || error instanceof errors/* ExternalError */.yA)
                throw error;
            const why = error instanceof Error ? error.message : String(error);
            throw new errors/* ExternalError */.yA(`the release lock (${store.where}): ${what} failed: ${why}`, "Kafka", { cause: error });
        }
    };
    return {
        where: store.where,
        read: wrap("reading it", () => store.read()),
        swap: wrap("taking it", (expected, holder) => store.swap(expected, holder)),
        remove: wrap("releasing it", (id) => store.remove(id)),
    };
}

;// CONCATENATED MODULE: ./src/flink/release/render-phases.ts


/** The flink phases' plans for people (pure): what each phase does, or would do with --dry-run. */
function renderDeployPlan(plan) {
    const report = new report_report/* Report */.pl().heading(`Deploy (release ${plan.release})`);
    if (plan.actions.length === 0)
        report.text("Nothing to deploy.");
    report.table(["step", "what", "name", "starts from"], plan.actions.map((a, i) => a.kind === "create-ddl"
        ? [String(i + 1), `create ${a.object}`, a.record.name, "-"]
        : [
            String(i + 1),
            `${a.replaceFailed ? "replace the failed " : "start "}statement writing ${a.writes}${a.stateful ? " (stateful)" : ""}`,
            a.name,
            describeStart(a.startFrom),
        ]));
    if (plan.done.length > 0)
        report.heading("Already in place").list(plan.done);
    if (plan.problems.length > 0)
        report.heading("Problems in the files").list(plan.problems);
    if (plan.refusals.length > 0)
        report.heading("Conflicts with what is deployed").list(plan.refusals);
    if (plan.notes.length > 0)
        report.heading("Deploy notes").list(plan.notes);
    return report;
}
function renderSwitchPlan(plan) {
    const report = new report_report/* Report */.pl().heading("Green statements and their lag");
    if (plan.pairs.length === 0)
        report.text("No green statement waits for a switch: every blue that a green replaces is stopped already.");
    report.table(["green", "replaces blue", "lag (records)"], plan.pairs.map((p) => [p.green, p.blue, p.lag.total?.toString() ?? `unknown${p.lag.problem ? `: ${p.lag.problem}` : ""}`]));
    if (plan.refusals.length > 0)
        report.heading("Not ready").list(plan.refusals);
    if (plan.stops.length > 0)
        report.heading("Blue statements to stop").list(plan.stops);
    renderMoves(report, plan.moves, "After the switch, readers move");
    if (plan.notes.length > 0)
        report.heading("Switch notes").list(plan.notes);
    return report;
}
function renderRollbackPlan(plan) {
    const report = new report_report/* Report */.pl().heading(`Rollback of release ${plan.release ?? "(none)"}`);
    if (plan.resumes.length + plan.stops.length === 0 && plan.refusals.length === 0)
        report.text("Nothing to roll back: no green statement replaces a blue one that is still there.");
    if (plan.resumes.length > 0)
        report.heading("Blue statements to resume (first)").list(plan.resumes);
    if (plan.stops.length > 0)
        report.heading("Green statements to stop (then)").list(plan.stops);
    if (plan.refusals.length > 0)
        report.heading("Cannot roll back").list(plan.refusals);
    renderMoves(report, plan.moves, "After the rollback, readers move back");
    if (plan.notes.length > 0)
        report.heading("Rollback notes").list(plan.notes);
    return report;
}
function renderCleanupPlan(plan) {
    const report = new report_report/* Report */.pl().heading("Cleanup");
    if (plan.steps.length === 0)
        report.text("Nothing retired to delete.");
    report.table(["table", "statement to delete", "drop", "why"], plan.steps.map((s) => [s.object ?? `${s.key} v${s.version}`, s.statement ?? "-", s.drop ?? "-", s.why]));
    if (plan.kept.length > 0)
        report.heading("Kept").list(plan.kept);
    if (plan.notes.length > 0)
        report.heading("Cleanup notes").list(plan.notes);
    return report;
}
/** Blue/green pairs as they stand. */
function renderDeployedState(deployed) {
    const report = new report_report/* Report */.pl();
    if (deployed.pairs.length === 0)
        return report;
    return report.heading("Blue and green statements deployed").table(["green", "phase", "blue", "phase", "state"], deployed.pairs.map((p) => [p.green.name, p.green.info.phase, p.blueName, p.blue?.info.phase ?? "deleted", p.state]));
}
function renderMoves(report, moves, heading) {
    if (moves.length === 0)
        return;
    report
        .heading(heading)
        .list(moves.map((m) => `${m.blueTable} → ${m.greenTable}${m.readOutside
        ? ": read outside the pipeline; point sink connectors and query engines at the new table (its topic) and let them catch up"
        : ": read inside the pipeline only, by statements that moved with it"}`));
}
/** Data for --json and the `result` output: bigints as strings. */
function switchData(plan) {
    return {
        pairs: plan.pairs.map((p) => ({
            green: p.green,
            blue: p.blue,
            lag: p.lag.total?.toString() ?? null,
            lagProblem: p.lag.problem ?? null,
        })),
        stops: plan.stops,
        moves: plan.moves,
        refusals: plan.refusals,
        notes: plan.notes,
    };
}

;// CONCATENATED MODULE: ./src/flink/release/switch-plan.ts

/** The pairs a switch acts on: green and blue both running. */
function pairsToSwitch(deployed) {
    return deployed.pairs.filter((pair) => pair.state === "deployed");
}
function planSwitch(deployed, lags, maxLag, now) {
    const pairs = pairsToSwitch(deployed);
    const refusals = [];
    const notes = [];
    for (const pair of pairs) {
        const lag = lags.get(pair.green.name);
        if (pair.green.info.phase !== "RUNNING")
            refusals.push(`green ${pair.green.name} is ${pair.green.info.phase}${detail(pair.green)}, not RUNNING: blue ${pair.blueName} keeps running`);
        else if (!lag || lag.total === undefined)
            refusals.push(`the lag of green ${pair.green.name} cannot be read${lag?.problem ? ` (${lag.problem})` : ""}: blue ${pair.blueName} keeps running`);
        else if (lag.total > BigInt(maxLag))
            refusals.push(`green ${pair.green.name} is ${lag.total} records behind its input (flink.maxLag ${maxLag}): blue ${pair.blueName} keeps running until green has caught up; run the switch again later`);
        if (lag?.asOf && now.getTime() - lag.asOf.getTime() > 60_000)
            notes.push(`the offsets of ${pair.green.name} were reported at ${lag.asOf.toISOString()}: its lag may be older than it looks`);
    }
    const stale = deployed.pairs.filter((p) => p.state === "other");
    for (const pair of stale)
        notes.push(`${pair.green.name} (${pair.green.info.phase}) and ${pair.blueName} (${pair.blue?.info.phase ?? "gone"}) are in no state a switch acts on`);
    return {
        pairs: pairs.map((pair) => ({ green: pair.green.name, blue: pair.blueName, lag: lags.get(pair.green.name) ?? { total: undefined } })),
        stops: refusals.length > 0 ? [] : pairs.map((pair) => pair.blueName),
        moves: pairs.map((pair) => moveOf(deployed, pair)),
        refusals,
        notes,
    };
}
/** Which table readers move from and to, from the recorded DDL of both versions. */
function moveOf(deployed, pair) {
    const table = deployed.tables.get(pair.key);
    const name = (item, fallback) => (item && recordedTableName(item)) ?? fallback;
    return {
        blueTable: name(table?.ddl.get(pair.blue?.version ?? pair.green.replaces ?? 0), pair.blueName),
        greenTable: name(table?.ddl.get(pair.green.version), pair.green.name),
        readOutside: pair.green.readOutside,
    };
}
const detail = (item) => (item.info.detail ? ` (${item.info.detail})` : "");

;// CONCATENATED MODULE: ./src/flink/release/rollback-plan.ts

function planRollback(deployed, release) {
    // pairs whose blue is gone were cleaned up: nothing of theirs can come back
    const candidates = deployed.pairs.filter((p) => (p.state === "switched" || p.state === "deployed") && p.blue !== undefined);
    const target = release ?? latestRelease(candidates);
    const pairs = candidates.filter((p) => p.green.release === target);
    const notes = candidates
        .filter((p) => p.green.release !== target)
        .map((p) => `${p.green.name} (release ${p.green.release ?? "?"}) is left as it is: rollback undoes one release, ${target ?? "none"}`);
    const refusals = [];
    for (const pair of pairs) {
        const blue = pair.blue;
        if (pair.state === "switched" && !(blue.info.phase === "STOPPED" && blue.info.resumable))
            refusals.push(`blue ${blue.name} is ${blue.info.phase}${blue.info.resumable ? "" : " and not resumable"}: it cannot take over again from ${pair.green.name}`);
    }
    const newTables = [...deployed.tables.values()]
        .flatMap((table) => [...table.dml.values()])
        .filter((item) => item.release === target && item.replaces === undefined && item.live)
        .map((item) => item.name);
    const resumes = pairs.filter((p) => p.state === "switched").map((p) => p.blueName);
    return {
        release: target,
        resumes: refusals.length > 0 ? [] : resumes,
        stops: refusals.length > 0 ? [] : [...pairs.map((p) => p.green.name), ...newTables.sort()],
        moves: pairs.map((p) => {
            const move = moveOf(deployed, p);
            return { blueTable: move.greenTable, greenTable: move.blueTable, readOutside: move.readOutside };
        }),
        refusals,
        notes,
    };
}
/** The release of the most recently created green statement. */
function latestRelease(pairs) {
    const newest = [...pairs].sort((a, b) => (a.green.info.createdAt?.getTime() ?? 0) - (b.green.info.createdAt?.getTime() ?? 0)).at(-1);
    return newest?.green.release;
}

;// CONCATENATED MODULE: ./src/flink/rollout/rollback-operation.ts
/**
 * `--phase rollback` as an operation: resume the blue statements of the latest release from where
 * they stopped (the gateway: their savepoint; Confluent Cloud: its own resume), then stop green.
 * Read back: blue running, green stopped.
 */






function rollbackOperation(deps) {
    const { backend, flink } = deps;
    return {
        name: "flink rollback",
        resume: deps.resume,
        plan: async () => {
            const { deployed } = await readDeployedState(backend, deps.prefix, new AbortController().signal);
            const plan = planRollback(deployed);
            if (plan.refusals.length > 0)
                throw new errors/* RefusedError */.fk(`rollback refused: ${plan.refusals.length} blue statement(s) cannot come back`, plan.refusals, undefined, {
                    report: renderRollbackPlan(plan),
                    data: plan,
                });
            return plan;
        },
        isEmpty: (plan) => plan.resumes.length + plan.stops.length === 0,
        apply: async (plan, run) => {
            const resumed = [];
            const stopped = [];
            for (const name of plan.resumes) {
                await ensureHeld(run, `resuming ${name}`);
                const started = run.now();
                await changing(run, `asked blue ${name} to resume`, () => backend.resume(name, { timeoutMs: flink.timeouts.start, signal: run.signal }));
                const ms = run.now() - started;
                run.journal.record(`resumed blue ${name} in ${(ms / 1000).toFixed(1)} s`);
                resumed.push({ name, ms });
            }
            for (const name of plan.stops) {
                await ensureHeld(run, `stopping ${name}`);
                const started = run.now();
                const info = await changing(run, `asked green ${name} to stop`, () => backend.stop(name, { timeoutMs: flink.timeouts.stop, signal: run.signal }));
                const ms = run.now() - started;
                run.journal.record(`stopped green ${name}${info.savepoint ? ` with savepoint ${info.savepoint}` : ""} in ${(ms / 1000).toFixed(1)} s`);
                stopped.push({ name, ...(info.savepoint ? { savepoint: info.savepoint } : {}), ms });
            }
            return { resumed, stopped };
        },
        verify: async (plan, _result, run) => {
            const after = readDeployed(deps.prefix, (await readDeployedState(backend, deps.prefix, run.signal)).infos);
            const items = new Map([...after.tables.values()].flatMap((t) => [...t.dml.values()]).map((i) => [i.name, i]));
            const unmet = [];
            for (const name of plan.resumes)
                if (items.get(name)?.info.phase !== "RUNNING")
                    unmet.push(`blue ${name} is ${items.get(name)?.info.phase ?? "gone"}, not RUNNING`);
            for (const name of plan.stops)
                if (items.get(name)?.info.phase !== "STOPPED")
                    unmet.push(`green ${name} is ${items.get(name)?.info.phase ?? "gone"}, not STOPPED`);
            return unmet;
        },
    };
}

// EXTERNAL MODULE: ./src/stream/offsets.ts
var stream_offsets = __webpack_require__(53756);
;// CONCATENATED MODULE: ./src/flink/statement-lag.ts
/**
 * How far a statement is behind its input: what it consumed (from its backend) against the high
 * watermarks of its source topics (from Kafka). A switch to green is refused while this is above
 * the allowed lag; `lagOf` is pure so that decision is tested without Kafka or Flink.
 */

function lagOf(consumed, watermarks) {
    const partitions = [];
    for (const [topic, ranges] of watermarks) {
        const offsets = consumed.topics.find((entry) => entry.topic === topic)?.partitions ?? [];
        for (const range of ranges) {
            const at = offsets.find((entry) => entry.partition === range.partition)?.offset;
            partitions.push({
                topic,
                partition: range.partition,
                ...(at === undefined ? {} : { consumed: at }),
                high: range.high,
                lag: (0,stream_offsets/* span */.Ln)(at ?? range.low, range.high),
            });
        }
    }
    const total = partitions.reduce((sum, entry) => sum + entry.lag, 0n);
    return { statement: consumed.statement, ...(consumed.asOf ? { asOf: consumed.asOf } : {}), total, partitions };
}
/** Reads the statement's consumed offsets, then the watermarks of the topics it reads. */
async function measureLag(backend, source, name, topics, options = {}) {
    // Offsets first: watermarks read afterwards can only be higher, so the lag is never understated.
    const consumed = await backend.consumedOffsets(name, options);
    const watermarks = new Map();
    for (const topic of topics)
        watermarks.set(topic, await source.watermarks(topic));
    return lagOf(consumed, watermarks);
}

;// CONCATENATED MODULE: ./src/flink/rollout/switch-operation.ts
/**
 * `--phase switch` as an operation: measure every green statement's lag against its input (its
 * consumed offsets from the backend, the end of its topics from Kafka), refuse while one is behind
 * by more than flink.maxLag, then stop the blue statements green replaces (with a savepoint where
 * the backend takes one; Confluent Cloud keeps what a resume needs). Read back: blue stopped and
 * resumable, green running.
 */







function switchOperation(deps, now) {
    const { backend, flink } = deps;
    return {
        name: "flink switch",
        resume: deps.resume,
        plan: async () => {
            const signal = new AbortController().signal;
            const { deployed } = await readDeployedState(backend, deps.prefix, signal);
            const lags = new Map();
            for (const pair of pairsToSwitch(deployed))
                lags.set(pair.green.name, await switch_operation_lagOf(deps, pair.green.name, pair.green.info.sources));
            const plan = planSwitch(deployed, lags, flink.maxLag, now());
            if (plan.refusals.length > 0)
                throw new errors/* RefusedError */.fk(`switch refused: ${plan.refusals.length} green statement(s) not ready; blue keeps running`, plan.refusals, undefined, {
                    report: renderSwitchPlan(plan),
                    data: switchData(plan),
                });
            return { deployed, switch: plan };
        },
        isEmpty: (planned) => planned.switch.stops.length === 0,
        apply: async (planned, run) => {
            const stopped = [];
            for (const name of planned.switch.stops) {
                await ensureHeld(run, `stopping ${name}`);
                const started = run.now();
                const info = await changing(run, `asked blue ${name} to stop`, () => backend.stop(name, { timeoutMs: flink.timeouts.stop, signal: run.signal }));
                const ms = run.now() - started;
                run.journal.record(`stopped blue ${name}${info.savepoint ? ` with savepoint ${info.savepoint}` : ""} in ${(ms / 1000).toFixed(1)} s`);
                stopped.push({ name, ...(info.savepoint ? { savepoint: info.savepoint } : {}), ms });
            }
            return { stopped };
        },
        verify: async (planned, _result, run) => {
            const after = readDeployed(deps.prefix, (await readDeployedState(backend, deps.prefix, run.signal)).infos);
            const unmet = [];
            const items = new Map([...after.tables.values()].flatMap((t) => [...t.dml.values()]).map((i) => [i.name, i]));
            for (const pair of planned.switch.pairs) {
                const blue = items.get(pair.blue);
                const green = items.get(pair.green);
                if (blue?.info.phase !== "STOPPED" || !blue.info.resumable)
                    unmet.push(`blue ${pair.blue} is ${blue?.info.phase ?? "gone"}, not stopped and resumable`);
                if (green?.info.phase !== "RUNNING")
                    unmet.push(`green ${pair.green} is ${green?.info.phase ?? "gone"}, not RUNNING`);
            }
            return unmet;
        },
    };
}
/** A green statement's lag; a failure to read it is a reason to refuse, not an error of the run. */
async function switch_operation_lagOf(deps, name, sources) {
    const topics = [...new Set(sources.map((s) => s.topic))];
    if (topics.length === 0)
        return {
            total: undefined,
            problem: "the backend reports no input topics for it yet (Confluent reports offsets once it has processed some)",
        };
    try {
        const lag = await measureLag(deps.backend, deps.stream, name, topics);
        return { total: lag.total, ...(lag.asOf ? { asOf: lag.asOf } : {}) };
    }
    catch (error) {
        return { total: undefined, problem: error instanceof Error ? error.message : String(error) };
    }
}

// EXTERNAL MODULE: ./src/run/run-operation.ts + 2 modules
var run_operation = __webpack_require__(381);
// EXTERNAL MODULE: ./src/cli/resume-command.ts
var resume_command = __webpack_require__(58015);
;// CONCATENATED MODULE: ./src/cli/commands/flink/results.ts


/** Each flink phase's outcome as the command's result: a headline, the report, outputs, and data for --json. */
const changes = (outcome) => (outcome.kind === "applied" ? outcome.changes : []);
function result(phase, headline, report, outcome, data) {
    const made = changes(outcome);
    if (made.length > 0)
        report.heading("Changes made").list(made);
    return {
        headline,
        report,
        outputs: { phase, changed: String(made.length > 0) },
        data: { phase, outcome: outcome.kind, ...data, changes: made },
    };
}
/** The release plan (what changed, what redeploys, the graph, the SQL) and what deploy would do. */
function planResult(outcome, phase) {
    const { planned, deploy, deployed, changes: from, planMs, parse } = outcome.plan;
    const tables = planned.plan.tables;
    const count = (status) => tables.filter((t) => t.status === status).length;
    const summary = `${count("changed")} changed, ${count("descendant")} descendant(s), ${count("new")} new, ${count("unchanged")} unchanged`;
    const headline = phase === "plan"
        ? deploy.refusals.length > 0
            ? `flink plan: ${summary}; deploy would be refused: ${deploy.refusals.length} conflict(s) with what is deployed`
            : `flink plan: ${summary}; deploy would take ${deploy.actions.length} step(s) (release ${deploy.release})`
        : `flink deploy (dry run): ${deploy.actions.length} step(s) for release ${deploy.release}; ${summary}`;
    const report = renderFlinkPlan(planned.plan, planned.dag)
        .concat(renderDeployPlan(deploy))
        .concat(renderDeployedState(deployed))
        .text(`Changes found from ${from === "git" ? "git" : "the deployed statements' content hashes"}; planned in ${Math.round(planMs)} ms ` +
        `(${parse.files} file(s): ${parse.fromCache} from the parse cache, ${parse.byWorkers} parsed by ${parse.workers} worker thread(s), the rest by the main thread).`);
    if (planned.plan.rewrites.length > 0)
        report.heading("SQL as deployed").concat(renderRewrites(planned.plan));
    return result(phase, headline, report, outcome, {
        release: deploy.release,
        changesFrom: from,
        plan: planned.plan,
        deploy: { actions: deploy.actions, done: deploy.done, refusals: deploy.refusals, notes: deploy.notes },
        pairs: deployed.pairs.map((p) => ({ green: p.green.name, blue: p.blueName, state: p.state })),
        planMs: Math.round(planMs),
        parse,
    });
}
function deployResult(outcome) {
    if (outcome.kind === "dry-run")
        return planResult(outcome, "deploy");
    const { deploy } = outcome.plan;
    const headline = outcome.kind === "nothing-to-do"
        ? `flink deploy: nothing to deploy, release ${deploy.release} is in place`
        : `flink deploy: ${deploy.actions.filter((a) => a.kind === "create-ddl").length} table(s)/view(s) created, ${deploy.actions.filter((a) => a.kind === "start-statement").length} statement(s) started${outcome.plan.planned.plan.steps.some((s) => s.kind === "stop-statement") ? " beside blue" : ""} (release ${deploy.release})`;
    const report = renderDeployPlan(deploy).concat(renderDeployedState(outcome.plan.deployed));
    if (outcome.kind === "applied")
        report.text("Created, for a rollback: " + outcome.result.created.join(", "));
    return result("deploy", headline, report, outcome, {
        release: deploy.release,
        deploy: {
            actions: deploy.actions.map(({ kind, ...rest }) => ({ kind, name: "name" in rest ? rest.name : rest.record.name })),
            done: deploy.done,
        },
        created: outcome.kind === "applied" ? outcome.result.created : [],
    });
}
function switchResult(outcome) {
    const plan = outcome.plan.switch;
    const headline = outcome.kind === "dry-run"
        ? `flink switch (dry run): would stop ${plan.stops.length} blue statement(s); every green is within its lag bound`
        : outcome.kind === "nothing-to-do"
            ? "flink switch: nothing to switch, no blue statement runs beside its green"
            : `flink switch: ${outcome.result.stopped.length} blue statement(s) stopped; green serves`;
    return result("switch", headline, renderSwitchPlan(plan), outcome, {
        switch: switchData(plan),
        stopped: outcome.kind === "applied" ? outcome.result.stopped : [],
    });
}
function rollbackResult(outcome) {
    const plan = outcome.plan;
    const headline = outcome.kind === "dry-run"
        ? `flink rollback (dry run): would resume ${plan.resumes.length} blue and stop ${plan.stops.length} green statement(s) of release ${plan.release ?? "(none)"}`
        : outcome.kind === "nothing-to-do"
            ? "flink rollback: nothing to roll back"
            : `flink rollback: ${outcome.result.resumed.length} blue statement(s) resumed, ${outcome.result.stopped.length} green stopped (release ${plan.release ?? "?"})`;
    return result("rollback", headline, renderRollbackPlan(plan), outcome, {
        rollback: plan,
        ...(outcome.kind === "applied" ? { resumed: outcome.result.resumed, stopped: outcome.result.stopped } : {}),
    });
}
function cleanupResult(outcome) {
    const plan = outcome.plan;
    const statements = plan.steps.filter((s) => s.statement).length;
    const objects = plan.steps.filter((s) => s.drop).length;
    const headline = outcome.kind === "dry-run"
        ? `flink cleanup (dry run): would delete ${statements} statement(s) and drop ${objects} table(s)/view(s)`
        : outcome.kind === "nothing-to-do"
            ? "flink cleanup: nothing retired to delete"
            : `flink cleanup: ${statements} statement(s) deleted, ${objects} table(s)/view(s) dropped`;
    return result("cleanup", headline, renderCleanupPlan(plan), outcome, {
        plan,
        deleted: outcome.kind === "applied" ? outcome.result.deleted : [],
    });
}

;// CONCATENATED MODULE: ./src/cli/commands/flink/index.ts











/**
 * `cutover flink --phase <phase>`: a blue/green release of a pipeline of Flink SQL statements (seed
 * 001, docs/flink.md). plan shows what changed and what must be redeployed; deploy starts the new
 * versions beside blue; switch stops blue once green has caught up; rollback resumes blue and stops
 * green; cleanup deletes what was retired (with --yes). Each mutating phase is one operation of the
 * apply loop, which owns the lock, --dry-run, signals, failures and the read-back.
 */
async function run({ settings, loaded, host, env, now, signal }) {
    const { config } = loaded;
    // readSettings checked it against FLINK_PHASES, this command's phases in the command table
    const phase = (settings.phase ?? "plan");
    const connections = connectFlink(config);
    const deps = { ...connections, log: host.log, resume: (0,resume_command/* resumeCommand */.V)(settings) };
    const options = (dryRun) => ({
        dryRun,
        signal,
        log: host.log,
        lock: flinkRunLock({
            config,
            store: connections.lockStore,
            env,
            now,
            command: `flink --phase ${phase}`,
            release: settings.release,
            breakLock: settings.breakLock,
            takeOver: phase === "rollback",
            log: host.log,
        }),
    });
    const planned = () => planRelease({
        flink: connections.flink,
        configPath: settings.configPath,
        prefix: connections.prefix,
        release: settings.release,
        backend: connections.backend,
        log: host.log,
        signal,
    });
    try {
        switch (phase) {
            case "plan":
                // the deploy's plan, never applied: plan changes nothing and takes no lock
                return planResult(await (0,run_operation/* runOperation */.xj)(deployOperation(deps, planned, true), options(true)), "plan");
            case "deploy":
                return deployResult(await (0,run_operation/* runOperation */.xj)(deployOperation(deps, planned), options(settings.dryRun)));
            case "switch":
                return switchResult(await (0,run_operation/* runOperation */.xj)(switchOperation(deps, now), options(settings.dryRun)));
            case "rollback":
                return rollbackResult(await (0,run_operation/* runOperation */.xj)(rollbackOperation(deps), options(settings.dryRun)));
            case "cleanup": {
                const operation = cleanupOperation(deps);
                if (settings.yes || settings.dryRun)
                    return cleanupResult(await (0,run_operation/* runOperation */.xj)(operation, options(settings.dryRun)));
                // without --yes: the plan, and a refusal that says how to confirm it
                const outcome = await (0,run_operation/* runOperation */.xj)(operation, options(true));
                const shown = cleanupResult(outcome);
                if (operation.isEmpty(outcome.plan))
                    return shown;
                throw new errors/* RefusedError */.fk("cleanup deletes statements and tables for good: rerun with --yes to confirm what the plan lists", ["nothing was deleted; check that no sink connector or query engine still reads a table listed, then rerun with --yes"], undefined, { report: shown.report, data: shown.data });
            }
        }
    }
    finally {
        await connections.close();
    }
}


/***/ })

};
