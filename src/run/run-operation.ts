/**
 * The one apply loop: plan → (dry run: stop) → lock → apply → read back → release. It owns what
 * every mutating command shares, so no command has a loop of its own:
 *
 * - `--dry-run` is looked at here and nowhere else: the plan is made, nothing is applied, no lock.
 * - The lock is taken just before the first change, released at the end, also on failure.
 * - A signal (SIGINT, SIGTERM) or the lock taken by another run aborts the run's signal, which every
 *   wait in an operation watches, so the run acts on it within a fraction of a second.
 * - A failure says what it left behind: nothing changed, put back (the operation's `restore`), or
 *   resumable with the changes made listed.
 * - After applying, the world is read back; what is not as planned is a failure, never a success.
 */
import { ExternalError, InputError, OperationError, RefusedError } from "../errors.js";
import type { Logger } from "../host/host.js";
import type { HeldRunLock, Journal, Operation, RunContext, RunLock, RunOutcome } from "./operation.js";
import { systemClock, type Clock } from "./clock.js";

export interface RunOptions {
  readonly dryRun: boolean;
  /** Taken before the first change; none for commands without one. */
  readonly lock?: RunLock;
  /** The process's stop request (SIGINT/SIGTERM). */
  readonly signal: AbortSignal;
  readonly log: Logger;
  /** Time, for tests of long waits; the system clock by default. */
  readonly clock?: Clock;
}

export async function runOperation<Plan, Result>(op: Operation<Plan, Result>, options: RunOptions): Promise<RunOutcome<Plan, Result>> {
  const plan = await untouched(op, () => op.plan());
  if (options.dryRun) return { kind: "dry-run", plan };
  if (op.isEmpty(plan)) return { kind: "nothing-to-do", plan };
  if (options.signal.aborted)
    throw new OperationError(`${op.name} was interrupted (${reasonOf(options.signal)}) before any change`, { kind: "untouched" });

  const held = options.lock ? await untouched(op, () => (options.lock as RunLock).acquire()) : undefined;
  const stop = AbortSignal.any([options.signal, ...(held?.lost ? [held.lost] : [])]);
  const journal = newJournal(options.log);
  const clock = options.clock ?? systemClock;
  const run: RunContext = {
    signal: stop,
    journal,
    log: options.log,
    now: () => clock.now(),
    sleep: (ms) => clock.sleep(ms, stop),
    sleepThrough: (ms) => clock.sleep(ms),
    stillHeld: () => stillHeld(held),
  };
  try {
    // an operation that returns has finished its work, even when it ended early on a signal (follow)
    const result = await op.apply(plan, run);
    const unmet = op.verify ? await op.verify(plan, result, run) : [];
    if (unmet.length > 0)
      throw new OperationError(`${op.name}: read back after the changes, not as planned: ${unmet.join("; ")}`, {
        kind: "resumable",
        detail: `${made(journal)}Run ${op.resume} again to finish.`,
      });
    return { kind: "applied", plan, result, changes: journal.changes };
  } catch (error) {
    throw await afterFailure(op, plan, run, held, error);
  } finally {
    await held?.release();
  }
}

/** Planning and taking the lock change nothing: an error from outside there leaves everything as it was. */
async function untouched<T>(op: Operation<unknown, unknown>, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof ExternalError) throw new OperationError(error.message, { kind: "untouched" }, { cause: error });
    throw error;
  }
}

async function afterFailure<Plan>(
  op: Operation<Plan, unknown>,
  plan: Plan,
  run: RunContext,
  held: HeldRunLock | undefined,
  error: unknown,
): Promise<unknown> {
  // an "untouched" from a read after changes were made (the read-back) is not untouched any more
  if (error instanceof OperationError && error.aftermath.kind === "untouched" && run.journal.changes.length > 0)
    return new OperationError(
      error.message,
      { kind: "resumable", detail: `${made(run.journal)}Run ${op.resume} again: it plans from what is there now and finishes the rest.` },
      { cause: error },
    );
  // bad input, and a failure the operation already explained (a wait that timed out), keep their words
  if (error instanceof InputError || error instanceof OperationError) return error;
  // another run holds the lock now: whatever is in place is theirs to change, not ours to put back
  if (await lockLost(held))
    return new OperationError(
      `${op.name} stopped: the lock was taken over by another run (a rollback?)`,
      run.journal.changes.length === 0
        ? { kind: "untouched" }
        : { kind: "resumable", detail: `${made(run.journal)}Everything was left as it is for the run that holds the lock.` },
      { cause: error },
    );
  const interrupted =
    run.signal.aborted && !(error instanceof ExternalError) && !(error instanceof RefusedError) && !(error instanceof Interrupted);
  const cause = interrupted ? Interrupted.by(op.name, run.signal) : error;
  if (run.journal.changes.length === 0) {
    if (cause instanceof ExternalError || cause instanceof Interrupted)
      return new OperationError(cause.message, { kind: "untouched" }, { cause });
    return cause;
  }
  // changes were made: put back when the operation can (traffic), whatever the cause, a bug included
  if (op.restore) return op.restore(plan, run, cause);
  const resumable = {
    kind: "resumable" as const,
    detail: `${made(run.journal)}Run ${op.resume} again: it plans from what is there now and finishes the rest.`,
  };
  if (cause instanceof ExternalError || cause instanceof Interrupted)
    return new OperationError(`${op.name}: ${cause.message}`, resumable, { cause });
  if (cause instanceof RefusedError) return new RefusedError(cause.message, cause.reasons, resumable, cause.partial);
  run.log.warn(made(run.journal));
  return cause;
}

/** A stop request (SIGINT/SIGTERM) seen part-way; an operation may throw one in its own words. */
export class Interrupted extends Error {
  constructor(message: string) {
    super(message);
    this.name = "Interrupted";
  }

  static by(command: string, signal: AbortSignal): Interrupted {
    return new Interrupted(`${command} was interrupted (${reasonOf(signal)})`);
  }
}

/** The signal's reason in words: `SIGINT received`. */
export function reasonOf(signal: AbortSignal): string {
  const reason: unknown = signal.reason;
  return reason instanceof Error ? reason.message : "stop requested";
}

/** Whether another run has taken the lock; a lock that cannot be read now counts as still ours. */
async function lockLost(held: HeldRunLock | undefined): Promise<boolean> {
  if (!held) return false;
  if (held.lost?.aborted) return true;
  try {
    await held.check();
    return false;
  } catch (error) {
    return error instanceof RefusedError;
  }
}

async function stillHeld(held: HeldRunLock | undefined): Promise<boolean> {
  if (!held) return true;
  if (held.lost?.aborted) return false;
  try {
    await held.check();
    return true;
  } catch (error) {
    if (error instanceof RefusedError) return false;
    throw error;
  }
}

function made(journal: Journal): string {
  return journal.changes.length > 0 ? `Made before the failure: ${journal.changes.join("; ")}. ` : "";
}

function newJournal(log: Logger): Journal {
  const changes: string[] = [];
  return {
    changes,
    record: (line, options) => {
      changes.push(line);
      if (options?.log !== false) log.info(line);
    },
  };
}
