/**
 * What the apply loop (run-operation.ts) runs: an operation plans from the world, applies, and reads
 * the world back. deploy-green, switch-traffic, promote, rollback and the es-reindex phases are each
 * one; the loop, not the operation, owns the lock, `--dry-run`, signals and what a failure left.
 */
import type { Logger } from "../host/host.js";

/** The changes a run has made so far, in order: what a failure reports as made, or puts back. */
export interface Journal {
  readonly changes: readonly string[];
  /** Notes a change made; it is logged too unless `log: false` (a step that logs one line for many writes). */
  record(line: string, options?: { readonly log?: boolean }): void;
}

export interface RunContext {
  /** Aborted when the process is asked to stop (SIGINT, SIGTERM) or the lock is taken by another run. */
  readonly signal: AbortSignal;
  readonly journal: Journal;
  readonly log: Logger;
  /** Milliseconds since the epoch; injectable so that long waits are tested in milliseconds. */
  now(): number;
  /** Waits `ms`, or less when the signal aborts; never rejects (callers look at the signal after). */
  sleep(ms: number): Promise<void>;
  /** Waits `ms` whatever the signal: for putting things back after a stop request. */
  sleepThrough(ms: number): Promise<void>;
  /** False once another run took the lock over (a rollback): the operation stops, touching nothing more. */
  stillHeld(): Promise<boolean>;
}

export interface Operation<Plan, Result> {
  /** The command, for messages: `promote`. */
  readonly name: string;
  /** What a person runs to continue after a resumable failure: `cutover promote --config cutover.yml`. */
  readonly resume: string;
  /** Reads the world and plans (the planning itself is pure). Refusals throw RefusedError, bad input InputError. */
  plan(): Promise<Plan>;
  /** Nothing to change: the loop takes no lock and applies nothing. */
  isEmpty(plan: Plan): boolean;
  /** Makes the plan's changes, recording each one in `run.journal`. */
  apply(plan: Plan, run: RunContext): Promise<Result>;
  /** Reads the world again after `apply`: what is not as the plan meant (empty: all as planned). */
  verify?(plan: Plan, result: Result, run: RunContext): Promise<readonly string[]>;
  /**
   * After a failure part-way, puts back what the journal says was changed, and returns the error to
   * report (saying what was put back). Without it, a failure leaves what was made for a rerun.
   */
  restore?(plan: Plan, run: RunContext, cause: unknown): Promise<Error>;
}

/** A lock the loop takes just before the first change and releases at the end, also on failure. */
export interface RunLock {
  acquire(): Promise<HeldRunLock>;
}

export interface HeldRunLock {
  /** Aborted once the lock is known to be someone else's (a heartbeat saw it); undefined when only `check` can tell. */
  readonly lost?: AbortSignal;
  /** Throws when the lock is no longer this run's. */
  check(): Promise<void>;
  /** Never throws: a lock that cannot be released is a warning naming how to break it. */
  release(): Promise<void>;
}

export type RunOutcome<Plan, Result> =
  | { readonly kind: "dry-run"; readonly plan: Plan }
  | { readonly kind: "nothing-to-do"; readonly plan: Plan }
  | { readonly kind: "applied"; readonly plan: Plan; readonly result: Result; readonly changes: readonly string[] };
