/**
 * What the tests that run a front end (act's workflows, the Jenkinsfile) share: a database of their
 * own for migrate-db, a stand-in for green's smoke check, the environment an offline Prisma needs,
 * and the release each route serves, read back from AWS with `cutover status`.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import pg from "pg";
import { expect } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import type { Estate } from "../../src/traffic/estate.js";
import { fakeIo } from "./fake-io.js";

const REPO = join(import.meta.dirname, "..", "..");

/** A new, empty database on the stack's PostgreSQL; returns its URL. */
export async function freshDatabase(stackPgUrl: string, prefix: string): Promise<string> {
  const name = `${prefix}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: stackPgUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(stackPgUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** How many migrations Prisma recorded as finished in that database. */
export async function appliedMigrations(databaseUrl: string): Promise<number> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const applied = await db.query("SELECT count(*)::int AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL");
    return (applied.rows[0] as { n: number }).n;
  } finally {
    await db.end();
  }
}

export interface GreenStandIn {
  readonly server: Server;
  readonly url: string;
  /** false: green answers its health check with 500, so verify fails. */
  healthy: boolean;
  close(): Promise<void>;
}

/** Green's smoke check answers through the green header, as the stack's stand-in for an ALB. */
export async function greenStandIn(): Promise<GreenStandIn> {
  const state = { healthy: true };
  const server = createServer((req, res) => {
    if (req.headers["x-client-mode"] !== "green") return void res.writeHead(404).end("this is blue");
    if (!state.healthy) return void res.writeHead(500, { "content-type": "application/json" }).end('{"status":"DOWN"}');
    res.writeHead(200, { "content-type": "application/json" }).end('{"status":"UP"}');
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    server,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get healthy() {
      return state.healthy;
    },
    set healthy(value: boolean) {
      state.healthy = value;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The environment a release stage needs here: green's stand-in for verify, Prisma without downloads. */
export function releaseStageEnv(green: GreenStandIn): Record<string, string> {
  return {
    VERIFY_BASE_URL: green.url,
    // Prisma's binary engines cannot be downloaded here: its WebAssembly engine runs instead
    PRISMA_SCHEMA_ENGINE_BINARY: join(REPO, "scripts/prisma-offline/schema-engine-stub"),
    PRISMA_QUERY_ENGINE_LIBRARY: join(REPO, "scripts/prisma-offline/schema-engine-stub"),
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
  };
}

/** `cutover status --json` for this config, under this environment. */
export async function estateOf(config: string, env: Record<string, string>): Promise<Estate> {
  const { io, stdout, stderr } = fakeIo(env);
  const code = await runCli(["status", "--config", config, "--json"], io);
  expect(code, stderr()).toBe(0);
  return (JSON.parse(stdout()) as { result: Estate }).result;
}

/** Route → the release of the side holding all of its traffic ("mixed" mid-switch). */
export async function liveReleases(config: string, env: Record<string, string>): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const route of (await estateOf(config, env)).routes) {
    const sides = [route.blue, route.green, route.standby].filter((s) => s !== undefined && s.share > 0);
    out[route.service] = sides.length === 1 ? (sides[0]?.release ?? "(untagged)") : "mixed";
  }
  return out;
}
