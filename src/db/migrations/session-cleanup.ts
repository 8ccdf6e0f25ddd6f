/**
 * Ending the server side of a killed `prisma migrate deploy`. Killing the CLI does not stop its
 * PostgreSQL backend: a statement waiting for a lock keeps waiting and runs when the lock is
 * released, after cutover has reported the run as stopped (seen against PostgreSQL 15, with
 * `_prisma_migrations` left saying "failed"). So the runner tags Prisma's sessions with a unique
 * `application_name` and, after a timeout or abort, terminates the sessions carrying that tag.
 */
import type pg from "pg";

import { connectTarget } from "./pg-connect.js";
import { pgTarget } from "./pg-connection.js";

/** `url` with `application_name=<tag>` (replacing any other), for PostgreSQL URLs; others unchanged. */
export function withApplicationName(url: string, tag: string): string {
  if (!/^postgres(?:ql)?:/i.test(url)) return url;
  const hashAt = url.indexOf("#");
  const head = hashAt === -1 ? url : url.slice(0, hashAt);
  const hash = hashAt === -1 ? "" : url.slice(hashAt);
  const queryAt = head.indexOf("?");
  const base = queryAt === -1 ? head : head.slice(0, queryAt);
  const pairs =
    queryAt === -1
      ? []
      : head
          .slice(queryAt + 1)
          .split("&")
          .filter((pair) => pair !== "");
  const kept = pairs.filter((pair) => pair.split("=")[0] !== "application_name");
  return `${base}?${[...kept, `application_name=${encodeURIComponent(tag)}`].join("&")}${hash}`;
}

/** Terminates the sessions tagged `tag`; how many it ended, or why it could not. */
export async function terminateTaggedSessions(url: string, tag: string, connectTimeoutMs = 5000): Promise<number | Error> {
  let client: pg.Client | undefined;
  try {
    const target = pgTarget(url, connectTimeoutMs);
    // Without the URL's session options: a short statement_timeout must not stop the clean-up.
    delete target.config.options;
    client = await connectTarget(target);
    const result = await client.query<{ ended: boolean }>(
      "SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity WHERE application_name = $1 AND pid <> pg_backend_pid()",
      [tag],
    );
    return result.rows.filter((row) => row.ended).length;
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  } finally {
    await client?.end().catch(() => undefined);
  }
}
