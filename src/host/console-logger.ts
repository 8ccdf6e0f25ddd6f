import { escapeControlChars, escapeControlCharsKeepLines } from "../report/escape.js";
import type { Logger } from "./host.js";
import type { Redactor } from "./redact.js";
import { guardWorkflowCommands, looksLikeWorkflowCommand } from "./workflow-command-guard.js";

export interface TextSink {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

/** Colour codes only for a terminal that wants them (a TTY, and NO_COLOR unset). */
export function colourFor(sink: TextSink, env: Readonly<Record<string, string | undefined>>) {
  const on = sink.isTTY === true && (env.NO_COLOR ?? "") === "" && env.TERM !== "dumb";
  const wrap = (open: number, close: number) => (text: string) => (on ? `\u001b[${open}m${text}\u001b[${close}m` : text);
  return { bold: wrap(1, 22), dim: wrap(2, 22), red: wrap(31, 39), yellow: wrap(33, 39), cyan: wrap(36, 39) };
}

/**
 * Log lines go to stderr so that stdout carries only the report or the --json result. Each message
 * is redacted, then its control characters are shown as escapes (so a value can neither start a
 * line nor drive the terminal); colour is added after that, by cutover alone. A line that a GitHub
 * runner would read as a workflow command is guarded here too, since a terminal host can still end
 * up inside a workflow step (CUTOVER_HOST=local).
 */
export class ConsoleLogger implements Logger {
  private readonly colour: ReturnType<typeof colourFor>;

  constructor(
    private readonly sink: TextSink,
    private readonly redactor: Redactor,
    env: Readonly<Record<string, string | undefined>>,
    private readonly verbose: boolean,
  ) {
    this.colour = colourFor(sink, env);
  }

  private safe(text: string): string {
    return escapeControlChars(this.redactor.redactText(text));
  }
  private line(text: string): void {
    this.sink.write(looksLikeWorkflowCommand(text) ? guardWorkflowCommands(`${text}\n`) : `${text}\n`);
  }
  info(message: string): void {
    this.line(this.safe(message));
  }
  warn(message: string): void {
    this.line(this.colour.yellow(`warning: ${this.safe(message)}`));
  }
  error(message: string): void {
    this.line(this.colour.red(`error: ${this.safe(message)}`));
  }
  debug(message: string): void {
    if (this.verbose) this.line(this.colour.dim(this.safe(message)));
  }
  verbatim(title: string, text: string): void {
    this.line(this.colour.cyan(`» ${this.safe(title)}`));
    const body = escapeControlCharsKeepLines(this.redactor.redactText(text));
    for (const l of body.replace(/\n$/, "").split("\n")) this.line(`  | ${l}`);
  }
  async group<T>(title: string, body: () => Promise<T>): Promise<T> {
    this.line(this.colour.cyan(`» ${this.safe(title)}`));
    return body();
  }
}
