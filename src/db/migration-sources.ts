import { existsSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { InputError } from "../errors.js";
import type { Dialect as Dialect } from "./lint/dialect.js";
import { dialectOfLockFile, readMigrationFolders } from "./migrations/migration-files.js";

/** One migration's SQL as the linter takes it; `file` is shown to the user, relative to the cwd. */
export interface MigrationSqlFile {
  readonly migration: string;
  readonly file: string;
  readonly sql: string;
}

/** What `lint-migrations <paths...>` was pointed at, and the dialect its lock file records. */
export interface CollectedMigrations {
  readonly files: MigrationSqlFile[];
  readonly lockFileDialect: Dialect | undefined;
}

/**
 * Paths given on the command line: a `.sql` file, one migration folder (holding migration.sql),
 * or a migrations folder (holding migration folders). Each path must exist; files are read in
 * the order given, the folders of a migrations folder in Prisma's order.
 */
export function collectMigrationPaths(paths: readonly string[], cwd: string): CollectedMigrations {
  const files: MigrationSqlFile[] = [];
  const problems: string[] = [];
  let lockFileDialect: Dialect | undefined;
  const shown = (absolute: string) => shownPath(absolute, cwd);

  for (const given of paths) {
    const absolute = resolve(cwd, given);
    if (!existsSync(absolute)) {
      problems.push(`path '${given}': no such file or folder`);
      continue;
    }
    if (statSync(absolute).isFile()) {
      if (!absolute.endsWith(".sql")) {
        problems.push(`path '${given}': not a .sql file or a migration folder`);
        continue;
      }
      const migration = basename(absolute) === "migration.sql" ? basename(dirname(absolute)) : basename(absolute, ".sql");
      files.push({ migration, file: shown(absolute), sql: readFileSync(absolute, "utf8") });
      lockFileDialect ??= dialectOfLockFile(dirname(dirname(absolute)));
      continue;
    }
    const single = join(absolute, "migration.sql");
    if (existsSync(single)) {
      files.push({ migration: basename(absolute), file: shown(single), sql: readFileSync(single, "utf8") });
      lockFileDialect ??= dialectOfLockFile(dirname(absolute));
      continue;
    }
    const folders = readMigrationFolders(absolute);
    if (folders.length === 0) {
      problems.push(`path '${given}': holds no migration.sql and no migration folders`);
      continue;
    }
    for (const folder of folders) files.push({ migration: folder.name, file: shown(folder.sqlPath), sql: folder.sql });
    lockFileDialect ??= dialectOfLockFile(absolute);
  }
  if (problems.length > 0) throw new InputError(`lint-migrations: ${problems[0]}`, problems);
  return { files, lockFileDialect };
}

/** The migrations folder of a Prisma schema: Prisma keeps it beside schema.prisma. */
export function migrationsDirOf(schemaPath: string): string {
  return join(dirname(schemaPath), "migrations");
}

/** A path as the user would type it from the working directory, when it lies below it. */
export function shownPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel === "" || rel.startsWith("..") ? path : rel;
}
