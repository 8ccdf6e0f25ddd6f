import { writeFile } from "node:fs/promises";
import { mapReportText, toText, type Report } from "../report/report.js";
import { colourFor, ConsoleLogger, type TextSink } from "./console-logger.js";
import { envNameForInput, type Host } from "./host.js";
import { Redactor } from "./redact.js";
import { guardWorkflowCommands, neutralizeJson } from "./workflow-command-guard.js";

export interface ConsoleIo {
  readonly stdout: TextSink;
  readonly stderr: TextSink;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** A string output as it is, anything else as JSON; both redacted before they are serialized. */
export function outputText(redactor: Redactor, value: unknown): string {
  return typeof value === "string" ? redactor.redactText(value) : JSON.stringify(redactor.redactValue(value));
}

/**
 * A terminal, or any CI that is neither GitHub nor Jenkins. Inputs come from CUTOVER_* variables;
 * outputs are written to $CUTOVER_OUTPUT_FILE as JSON when that is set.
 */
export class LocalHost implements Host {
  readonly kind: "local" | "jenkins" = "local";
  readonly log: ConsoleLogger;
  protected readonly redactor = new Redactor();
  protected readonly outputs = new Map<string, string>();

  constructor(protected readonly io: ConsoleIo) {
    this.log = new ConsoleLogger(io.stderr, this.redactor, io.env, (io.env.CUTOVER_DEBUG ?? "") !== "");
  }

  input(name: string): string | undefined {
    const value = this.io.env[envNameForInput(name)];
    return value === undefined || value === "" ? undefined : value;
  }

  maskSecret(value: string): void {
    this.redactor.add(value);
  }

  redact<T>(value: T): T {
    return this.redactor.redactValue(value);
  }

  setOutput(name: string, value: unknown): void {
    this.outputs.set(name, outputText(this.redactor, value));
  }

  reserveStdoutForJson(): void {
    // logs go to stderr here already
  }

  async writeSummary(_report: Report, _title: string): Promise<void> {
    // a terminal shows the report on stdout already (printReport)
  }

  async close(): Promise<void> {
    const file = this.io.env.CUTOVER_OUTPUT_FILE;
    if (file) await writeFile(file, `${JSON.stringify(Object.fromEntries(this.outputs), null, 2)}\n`);
  }

  /** The report with secrets taken out of every value, before it is rendered. */
  protected redactReport(report: Report): Report {
    return mapReportText(report, (text) => this.redactor.redactText(text));
  }

  printReport(report: Report): void {
    this.io.stdout.write(guardWorkflowCommands(toText(this.redactReport(report), colourFor(this.io.stdout, this.io.env))));
  }

  printJson(value: unknown): void {
    this.io.stdout.write(`${neutralizeJson(JSON.stringify(this.redactor.redactValue(value), null, 2))}\n`);
  }
}
