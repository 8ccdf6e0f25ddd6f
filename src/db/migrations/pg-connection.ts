/**
 * Turns a Prisma PostgreSQL URL into node-postgres settings with Prisma's meaning, not libpq's:
 * Prisma's default `sslmode` is `prefer`, and with `require` it does not verify the certificate
 * unless `sslaccept=strict`. node-postgres would read `sslmode=require` as verify-full (and knows no
 * `prefer`), so handing it the URL as is would refuse RDS/Aurora URLs that Prisma accepts.
 * Prisma-only parameters (`schema`, `connection_limit`, `pgbouncer`, …) are dropped.
 */
import type pg from "pg";

import { InputError } from "../../errors.js";

export interface PgTarget {
  /** `host:port` (or the socket folder), for messages. */
  address: string;
  database: string;
  user: string;
  /** The `?schema=` of the URL (Prisma's), else `public`. */
  schema: string;
  /** Whether a failed TLS handshake may fall back to plain TCP (Prisma's default `sslmode=prefer`). */
  sslFallback: boolean;
  config: pg.ClientConfig;
}

export function pgTarget(url: string, connectTimeoutMs: number): PgTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // Never echo the URL: it carries the password.
    throw new InputError("The database URL is not a valid URL (expected postgresql://user:password@host:port/database).");
  }
  if (parsed.protocol !== "postgresql:" && parsed.protocol !== "postgres:") {
    throw new InputError(`The database URL must start with postgresql:// (got ${parsed.protocol}//).`);
  }
  const params = parsed.searchParams;
  const socketDir = params.get("host") ?? undefined;
  const host = socketDir ?? (parsed.hostname.replace(/^\[(.*)\]$/, "$1") || "localhost");
  const port = Number(parsed.port || params.get("port") || 5432);
  const user = decode(parsed.username) || "postgres";
  const database = decode(parsed.pathname.replace(/^\//, "")) || "postgres";
  const sslmode = (params.get("sslmode") ?? "prefer").toLowerCase();
  const strict = params.get("sslaccept") === "strict" || sslmode === "verify-ca" || sslmode === "verify-full";
  const ssl: pg.ClientConfig["ssl"] = sslmode === "disable" || socketDir !== undefined ? false : { rejectUnauthorized: strict };
  const options = params.get("options") ?? undefined;

  return {
    address: socketDir ?? `${host.includes(":") ? `[${host}]` : host}:${port}`,
    database,
    user,
    schema: params.get("schema") || "public",
    sslFallback: sslmode === "prefer" && ssl !== false,
    config: {
      host,
      port,
      user,
      password: decode(parsed.password),
      database,
      ssl,
      connectionTimeoutMillis: connectTimeoutMs,
      application_name: "cutover",
      ...(options === undefined ? {} : { options }),
    },
  };
}

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
