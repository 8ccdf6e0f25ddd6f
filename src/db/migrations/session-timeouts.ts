/**
 * Session timeouts carried in the connection URL, so that they reach whatever opens the connection
 * (Prisma's Rust engine via quaint, or node-postgres under a driver adapter): both pass the
 * libpq `options` parameter to the server as startup options.
 */
import { InputError } from "../../errors.js";

/**
 * `url` with `-c lock_timeout=<ms> -c statement_timeout=<ms>` appended to its `options` query
 * parameter (a 0 leaves that setting alone). Existing options are kept; PostgreSQL applies `-c`
 * flags in order, so these win over earlier ones for the same setting. Other parameters, the
 * credentials and the path are left byte for byte as they were.
 */
export function withSessionTimeouts(url: string, t: { lockTimeoutMs: number; statementTimeoutMs: number }): string {
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(url)?.[1]?.toLowerCase();
  if (scheme !== "postgresql" && scheme !== "postgres") {
    // Never echo the URL: it carries the password.
    throw new InputError(`Session timeouts need a PostgreSQL URL (postgresql://…), not a ${scheme ?? "schemeless"} URL.`);
  }
  const flags = [flag("lock_timeout", t.lockTimeoutMs), flag("statement_timeout", t.statementTimeoutMs)].filter((f) => f !== "");
  if (flags.length === 0) return url;

  const hashAt = url.indexOf("#");
  const beforeHash = hashAt === -1 ? url : url.slice(0, hashAt);
  const hash = hashAt === -1 ? "" : url.slice(hashAt);
  const queryAt = beforeHash.indexOf("?");
  const base = queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt);
  const pairs = queryAt === -1 || queryAt === beforeHash.length - 1 ? [] : beforeHash.slice(queryAt + 1).split("&");

  const existing = pairs.filter((pair) => keyOf(pair) === "options").map(valueOf);
  const others = pairs.filter((pair) => keyOf(pair) !== "options");
  const options = [...existing.filter((value) => value.trim() !== ""), ...flags].join(" ");
  return `${base}?${[...others, `options=${encodeURIComponent(options)}`].join("&")}${hash}`;
}

function flag(setting: string, ms: number): string {
  if (!Number.isInteger(ms) || ms < 0) throw new InputError(`${setting} must be a whole number of milliseconds ≥ 0, got ${ms}.`);
  return ms === 0 ? "" : `-c ${setting}=${ms}`;
}

function keyOf(pair: string): string {
  const eq = pair.indexOf("=");
  return decodeFormValue(eq === -1 ? pair : pair.slice(0, eq));
}

function valueOf(pair: string): string {
  const eq = pair.indexOf("=");
  return eq === -1 ? "" : decodeFormValue(pair.slice(eq + 1));
}

/** Query values are form-encoded for both quaint and node-postgres: `+` is a space. */
function decodeFormValue(value: string): string {
  const spaced = value.replaceAll("+", " ");
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}
