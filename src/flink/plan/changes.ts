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

/**
 * What both sources may add from the backend: the hashes of what is deployed (for git, a changed
 * file whose statement is deployed with its hash already is not a change: a rerun, or a plan made
 * after the deploy), and deployed statements that read a version of a table which is no longer
 * the one in service (a deploy that stopped part-way): they must follow, whatever the files say.
 */
interface DeployedFacts {
  /** Statement name (`ddl.<id>`, `dml.<id>`) → the hash recorded on the deployed statement. */
  readonly deployed?: ReadonlyMap<string, string>;
  /** Statement name → why it must be redeployed. */
  readonly stale?: ReadonlyMap<string, string>;
}

export type ChangeInput =
  | ({ readonly from: "git"; readonly files: readonly ChangedFile[] } & DeployedFacts)
  | ({ readonly from: "hashes"; readonly deployed: ReadonlyMap<string, string> } & DeployedFacts);

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
  const found = input.from === "git" ? fromFiles(pipeline, input.files, input.deployed) : fromHashes(pipeline, input.deployed);
  if (!input.stale || input.stale.size === 0) return found;
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

function fromFiles(pipeline: Pipeline, files: readonly ChangedFile[], deployed: ReadonlyMap<string, string> | undefined): ChangeSet {
  const byPath = new Map<string, PipelineTable>();
  for (const table of pipeline.tables) for (const file of sqlFiles(table)) byPath.set(file.path, table);
  const seen = new Map<string, ChangedFile[]>();
  const notes: string[] = [];
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
