import * as core from "@actions/core";
import { appendFile } from "node:fs/promises";
import { escapeControlChars, escapeControlCharsKeepLines, escapeHtml } from "../report/escape.js";
import { mapReportText, toMarkdown, toText, type Report } from "../report/report.js";
import type { Host, Logger } from "./host.js";
import { outputText, type ConsoleIo } from "./local.js";
import { Redactor } from "./redact.js";
import { guardWorkflowCommands, looksLikeWorkflowCommand, neutralizeJson, newStopToken } from "./workflow-command-guard.js";

/**
 * GitHub Actions, through @actions/core: inputs, outputs, step summary, masking and log groups.
 * With github-deployments/record.ts, the only files that import @actions/*; loaded only on GitHub.
 *
 * Every log line is redacted, its control characters escaped, and any line that the runner could
 * still take for a workflow command is shown inside `::stop-commands::`. With --json, stdout
 * carries the JSON document alone and everything else goes to stderr, which the runner reads for
 * workflow commands as well (actions/runner attaches its command parser to both streams).
 */
export class GitHubHost implements Host {
  readonly kind = "github" as const;
  private readonly redactor = new Redactor();
  private readonly stopToken = newStopToken();
  private jsonOnStdout = false;
  private readonly failedFiles = new Set<string>();

  constructor(private readonly io: ConsoleIo) {}

  readonly log: Logger = {
    info: (m) => this.logLine(this.safe(m)),
    warn: (m) => this.command(() => core.warning(this.safe(m))),
    error: (m) => this.command(() => core.error(this.safe(m))),
    debug: (m) => this.command(() => core.debug(this.safe(m))),
    verbatim: (title, text) => {
      this.logLine(this.safe(title));
      const body = escapeControlCharsKeepLines(this.redactor.redactText(text));
      this.logSink().write(guardWorkflowCommands(body.endsWith("\n") ? body : `${body}\n`, this.stopToken));
    },
    group: async (title, body) => {
      this.command(() => core.startGroup(this.safe(title)));
      try {
        return await body();
      } finally {
        this.command(() => core.endGroup());
      }
    },
  };

  input(name: string): string | undefined {
    const value = core.getInput(name);
    return value === "" ? undefined : value;
  }

  maskSecret(value: string): void {
    // every form the value can take is registered with the runner as well as redacted here
    for (const form of this.redactor.add(value)) this.command(() => core.setSecret(form));
  }

  redact<T>(value: T): T {
    return this.redactor.redactValue(value);
  }

  setOutput(name: string, value: unknown): void {
    // Without GITHUB_OUTPUT, @actions/core falls back to a deprecated `::set-output` line on stdout,
    // which would break --json's one document (and modern runners ignore it): one warning instead.
    // (core reads the variable from process.env, so this looks there too)
    if (!process.env.GITHUB_OUTPUT) {
      if (!this.failedFiles.has("GITHUB_OUTPUT"))
        this.log.warn("GITHUB_OUTPUT is not set, so the step's outputs were not written. The command's own result stands.");
      this.failedFiles.add("GITHUB_OUTPUT");
      return;
    }
    this.tryFile("GITHUB_OUTPUT", `the output '${name}'`, () => core.setOutput(name, outputText(this.redactor, value)));
  }

  reserveStdoutForJson(): void {
    this.jsonOnStdout = true;
  }

  async writeSummary(report: Report, title: string): Promise<void> {
    const path = process.env.GITHUB_STEP_SUMMARY;
    if (!path) return;
    const markdown = toMarkdown(mapReportText(report, (text) => this.redactor.redactText(text)));
    // Appended directly rather than through core.summary, which keeps the first file path it saw
    // for the life of the process; the heading is HTML, so its text is escaped.
    try {
      await appendFile(path, `<h2>${escapeHtml(`cutover ${title}`)}</h2>\n\n${markdown}\n`);
    } catch (error) {
      this.fileWarning("GITHUB_STEP_SUMMARY", "the step summary", error);
    }
  }

  async close(): Promise<void> {}

  printReport(report: Report): void {
    const text = toText(mapReportText(report, (t) => this.redactor.redactText(t)));
    this.io.stdout.write(guardWorkflowCommands(text, this.stopToken));
  }

  printJson(value: unknown): void {
    this.io.stdout.write(`${neutralizeJson(JSON.stringify(this.redactor.redactValue(value), null, 2))}\n`);
  }

  private safe(message: string): string {
    return escapeControlChars(this.redactor.redactText(message));
  }

  /** Where log lines and workflow commands go: stdout, or stderr while stdout is kept for --json. */
  private logSink() {
    return this.jsonOnStdout ? this.io.stderr : this.io.stdout;
  }

  private logLine(line: string): void {
    this.logSink().write(looksLikeWorkflowCommand(line) ? guardWorkflowCommands(line, this.stopToken) : `${line}\n`);
  }

  /**
   * Runs an @actions/core call that prints a workflow command. core writes to process.stdout; when
   * the log goes elsewhere (stderr under --json, or a test's sink) its write is sent there for the
   * length of the call, which is synchronous.
   */
  private command(call: () => void): void {
    const sink = this.logSink();
    if (sink === process.stdout) return call();
    const original = process.stdout.write;
    process.stdout.write = ((chunk: string | Uint8Array) => {
      sink.write(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    try {
      call();
    } finally {
      process.stdout.write = original;
    }
  }

  /** GITHUB_OUTPUT or GITHUB_STEP_SUMMARY missing or unwritable is a warning; the exit code stands. */
  private tryFile(variable: string, what: string, write: () => void): void {
    try {
      write();
    } catch (error) {
      this.fileWarning(variable, what, error);
    }
  }

  private fileWarning(variable: string, what: string, error: unknown): void {
    if (this.failedFiles.has(variable)) return;
    this.failedFiles.add(variable);
    const path = process.env[variable] ?? "";
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    this.log.warn(`could not write ${what} to ${variable} ('${path}'): ${reason}. The command's own result stands.`);
  }
}
