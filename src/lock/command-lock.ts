import { AwsError } from "../aws/aws-call.js";
import type { Aws } from "../aws/connect.js";
import type { Config } from "../config/schema/index.js";
import { OperationError } from "../errors.js";
import type { Host } from "../host/host.js";
import type { RunLock } from "../run/operation.js";
import { acquireReleaseLock, type HeldLock } from "./release-lock.js";

/**
 * The release lock as a command takes it: never for a dry run (it changes nothing, so it neither
 * waits for nor blocks a release in progress), and an AWS failure while taking it is "could not take
 * the release lock", nothing changed. `takeOver` is rollback's: never blocked.
 */
export async function takeCommandLock(options: {
  readonly config: Config;
  readonly aws: Pick<Aws, "elb" | "lockTable">;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly host: Host;
  readonly now: () => Date;
  readonly command: string;
  readonly release: string | undefined;
  readonly breakLock: string | undefined;
  readonly dryRun: boolean;
  readonly takeOver?: boolean;
}): Promise<HeldLock | undefined> {
  if (options.dryRun) return undefined;
  try {
    return await acquireReleaseLock({
      config: options.config,
      aws: options.aws,
      env: options.env,
      now: options.now,
      command: options.command,
      // a rollback or a manual switch may run without a release label; the holder still says which command
      release: options.release ?? "(no release label)",
      breakLock: options.breakLock,
      takeOver: options.takeOver ?? false,
      log: options.host.log,
    });
  } catch (error) {
    if (error instanceof AwsError)
      throw new OperationError(`could not take the release lock: ${error.message}`, { kind: "untouched" }, { cause: error });
    throw error;
  }
}

/** The release lock as the apply loop takes it (src/run/): just before the first change, never for a dry run. */
export function releaseRunLock(options: Omit<Parameters<typeof takeCommandLock>[0], "dryRun">): RunLock {
  return {
    acquire: async () => {
      const lock = await takeCommandLock({ ...options, dryRun: false });
      if (!lock) throw new Error("the release lock was not taken");
      return lock;
    },
  };
}
