/**
 * The release lock of the flink phases: the same lock logic as the other commands (holder, refusal
 * naming it, --break-lock, a rollback taking it over: src/lock/release-lock.ts), kept in Kafka
 * (src/lock/kafka-lock-store.ts). Kafka failing while the lock is taken or checked is Kafka's
 * failure (an ExternalError), never a bug: the apply loop then says what was left behind.
 */
import type { Config } from "../../config/schema/index.js";
import { ExternalError, RefusedError } from "../../errors.js";
import type { Logger } from "../../host/host.js";
import type { LockStore } from "../../lock/lock-stores.js";
import { acquireWith } from "../../lock/release-lock.js";
import type { HeldRunLock, RunLock } from "../../run/operation.js";

export interface FlinkLockOptions {
  readonly config: Config;
  readonly store: LockStore;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly now: () => Date;
  /** `flink --phase deploy`: the holder names it, and the refusal's --break-lock hint repeats it. */
  readonly command: string;
  readonly release: string | undefined;
  readonly breakLock: string | undefined;
  /** rollback: never blocked, takes the lock from whoever holds it. */
  readonly takeOver: boolean;
  readonly log: Logger;
}

export function flinkRunLock(options: FlinkLockOptions): RunLock {
  const store = kafkaFailuresAreExternal(options.store);
  return {
    acquire: async (): Promise<HeldRunLock> =>
      acquireWith(store, {
        config: options.config,
        env: options.env,
        now: options.now,
        command: options.command,
        release: options.release ?? "(no release label)",
        ...(options.breakLock !== undefined ? { breakLock: options.breakLock } : {}),
        takeOver: options.takeOver,
        log: options.log,
      }),
  };
}

function kafkaFailuresAreExternal(store: LockStore): LockStore {
  const wrap =
    <A extends unknown[], R>(what: string, call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await call(...args);
      } catch (error) {
        if (error instanceof RefusedError || error instanceof ExternalError) throw error;
        const why = error instanceof Error ? error.message : String(error);
        throw new ExternalError(`the release lock (${store.where}): ${what} failed: ${why}`, "Kafka", { cause: error });
      }
    };
  return {
    where: store.where,
    read: wrap("reading it", () => store.read()),
    swap: wrap("taking it", (expected: string | undefined, holder: Parameters<LockStore["swap"]>[1]) => store.swap(expected, holder)),
    remove: wrap("releasing it", (id: string) => store.remove(id)),
  };
}
