/**
 * The migration gate and runner against the stack's PostgreSQL with a real `prisma migrate deploy`
 * (Prisma 6 offline: wasm schema engine + @prisma/adapter-pg, see scripts/prisma-offline/). One
 * database is shared by the tests in order, like one release after another; each Prisma run takes
 * a few seconds. Run: npx vitest run test/integration/migrate-deploy.test.ts
 */
import { randomBytes } from "node:crypto";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { execa } from "execa";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { readMigrationFolders } from "../../src/db/migrations/migration-files.js";
import { gateMigrations } from "../../src/db/migrations/migration-gate.js";
import { readMigrationHistory, type MigrationHistory } from "../../src/db/migrations/migration-history.js";
import { runMigrateDeploy, type DeployRun } from "../../src/db/migrations/prisma-deploy.js";
import { withSessionTimeouts } from "../../src/db/migrations/session-timeouts.js";
import { probeStack, requireStack } from "./stack-env.js";

const REPO = process.cwd();
const OFFLINE = path.join(REPO, "scripts/prisma-offline");
const CONFIG = path.join(OFFLINE, "prisma.config.ts");
const STUB = path.join(OFFLINE, "schema-engine-stub");
const PRISMA = [process.execPath, path.join(REPO, "node_modules/prisma/build/index.js")];
const OFFLINE_ENV = { ...process.env, PRISMA_QUERY_ENGINE_LIBRARY: STUB, PRISMA_SCHEMA_ENGINE_BINARY: STUB };
// Prisma takes this advisory lock for the whole deploy.
const PRISMA_ADVISORY_LOCK = 72707369;

