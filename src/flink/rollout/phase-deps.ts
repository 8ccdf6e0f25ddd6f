import { RefusedError } from "../../errors.js";
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
