/**
 * Whether a run may take an index's lock, from the lock document found (pure). A lock whose holder
 * stopped sending heartbeats (killed runner) goes stale and may be taken over; a live one only with
 * `--break-lock <its id>`.
 */

export interface ReindexLockValue {
  readonly id: string;
  readonly host: string;
  readonly phase: string;
  readonly runUrl?: string;
  /** ISO 8601. */
  readonly started: string;
  readonly heartbeat: string;
}

/** A holder silent this long is taken for dead (heartbeats come every HEARTBEAT_MS). */
export const STALE_AFTER_MS = 2 * 60_000;
export const HEARTBEAT_MS = 10_000;

export type LockDecision =
  | { readonly kind: "take" }
  | { readonly kind: "take-over"; readonly reason: "stale" | "broken" | "superseded" }
  | { readonly kind: "refuse"; readonly holder: ReindexLockValue; readonly breakLockMismatch: boolean };

/**
 * `takeOverFrom`: phases whose holder this run may stop. follow holds the lock until stopped, so a
 * switch or a rollback takes it over (the follow run sees it at its next heartbeat and ends).
 */
export function decideLock(
  existing: ReindexLockValue | undefined,
  now: Date,
  breakLock: string | undefined,
  takeOverFrom: readonly string[] = [],
): LockDecision {
  if (!existing) return { kind: "take" };
  if (breakLock !== undefined && breakLock === existing.id) return { kind: "take-over", reason: "broken" };
  if (takeOverFrom.includes(existing.phase)) return { kind: "take-over", reason: "superseded" };
  const heartbeat = Date.parse(existing.heartbeat);
  if (!Number.isFinite(heartbeat) || now.getTime() - heartbeat > STALE_AFTER_MS) return { kind: "take-over", reason: "stale" };
  return { kind: "refuse", holder: existing, breakLockMismatch: breakLock !== undefined };
}

/** `run 3f9a1c (load) on runner-2 since 2026-11-22T09:00:00.000Z, last heartbeat ...` */
export function describeLockHolder(holder: ReindexLockValue): string {
  const run = holder.runUrl ? `, run ${holder.runUrl}` : "";
  return `run ${holder.id} (${holder.phase}) on ${holder.host} since ${holder.started}, last heartbeat ${holder.heartbeat}${run}`;
}
