import type { LoadedConfig } from "../../../config/load.js";
import type { DatabaseConfig } from "../../../config/schema/index.js";
import { InputError, RefusedError } from "../../../errors.js";
import { chooseDialect } from "../../../db/dialect-choice.js";
import { findingHeadline, findingsReport, verdictOf, type SafetyMode } from "../../../db/findings-report.js";
import { lintWithBlue, loadBlueSchema } from "../../../db/lint-run.js";
import { collectMigrationPaths, shownPath, type MigrationSqlFile } from "../../../db/migration-sources.js";
import { dialectOfLockFile, readMigrationFolders } from "../../../db/migrations/migration-files.js";
import { observeMigrations, prismaProjectOf } from "../../../db/observe-migrations.js";
import type { CommandContext, CommandResult } from "../../command.js";

/**
 * `cutover lint-migrations [paths...]`: checks migrations for changes the running blue release
 * cannot live with, or that lock a busy table. With paths it needs no config (a pull request
 * check); without, it takes the config's Prisma project: the pending migrations when the database
 * is reachable through database.url, every migration with --all or without a URL.
 */
export async function run({ settings, loaded }: CommandContext<LoadedConfig | undefined>): Promise<CommandResult> {
  const cwd = process.cwd();
  const database: DatabaseConfig | undefined = loaded?.config.database;
  if (settings.paths.length === 0 && !database) {
    throw new InputError(
      `lint-migrations: ${settings.configPath} has no database section; give migration folders or .sql files as arguments`,
    );
  }

  const selection = await selectMigrations(settings.paths, settings.all, database, settings.configPath, cwd);
  const choice = chooseDialect({ url: database?.url, lockFile: selection.lockFileDialect, flag: settings.dialect });
  if ("problem" in choice) throw new InputError(choice.problem);

  const mode: SafetyMode = database?.safety.mode ?? "enforce";
  const blue = await loadBlueSchema({
    file: settings.blueSchema,
    ref: settings.blueRef,
    defaultSchema: database && loaded ? prismaProjectOf(database, loaded.path).schemaPath : undefined,
    cwd,
  });
  const result = await lintWithBlue(selection.files, { dialect: choice.dialect, allow: database?.safety.allow ?? [], blue: blue?.schema });
  const verdict = verdictOf(result, mode);

  const report = findingsReport(
    result,
    mode,
    `${selection.what}, ${choice.dialect} (from ${choice.from})${blue ? `, against blue's schema ${blue.origin}` : ""}`,
  );
  const data = {
    dialect: choice.dialect,
    dialectFrom: choice.from,
    mode,
    checked: selection.what,
    blueSchema: blue?.origin ?? null,
    migrations: [...new Set(selection.files.map((f) => f.migration))],
    files: result.files,
    statements: result.statements,
    errors: verdict.errors,
    warnings: verdict.warnings,
    findings: result.findings,
    suppressed: result.suppressed,
  };
  if (verdict.refuse) {
    throw new RefusedError(
      `${verdict.errors} migration change(s) the live release cannot live with, or that lock a busy table`,
      result.findings.filter((f) => f.severity === "error").map(findingHeadline),
      undefined,
      { report, data },
    );
  }
  const clean = result.findings.length === 0;
  return {
    headline: clean
      ? `lint-migrations: ${selection.files.length} migration file(s) safe for blue/green (${choice.dialect})`
      : `lint-migrations: ${verdict.errors} error(s), ${verdict.warnings} warning(s) in ${selection.files.length} file(s)${mode === "enforce" ? "" : ` (mode ${mode}: reported, not refused)`}`,
    report,
    outputs: { findings: String(result.findings.length), errors: String(verdict.errors) },
    data,
  };
}

interface Selection {
  readonly files: MigrationSqlFile[];
  readonly lockFileDialect: "postgresql" | "mysql" | undefined;
  /** What was checked, for the report: "2 pending migration(s)", "every migration", "the given paths". */
  readonly what: string;
}

async function selectMigrations(
  paths: readonly string[],
  all: boolean,
  database: DatabaseConfig | undefined,
  configPath: string,
  cwd: string,
): Promise<Selection> {
  if (paths.length > 0) {
    const collected = collectMigrationPaths(paths, cwd);
    return { ...collected, what: `${collected.files.length} file(s) given` };
  }
  if (!database) throw new InputError("lint-migrations: no paths and no database section");
  const project = prismaProjectOf(database, configPath);
  const lockFileDialect = dialectOfLockFile(project.migrationsDir);
  const asFile = (f: { name: string; sqlPath: string; sql: string }) => ({
    migration: f.name,
    file: shownPath(f.sqlPath, cwd),
    sql: f.sql,
  });
  if (all || database.url === undefined) {
    const folders = readMigrationFolders(project.migrationsDir);
    return {
      files: folders.map(asFile),
      lockFileDialect,
      what: `every migration (${folders.length})${all ? "" : ", no database.url to tell the pending ones"}`,
    };
  }
  const observed = await observeMigrations(project, { ...database, url: database.url });
  return { files: observed.gate.pending.map(asFile), lockFileDialect, what: `${observed.gate.pending.length} pending migration(s)` };
}
