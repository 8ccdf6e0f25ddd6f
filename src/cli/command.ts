import type { LoadedConfig } from "../config/load.js";
import type { ReleaseFacts } from "../host/github-deployments/index.js";
import type { Host } from "../host/host.js";
import type { Report } from "../report/report.js";
import type { Settings } from "./settings.js";

/**
 * What the shell (run-cli.ts) hands a command: its settings, and the config loaded once with the
 * sections the command declared in command-table.ts, its secrets already masked on the host. A
 * command never loads the config itself, so none can forget the scoping or the masking.
 */
export interface CommandContext<Loaded extends LoadedConfig | undefined = LoadedConfig> {
  readonly settings: Settings;
  /** Undefined only for a command whose table entry says it may run without a config. */
  readonly loaded: Loaded;
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
  /** What the command learned about releases, for the release's record on GitHub (docs/deployments.md). */
  readonly releases?: ReleaseFacts;
}

export interface CommandModule<Loaded extends LoadedConfig | undefined = LoadedConfig> {
  run(context: CommandContext<Loaded>): Promise<CommandResult>;
}
