import type { Report } from "../report/report.js";

/** Where cutover runs: the CI system or terminal that gives inputs and takes outputs. */
export type HostKind = "github" | "jenkins" | "local";

/**
 * Log messages are single lines that may hold values from outside: every host redacts secrets and
 * shows control characters as escapes, so no value can start a line of its own.
 */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  debug(message: string): void;
  /** Text from outside shown as it is, over several lines (a tool's output); guarded against workflow commands. */
  verbatim(title: string, text: string): void;
  /** A collapsible section in CI logs; a heading in a terminal. */
  group<T>(title: string, body: () => Promise<T>): Promise<T>;
}

export interface Host {
  readonly kind: HostKind;
  readonly log: Logger;
  /** An input the host supplies outside argv (GitHub action input, Jenkins/terminal env var). */
  input(name: string): string | undefined;
  /** From now on this value, in any form it can take, is never shown in any output. */
  maskSecret(value: string): void;
  /** Plain data with every registered secret redacted, string by string. */
  redact<T>(value: T): T;
  /** A string output as it is; anything else as JSON. Redacted either way, before serializing. */
  setOutput(name: string, value: unknown): void;
  /** With --json, stdout carries only the JSON document: everything else goes to stderr. */
  reserveStdoutForJson(): void;
  /** The command's report, where the host keeps one (step summary, archived Markdown file). */
  writeSummary(report: Report, title: string): Promise<void>;
  /** Writes pending outputs; called once at the end, even after a failure. */
  close(): Promise<void>;
  /** Prints the final human-readable report (stdout) for the person reading the log. */
  printReport(report: Report): void;
  /** Prints a machine-readable result (stdout), for --json. */
  printJson(value: unknown): void;
}

/** `dry-run` → `CUTOVER_DRY_RUN`: how Jenkins and terminals pass inputs through the environment. */
export function envNameForInput(name: string): string {
  return `CUTOVER_${name.toUpperCase().replace(/[^A-Z0-9]/g, "_")}`;
}
