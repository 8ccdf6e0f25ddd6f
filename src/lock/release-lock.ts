import type { Aws } from "../aws/connect.js";
import type { Config } from "../config/schema/index.js";
import { RefusedError } from "../errors.js";
import { describeHolder, newHolder, type LockHolder } from "./holder.js";
import { dynamoDbLockStore, lockedLoadBalancers, tagsLockStore, type LockStore } from "./lock-stores.js";

export type { LockHolder } from "./holder.js";

/**
 * One release at a time per project: deploy-green, switch-traffic and promote take this lock before
 * their first change and release it at the end, also on failure. rollback takes it over instead.
 */
export interface HeldLock {
  readonly holder: LockHolder;
  /** Throws LockLostError (a RefusedError) when another run took it over. */
  check(): Promise<void>;
  /** Never throws: a lock that cannot be released is a warning naming the id to break it with. */
  release(): Promise<void>;
}

/** Another run (a rollback, or a --break-lock) holds the lock now: stop without changing anything more. */
export class LockLostError extends RefusedError {
  constructor(
    message: string,
    readonly by: LockHolder | undefined,
  ) {
    super(message, [message, "this run stopped at once and changed nothing more; the run named above is in charge now"]);
    this.name = "LockLostError";
  }
}

type Env = Readonly<Record<string, string | undefined>>;
type Log = { info(message: string): void; warn(message: string): void };

export interface AcquireOptions {
  readonly config: Config;
  readonly aws: Pick<Aws, "elb" | "lockTable">;
  readonly env: Env;
  readonly now: () => Date;
  readonly command: string;
  readonly release: string;
  /** The id of a stale lock to replace; refused when the lock is held under another id. */
  readonly breakLock?: string;
  /** rollback: never blocked; takes the lock from whoever holds it and says so. */
  readonly takeOver?: boolean;
  readonly log: Log;
}

export async function acquireReleaseLock(options: AcquireOptions): Promise<HeldLock> {
  return acquireWith(await lockStoreFor(options.config, options.aws), options);
}

export async function lockStoreFor(config: Config, aws: Pick<Aws, "elb" | "lockTable">): Promise<LockStore> {
  if (config.lock.type === "dynamodb") return dynamoDbLockStore(aws.lockTable(config.lock.table), config.project);
  return tagsLockStore(aws.elb, await lockedLoadBalancers(config, aws.elb.read));
}

/** Take-overs racing each other (two rollbacks) retry this often before giving up. */
const TAKE_OVER_ATTEMPTS = 5;

/** The lock logic, on any store: the unit tests give it a fake one. */
export async function acquireWith(store: LockStore, options: Omit<AcquireOptions, "aws">): Promise<HeldLock> {
  const { config, command, log } = options;
  const holder = newHolder({ project: config.project, release: options.release, command, env: options.env, now: options.now });
  const firstOther = (holders: readonly (LockHolder | undefined)[]) => holders.find((h) => h !== undefined && h.id !== holder.id);

  const refuse = (found: LockHolder | undefined) =>
    found === undefined
      ? new RefusedError(`the release lock for ${config.project} changed hands while this run took it; try again`, [
          `the lock is kept in ${store.where}`,
        ])
      : new RefusedError(`the release lock for ${config.project} is held by ${describeHolder(found)}`, [
          `held by ${describeHolder(found)}`,
          `the lock is kept in ${store.where}`,
          `if that run is over and the lock is stale: cutover ${command} --break-lock ${found.id}`,
        ]);

  if (options.takeOver) {
    for (let attempt = 1; attempt <= TAKE_OVER_ATTEMPTS; attempt++) {
      const previous = firstOther(await store.read());
      if ((await store.swap(previous?.id, holder)).ok) {
        if (previous) log.warn(`took the release lock over from ${describeHolder(previous)}; that run stops at its next check`);
        else log.info(`took the release lock (${store.where}) as ${holder.id}`);
        return held(store, holder, log);
      }
    }
    throw refuse(firstOther(await store.read()));
  }

  if (options.breakLock !== undefined) {
    const current = firstOther(await store.read());
    if (current !== undefined && current.id !== options.breakLock)
      throw new RefusedError(`--break-lock ${options.breakLock}: the release lock for ${config.project} is held under another id`, [
        `held by ${describeHolder(current)}`,
        `nothing was broken; to break this lock: cutover ${command} --break-lock ${current.id}`,
      ]);
    const result = await store.swap(current?.id, holder);
    if (!result.ok) throw refuse(result.holder);
    if (current) log.warn(`broke the stale release lock of ${describeHolder(current)}`);
    else log.info(`--break-lock ${options.breakLock}: no lock was held; took it as ${holder.id}`);
    return held(store, holder, log);
  }

  const result = await store.swap(undefined, holder);
  if (!result.ok) throw refuse(result.holder);
  log.info(`took the release lock (${store.where}) as ${holder.id}`);
  return held(store, holder, log);
}

function held(store: LockStore, holder: LockHolder, log: Log): HeldLock {
  let released = false;
  return {
    holder,
    async check() {
      const holders = await store.read();
      if (holders.every((h) => h?.id === holder.id)) return;
      const by = holders.find((h) => h !== undefined && h.id !== holder.id);
      throw new LockLostError(
        by
          ? `the release lock was taken over by ${describeHolder(by)}`
          : `the release lock is no longer recorded in ${store.where} (broken or removed by hand)`,
        by,
      );
    },
    async release() {
      if (released) return;
      released = true;
      try {
        if (!(await store.remove(holder.id))) log.warn(`the release lock was no longer held by this run (${holder.id}); left as it is`);
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        log.warn(`could not release the release lock ${holder.id}: ${detail}; the next run can break it with --break-lock ${holder.id}`);
      }
    },
  };
}
