/**
 * One run per index at a time: a state document created with op_type create, kept alive by a
 * heartbeat written with optimistic concurrency, and deleted at the end (also after a failure).
 */
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { RefusedError } from "../errors.js";
import type { Logger } from "../host/host.js";
import { runUrlOf } from "../lock/holder.js";
import { StateConflictError, type SearchEngine, type StateDoc } from "../search/engine.js";
import { stateIds } from "./build-names.js";
import { decideLock, describeLockHolder, HEARTBEAT_MS, STALE_AFTER_MS, type ReindexLockValue } from "./lock-decision.js";

const TAKE_OVER_WHY = {
  stale: `no heartbeat for over ${STALE_AFTER_MS / 60_000} minutes`,
  broken: "--break-lock",
  superseded: "a follow run gives way to a switch or a rollback",
} as const;

export interface HeldReindexLock {
  readonly holder: ReindexLockValue;
  /** Aborted when the heartbeat finds the lock taken by someone else: the run must stop. */
  readonly lost: AbortSignal;
  /** Set when this run took the lock over from a live follow run, which may still be writing for a moment. */
  readonly tookOverFromFollow: boolean;
  /** Throws (and aborts `lost`) when the lock is no longer this run's: checked before each state write. */
  check(): Promise<void>;
  release(): Promise<void>;
}

export interface LockOptions {
  readonly engine: SearchEngine;
  readonly project: string;
  readonly index: string;
  readonly phase: string;
  readonly breakLock: string | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly now: () => Date;
  readonly log: Logger;
  readonly heartbeatMs?: number;
  /** Holders in these phases are taken over rather than refused (see decideLock). */
  readonly takeOverFrom?: readonly string[];
}

export async function acquireReindexLock(options: LockOptions): Promise<HeldReindexLock> {
  const { engine, now, log } = options;
  const id = stateIds.lock(options.project, options.index);
  const started = now().toISOString();
  const runUrl = runUrlOf(options.env);
  const holder: ReindexLockValue = {
    id: randomBytes(6).toString("hex"),
    host: options.env.RUNNER_NAME || options.env.NODE_NAME || hostname(),
    phase: options.phase,
    ...(runUrl ? { runUrl } : {}),
    started,
    heartbeat: started,
  };

  let doc: StateDoc<ReindexLockValue> | undefined;
  let tookOverFromFollow = false;
  // two rounds: a lock released between our create and our read is simply taken on the second
  for (let attempt = 0; attempt < 2 && !doc; attempt++) {
    try {
      doc = await engine.writeState(id, holder, "absent");
    } catch (error) {
      if (!(error instanceof StateConflictError)) throw error;
      const existing = await engine.readState<ReindexLockValue>(id);
      if (!existing) continue;
      const decision = decideLock(existing.value, now(), options.breakLock, options.takeOverFrom);
      if (decision.kind === "refuse") {
        const reasons = [
          `held by ${describeLockHolder(decision.holder)}`,
          decision.breakLockMismatch
            ? `--break-lock names another lock; this one's id is ${decision.holder.id}`
            : `if that run is gone, wait ${STALE_AFTER_MS / 60_000} minutes for its heartbeat to go stale, or rerun with --break-lock ${decision.holder.id}`,
        ];
        throw new RefusedError(
          `another es-reindex run holds the lock of index '${options.index}': run ${decision.holder.id} on ${decision.holder.host}`,
          reasons,
        );
      }
      // with a lock found, the decision is never a plain take
      const reason = decision.kind === "take-over" ? decision.reason : "stale";
      log.warn(`taking over the lock of index '${options.index}' from ${describeLockHolder(existing.value)} (${TAKE_OVER_WHY[reason]})`);
      try {
        doc = await engine.writeState(id, holder, { seqNo: existing.seqNo, primaryTerm: existing.primaryTerm });
        tookOverFromFollow = reason === "superseded";
      } catch (conflict) {
        if (!(conflict instanceof StateConflictError)) throw conflict;
        // another run took it over at the same moment: go round once more and be refused by it
      }
    }
  }
  if (!doc) throw new RefusedError(`could not take the lock of index '${options.index}': it changed hands while we tried`);

  const lost = new AbortController();
  let current = doc;
  let beating: Promise<void> = Promise.resolve();
  const beat = async () => {
    try {
      current = await engine.writeState(id, { ...holder, heartbeat: now().toISOString() }, current);
    } catch (error) {
      if (error instanceof StateConflictError) lose();
      else log.warn(`could not renew the lock of index '${options.index}': ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const timer = setInterval(() => {
    beating = beating.then(beat);
  }, options.heartbeatMs ?? HEARTBEAT_MS);
  timer.unref();

  const lose = () => {
    if (lost.signal.aborted) return;
    log.error(`the lock of index '${options.index}' was taken by another run; stopping`);
    lost.abort(new Error(`the lock of index '${options.index}' was taken by another run`));
    clearInterval(timer);
  };
  return {
    holder,
    lost: lost.signal,
    tookOverFromFollow,
    async check() {
      const found = await engine.readState<ReindexLockValue>(id);
      if (found?.value.id !== holder.id) {
        lose();
        throw new StateConflictError(id);
      }
    },
    async release() {
      clearInterval(timer);
      await beating;
      if (lost.signal.aborted) return;
      try {
        await engine.deleteState(id, current);
      } catch (error) {
        // a lock left behind goes stale in two minutes; the run's own result stands
        log.warn(`could not release the lock of index '${options.index}': ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  };
}
