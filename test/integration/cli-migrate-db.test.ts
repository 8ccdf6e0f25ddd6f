import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import pg from "pg";
import { parse as parseShell } from "shell-quote";
import { execa } from "execa";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { fakeIo } from "../support/fake-io.js";
import { requireStack } from "./stack-env.js";

/**
 * migrate-db and lint-migrations through the CLI, against the stack's real PostgreSQL with a real
 * `prisma migrate deploy` (Prisma's WebAssembly engine and the pg adapter: scripts/prisma-offline).
 */
const stack = requireStack("pg");
const repo = resolve(import.meta.dirname, "../..");
const offline = join(repo, "scripts/prisma-offline");
const PRISMA = [process.execPath, join(repo, "node_modules/prisma/build/index.js")];
const PASSWORD = new URL(stack.pgUrl).password;

const SCHEMA = `generator client {\n  provider = "prisma-client-js"\n}\n\ndatasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n\nmodel Event {\n  id   Int    @id @default(autoincrement())\n  name String\n}\n`;
const INIT = `CREATE TABLE "Event" ("id" SERIAL NOT NULL, "name" TEXT NOT NULL, CONSTRAINT "Event_pkey" PRIMARY KEY ("id"));\n`;
const ADD_NOTE = `-- AlterTable\nALTER TABLE "Event" ADD COLUMN "note" TEXT;\n`;

