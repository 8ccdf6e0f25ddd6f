import type { Report } from "./report/report.js";

/**
 * The few error kinds cutover raises on purpose. Only the CLI entry point turns them into exit
 * codes; everything else throws and lets them travel up.
 */

export const ExitCode = {
  /** The command did what it said. */
  Done: 0,
  /** The operation failed; what was changed was put back, or left resumable (the message says which). */
  Failed: 1,
  /** Bad input or configuration; nothing was changed. */
  BadInput: 2,
  /** Refused by a safety check (unsafe migration, lock held, precondition not met); nothing was changed. */
  Refused: 3,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * What a command found before it refused or failed (the migration findings, the steps taken), so
 * the operator still gets the table and the JSON `result`, not only the reason.
 */
export interface PartialResult {
  readonly report: Report;
  readonly data: unknown;
}

/** Bad flags, inputs or config. Each problem names where it was found. */
export class InputError extends Error {
  readonly exitCode = ExitCode.BadInput;
  constructor(
    message: string,
    readonly problems: readonly string[] = [message],
  ) {
    super(message);
    this.name = "InputError";
  }
}

/** A command that exists in the command table but whose capability is not built yet. */
export class NotBuiltError extends InputError {
  constructor(command: string) {
    super(`'${command}' is not built yet in this version of cutover; nothing was done.`);
    this.name = "NotBuiltError";
  }
}

/**
 * A safety check said no: before anything changed, or (with `aftermath`) part-way, when what this run
 * had changed was put back first (switch-traffic finding weights moved by someone else).
 */
export class RefusedError extends Error {
  readonly exitCode = ExitCode.Refused;
  constructor(
    message: string,
    readonly reasons: readonly string[] = [message],
    readonly aftermath?: Aftermath,
    readonly partial?: PartialResult,
  ) {
    super(message);
    this.name = "RefusedError";
  }
}

/**
 * A system cutover works with (AWS, a search engine, Kafka, a database, Flink) answered with an error
 * or could not be reached. Adapters throw these; the apply loop turns them into an OperationError that
 * says what was left behind. Never "a bug in cutover".
 */
export class ExternalError extends Error {
  constructor(
    message: string,
    /** `AWS`, `the search engine`, `Kafka`: how messages name the system. */
    readonly system: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "ExternalError";
  }
}

/** How the world was left after a failure: put back, or left for the next run to resume. */
export type Aftermath = { kind: "restored"; detail: string } | { kind: "resumable"; detail: string } | { kind: "untouched" };

/** The operation failed part-way. `aftermath` tells the operator what state things are in. */
export class OperationError extends Error {
  readonly exitCode = ExitCode.Failed;
  readonly partial: PartialResult | undefined;
  constructor(
    message: string,
    readonly aftermath: Aftermath,
    options?: { cause?: unknown; partial?: PartialResult },
  ) {
    super(message, options);
    this.partial = options?.partial;
    this.name = "OperationError";
  }
}

export function exitCodeOf(error: unknown): ExitCode {
  if (error instanceof InputError || error instanceof RefusedError || error instanceof OperationError) {
    return error.exitCode;
  }
  return ExitCode.Failed;
}
