/**
 * Runs the project's own `prisma migrate deploy` (its pinned version, binary or wasm engine) and
 * reports what happened. The child gets the database URL in its environment only, never on its
 * command line; its output is handed to the caller line by line, unlogged, so the caller's host
 * can redact secrets before printing.
 */
import { randomBytes } from "node:crypto";

import { execa } from "execa";

import { InputError } from "../../errors.js";
import { readDeployOutput } from "./prisma-output.js";
import { terminateTaggedSessions, withApplicationName } from "./session-cleanup.js";

export interface DeployRun {
  ok: boolean;
  exitCode: number | null;
  /** stdout and stderr interleaved, as printed. */
  output: string;
  /** P3009, P3018, P1000, P1001…, from the output. */
  errorCode: string | undefined;
  failedMigration: string | undefined;
  /** Parsed from the success listing; after a failure, read the history to know what ran. */
  appliedNow: string[];
  durationMs: number;
  timedOut: boolean;
  aborted: boolean;
  /**
   * After a timeout or abort: how many of Prisma's PostgreSQL sessions were terminated (they would
   * otherwise go on running the migration), or why that failed. Undefined when not needed.
   */
  terminatedSessions?: number | Error;
}

export interface DeployOptions {
  /** The Prisma CLI as an argument list, e.g. ["npx", "prisma"]. */
  command: readonly string[];
  cwd: string;
  schemaPath: string;
  configPath?: string;
  databaseUrl: string;
  timeoutMs: number;
  signal: AbortSignal;
  /** The whole environment the child starts from (the caller's, usually process.env). */
  env: Readonly<Record<string, string | undefined>>;
  onLine?: (line: string) => void;
  /** How long after SIGTERM the child gets before SIGKILL. */
  killGraceMs?: number;
}

export async function runMigrateDeploy(options: DeployOptions): Promise<DeployRun> {
  const args = ["migrate", "deploy", "--schema", options.schemaPath, ...(options.configPath ? ["--config", options.configPath] : [])];
  return runPrisma(options, args);
}

/** Runs `<command…> <args…>` under the deploy rules (env, streaming, timeout, abort). Shared with `migrate resolve`. */
export async function runPrisma(options: DeployOptions, args: readonly string[]): Promise<DeployRun> {
  const [file, ...prefix] = options.command;
  if (file === undefined || file === "") throw new InputError("The Prisma command is empty: give it as a list, e.g. [npx, prisma].");
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(options.env)) if (value !== undefined) env[key] = value;
  // Tagged, so that a timeout or abort can end Prisma's sessions on the server too (session-cleanup.ts).
  const tag = `cutover-migrate-${randomBytes(6).toString("hex")}`;
  env.DATABASE_URL = withApplicationName(options.databaseUrl, tag);
  env.PRISMA_HIDE_UPDATE_MESSAGE = "1"; // the update box is noise in CI logs

  const started = performance.now();
  const child = execa(file, [...prefix, ...args], {
    cwd: options.cwd,
    env,
    extendEnv: false,
    stdin: "ignore",
    all: true,
    buffer: false,
    reject: false,
    // Own process group, so that timeout and abort also end what the CLI started (npx → node →
    // schema-engine): killing only the direct child would leave the engine running DDL.
    detached: process.platform !== "win32",
  });

  const lines: string[] = [];
  let timedOut = false;
  let aborted = false;
  const stop = (reason: "timeout" | "abort") => {
    if (timedOut || aborted) return;
    if (reason === "timeout") timedOut = true;
    else aborted = true;
    killTree(child.pid, "SIGTERM");
    const force = setTimeout(() => killTree(child.pid, "SIGKILL"), options.killGraceMs ?? 5_000);
    force.unref();
    void child.finally(() => clearTimeout(force)).catch(() => undefined);
  };
  const timer = setTimeout(() => stop("timeout"), options.timeoutMs);
  const onAbort = () => stop("abort");
  if (options.signal.aborted) onAbort();
  else options.signal.addEventListener("abort", onAbort, { once: true });

  try {
    const reading = (async () => {
      for await (const line of child.iterable({ from: "all" })) {
        lines.push(line);
        options.onLine?.(line);
      }
    })().catch(() => undefined); // the result below carries the failure
    const result = await child;
    await reading;
    if (result.failed && (result as { code?: string }).code === "ENOENT") {
      throw new InputError(`Cannot run the Prisma command '${file}': no such executable (looked up in PATH from ${options.cwd}).`);
    }
    const output = lines.join("\n");
    const exitCode = result.exitCode ?? null;
    const stopped = timedOut || aborted;
    const terminatedSessions =
      stopped && env.DATABASE_URL !== options.databaseUrl ? await terminateTaggedSessions(options.databaseUrl, tag) : undefined;
    return {
      ok: exitCode === 0 && !timedOut && !aborted,
      exitCode,
      output,
      ...readDeployOutput(output),
      durationMs: Math.round(performance.now() - started),
      timedOut,
      aborted,
      ...(terminatedSessions === undefined ? {} : { terminatedSessions }),
    };
  } finally {
    clearTimeout(timer);
    options.signal.removeEventListener("abort", onAbort);
  }
}

function killTree(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(process.platform === "win32" ? pid : -pid, signal);
  } catch {
    // already gone
  }
}
