/**
 * Runs the demo's stages and tells their story. Each stage runs once, as `node dist/cutover.js
 * <stage> ...`; everything it prints (stdout and stderr, as it prints them) goes to the full log,
 * and the terminal gets one line per stage: its headline, read back from the outputs the command
 * writes to $CUTOVER_OUTPUT_FILE. With verbose set, the full output streams to the terminal too.
 */
import { appendFileSync, closeSync, existsSync, openSync, readFileSync, rmSync, statSync } from "node:fs";
import { spawn } from "node:child_process";
import { asMeant, closingTable, parseOutputs, storyLine, whatChanged, type StageRecord } from "./story.js";

/** How much of a failed stage's own output the terminal shows; the rest is in the log. */
const FAILURE_TAIL_LINES = 40;

export class StageFailed extends Error {
  constructor(
    readonly stage: StageRecord,
    readonly log: string,
  ) {
    super(`cutover ${stage.label} exited ${stage.exitCode}`);
  }
}

export interface DemoRunOptions {
  /** The full log: truncated by scripts/demo.sh, which writes the stack's start-up into it first. */
  readonly log: string;
  /** Stream every stage's full output to the terminal too (DEMO_VERBOSE=1, `npm run demo -- --verbose`). */
  readonly verbose: boolean;
  /** Where each stage's outputs go ($CUTOVER_OUTPUT_FILE); deleted before each stage, so a stale one is never read. */
  readonly outputsFile: string;
}

export class DemoRun {
  readonly stages: StageRecord[] = [];
  readonly width: number;

  constructor(private readonly options: DemoRunOptions) {
    // the story fits the terminal; piped, it takes $COLUMNS when the shell exports it, else the project's 140
    this.width = Math.max(80, process.stdout.columns ?? (Number(process.env.COLUMNS) || 140));
  }

  get log(): string {
    return this.options.log;
  }

  /** A line for the full log only (the terminal too when verbose): the detail the story leaves out. */
  detail(text: string): void {
    appendFileSync(this.options.log, `${text}\n`);
    if (this.options.verbose) process.stdout.write(`${text}\n`);
  }

  /** A line of the story: on the terminal, and in the log so that it reads the same there. */
  say(text: string): void {
    appendFileSync(this.options.log, `${text}\n`);
    process.stdout.write(`${text}\n`);
  }

  /**
   * Runs `node dist/cutover.js <args>` once; `label` is what the story calls it. Throws StageFailed,
   * after printing the end of the stage's own output, when it exits other than 0 (or than
   * `expectExit`, for a stage run to show a safety check refusing).
   */
  async stage(
    label: string,
    args: readonly string[],
    env: Record<string, string | undefined>,
    options: { readonly expectExit?: number } = {},
  ): Promise<StageRecord> {
    this.detail(`\n== cutover ${label}`);
    const { log, outputsFile, verbose } = this.options;
    rmSync(outputsFile, { force: true });
    const from = statSync(log).size;
    // one descriptor for stdout and stderr: the log keeps their lines in the order they were written
    const fd = verbose ? undefined : openSync(log, "a");
    const started = performance.now();
    try {
      // the outputs file is the local host's (a run inside a CI job would otherwise write GitHub's or Jenkins' outputs)
      const exitCode = await runNode(
        ["dist/cutover.js", ...args],
        { ...env, CUTOVER_HOST: "local", CUTOVER_OUTPUT_FILE: outputsFile },
        fd === undefined ? { tee: log } : { fd },
      );
      const durationMs = performance.now() - started;
      const outputs = parseOutputs(existsSync(outputsFile) ? readFileSync(outputsFile, "utf8") : undefined);
      const output = readFileSync(log).subarray(from).toString("utf8");
      const stage: StageRecord = {
        label,
        exitCode,
        durationMs,
        headline: exitCode === 0 && outputs ? outputs.headline : (firstError(output) ?? outputs?.headline ?? lastLine(output)),
        changed: outputs ? whatChanged(outputs) : exitCode !== 0 ? "nothing" : "?",
        ...(options.expectExit !== undefined ? { expectedExit: options.expectExit } : {}),
      };
      this.stages.push(stage);
      this.say(storyLine(stage, this.width));
      if (!asMeant(stage)) {
        this.failureTail(label, output);
        throw new StageFailed(stage, log);
      }
      return stage;
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }

  /** The closing table, printed and logged. */
  table(): void {
    this.say("");
    for (const line of closingTable(this.stages, this.width)) this.say(line);
  }

  /** The end of a failed stage's own output on the terminal (stderr): the cause, without opening the log. */
  private failureTail(label: string, output: string): void {
    // in verbose mode the terminal has just shown all of it
    if (this.options.verbose) return;
    const lines = output.replace(/\n$/, "").split("\n");
    const tail = lines.slice(-FAILURE_TAIL_LINES);
    const shown = tail.length < lines.length ? `last ${tail.length} of ${lines.length} lines` : "all of it";
    process.stderr.write(`\n--- cutover ${label}: its output (${shown}) ---\n${tail.join("\n")}\n---\n`);
  }
}

/**
 * `node <args>`, its exit code (1 when a signal ended it). Given `fd`, the child's stdout and stderr
 * are that file. Given `tee`, they are piped and each chunk is copied, as it arrives, to the
 * terminal and to that log: verbose, the output streams while the stage runs and the log still gets it.
 */
function runNode(args: readonly string[], env: Record<string, string | undefined>, out: { fd: number } | { tee: string }): Promise<number> {
  return new Promise((resolve, reject) => {
    const target = "fd" in out ? out.fd : "pipe";
    const child = spawn(process.execPath, args, { env, stdio: ["ignore", target, target] });
    if ("tee" in out) {
      const copy = (terminal: NodeJS.WriteStream) => (chunk: Buffer) => {
        terminal.write(chunk);
        appendFileSync(out.tee, chunk);
      };
      child.stdout?.on("data", copy(process.stdout));
      child.stderr?.on("data", copy(process.stderr));
    }
    child.on("error", reject);
    child.on("close", (code) => resolve(code ?? 1));
  });
}

/** The line a failing command leads its explanation with ("error: ..."; the host logs failures so). */
function firstError(output: string): string | undefined {
  const line = output.split("\n").find((l) => l.startsWith("error: "));
  return line?.slice("error: ".length);
}

function lastLine(output: string): string {
  return (
    output
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l !== "")
      .at(-1) ?? "(no output)"
  );
}

/** "1,134 lines, 96 KB": how much the story leaves to the log. */
export function logSize(log: string): string {
  const text = readFileSync(log, "utf8");
  const lines = text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
  return `${lines.toLocaleString("en-US")} lines, ${Math.round(statSync(log).size / 1024)} KB`;
}
