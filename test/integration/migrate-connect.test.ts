/**
 * Connection failures told apart, session timeouts reaching the server, and the runner's process
 * handling (abort kills the whole process group, a missing executable is named), against the
 * stack's PostgreSQL. No Prisma runs here: it is quick.
 * Run: npx vitest run test/integration/migrate-connect.test.ts
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type Server, type Socket } from "node:net";

import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { InputError } from "../../src/errors.js";
import { DatabaseConnectError, readMigrationHistory } from "../../src/db/migrations/migration-history.js";
import { pgTarget } from "../../src/db/migrations/pg-connection.js";
import { runMigrateDeploy } from "../../src/db/migrations/prisma-deploy.js";
import { withSessionTimeouts } from "../../src/db/migrations/session-timeouts.js";
import { probeStack, requireStack } from "./stack-env.js";

function withParts(base: string, parts: { password?: string; port?: string; database?: string; search?: string }): string {
  const url = new URL(base);
  if (parts.password !== undefined) url.password = parts.password;
  if (parts.port !== undefined) url.port = parts.port;
  if (parts.database !== undefined) url.pathname = `/${parts.database}`;
  if (parts.search !== undefined) url.search = parts.search;
  return url.toString();
}

async function connectError(url: string, connectTimeoutMs = 5000): Promise<DatabaseConnectError> {
  const error = await readMigrationHistory(url, { connectTimeoutMs }).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof DatabaseConnectError)) throw new Error(`expected a DatabaseConnectError, got ${String(error)}`);
  return error;
}

describe("readMigrationHistory against PostgreSQL", () => {
  const stack = requireStack("pg");
  const password = "Wr0ng-s3cret-Zq";
  const database = `cutover_history_${randomBytes(4).toString("hex")}`;
  let created = false;

  async function admin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    if ((await probeStack("pg", stack)) !== undefined) return;
    await admin(stack.pgUrl, (client) => client.query(`CREATE DATABASE "${database}"`));
    created = true;
  });
  afterAll(async () => {
    if (created) await admin(stack.pgUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
  });

  it("a database without _prisma_migrations: table missing (plain TCP after Prisma's default sslmode=prefer)", async () => {
    expect(await readMigrationHistory(withParts(stack.pgUrl, { database }), { connectTimeoutMs: 5000 })).toEqual({ table: "missing" });
  });

  it("reads the table from the URL's ?schema=", async () => {
    const url = withParts(stack.pgUrl, { database });
    await admin(url, async (client) => {
      await client.query(`CREATE SCHEMA "release ""x"""`);
      await client.query(`CREATE TABLE "release ""x"""._prisma_migrations (id varchar(36) PRIMARY KEY, checksum varchar(64) NOT NULL,
        finished_at timestamptz, migration_name varchar(255) NOT NULL, logs text, rolled_back_at timestamptz,
        started_at timestamptz NOT NULL DEFAULT now(), applied_steps_count integer NOT NULL DEFAULT 0)`);
      await client.query(
        `INSERT INTO "release ""x"""._prisma_migrations (id, checksum, migration_name, logs) VALUES ('1', 'abc', '20260101000000_a', 'boom')`,
      );
    });
    const inSchema = await readMigrationHistory(withParts(url, { search: `?schema=${encodeURIComponent('release "x"')}` }), {
      connectTimeoutMs: 5000,
    });
    expect(inSchema).toEqual({
      table: "present",
      rows: [
        {
          name: "20260101000000_a",
          checksum: "abc",
          startedAt: expect.any(Date) as unknown as Date,
          finishedAt: null,
          rolledBackAt: null,
          logs: "boom",
          appliedStepsCount: 0,
        },
      ],
    });
    expect(await readMigrationHistory(url, { connectTimeoutMs: 5000 })).toEqual({ table: "missing" });
    expect(await readMigrationHistory(url, { connectTimeoutMs: 5000, schema: 'release "x"' })).toMatchObject({ table: "present" });
  });

  it("wrong password: auth, and the password is nowhere in the message", async () => {
    const error = await connectError(withParts(stack.pgUrl, { password }));
    expect(error.kind).toBe("auth");
    expect(error.message).not.toContain(password);
    expect(error.message).toContain(new URL(stack.pgUrl).host);
    expect(error.message).toMatch(/password authentication failed/);
  });

  it("missing database: no-database", async () => {
    const error = await connectError(withParts(stack.pgUrl, { database: "cutover_no_such_db" }));
    expect(error.kind).toBe("no-database");
    expect(error.message).toContain('"cutover_no_such_db"');
    expect(error.message).not.toContain(new URL(stack.pgUrl).password);
  });

  it("nothing listening: unreachable, naming host:port", async () => {
    const error = await connectError(withParts(stack.pgUrl, { port: "1", password }));
    expect(error.kind).toBe("unreachable");
    expect(error.message).toContain("127.0.0.1:1");
    expect(error.message).not.toContain(password);
  });

  it("a server that never answers: timeout", async () => {
    const sockets: Socket[] = [];
    const silent: Server = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const port = (silent.address() as { port: number }).port;
    try {
      const error = await connectError(withParts(stack.pgUrl, { port: String(port), password }), 500);
      expect(error.kind).toBe("timeout");
      expect(error.message).not.toContain(password);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it("session timeouts in the URL reach the server through node-postgres", async () => {
    const url = withSessionTimeouts(withParts(stack.pgUrl, { database, search: "?options=-c%20search_path%3Dpublic" }), {
      lockTimeoutMs: 1000,
      statementTimeoutMs: 2500,
    });
    // Both the adapter's view (a plain connectionString) and cutover's own (pgTarget) of the URL.
    for (const config of [{ connectionString: url }, pgTarget(url, 5000).config]) {
      const settings = await admin(url, async () => {
        const client = new pg.Client({ ...config, ssl: false });
        await client.connect();
        try {
          return (
            await client.query<{ l: string; s: string; p: string }>(
              "SELECT current_setting('lock_timeout') AS l, current_setting('statement_timeout') AS s, current_setting('search_path') AS p",
            )
          ).rows[0];
        } finally {
          await client.end();
        }
      });
      expect(settings).toEqual({ l: "1s", s: "2500ms", p: "public" });
    }
  });
});

describe("runMigrateDeploy process handling", () => {
  it("abort ends the child and what it started (process group), then reports aborted", async () => {
    if (process.platform === "win32") return;
    // A stand-in CLI that starts a grandchild, prints its pid, and then waits (ignoring SIGTERM, like a busy engine).
    const script = `
      const { spawn } = require("node:child_process");
      const child = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
      console.log("grandchild " + child.pid);
      process.on("SIGTERM", () => console.log("ignoring SIGTERM"));
      setInterval(() => {}, 1000);`;
    const controller = new AbortController();
    const lines: string[] = [];
    const run = runMigrateDeploy({
      command: [process.execPath, "-e", script, "--"],
      cwd: process.cwd(),
      schemaPath: "/nonexistent/schema.prisma",
      databaseUrl: "postgresql://u:p@127.0.0.1:1/db",
      timeoutMs: 60_000,
      signal: controller.signal,
      env: process.env,
      killGraceMs: 500,
      onLine: (line) => {
        lines.push(line);
        if (line.startsWith("grandchild")) controller.abort();
      },
    });
    const result = await run;
    expect(result).toMatchObject({ ok: false, aborted: true, timedOut: false });
    const grandchild = Number(lines.find((line) => line.startsWith("grandchild"))?.split(" ")[1]);
    expect(grandchild).toBeGreaterThan(0);
    await expect.poll(() => alive(grandchild), { timeout: 5000 }).toBe(false);
  });

  it("the child sees DATABASE_URL and the given env only, with stdin closed", async () => {
    const script = `console.log(JSON.stringify({ url: process.env.DATABASE_URL, marker: process.env.CUTOVER_MARKER ?? null, leaked: process.env.CUTOVER_PARENT_ONLY ?? null, args: process.argv.slice(1) })); process.stdin.on("data", () => {}).on("end", () => console.log("stdin closed"));`;
    process.env.CUTOVER_PARENT_ONLY = "x";
    try {
      const result = await runMigrateDeploy({
        command: [process.execPath, "-e", script, "--"],
        cwd: process.cwd(),
        schemaPath: "/p/schema.prisma",
        configPath: "/p/prisma.config.ts",
        databaseUrl: "postgresql://u:secret@h/db",
        timeoutMs: 20_000,
        signal: new AbortController().signal,
        env: { PATH: process.env.PATH, CUTOVER_MARKER: "m" },
      });
      expect(result.ok).toBe(true);
      const seen = JSON.parse(result.output.split("\n")[0] ?? "{}") as Record<string, unknown>;
      expect(result.output).toContain("stdin closed");
      expect(seen).toEqual({
        // Tagged so that a timeout or abort can end Prisma's server sessions too.
        url: expect.stringMatching(/^postgresql:\/\/u:secret@h\/db\?application_name=cutover-migrate-[0-9a-f]{12}$/) as unknown as string,
        marker: "m",
        leaked: null,
        args: ["migrate", "deploy", "--schema", "/p/schema.prisma", "--config", "/p/prisma.config.ts"],
      });
    } finally {
      delete process.env.CUTOVER_PARENT_ONLY;
    }
  });

  it("a missing executable is an InputError naming it", async () => {
    const run = runMigrateDeploy({
      command: ["cutover-no-such-prisma-cli", "prisma"],
      cwd: process.cwd(),
      schemaPath: "/p/schema.prisma",
      databaseUrl: "postgresql://u:p@h/db",
      timeoutMs: 20_000,
      signal: new AbortController().signal,
      env: process.env,
    });
    await expect(run).rejects.toThrow(InputError);
    await expect(run).rejects.toThrow(/cutover-no-such-prisma-cli/);
  });
});

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A zombie waiting for a reaper (no init in some containers) is dead for our purpose.
  try {
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, "utf8"));
  } catch {
    return false;
  }
}
