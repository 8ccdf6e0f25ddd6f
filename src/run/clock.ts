import { pause } from "./pause.js";

/** Time, injectable so that tests of minutes-long waits take milliseconds. */
export interface Clock {
  now(): number;
  /** Waits `ms`; with a signal, returns early once it aborts (never rejects). */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

const NEVER = new AbortController().signal;

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) => pause(ms, signal ?? NEVER),
};
