import { posix } from "node:path";

/**
 * The pipeline folder's layout: one folder per table, holding the table's DDL and DML.
 *
 *   <pipeline>/.../<table>/ddl.sql                          the simple form
 *   <pipeline>/.../<table>/dml.sql
 *   <pipeline>/.../<table>/sql-scripts/ddl.<table>.sql      shift_left's form
 *   <pipeline>/.../<table>/sql-scripts/dml.<table>.sql
 *
 * Table folders may sit at any depth (shift_left groups them under sources/, intermediates/,
 * facts/, views/). The folder's name is the table's id: statement names are `ddl.<id>` and
 * `dml.<id>`, so ids are unique across the pipeline. A view or a source table may have a DDL
 * only. Every other file (tests, Makefiles, READMEs) is ignored. Paths are relative to the pipeline
 * folder, with forward slashes. See docs/flink-pipeline-layout.md.
 */

export type SqlFileKind = "ddl" | "dml";

export interface TableFolder {
  readonly id: string;
  /** The table folder, relative to the pipeline folder. */
  readonly dir: string;
  readonly ddl: string | undefined;
  readonly dml: string | undefined;
}

/** Which table folder a path is the DDL or DML of, or undefined for any other file. */
export function classifySqlFile(path: string): { dir: string; kind: SqlFileKind } | undefined {
  const base = posix.basename(path);
  const parent = posix.dirname(path);
  if (base === "ddl.sql" || base === "dml.sql")
    return parent === "." ? undefined : { dir: parent, kind: base === "ddl.sql" ? "ddl" : "dml" };
  if (posix.basename(parent) !== "sql-scripts" || !base.endsWith(".sql")) return undefined;
  const kind = base.startsWith("ddl.") ? "ddl" : base.startsWith("dml.") ? "dml" : undefined;
  const dir = posix.dirname(parent);
  if (!kind || dir === "." || base.length <= "ddl..sql".length) return undefined;
  return { dir, kind };
}

export function tableFolders(paths: readonly string[]): { folders: TableFolder[]; problems: string[] } {
  const problems: string[] = [];
  const byDir = new Map<string, { ddl: string[]; dml: string[] }>();
  for (const path of [...paths].sort()) {
    const found = classifySqlFile(path);
    if (!found) continue;
    const entry = byDir.get(found.dir) ?? { ddl: [], dml: [] };
    entry[found.kind].push(path);
    byDir.set(found.dir, entry);
  }
  const folders: TableFolder[] = [];
  const firstDir = new Map<string, string>();
  for (const [dir, files] of byDir) {
    const id = posix.basename(dir);
    for (const kind of ["ddl", "dml"] as const) {
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