// the JSON documents are read field by field in assertions
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const created: string[] = [];
const dirs: string[] = [];
const admin = new pg.Client({ connectionString: stack.pgUrl });
beforeAll(async () => {
  await admin.connect();
});
afterAll(async () => {
  for (const name of created) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
  await admin.end();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function freshDatabase(): Promise<string> {
  const name = `cli_migrate_${Math.random().toString(36).slice(2, 10)}`;
  await admin.query(`CREATE DATABASE "${name}"`);
  created.push(name);
  const url = new URL(stack.pgUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A Prisma project with a cutover.yml beside it; `mode` is database.safety.mode. */
function project(migrations: Record<string, string>, extra = ""): string {
  const dir = mkdtempSync(join(tmpdir(), "cutover-migrate-"));
  dirs.push(dir);
  mkdirSync(join(dir, "prisma/migrations"), { recursive: true });
  writeFileSync(join(dir, "prisma/schema.prisma"), SCHEMA);
  writeFileSync(join(dir, "prisma/migrations/migration_lock.toml"), 'provider = "postgresql"\n');
  for (const [name, sql] of Object.entries(migrations)) addMigration(dir, name, sql);
  writeFileSync(
    join(dir, "cutover.yml"),
    [
      "version: 1",
      "project: migrate-test",
      "database:",
      "  url: ${DATABASE_URL}",
      "  schema: prisma/schema.prisma",
      `  prisma: { command: ${JSON.stringify(PRISMA)}, config: ${JSON.stringify(join(offline, "prisma.config.ts"))} }`,
      "  lockTimeout: 1s",
      extra,
    ].join("\n"),
  );
  return dir;
}

function addMigration(dir: string, name: string, sql: string): void {
  mkdirSync(join(dir, "prisma/migrations", name), { recursive: true });
  writeFileSync(join(dir, "prisma/migrations", name, "migration.sql"), sql);
}

const prismaEnv = {
  PRISMA_SCHEMA_ENGINE_BINARY: join(offline, "schema-engine-stub"),
  PRISMA_QUERY_ENGINE_LIBRARY: join(offline, "schema-engine-stub"),
  CHECKPOINT_DISABLE: "1",
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  PATH: process.env.PATH,
};

async function cli(url: string, ...args: string[]) {
  const { io, stdout, stderr } = fakeIo({ ...prismaEnv, DATABASE_URL: url });
  const code = await runCli(args, io);
  const out = stdout();
  return { code, stdout: out, stderr: stderr(), json: args.includes("--json") ? (JSON.parse(out) as Json) : undefined };
}

async function appliedNames(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const table = await client.query(`SELECT to_regclass('_prisma_migrations') AS t`);
    if (table.rows[0].t === null) return [];
    const rows = await client.query(
      `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
    );
    return rows.rows.map((r: { migration_name: string }) => r.migration_name);
  } finally {
    await client.end();
  }
}

describe("migrate-db against PostgreSQL", () => {
  it("lints, shows the dry run, applies in order, then a rerun applies nothing", async () => {
    const url = await freshDatabase();
    const dir = project({ "20260101000000_init": INIT, "20260102000000_note": ADD_NOTE });
    const config = join(dir, "cutover.yml");

    const lint = await cli(url, "lint-migrations", "--config", config, "--json");
    expect(lint.code, lint.stderr).toBe(0);
    expect(lint.json?.result.migrations).toEqual(["20260101000000_init", "20260102000000_note"]);
    expect(lint.json?.result.checked).toBe("2 pending migration(s)");

    const dry = await cli(url, "migrate-db", "--config", config, "--dry-run", "--json");
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.json?.result.pending).toEqual(["20260101000000_init", "20260102000000_note"]);
    expect(await appliedNames(url)).toEqual([]);

    const first = await cli(url, "migrate-db", "--config", config, "--json");
    expect(first.code, first.stderr).toBe(0);
    expect(first.json?.result.appliedNow.map((m: { name: string }) => m.name)).toEqual(["20260101000000_init", "20260102000000_note"]);
    expect(await appliedNames(url)).toEqual(["20260101000000_init", "20260102000000_note"]);

    const again = await cli(url, "migrate-db", "--config", config);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain("nothing to apply");

    for (const text of [lint.stdout, dry.stdout, first.stdout, first.stderr, again.stdout]) expect(text).not.toContain(PASSWORD);
  }, 120_000);

  it("refuses an unsafe pending migration (exit 3, nothing applied); mode warn applies it", async () => {
    const url = await freshDatabase();
    const dir = project({ "20260101000000_init": INIT });
    const config = join(dir, "cutover.yml");
    expect((await cli(url, "migrate-db", "--config", config)).code).toBe(0);
    addMigration(dir, "20260103000000_drop_name", `ALTER TABLE "Event" DROP COLUMN "name";\n`);

    const refused = await cli(url, "migrate-db", "--config", config, "--json");
    expect(refused.code, refused.stdout).toBe(3);
    expect(refused.json?.result.findings.map((f: { rule: string; line: number }) => `${f.rule}@${f.line}`)).toEqual(["drop-column@1"]);
    expect(await appliedNames(url)).toEqual(["20260101000000_init"]);

    writeFileSync(config, `${readFileSync(config, "utf8")}\n  safety: { mode: warn }\n`);
    const warned = await cli(url, "migrate-db", "--config", config);
    expect(warned.code, warned.stderr + warned.stdout).toBe(0);
    expect(await appliedNames(url)).toEqual(["20260101000000_init", "20260103000000_drop_name"]);
  }, 120_000);

  it("a migration that fails: exit 1, resumable; the next run is exit 3 with the resolve command, which works", async () => {
    const url = await freshDatabase();
    const dir = project({
      "20260101000000_init": INIT,
      // fails at its first statement: with Prisma's pg adapter each statement commits on its own
      "20260104000000_broken": `ALTER TABLE "Nope" ADD COLUMN "y" TEXT;\n`,
    });
    const config = join(dir, "cutover.yml");
    const failed = await cli(url, "migrate-db", "--config", config);
    expect(failed.code, failed.stdout + failed.stderr).toBe(1);
    expect(failed.stdout + failed.stderr).toContain("Left resumable");

    const blocked = await cli(url, "migrate-db", "--config", config, "--json");
    expect(blocked.code).toBe(3);
    const blocker = blocked.json?.result.blockers[0];
    expect(blocker).toMatchObject({ kind: "failed", name: "20260104000000_broken" });
    expect(blocker.resolveRolledBack).toContain("migrate resolve --rolled-back 20260104000000_broken");

    // the operator fixes the migration and runs the command cutover printed, in the config's folder
    addMigration(dir, "20260104000000_broken", `ALTER TABLE "Event" ADD COLUMN "x" TEXT;\n`);
    const argv = parseShell(blocker.resolveRolledBack).map(String);
    const resolved = await execa(argv[0] as string, argv.slice(1), { cwd: dir, env: { ...prismaEnv, DATABASE_URL: url }, reject: false });
    expect(resolved.exitCode, resolved.stdout + resolved.stderr).toBe(0);

    const fixed = await cli(url, "migrate-db", "--config", config);
    expect(fixed.code, fixed.stdout + fixed.stderr).toBe(0);
    expect(await appliedNames(url)).toEqual(["20260101000000_init", "20260104000000_broken"]);
  }, 180_000);

  it("wrong credentials and an unreachable server are exit 1 with their own message, no password shown", async () => {
    const dir = project({ "20260101000000_init": INIT });
    const config = join(dir, "cutover.yml");
    const wrong = new URL(stack.pgUrl);
    wrong.password = "not-the-password-9Qx";
    const auth = await cli(wrong.toString(), "migrate-db", "--config", config);
    expect(auth.code).toBe(1);
    expect(auth.stderr + auth.stdout).toMatch(/the server refused the credentials: check the user and the password/);
    expect(auth.stderr + auth.stdout).not.toContain("not-the-password-9Qx");

    const down = new URL(stack.pgUrl);
    down.port = "1";
    const unreachable = await cli(down.toString(), "migrate-db", "--config", config);
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr + unreachable.stdout).toMatch(/nothing accepted the connection: check the host, the port/);
    expect(unreachable.stderr + unreachable.stdout).not.toContain(PASSWORD);
  }, 60_000);

  it("a migration behind another session's lock fails at database.lockTimeout, not after it", async () => {
    const url = await freshDatabase();
    const dir = project({ "20260101000000_init": INIT });
    const config = join(dir, "cutover.yml");
    expect((await cli(url, "migrate-db", "--config", config)).code).toBe(0);
    addMigration(dir, "20260105000000_note", ADD_NOTE);

    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    try {
      await holder.query("BEGIN");
      await holder.query('LOCK TABLE "Event" IN ACCESS SHARE MODE');
      const blocked = await cli(url, "migrate-db", "--config", config);
      expect(blocked.code, blocked.stdout + blocked.stderr).toBe(1);
      expect(blocked.stdout + blocked.stderr).toContain("database.lockTimeout (1s)");
    } finally {
      await holder.query("ROLLBACK").catch(() => undefined);
      await holder.end();
    }
    expect(await appliedNames(url)).toEqual(["20260101000000_init"]);
  }, 120_000);
});
