/** Opens a node-postgres client for a parsed Prisma URL, with Prisma's sslmode=prefer fallback. */
import pg from "pg";

import { databaseConnectError } from "./database-connect-error.js";
import type { PgTarget } from "./pg-connection.js";

/** A connected client; a failure is a DatabaseConnectError. */
export async function connectTarget(target: PgTarget): Promise<pg.Client> {
  const password = typeof target.config.password === "string" ? target.config.password : "";
  try {
    return await open(target.config);
  } catch (error) {
    // sslmode=prefer (Prisma's default): try TLS, and use plain TCP when the server has no TLS.
    if (target.sslFallback && error instanceof Error && /does not support SSL/i.test(error.message)) {
      try {
        return await open({ ...target.config, ssl: false });
      } catch (plainError) {
        throw databaseConnectError(plainError, target, password);
      }
    }
    throw databaseConnectError(error, target, password);
  }
}

async function open(config: pg.ClientConfig): Promise<pg.Client> {
  const client = new pg.Client(config);
  // An error after connect (server restart) must not crash the process; the pending query rejects.
  client.on("error", () => undefined);
  try {
    await client.connect();
    return client;
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error;
  }
}
