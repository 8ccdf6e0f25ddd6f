/**
 * Reads Prisma's `_prisma_migrations` table with node-postgres. Read-only: no table is created,
 * no lock is taken, so it is safe before any decision (dry runs included).
 */
import { DatabaseConnectError } from "./database-connect-error.js";
import { connectTarget } from "./pg-connect.js";
import { pgTarget } from "./pg-connection.js";

export { DatabaseConnectError };

export interface AppliedMigration {
  name: string;
  checksum: string;
  startedAt: Date;
  finishedAt: Date | null;
  rolledBackAt: Date | null;
  logs: string | null;
  appliedStepsCount: number;
}

export type MigrationHistory = { table: "missing" } | { table: "present"; rows: AppliedMigration[] };

interface Row {
  migration_name: string;
  checksum: string;
  started_at: Date;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
  applied_steps_count: number;
}

/** The rows of `_prisma_migrations`, oldest first (as Prisma lists them), or that the table is missing. */
export async function readMigrationHistory(
  url: string,
  options: { connectTimeoutMs: number; schema?: string; queryTimeoutMs?: number },
): Promise<MigrationHistory> {
  const target = pgTarget(url, options.connectTimeoutMs);
  // Client-side bound on each query: a table locked by someone else must not hang the gate.
  target.config.query_timeout = options.queryTimeoutMs ?? 30_000;
  const schema = options.schema ?? target.schema;
  const client = await connectTarget(target);
  try {
    const table = `${quoteIdent(schema)}."_prisma_migrations"`;
    const found = await client.query<{ present: boolean }>("SELECT to_regclass($1) IS NOT NULL AS present", [table]);
    if (!found.rows[0]?.present) return { table: "missing" };
    const result = await client.query<Row>(
      `SELECT migration_name, checksum, started_at, finished_at, rolled_back_at, logs, applied_steps_count FROM ${table} ORDER BY started_at, id`,
    );
    return {
      table: "present",
      rows: result.rows.map((row) => ({
        name: row.migration_name,
        checksum: row.checksum,
        startedAt: row.started_at,
        finishedAt: row.finished_at,
        rolledBackAt: row.rolled_back_at,
        logs: row.logs,
        appliedStepsCount: row.applied_steps_count,
      })),
    };
  } finally {
    await client.end().catch(() => undefined);
  }
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
