/** The migration gate: Prisma's deploy semantics plus cutover's own blockers, on in-memory history. */
import { describe, expect, it } from "vitest";

import { checksumOf } from "../../src/db/migrations/migration-checksum.js";
import type { MigrationFolder } from "../../src/db/migrations/migration-files.js";
import { gateMigrations } from "../../src/db/migrations/migration-gate.js";
import type { AppliedMigration, MigrationHistory } from "../../src/db/migrations/migration-history.js";

const RESOLVE = { prisma: ["npx", "prisma"], schemaArgs: ["--schema", "/repo/prisma/schema.prisma"] };

function folder(name: string, sql = `-- ${name}\nCREATE TABLE "${name}" (id int);\n`): MigrationFolder {
  return { name, sqlPath: `/repo/prisma/migrations/${name}/migration.sql`, sql, checksum: checksumOf(sql) };
}

let clock = Date.parse("2026-03-01T10:00:00Z");
function row(name: string, state: "applied" | "failed" | "rolled-back", sql = folder(name).sql): AppliedMigration {
  clock += 60_000;
  return {
    name,
    checksum: checksumOf(sql),
    startedAt: new Date(clock),
    finishedAt: state === "applied" ? new Date(clock + 1000) : null,
    rolledBackAt: state === "rolled-back" ? new Date(clock + 5000) : null,
    logs: state === "applied" ? null : 'ERROR: relation "Nope" does not exist',
    appliedStepsCount: state === "applied" ? 1 : 0,
  };
}

const present = (...rows: AppliedMigration[]): MigrationHistory => ({ table: "present", rows });
const names = (folders: readonly MigrationFolder[]) => folders.map((f) => f.name);

const A = "20260101000000_a";
const B = "20260102000000_b";
const C = "20260103000000_c";

