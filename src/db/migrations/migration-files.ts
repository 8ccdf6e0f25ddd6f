/**
 * The migrations folder as Prisma sees it: one sub-folder per migration holding `migration.sql`,
 * plus `migration_lock.toml`. Filesystem reads only; no database.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";

import { InputError } from "../../errors.js";
import { topLevelStrings } from "./lock-file.js";
import { checksumOf } from "./migration-checksum.js";

export interface MigrationFolder {
  /** Folder name, which is the migration name Prisma records (`20260101000000_init`). */
  name: string;
  sqlPath: string;
  sql: string;
  /** sha256 hex of the script, as Prisma writes it to `_prisma_migrations.checksum`. */
  checksum: string;
}

// Prisma 6 sorts with String#localeCompare (default collation), not by code unit: the two differ for
// names with punctuation or mixed case (`_` sorts before digits here), and the order is the apply order.
const prismaOrder = new Intl.Collator().compare;

/** The migration folders in the order Prisma applies them. */
export function readMigrationFolders(migrationsDir: string): MigrationFolder[] {
  let entries;
  try {
    entries = readdirSync(migrationsDir, { withFileTypes: true });
  } catch (error) {
    throw new InputError(`Cannot read the migrations folder ${migrationsDir}: ${(error as Error).message}`);
  }
  const folders: MigrationFolder[] = [];
  // Like Prisma: only real directories count (not files such as migration_lock.toml, not symlinks).
  for (const entry of entries.filter((candidate) => candidate.isDirectory())) {
    const sqlPath = path.join(migrationsDir, entry.name, "migration.sql");
    let sql: string;
    try {
      sql = readFileSync(sqlPath, "utf8");
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "it has no migration.sql" : (error as Error).message;
      throw new InputError(
        `Migration folder ${path.join(migrationsDir, entry.name)} cannot be used: ${reason}. Restore the file or delete the folder.`,
      );
    }
    folders.push({ name: entry.name, sqlPath, sql, checksum: checksumOf(sql) });
  }
  return folders.sort((a, b) => prismaOrder(a.name, b.name));
}

/** The SQL dialect named by `migration_lock.toml`, or undefined when absent or not one cutover lints. */
export function dialectOfLockFile(migrationsDir: string): "postgresql" | "mysql" | undefined {
  let text: string;
  try {
    text = readFileSync(path.join(migrationsDir, "migration_lock.toml"), "utf8");
  } catch {
    return undefined;
  }
  const provider = topLevelStrings(text).get("provider")?.trim().toLowerCase();
  if (provider === "postgresql" || provider === "postgres") return "postgresql";
  if (provider === "mysql") return "mysql";
  // cockroachdb speaks the PostgreSQL protocol but its locking and DDL rules differ: not supported.
  return undefined;
}
