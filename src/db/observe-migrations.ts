import { relative } from "node:path";
import { OperationError } from "../errors.js";
import { resolveConfigPath } from "../config/file-references.js";
import type { DatabaseConfig } from "../config/schema/index.js";
import { migrationsDirOf } from "./migration-sources.js";
import { readMigrationFolders, type MigrationFolder } from "./migrations/migration-files.js";
import { gateMigrations, type MigrationGate } from "./migrations/migration-gate.js";
import { DatabaseConnectError, readMigrationHistory, type MigrationHistory } from "./migrations/migration-history.js";

/** The Prisma project as the config names it, with paths resolved from the config's folder. */
export interface PrismaProject {
  readonly configDir: string;
  readonly schemaPath: string;
  readonly migrationsDir: string;
  /** database.prisma.config, resolved. */
  readonly prismaConfigPath: string | undefined;
  /** `--schema` (and `--config`) as the user's Prisma CLI takes them, relative to the config's folder. */
  readonly prismaArgs: readonly string[];
}

export function prismaProjectOf(database: DatabaseConfig, configPath: string): PrismaProject {
  const schemaPath = resolveConfigPath(configPath, database.schema);
  const configDir = resolveConfigPath(configPath, ".");
  const prismaConfig = database.prisma.config === undefined ? undefined : resolveConfigPath(configPath, database.prisma.config);
  const rel = (p: string) => relative(configDir, p) || ".";
  return {
    configDir,
    schemaPath,
    migrationsDir: migrationsDirOf(schemaPath),
    prismaConfigPath: prismaConfig,
    prismaArgs: ["--schema", rel(schemaPath), ...(prismaConfig === undefined ? [] : ["--config", rel(prismaConfig)])],
  };
}

export interface ObservedMigrations {
  readonly folders: readonly MigrationFolder[];
  readonly history: MigrationHistory;
  readonly gate: MigrationGate;
  readonly readMs: number;
}

/**
 * The migration state from the database itself (Prisma's `_prisma_migrations`) against the
 * folders: what is applied, pending, failed, edited or missing. Read-only.
 */
export async function observeMigrations(project: PrismaProject, database: DatabaseConfig & { url: string }): Promise<ObservedMigrations> {
  const started = Date.now();
  const folders = readMigrationFolders(project.migrationsDir);
  let history: MigrationHistory;
  try {
    history = await readMigrationHistory(database.url, { connectTimeoutMs: 15_000 });
  } catch (error) {
    if (error instanceof DatabaseConnectError)
      // its message already says what to check for each way of not getting in
      throw new OperationError(`cannot read the migration state: ${error.message}`, { kind: "untouched" }, { cause: error });
    throw error;
  }
  const gate = gateMigrations(folders, history, { prisma: database.prisma.command, schemaArgs: project.prismaArgs });
  return { folders, history, gate, readMs: Date.now() - started };
}