describe("gateMigrations", () => {
  it("a fresh database (no _prisma_migrations) has every folder pending and nothing else", () => {
    const gate = gateMigrations([folder(A), folder(B)], { table: "missing" }, RESOLVE);
    expect(gate).toEqual({ applied: [], pending: [folder(A), folder(B)], blockers: [], rolledBack: [], outOfOrder: [] });
  });

  it("an empty table is the same as a missing one", () => {
    expect(names(gateMigrations([folder(A)], present(), RESOLVE).pending)).toEqual([A]);
  });

  it("partially applied: the rest is pending, in folder order", () => {
    const gate = gateMigrations([folder(A), folder(B), folder(C)], present(row(A, "applied")), RESOLVE);
    expect(gate.applied).toEqual([A]);
    expect(names(gate.pending)).toEqual([B, C]);
    expect(gate.blockers).toEqual([]);
  });

  it("everything applied: nothing pending", () => {
    const gate = gateMigrations([folder(A), folder(B)], present(row(A, "applied"), row(B, "applied")), RESOLVE);
    expect(gate).toMatchObject({ applied: [A, B], pending: [], blockers: [] });
  });

  it("a failed row (not finished, not rolled back) blocks, with the exact resolve commands", () => {
    const failed = row(B, "failed");
    const gate = gateMigrations([folder(A), folder(B), folder(C)], present(row(A, "applied"), failed), RESOLVE);
    expect(gate.blockers).toEqual([
      {
        kind: "failed",
        name: B,
        startedAt: failed.startedAt,
        logs: failed.logs,
        resolveRolledBack: ["npx", "prisma", "migrate", "resolve", "--rolled-back", B, "--schema", "/repo/prisma/schema.prisma"],
        resolveApplied: ["npx", "prisma", "migrate", "resolve", "--applied", B, "--schema", "/repo/prisma/schema.prisma"],
        check: expect.stringContaining(B) as unknown as string,
      },
    ]);
    // Prisma counts the failed row: B is not pending (deploy refuses with P3009 instead).
    expect(names(gate.pending)).toEqual([C]);
    expect(gate.applied).toEqual([A]);
  });

  it("the failed blocker says what to check before resolving", () => {
    const gate = gateMigrations([folder(A)], present(row(A, "failed")), RESOLVE);
    const blocker = gate.blockers[0];
    expect(blocker?.kind).toBe("failed");
    if (blocker?.kind !== "failed") return;
    expect(blocker.check).toMatch(/which statements/);
    expect(blocker.check).toMatch(/transaction/);
    expect(blocker.check).toMatch(/--rolled-back/);
    expect(blocker.check).toMatch(/--applied/);
  });

  it("rolled back (resolved) and not re-applied: pending again, listed as rolled back", () => {
    const gate = gateMigrations([folder(A), folder(B)], present(row(A, "applied"), row(B, "rolled-back")), RESOLVE);
    expect(gate.blockers).toEqual([]);
    expect(names(gate.pending)).toEqual([B]);
    expect(gate.rolledBack).toEqual([B]);
  });

  it("rolled back, then fixed and re-applied: applied, and the fixed file's checksum is the one compared", () => {
    const fixed = `CREATE TABLE IF NOT EXISTS "b" (id int);\n`;
    const history = present(row(A, "applied"), row(B, "rolled-back"), row(B, "applied", fixed));
    const gate = gateMigrations([folder(A), folder(B, fixed)], history, RESOLVE);
    expect(gate).toMatchObject({ applied: [A, B], pending: [], blockers: [], rolledBack: [] });
  });

  it("a rolled-back migration whose folder was deleted is neither pending nor missing", () => {
    const gate = gateMigrations([folder(A)], present(row(A, "applied"), row(B, "rolled-back")), RESOLVE);
    expect(gate).toMatchObject({ pending: [], blockers: [], rolledBack: [B] });
  });

  it("applied in the database with no folder: missing-locally", () => {
    const gate = gateMigrations([folder(A)], present(row(A, "applied"), row(B, "applied")), RESOLVE);
    expect(gate.blockers).toEqual([{ kind: "missing-locally", name: B }]);
  });

  it("a file edited after it was applied: edited, with both checksums", () => {
    const original = row(A, "applied");
    const edited = folder(A, `CREATE TABLE "a" (id bigint);\n`);
    const gate = gateMigrations([edited], present(original), RESOLVE);
    expect(gate.blockers).toEqual([{ kind: "edited", name: A, applied: original.checksum, local: edited.checksum }]);
  });

  it("line endings changed by git are not an edit (Prisma compares them line-ending agnostic)", () => {
    const lf = "CREATE TABLE a (id int);\nCREATE TABLE b (id int);\n";
    const gate = gateMigrations([folder(A, lf.replaceAll("\n", "\r\n"))], present(row(A, "applied", lf)), RESOLVE);
    expect(gate.blockers).toEqual([]);
  });

  it("keeps the folders' order for pending, whatever order the rows came in", () => {
    const history = present(row(C, "applied"), row(A, "applied"));
    const gate = gateMigrations([folder(A), folder(B), folder(C)], history, RESOLVE);
    expect(gate.applied).toEqual([C, A]);
    expect(names(gate.pending)).toEqual([B]);
    // B sorts before the applied C: a late-merged migration, which Prisma applies anyway.
    expect(gate.outOfOrder).toEqual([B]);
  });

  it("uses the configured Prisma command and schema arguments verbatim", () => {
    const resolve = { prisma: ["pnpm", "exec", "prisma"], schemaArgs: ["--schema", "db/schema.prisma", "--config", "db/prisma.config.ts"] };
    const gate = gateMigrations([folder(A)], present(row(A, "failed")), resolve);
    const blocker = gate.blockers[0];
    expect(blocker?.kind === "failed" && blocker.resolveRolledBack).toEqual([
      "pnpm",
      "exec",
      "prisma",
      "migrate",
      "resolve",
      "--rolled-back",
      A,
      "--schema",
      "db/schema.prisma",
      "--config",
      "db/prisma.config.ts",
    ]);
  });
});
