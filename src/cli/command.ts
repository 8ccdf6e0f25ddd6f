import type { Host } from "../host/host.js";
import type { Report } from "../report/report.js";
import type { Settings } from "./settings.js";

export interface CommandContext {
  readonly settings: Settings;
  readonly host: Host;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly now: () => Date;
  /** Aborted when the process is asked to stop (SIGINT, SIGTERM): long commands stop at a safe point and clean up. */
  readonly signal: AbortSignal;
}

export interface CommandResult {
  /** One line saying what happened (or, with --dry-run, what would happen). */
  readonly headline: string;
  readonly report: Report;
  /** Host outputs besides `result` and `exit-code`, which the entry point always sets. */
  readonly outputs: Readonly<Record<string, string>>;
  /** The machine-readable result, printed for --json and set as the `result` output. */
  readonly data: unknown;
}

export interface CommandModule {
  run(context: CommandContext): Promise<CommandResult>;
}
