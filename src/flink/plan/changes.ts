import { classifySqlFile } from "../pipeline/layout.js";
import type { Pipeline, PipelineTable } from "../pipeline/pipeline.js";

/**
 * Which tables changed, from one of two pure inputs:
 * - the files git says changed (`git diff --name-status <base>...HEAD`, see git-changed-files.ts),
 *   mapped to table folders;
 * - the content hashes of the statements as deployed (recorded by the backends on each statement)
 *   against the hashes of the files now (statement-hash.ts): formatting and comments do not count.
 *
 * A table is `new` when none of its statements is deployed yet (hashes), or when its DDL and DML
 * were all added (git): it is created as written, with no version bump. Otherwise a changed
 * statement makes its table `changed`.
 */

export type FileStatus = "added" | "modified" | "deleted";

export interface ChangedFile {
  /** Relative to the pipeline folder, with forward slashes. */
  readonly path: string;
  readonly status: FileStatus;
}

export type ChangeInput =
  | { readonly from: "git"; readonly files: readonly ChangedFile[] }
  /** Statement name (`ddl.<id>`, `dml.<id>`) → the hash recorded on the deployed statement. */
  | { readonly from: "hashes"; readonly deployed: ReadonlyMap<string, string> };

export interface TableChange {
  readonly status: "new" | "changed";
  readonly reasons: readonly string[];
}

export interface ChangeSet {
  readonly from: ChangeInput["from"];
  /** By table id. */
  readonly tables: ReadonlyMap<string, TableChange>;
  /** What was seen but does not change a table: files outside table folders, removed folders, unknown statements. */
  readonly notes: readonly string[];
}

const sqlFiles = (table: PipelineTable) => [table.ddl, table.dml].filter((f) => f !== undefined);

export function detectChanges(pipeline: Pipeline, input: ChangeInput): ChangeSet {
  return input.from === "git" ? fromFiles(pipeline, input.files) : fromHashes(pipeline, input.deployed);
}

function fromFiles(pipeline: Pipeline, files: readonly ChangedFile[]): ChangeSet {
  const byPath = new Map<string, PipelineTable>();
  for (const table of pipeline.tables) for (const file of sqlFiles(table)) byPath.set(file.path, table);
  const seen = new Map<string, ChangedFile[]>();
  const notes: string[] = [];
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const table = byPath.get(file.path);
    if (table) {
      seen.set(table.id, [...(seen.get(table.id) ?? []), file]);
      continue;
    }
    const sql = classifySqlFile(file.path);
    if (sql && file.status === "deleted")
      notes.push(`${file.path} was deleted: cutover does not stop or drop what it deployed; stop the statement and drop the table by hand`);
    else if (sql) notes.push(`${file.path} changed but is not part of the pipeline as loaded`);
    else notes.push(`${file.path} is not a DDL or DML file of a table folder: ignored`);
  }
  const tables = new Map<string, TableChange>();
  for (const table of pipeline.tables) {
    const changed = seen.get(table.id);
    if (!changed) continue;
    const allAdded = sqlFiles(table).every((f) => changed.some((c) => c.path === f.path && c.status === "added"));
    tables.set(table.id, {
      status: allAdded ? "new" : "changed",
      reasons: changed.map((c) => `${c.path} ${c.status}`),
    });
  }
  return { from: "git", tables, notes };
}

function fromHashes(pipeline: Pipeline, deployed: ReadonlyMap<string, string>): ChangeSet {
  const tables = new Map<string, TableChange>();
  const known = new Set<string>();
  for (const table of pipeline.tables) {
    const files = sqlFiles(table);
    files.forEach((f) => known.add(f.statement));
    if (files.every((f) => !deployed.has(f.statement))) {
      tables.set(table.id, { status: "new", reasons: [`${files.map((f) => f.statement).join(" and ")} not deployed yet`] });
      continue;
    }
    const reasons = files.flatMap((f) => {
      const recorded = deployed.get(f.statement);
      if (recorded === undefined) return [`${f.statement} not deployed yet`];
      return recorded === f.hash ? [] : [`${f.statement}: ${f.path} hashes to ${f.hash}, the deployed statement to ${recorded}`];
    });
    if (reasons.length > 0) tables.set(table.id, { status: "changed", reasons });
  }
  const notes = [...deployed.keys()]
    .filter((name) => !known.has(name))
    .sort()
    .map((name) => `deployed statement ${name} has no file in the pipeline: left running; stop it by hand if it is retired`);
  return { from: "hashes", tables, notes };
}
