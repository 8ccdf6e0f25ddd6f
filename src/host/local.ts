import { writeFile } from "node:fs/promises";
import { toText, type Report } from "../report/report.js";
import { colourFor, ConsoleLogger, type TextSink } from "./console-logger.js";
import { envNameForInput, type Host } from "./host.js";
import { Redactor } from "./redact.js";

export interface ConsoleIo {
  readonly stdout: TextSink;
  readonly stderr: TextSink;
  readonly env: Readonly<Record<string, string | undefined>>;
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

  setOutput(name: string, value: string): void {
    this.outputs.set(name, this.redactor.redact(value));
  }

  async writeSummary(_report: Report, _title: string): Promise<void> {
    // a terminal shows the report on stdout already (printReport)
  }

  async close(): Promise<void> {
    const file = this.io.env.CUTOVER_OUTPUT_FILE;
    if (file) await writeFile(file, `${JSON.stringify(Object.fromEntries(this.outputs), null, 2)}\n`);
  }

  printReport(report: Report): void {
    this.io.stdout.write(this.redactor.redact(toText(report, colourFor(this.io.stdout, this.io.env))));
  }

  printJson(value: unknown): void {
    this.io.stdout.write(`${this.redactor.redact(JSON.stringify(value, null, 2))}\n`);
  }
}
