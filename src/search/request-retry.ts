/**
 * Back-off for whole requests the engine refused for load. Both clients retry connection errors and
 * 502/503/504 themselves (their `maxRetries`), but immediately and never on 429, which is what a busy
 * node answers; this wrapper adds the waiting. A 429 was not executed, so any call may repeat it.
 */
import { statusOf } from "./engine-errors.js";

export interface RetryPolicy {
  /** Attempts after the first one. */
  readonly retries: number;
  readonly baseMs: number;
  readonly maxMs: number;
}

export const DEFAULT_REQUEST_RETRY: RetryPolicy = { retries: 4, baseMs: 250, maxMs: 8_000 };

/** Exponential back-off with full jitter in [delay/2, delay). */
export function backoffDelay(attempt: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** attempt);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export function isThrottled(status: number | undefined): boolean {
  return status === 429 || status === 503;
}

export async function withRequestRetry<T>(call: () => Promise<T>, policy: RetryPolicy = DEFAULT_REQUEST_RETRY): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (attempt >= policy.retries || !isThrottled(statusOf(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, backoffDelay(attempt, policy.baseMs, policy.maxMs)));
    }
  }
}
