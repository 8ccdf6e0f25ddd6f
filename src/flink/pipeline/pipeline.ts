import { InputError } from "../../errors.js";
import { parseVersionedName, type VersionRule } from "../plan/version-name.js";
import { parseWithCache, type ParseCache } from "../sql/parse-cache.js";
import { allRefs, type ParsedSql, type StateFeature, type TableRef } from "../sql/sql-facts.js";
import { statementHash } from "../sql/statement-hash.js";
import { displayName, tableKey, type NameDefaults } from "../sql/table-name.js";
import { tableFolders, type SqlFileKind } from "./layout.js";

/**
 * The pipeline as data (pure): from the files' texts, each table folder's table, its DDL and DML
 * parsed, what it reads and what state it keeps. Every problem in every file is collected and
 * thrown at once, as one InputError (exit 2).
 */

export interface PipelineOptions {
  readonly defaults: NameDefaults;
  readonly versioning: VersionRule;
  /** Parsed files from earlier runs, by content (sql/parse-cache.ts). */
  readonly cache?: ParseCache;
}

/** Statement names: `ddl.<id>` and `dml.<id>`, as the backends label deployed statements. */
export function statementName(kind: SqlFileKind, id: string): string {
  return `${kind}.${id}`;
}

export interface SqlFile {
  readonly kind: SqlFileKind;
  readonly path: string;
  readonly text: string;
  readonly parsed: ParsedSql;
  readonly statement: string;
  readonly hash: string;
}

export interface TableInput {
  readonly key: string;
  readonly display: string;
}

export interface PipelineTable {
  readonly id: string;
  readonly dir: string;
  /** A view runs no statement of its own: its query runs inside each statement that reads it. */
  readonly kind: "table" | "view";
  /** The table's name as its DDL (or, without one, its DML) spells it, version suffix included. */
  readonly name: readonly string[];
  readonly display: string;
  readonly key: string;
  readonly ddl: SqlFile | undefined;
  readonly dml: SqlFile | undefined;
  /** Every table read, once each, in file order (CTEs and functions are not tables). */
  readonly reads: readonly TableInput[];
  /** Every table written or created other than its own (a problem when it is another folder's). */
  readonly alsoWrites: readonly TableInput[];
  /** What makes its running statement keep state (its DML's, or a CREATE TABLE AS's). */
  readonly state: readonly StateFeature[];
}

export interface Pipeline {
  readonly tables: readonly PipelineTable[];
  readonly defaults: NameDefaults;
  readonly versioning: VersionRule;
}

const refName = (ref: TableRef) => ref.parts.map((p) => p.value);

function parseFile(kind: SqlFileKind, id: string, path: string, text: string, options: PipelineOptions, problems: string[]) {
  try {
    const parsed = parseWithCache(text, path, options.cache);
    const base = (name: string) => parseVersionedName(name, options.versioning).base;
    return { kind, path, text, parsed, statement: statementName(kind, id), hash: statementHash(parsed, base) } satisfies SqlFile;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    problems.push(...error.problems);
    return undefined;
  }
}

export function buildPipeline(files: ReadonlyMap<string, string>, options: PipelineOptions): Pipeline {
  const { folders, problems } = tableFolders([...files.keys()]);
  const tables: PipelineTable[] = [];
  for (const folder of folders) {
    const ddl =
      folder.ddl === undefined ? undefined : parseFile("ddl", folder.id, folder.ddl, files.get(folder.ddl) ?? "", options, problems);
    const dml =
      folder.dml === undefined ? undefined : parseFile("dml", folder.id, folder.dml, files.get(folder.dml) ?? "", options, problems);
    if ((folder.ddl !== undefined && !ddl) || (folder.dml !== undefined && !dml)) continue;
    const table = tableOf(folder.id, folder.dir, ddl, dml, options, problems);
    if (table) tables.push(table);
  }
  if (problems.length > 0) throw new InputError(`the Flink pipeline has ${problems.length} problem(s)`, problems);
  return { tables, defaults: options.defaults, versioning: options.versioning };
}

function tableOf(
  id: string,
  dir: string,
  ddl: SqlFile | undefined,
  dml: SqlFile | undefined,
  options: PipelineOptions,
  problems: string[],
): PipelineTable | undefined {
  const key = (parts: readonly string[]) => tableKey(parts, options.defaults);
  const created = ddl ? allRefs(ddl.parsed).filter((r) => r.role === "create") : [];
  const written = dml ? allRefs(dml.parsed).filter((r) => r.role === "write") : [];
  const before = problems.length;
  if (ddl && created.length === 0) problems.push(`${ddl.path}: creates no table or view; a DDL file holds one CREATE TABLE or CREATE VIEW`);
  if (ddl && created.length > 1)
    problems.push(
      `${ddl.path}: creates ${created.length} tables (${created.map((r) => displayName(r.parts)).join(", ")}); a DDL file creates one`,
    );
  if (dml && written.length === 0) problems.push(`${dml.path}: has no INSERT INTO; a DML file inserts into its folder's table`);
  const own = created[0] ?? written[0];
  if (!own || problems.length > before) return undefined;

  const name = refName(own);
  const ownKey = key(name);
  if (dml && !written.some((r) => key(refName(r)) === ownKey))
    problems.push(
      `${dml.path}: inserts into ${written.map((r) => displayName(r.parts)).join(", ")}, not ${displayName(name)}, the table its DDL creates`,
    );
  const isView = ddl?.parsed.statements.some((s) => s.kind === "create-view") ?? false;
  if (isView && dml) problems.push(`${dml.path}: a view has no DML; its query is in its DDL`);

  const reads = new Map<string, TableInput>();
  const alsoWrites = new Map<string, TableInput>();
  const state: StateFeature[] = [];
  for (const file of [ddl, dml]) {
    for (const statement of file?.parsed.statements ?? []) {
      for (const ref of statement.refs) {
        const refKey = key(refName(ref));
        const input = { key: refKey, display: displayName(ref.parts) };
        if (ref.role === "read" && !reads.has(refKey)) reads.set(refKey, input);
        if ((ref.role === "write" || ref.role === "create") && refKey !== ownKey) alsoWrites.set(refKey, input);
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
    display: displayName(name),
    key: ownKey,
    ddl,
    dml,
    reads: [...reads.values()],
    alsoWrites: [...alsoWrites.values()],
    state,
  };
}
