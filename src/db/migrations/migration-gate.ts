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
import { checksumMatches } from "./migration-checksum.js";
import type { MigrationFolder } from "./migration-files.js";
import type { AppliedMigration, MigrationHistory } from "./migration-history.js";

export type GateBlocker =
  | {
      kind: "failed";
      name: string;
      startedAt: Date;
      logs: string | null;
      /** `<prisma…> migrate resolve --rolled-back <name> <schemaArgs…>`, to run once the database is back to before it. */
      resolveRolledBack: string[];
      /** `<prisma…> migrate resolve --applied <name> <schemaArgs…>`, to run once it is completely in place. */
      resolveApplied: string[];
      /** What to find out before running either. */
      check: string;
    }
  | { kind: "missing-locally"; name: string }
  | { kind: "edited"; name: string; applied: string; local: string };

export interface MigrationGate {
  /** Names with a finished, not rolled-back row, in the order they were applied. */
  applied: string[];
  /** Folders `migrate deploy` would apply, in its order. */
  pending: MigrationFolder[];
  blockers: GateBlocker[];
  /** Names resolved as rolled back and not applied again since. */
  rolledBack: string[];
  /** Pending names that sort before an applied one (a late-merged branch); Prisma applies them anyway. */
  outOfOrder: string[];
}

export function gateMigrations(
  folders: readonly MigrationFolder[],
  history: MigrationHistory,
  resolveCommand: { prisma: readonly string[]; schemaArgs: readonly string[] },
): MigrationGate {
  const rows = history.table === "present" ? history.rows : [];
  const counted = rows.filter((row) => row.rolledBackAt === null);
  const countedNames = new Set(counted.map((row) => row.name));
  const folderByName = new Map(folders.map((folder) => [folder.name, folder]));

  const failed = latestByName(counted.filter((row) => row.finishedAt === null));
  const finished = latestByName(counted.filter((row) => row.finishedAt !== null));
  const blockers: GateBlocker[] = [];

  for (const row of failed.values()) {
    const resolve = (flag: string) => [...resolveCommand.prisma, "migrate", "resolve", flag, row.name, ...resolveCommand.schemaArgs];
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
    if (failed.has(name)) continue;
    const folder = folderByName.get(name);
    if (!folder) blockers.push({ kind: "missing-locally", name });
    else if (!checksumMatches(folder.sql, row.checksum))
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
function latestByName(rows: readonly AppliedMigration[]): Map<string, AppliedMigration> {
  const byName = new Map<string, AppliedMigration>();
  for (const row of rows) {
    const seen = byName.get(row.name);
    if (!seen || seen.startedAt.getTime() <= row.startedAt.getTime()) byName.set(row.name, row);
  }
  return byName;
}

function unique(names: readonly string[]): string[] {
  return [...new Set(names)];
}

function failedCheck(row: AppliedMigration): string {
  return [
    `Find out which statements of ${row.name} took effect before resolving it; look at its logs and compare the database schema with its migration.sql.`,
    "Prisma's binary engine sends a PostgreSQL migration as one script, which PostgreSQL runs as one transaction: normally none of it stayed.",
    "Statements stay when the file has its own BEGIN/COMMIT or statements that cannot run in a transaction (CREATE INDEX CONCURRENTLY, VACUUM, …),",
    "when Prisma runs through a driver adapter (statements are sent one by one, each committed), and on MySQL (each DDL statement commits).",
    "If nothing stayed: fix the file, resolve --rolled-back, deploy again. If all of it is in place: resolve --applied.",
    "If part of it stayed: undo it (or finish it) by hand first, then resolve.",
  ].join(" ");
}
