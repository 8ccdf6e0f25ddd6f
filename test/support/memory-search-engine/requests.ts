/**
 * One request to the memory engine, wrapped as the adapters wrap theirs: the clients' own retries
 * of connection errors and 502/503/504, the adapters' back-off on 429/503 (request-retry.ts), and
 * the error naming of engine-errors.ts (a state document's 409 becomes a StateConflictError), with
 * the injected faults in between and every request in the log.
 */
import { StateConflictError } from "../../../src/search/engine.js";
import { engineErrorType, statusOf, toEngineError } from "../../../src/search/engine-errors.js";
import { withRequestRetry, type RetryPolicy } from "../../../src/search/request-retry.js";
import { clientRetries, describeFault, errorOf, FaultPlan, type CallRecord } from "./faults.js";

export class Requests {
  readonly log: CallRecord[] = [];
  readonly faults = new FaultPlan();
  readonly listeners = new Set<(call: CallRecord) => void>();

  constructor(
    private readonly retry: RetryPolicy,
    private readonly clientMaxRetries: number,
  ) {}

  /** `stateId`: a state document write, whose 409 (or 404 on the document) is a StateConflictError. */
  async call<T>(call: string, resource: string, run: () => T, stateId?: string): Promise<T> {
    // a real request waits for the network: timers and other requests run meanwhile
    await new Promise((resolve) => setImmediate(resolve));
    try {
      return await withRequestRetry(() => Promise.resolve().then(() => this.attempt(call, resource, run)), this.retry);
    } catch (error) {
      const status = statusOf(error);
      if (stateId !== undefined && (status === 409 || (status === 404 && engineErrorType(error) !== "index_not_found_exception")))
        throw new StateConflictError(stateId);
      throw toEngineError(call, resource, error);
    }
  }

  private attempt<T>(call: string, resource: string, run: () => T): T {
    for (let retry = 0; ; retry++) {
      const record: CallRecord = { call, resource, outcome: "ok" };
      this.log.push(record);
      for (const listener of this.listeners) listener(record);
      const fault = this.faults.take(call, resource);
      if (fault) {
        record.outcome = describeFault(fault);
        if (fault.kind === "timeout") {
          try {
            run();
          } catch {
            // the answer is lost either way
          }
        }
        if (clientRetries(fault) && retry < this.clientMaxRetries) continue;
        throw errorOf(fault);
      }
      try {
        return run();
      } catch (error) {
        const status = statusOf(error);
        record.outcome = status === undefined ? "error" : `${status} ${engineErrorType(error) ?? ""}`.trim();
        throw error;
      }
    }
  }
}
