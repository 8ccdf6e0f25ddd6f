/**
 * What every phase is given: the engine, the Kafka source (made on first use), the index's config,
 * the run state, a log and a clock. Phases read the world and the state; they never read flags or
 * the environment.
 */
import type { SearchIndexConfig } from "../config/schema/index.js";
import type { Logger } from "../host/host.js";
import type { Report } from "../report/report.js";
import type { SearchEngine } from "../search/engine.js";
import type { StreamSource } from "../stream/stream-source.js";
import type { RunPhase } from "./plan-phases.js";
import type { RunStateStore } from "./reindex-state.js";

export interface PhaseContext {
  readonly engine: SearchEngine;
  /** The Kafka source; throws for a config without a kafka section (an index-fed build never asks). */
  readonly stream: () => StreamSource;
  readonly config: SearchIndexConfig;
  readonly project: string;
  /** Files the config names are relative to it. */
  readonly configPath: string;
  readonly store: RunStateStore;
  readonly log: Logger;
  readonly now: () => Date;
  /** Stop at a safe point: SIGINT/SIGTERM, or the lock taken by another run. */
  readonly signal: AbortSignal;
  /** follow: stop after this long; undefined: until the signal. */
  readonly forMs: number | undefined;
  /** rollback: go back to a blue that cannot be caught up, knowingly (`--accept-stale`). */
  readonly acceptStale: boolean;
  /** How often long phases print a progress line. */
  readonly progressEveryMs: number;
  /** How often a reindex task is polled; how long follow idles when there is nothing new. */
  readonly pollMs: number;
}

export interface PhaseOutcome {
  readonly phase: RunPhase;
  /** One line: what the phase did, or that there was nothing to do. */
  readonly headline: string;
  /** False when the phase found its work already done (a rerun). */
  readonly changed: boolean;
  readonly report: Report;
  readonly data: Readonly<Record<string, unknown>>;
}

/** Resolves after `ms`, or at once when the signal aborts (never rejects: callers check the signal). */
export function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });
}

/** The error a phase throws when asked to stop, so the entry point can say what was left. */
export class PhaseInterrupted extends Error {
  constructor(readonly phase: RunPhase) {
    super(`${phase} was interrupted`);
    this.name = "PhaseInterrupted";
  }
}

export function throwIfStopped(phase: RunPhase, signal: AbortSignal): void {
  if (signal.aborted) throw new PhaseInterrupted(phase);
}
