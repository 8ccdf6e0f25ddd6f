import { RefusedError } from "../../errors.js";
import { StatementError } from "../statement-port.js";
import type { Logger } from "../../host/host.js";
import type { RunContext } from "../../run/operation.js";
import type { StreamSource } from "../../stream/stream-source.js";
import type { FlinkConfig } from "../config-schema.js";
import type { StatementBackend } from "../statement-port.js";

/** What every flink phase operation is given: the adapters, the config section, and how to rerun it. */
export interface PhaseDeps {
  readonly flink: FlinkConfig;
  readonly prefix: string;
  readonly backend: StatementBackend;
  readonly stream: StreamSource;
  readonly log: Logger;
  /** `cutover flink --phase deploy --config cutover.yml`. */
  readonly resume: string;
}

/**
 * Before each change: another run (a rollback) may have taken the lock over; then this one stops,
 * touching nothing more, and the apply loop says what it had done.
 */
export async function ensureHeld(run: RunContext, before: string): Promise<void> {
  if (!(await run.stillHeld()))
    throw new RefusedError(`the release lock was taken over by another run before ${before}; this run stopped there`);
}

/**
 * Runs one backend call that changes something and waits for its phase. When the wait ends badly
 * (the deadline, a FAILED statement, a stop request) the change was made all the same (the job was
 * submitted, the stop was asked for), so the journal notes it before the error travels on, and the
 * failure says "left resumable", never "nothing was changed". A request the backend refused, or
 * one that never reached it, changed nothing and is not noted.
 */
export async function changing<T>(run: RunContext, what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof StatementError && (error.reason === "timeout" || error.reason === "failed" || error.reason === "aborted"))
      run.journal.record(`${what}, not finished (${error.reason}${error.details.phase ? `: ${error.details.phase}` : ""})`);
    throw error;
  }
}