describe("prisma migrate deploy, gated", () => {
  const stack = requireStack("pg");
  const database = `cutover_migrate_${randomBytes(4).toString("hex")}`;
  const url = Object.assign(new URL(stack.pgUrl), { pathname: `/${database}` }).toString();
  let project: string;
  let schemaPath: string;
  let migrationsDir: string;
  let created = false;

  beforeAll(async () => {
    if ((await probeStack("pg", stack)) !== undefined) return; // requireStack skips or fails each test
    await admin((client) => client.query(`CREATE DATABASE "${database}"`));
    created = true;
    // Temporary project under /tmp: --schema and --config are absolute, so nothing needs to resolve from it.
    project = mkdtempSync(path.join(tmpdir(), "cutover-migrate-"));
    cpSync(path.join(REPO, "test/fixtures/prisma/events"), project, { recursive: true });
    schemaPath = path.join(project, "schema.prisma");
    migrationsDir = path.join(project, "migrations");
  });

  afterAll(async () => {
    if (created) await admin((client) => client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
    if (project) rmSync(project, { recursive: true, force: true });
  });

  async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
    const client = new pg.Client({ connectionString: stack.pgUrl });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  }

  const deploy = (options: { databaseUrl?: string; timeoutMs?: number; signal?: AbortSignal } = {}): Promise<DeployRun> =>
    runMigrateDeploy({
      command: PRISMA,
      cwd: OFFLINE,
      schemaPath,
      configPath: CONFIG,
      databaseUrl: options.databaseUrl ?? url,
      timeoutMs: options.timeoutMs ?? 120_000,
      signal: options.signal ?? new AbortController().signal,
      env: OFFLINE_ENV,
    });
  const history = () => readMigrationHistory(url, { connectTimeoutMs: 5000 });
  const rows = (h: MigrationHistory) => (h.table === "present" ? h.rows : []);
  const gate = async () =>
    gateMigrations(readMigrationFolders(migrationsDir), await history(), {
      prisma: PRISMA,
      schemaArgs: ["--schema", schemaPath, "--config", CONFIG],
    });
  const addMigration = (name: string, sql: string) => {
    cpSync(path.join(REPO, "test/fixtures/prisma/events/schema.prisma"), path.join(project, "schema.prisma"));
    const dir = path.join(migrationsDir, name);
    rmSync(dir, { recursive: true, force: true });
    cpSync(path.join(migrationsDir, "20260101000000_sports"), dir, { recursive: true });
    writeFileSync(path.join(dir, "migration.sql"), sql);
  };
  const FIXTURE = ["20260101000000_sports", "20260102000000_events", "20260103000000_markets"];

  it("applies a series of migrations in order, then a rerun applies nothing; checksums are Prisma's", async () => {
    expect(await history()).toEqual({ table: "missing" });
    const before = await gate();
    expect(before.pending.map((f) => f.name)).toEqual(FIXTURE);

    const lines: string[] = [];
    const first = await runMigrateDeploy({
      command: PRISMA,
      cwd: OFFLINE,
      schemaPath,
      configPath: CONFIG,
      databaseUrl: url,
      timeoutMs: 120_000,
      signal: new AbortController().signal,
      env: OFFLINE_ENV,
      onLine: (line) => lines.push(line),
    });
    expect(first, first.output).toMatchObject({
      ok: true,
      exitCode: 0,
      errorCode: undefined,
      appliedNow: FIXTURE,
      timedOut: false,
      aborted: false,
    });
    expect(lines.join("\n")).toBe(first.output);
    // The URL travels in the child's environment, never in its output or arguments.
    expect(first.output).not.toContain(new URL(url).password);

    const applied = rows(await history());
    expect(applied.map((row) => row.name)).toEqual(FIXTURE);
    const folders = readMigrationFolders(migrationsDir);
    for (const [index, row] of applied.entries()) {
      expect(row.checksum).toBe(folders[index]?.checksum);
      expect(row.finishedAt).toBeInstanceOf(Date);
      expect(row).toMatchObject({ rolledBackAt: null, appliedStepsCount: 1 });
    }
    expect(await gate()).toMatchObject({ applied: FIXTURE, pending: [], blockers: [], rolledBack: [] });

    const rerun = await deploy();
    expect(rerun, rerun.output).toMatchObject({ ok: true, appliedNow: [] });
    expect(rows(await history())).toHaveLength(3);
    console.info(`first deploy ${first.durationMs} ms, rerun ${rerun.durationMs} ms`);
  });

  it("a migration failing halfway: failed blocker, real resolve --rolled-back, fixed file applies", async () => {
    const name = "20260104000000_audit";
    addMigration(name, `CREATE TABLE "Audit" ("id" INTEGER NOT NULL);\nINSERT INTO "Nope" VALUES (1);\n`);
    const failed = await deploy();
    expect(failed, failed.output).toMatchObject({ ok: false, exitCode: 1, errorCode: "P3018", failedMigration: name });

    const row = rows(await history()).find((r) => r.name === name);
    expect(row).toMatchObject({ finishedAt: null, rolledBackAt: null, appliedStepsCount: 0 });
    expect(row?.logs).toMatch(/Nope/);
    // Under the driver adapter each statement commits on its own: the first one stayed.
    const audit = await admin(async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        return (await client.query<{ t: string | null }>(`SELECT to_regclass('"Audit"') AS t`)).rows[0]?.t;
      } finally {
        await client.end();
      }
    });
    expect(audit).toBe('"Audit"');

    const blocked = await gate();
    expect(blocked.pending).toEqual([]);
    expect(blocked.blockers).toHaveLength(1);
    const blocker = blocked.blockers[0];
    if (blocker?.kind !== "failed") throw new Error(`expected a failed blocker, got ${JSON.stringify(blocker)}`);
    expect(blocker.resolveRolledBack).toEqual([
      ...PRISMA,
      "migrate",
      "resolve",
      "--rolled-back",
      name,
      "--schema",
      schemaPath,
      "--config",
      CONFIG,
    ]);
    expect(blocker.logs).toMatch(/Nope/);

    const refused = await deploy();
    expect(refused, refused.output).toMatchObject({ ok: false, errorCode: "P3009", failedMigration: name });

    const [file, ...args] = blocker.resolveRolledBack;
    const resolved = await execa(file ?? "", args, { cwd: OFFLINE, env: { ...OFFLINE_ENV, DATABASE_URL: url }, reject: false, all: true });
    expect(resolved.exitCode, resolved.all).toBe(0);
    expect(resolved.all).toContain(`Migration ${name} marked as rolled back`);

    // Prisma allows editing a migration that was rolled back; the fix copes with what stayed.
    addMigration(
      name,
      `CREATE TABLE IF NOT EXISTS "Audit" ("id" INTEGER NOT NULL);\nALTER TABLE "Market" ADD COLUMN "closedAt" TIMESTAMP(3);\n`,
    );
    expect(await gate()).toMatchObject({ blockers: [], rolledBack: [name], pending: [expect.objectContaining({ name })] });

    const fixed = await deploy();
    expect(fixed, fixed.output).toMatchObject({ ok: true, appliedNow: [name] });
    const after = await gate();
    expect(after).toMatchObject({ applied: [...FIXTURE, name], pending: [], blockers: [], rolledBack: [] });
    expect(rows(await history()).filter((r) => r.name === name)).toHaveLength(2);
  });

  it("a migration waiting on a table lock fails fast with lock_timeout from the URL", async () => {
    const name = "20260105000000_region";
    addMigration(name, `ALTER TABLE "Sport" ADD COLUMN "region" TEXT;\n`);
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    try {
      await holder.query("BEGIN");
      await holder.query(`LOCK TABLE "Sport" IN ACCESS EXCLUSIVE MODE`);
      const run = await deploy({ databaseUrl: withSessionTimeouts(url, { lockTimeoutMs: 1000, statementTimeoutMs: 0 }) });
      expect(run, run.output).toMatchObject({ ok: false, errorCode: "P3018", failedMigration: name, timedOut: false });
      expect(run.output).toMatch(/lock timeout/i);
      expect(run.durationMs).toBeLessThan(60_000);
      console.info(`lock_timeout run ${run.durationMs} ms`);
    } finally {
      await holder.query("ROLLBACK").catch(() => undefined);
      await holder.end();
    }
    const row = rows(await history()).find((r) => r.name === name);
    expect(row).toMatchObject({ finishedAt: null, rolledBackAt: null });
    expect(row?.logs).toMatch(/lock timeout/i);
    const blocker = (await gate()).blockers[0];
    expect(blocker).toMatchObject({ kind: "failed", name });

    // Nothing of it ran: resolve as rolled back so that the next tests start from a clean history.
    const [file, ...args] = blocker?.kind === "failed" ? blocker.resolveRolledBack : [];
    const resolved = await execa(file ?? "", args, { cwd: OFFLINE, env: { ...OFFLINE_ENV, DATABASE_URL: url }, reject: false, all: true });
    expect(resolved.exitCode, resolved.all).toBe(0);
    rmSync(path.join(migrationsDir, name), { recursive: true });
  });

  async function withAdvisoryLockHeld<T>(work: () => Promise<T>): Promise<T> {
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    try {
      await holder.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK]);
      return await work();
    } finally {
      await holder.end();
    }
  }

  /** Resolves once one of cutover's tagged Prisma sessions waits on a lock (the DDL is queued behind the holder). */
  async function sessionWaitingOnLock(deadlineMs: number): Promise<void> {
    const until = Date.now() + deadlineMs;
    await admin(async (client) => {
      for (;;) {
        const waiting = await client.query(
          `SELECT 1 FROM pg_stat_activity WHERE datname = $1 AND application_name LIKE 'cutover-migrate-%' AND wait_event_type = 'Lock'`,
          [database],
        );
        if ((waiting.rowCount ?? 0) > 0) return;
        if (Date.now() > until) throw new Error(`no Prisma session waited on the lock within ${deadlineMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    });
  }

  // Stopped only once the DDL is seen queued: how long Prisma takes to get there depends on the machine.
  it("stopping a deploy stuck behind a lock ends its server session, so the DDL does not run later", async () => {
    const name = "20260106000000_later";
    addMigration(name, `ALTER TABLE "Sport" ADD COLUMN "later" TEXT;\n`);
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    let run: DeployRun;
    try {
      await holder.query("BEGIN");
      await holder.query(`LOCK TABLE "Sport" IN ACCESS EXCLUSIVE MODE`);
      const controller = new AbortController();
      const running = deploy({ signal: controller.signal });
      await sessionWaitingOnLock(50_000).finally(() => controller.abort());
      run = await running;
      expect(run, run.output).toMatchObject({ ok: false, aborted: true, appliedNow: [], terminatedSessions: 1 });
    } finally {
      await holder.query("COMMIT").catch(() => undefined);
      await holder.end();
    }
    // Without the termination, the waiting ALTER would run now that the lock is free.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const column = await client
      .query(`SELECT 1 FROM information_schema.columns WHERE table_name = 'Sport' AND column_name = 'later'`)
      .then((r) => r.rowCount)
      .finally(() => client.end());
    expect(column).toBe(0);
    // Prisma had recorded the start: the history says failed, and the gate says what to do.
    expect((await gate()).blockers).toEqual([expect.objectContaining({ kind: "failed", name })]);
  });

  it("the timeout kills a deploy that does not finish in time", async () => {
    const run = await withAdvisoryLockHeld(() => deploy({ timeoutMs: 1500 }));
    expect(run, run.output).toMatchObject({ ok: false, timedOut: true, aborted: false, appliedNow: [] });
    expect(run.durationMs).toBeLessThan(1500 + 10_000);
  });

  it("aborting kills a running deploy", async () => {
    const controller = new AbortController();
    const run = await withAdvisoryLockHeld(() => {
      setTimeout(() => controller.abort(), 1500);
      return deploy({ signal: controller.signal });
    });
    expect(run, run.output).toMatchObject({ ok: false, timedOut: false, aborted: true });
    expect(run.durationMs).toBeLessThan(1500 + 10_000);
  });
});
