/**
 * Bounded waiting for a statement's phase, shared by both backends: poll with back-off (fast at
 * first, since a phase change on the gateway takes about a second, then slower), give up at a
 * deadline, stop at once on abort. Every way out names the statement.
 */
import { StatementError, type StatementPhase } from "./statement-port.js";

export interface PollTiming {
  readonly firstDelayMs: number;
  readonly maxDelayMs: number;
}

export const DEFAULT_POLL: PollTiming = { firstDelayMs: 200, maxDelayMs: 5_000 };

/** Resolves after `ms`, or rejects with `aborted` naming `statement` when the signal fires first. */
export function pause(ms: number, statement: string, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortedError(statement, signal));
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortedError(statement, signal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

export function abortedError(statement: string, signal?: AbortSignal): StatementError {
  return new StatementError(statement, "aborted", "the operation was aborted", {}, { cause: signal?.reason });
}

export function throwIfAborted(statement: string, signal?: AbortSignal): void {
  if (signal?.aborted) throw abortedError(statement, signal);
}

export interface PhaseWait {
  readonly statement: string;
  /** What the caller is doing, for messages: "start", "stop", "resume". */
  readonly action: string;
  readonly want: ReadonlySet<StatementPhase>;
  /** Phases that end the wait with `failed` (FAILED while waiting for RUNNING). */
  readonly fail: ReadonlySet<StatementPhase>;
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
  readonly timing?: PollTiming;
}

export interface PhaseReading {
  readonly phase: StatementPhase | undefined;
  readonly detail?: string;
}

/**
 * Reads the phase until it is one of `want`; throws `failed` on a phase of `fail` (with the
 * backend's detail), `timeout` at the deadline (with the last phase seen), `aborted` on abort.
 * An undefined phase (the statement not visible yet) keeps waiting.
 */
export async function waitForPhase<T extends PhaseReading>(read: () => Promise<T>, wait: PhaseWait): Promise<T> {
  const timing = wait.timing ?? DEFAULT_POLL;
  const deadline = Date.now() + wait.timeoutMs;
  let delay = timing.firstDelayMs;
  for (;;) {
    throwIfAborted(wait.statement, wait.signal);
    const reading = await read();
    const { phase } = reading;
    if (phase !== undefined && wait.want.has(phase)) return reading;
    if (phase !== undefined && wait.fail.has(phase)) {
      const detail = reading.detail ? `: ${reading.detail}` : "";
      throw new StatementError(wait.statement, "failed", `${wait.action} failed, the statement is ${phase}${detail}`, { phase });
    }
    const left = deadline - Date.now();
    if (left <= 0) {
      const expected = [...wait.want].join(" or ");
      const seen = phase ?? "not visible yet";
      throw new StatementError(
        wait.statement,
        "timeout",
        `${wait.action} did not finish within ${wait.timeoutMs} ms: still ${seen}, expected ${expected}`,
        phase === undefined ? {} : { phase },
      );
    }
    await pause(Math.min(delay, left), wait.statement, wait.signal);
    delay = Math.min(timing.maxDelayMs, Math.round(delay * 1.6));
  }
}
