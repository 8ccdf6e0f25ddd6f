/**
 * Why a connection to the database failed, told apart: Prisma reports most of these alike, which
 * leaves operators guessing between a firewall, a rotated password and a wrong database name.
 * The message names host:port, database and user, never the password or the URL.
 */
import { ExternalError } from "../../errors.js";

export type ConnectFailure = "unreachable" | "auth" | "no-database" | "tls" | "timeout" | "other";

export class DatabaseConnectError extends ExternalError {
  constructor(
    readonly kind: ConnectFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, "the database", options);
    this.name = "DatabaseConnectError";
  }
}

const UNREACHABLE = new Set(["ECONNREFUSED", "ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN", "ECONNRESET", "EPIPE"]);
const AUTH = new Set(["28P01", "28000"]);

/** Sorts a node-postgres connect error into a kind. */
export function connectFailureOf(error: unknown): ConnectFailure {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (typeof code === "string") {
    if (AUTH.has(code)) return "auth";
    if (code === "3D000") return "no-database";
    if (UNREACHABLE.has(code)) return "unreachable";
    if (code.startsWith("ERR_TLS") || code.includes("CERT") || code.startsWith("UNABLE_TO_") || code === "ERR_SSL_WRONG_VERSION_NUMBER") {
      return "tls";
    }
  }
  if (/timeout/i.test(message)) return "timeout";
  if (/SSL|TLS|certificate/i.test(message)) return "tls";
  return "other";
}

const ADVICE: Record<ConnectFailure, string> = {
  unreachable: "nothing accepted the connection: check the host, the port, and that the database runs and is reachable from this runner",
  timeout: "no answer in time: a firewall or security group may be dropping the connection, or the host is down",
  auth: "the server refused the credentials: check the user and the password (secret rotated?)",
  "no-database": "the server is up and the login worked, but this database does not exist",
  tls: "the TLS handshake failed: check sslmode / sslaccept in the URL and the server's certificate",
  other: "the connection failed",
};

/** A DatabaseConnectError whose message cannot contain `password`. */
export function databaseConnectError(
  error: unknown,
  target: { address: string; database: string; user: string },
  password: string,
): DatabaseConnectError {
  const kind = connectFailureOf(error);
  const code = (error as { code?: unknown } | null)?.code;
  const detail = [error instanceof Error ? error.message : String(error), typeof code === "string" ? `(${code})` : ""].join(" ").trim();
  const text = `Cannot connect to PostgreSQL at ${target.address}, database "${target.database}", user "${target.user}": ${ADVICE[kind]}. ${detail}`;
  return new DatabaseConnectError(kind, hide(text, password), { cause: error });
}

function hide(text: string, secret: string): string {
  if (secret.length < 3) return text; // too short to find without hiding ordinary words
  return text.replaceAll(secret, "***").replaceAll(encodeURIComponent(secret), "***");
}
