import { existsSync } from "node:fs";
import { Command, CommanderError, Option } from "commander";
import { loadConfig, type LoadedConfig } from "../config/load.js";
import {
  ExitCode,
  ExternalError,
  InputError,
  NotBuiltError,
  OperationError,
  RefusedError,
  exitCodeOf,
  type PartialResult,
} from "../errors.js";
import { createHost, detectHostKind } from "../host/detect.js";
import { recordRelease } from "../host/github-deployments/index.js";
import type { Host } from "../host/host.js";
import type { ConsoleIo } from "../host/local.js";
import { guardWorkflowCommands, neutralizeJson } from "../host/workflow-command-guard.js";
import { escapeControlChars } from "../report/escape.js";
import { Report } from "../report/report.js";
import { VERSION } from "../version.js";
import type { CommandModule, CommandResult } from "./command.js";
import { COMMANDS, type CommandSpec, type OptionName } from "./command-table.js";
import { plainLines, setupWarnings } from "./messages.js";
import { readSettings, type Flags, type Settings } from "./settings.js";

const OPTION_FLAGS: Record<OptionName, Option> = {
  to: new Option("--to <weight>", "target green weight 0..100 (default: run the configured steps)"),
  service: new Option("--service <name...>", "only these services (repeatable)"),
  index: new Option("--index <name>", "the configured search index to work on"),
  // described per command, with that command's phases (buildProgram)
  phase: new Option("--phase <phase>", "phase"),
  weight: new Option("--weight <percent>", "switch-read: share of reads for the new index, 0..100 (default: the config's readWeight)"),
  for: new Option("--for <duration>", "follow: stop after this long (default: until interrupted)"),
  image: new Option("--image <uri>", "container image for the green ECS task definition"),
  "replace-green": new Option(
    "--replace-green",
    "replace a green of another release that carries no traffic (never switched to, or rolled back)",
  ),
  "break-lock": new Option("--break-lock <id>", "break the release lock with this id (shown by the refusal), then go on"),
  cleanup: new Option("--cleanup", "retire the old blue now (scale it to zero, delete what cutover created for it)"),
  "destroy-green": new Option("--destroy-green", "delete green after sending traffic back (default: keep it for debugging)"),
  "accept-stale": new Option(
    "--accept-stale",
    "rollback of an index-fed build after the write switch: go back to blue although it lacks what was written to green since",
  ),
  "for-command": new Option("--command <name>", "only the permissions this command needs"),
  yes: new Option("--yes", "cleanup: delete what the plan lists (without it, cleanup only shows the plan)"),
  all: new Option("--all", "every migration folder, not only the pending ones"),
  dialect: new Option("--dialect <dialect>", "SQL dialect when neither database.url nor migration_lock.toml says (postgresql, mysql)"),
  "blue-schema": new Option("--blue-schema <path>", "the live (blue) release's Prisma schema, to check migrations against what blue maps"),
  "blue-ref": new Option("--blue-ref <git-ref>", "read blue's Prisma schema from this git ref (a tag or commit) instead"),
};

/** The command tree; exported for the generated docs tables (scripts/docs-tables), which list its flags. */
export function buildProgram(io: ConsoleIo, chosen: (spec: CommandSpec, flags: Flags) => void): Command {
  // commander echoes what it was given (an unknown option, a bad argument): on GitHub that text must
  // not be taken for a workflow command
  const onGitHub = detectHostKind(io.env) === "github";
  const guard = (text: string) => (onGitHub ? guardWorkflowCommands(text) : text);
  const program = new Command("cutover")
    .description("Blue/green releases: database migrations, green services, weighted ALB traffic, search reindexing.")
    .version(VERSION, "-v, --version")
    // program options only before the command: otherwise a value such as `--release -v...` is
    // split into the program's -v and the command never runs
    .enablePositionalOptions()
    .configureOutput({
      writeOut: (s) => io.stdout.write(guard(s)),
      writeErr: (s) => io.stderr.write(guard(s)),
      // on every host (a "local" run may still write into a CI log): the echoed argument stays on its line
      outputError: (s, write) => write(oneLineError(s)),
    })
    .exitOverride()
    .showHelpAfterError("(run 'cutover --help' for the commands)")
    .addHelpText(
      "after",
      "\nExit codes: 0 done, 1 failed (what changed was put back or left resumable; the message says which),\n" +
        "2 bad input or config (nothing changed), 3 refused by a safety check (nothing changed, unless the\n" +
        "message says what was put back or left resumable).",
    );

  for (const spec of COMMANDS) {
    const command = program
      .command(spec.name)
      .description(spec.load ? spec.summary : `${spec.summary} (not built yet)`)
      .showHelpAfterError(`(run 'cutover ${spec.name} --help' for its options)`)
      .option("-c, --config <file>", "config file (default: cutover.yml)")
      // still accepted where they mean nothing (a pipeline may pass them to every command), not offered
      .addOption(offered(new Option("--dry-run", "print the plan and change nothing"), !CHANGES_NOTHING.has(spec.name)))
      .option("--json", "print the result as JSON on stdout")
      .addOption(
        offered(new Option("--release <id>", "release label, e.g. the tag (default: the pushed tag)"), LABELS_RELEASE.has(spec.name)),
      );
    for (const name of spec.options) command.addOption(optionFor(spec, name));
    if (spec.operands === "paths") {
      command.argument("[paths...]", "migration folders or .sql files (default: from the config)");
      command.action((paths: string[], flags: Flags) => chosen(spec, { ...flags, paths }));
    } else command.action((flags: Flags) => chosen(spec, flags));
  }
  return program;
}

/** Commands that change nothing whatever their flags: `--dry-run` is accepted there but not offered. */
const CHANGES_NOTHING = new Set(["plan", "lint-migrations", "status", "iam-policy"]);
/** Commands that record or read a release label; elsewhere `--release` is accepted but not offered. */
const LABELS_RELEASE = new Set(["plan", "deploy-green", "switch-traffic", "promote", "rollback", "flink"]);

function offered(option: Option, shown: boolean): Option {
  return shown ? option : option.hideHelp();
}

/** An option as this command describes it: its own phases, and which lock `--break-lock` breaks. */
function optionFor(spec: CommandSpec, name: OptionName): Option {
  if (name === "phase") return new Option("--phase <phase>", `phase: ${(spec.phases ?? []).join(", ")} (default: plan)`);
  if (name === "break-lock" && spec.name === "es-reindex")
    return new Option(
      "--break-lock <id>",
      "break the index's lock (held by another es-reindex run of this index) with this id, shown by the refusal, then go on",
    );
  if (name === "break-lock" && spec.name === "flink")
    return new Option(
      "--break-lock <id>",
      "break the pipeline's release lock (held by another flink run) with this id, shown by the refusal, then go on",
    );
  return OPTION_FLAGS[name];
}

/**
 * commander's error message with control characters escaped, so that an argument it echoes cannot
 * start a line of its own; only its own suggestion keeps its line break (that line starts with "(").
 */
function oneLineError(message: string): string {
  return `${escapeControlChars(message.replace(/\n$/, "")).replace(/\\n\(Did you mean /, "\n(Did you mean ")}\n`;
}

/** Runs one command line and returns the exit code. Only this function decides exit codes. */
export async function runCli(argv: readonly string[], io: ConsoleIo, options: { signal?: AbortSignal } = {}): Promise<ExitCode> {
  let chosen: { spec: CommandSpec; flags: Flags } | undefined;
  const program = buildProgram(io, (spec, flags) => {
    chosen = { spec, flags };
  });

  if (argv.length === 0) {
    io.stderr.write(program.helpInformation());
    return ExitCode.BadInput;
  }
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return ExitCode.Done;
      if (wantsJson(argv)) printFlagError(io, argv, error);
      return ExitCode.BadInput;
    }
    throw error;
  }
  if (!chosen) return ExitCode.BadInput;

  const { spec, flags } = chosen;
  const host = await createHost(detectHostKind(io.env), io, spec.name);
  for (const warning of setupWarnings(io.env, host, spec, flags)) host.log.warn(warning);
  let json = flags.json === true || host.input("json") === "true";
  if (json) host.reserveStdoutForJson();
  let settings: Settings | undefined;
  let loaded: LoadedConfig | undefined;
  try {
    settings = readSettings(spec, flags, host, io.env);
    json = settings.json;
    if (json) host.reserveStdoutForJson();
    if (!spec.load) throw new NotBuiltError(spec.name);
    loaded = await loadCommandConfig(spec, settings, host, io.env);
    const module = (await spec.load()) as CommandModule<LoadedConfig | undefined>;
    const result = await module.run({
      settings,
      loaded,
      host,
      env: io.env,
      now: () => new Date(),
      // only the real process is interrupted by signals (main.ts); elsewhere nothing aborts
      signal: options.signal ?? new AbortController().signal,
    });
    await recordRelease(host, io.env, loaded?.config, {
      command: spec.name,
      end: settings.dryRun ? "dry-run" : "done",
      release: settings.release,
      ...(result.releases ? { facts: result.releases } : {}),
      message: result.headline,
    });
    await finish(host, spec, result, json, settings.dryRun);
    return ExitCode.Done;
  } catch (error) {
    const code = exitCodeOf(error);
    const partial = error instanceof RefusedError || error instanceof OperationError ? error.partial : undefined;
    if (partial && !json) host.printReport(partial.report);
    const lines = reportFailure(host, spec, error, json, partial);
    if (settings && !settings.dryRun)
      await recordRelease(host, io.env, loaded?.config, {
        command: spec.name,
        end: error instanceof RefusedError ? "refused" : error instanceof InputError ? "bad-input" : "failed",
        release: settings.release,
        message: error instanceof Error ? error.message : (lines[0] ?? ""),
      });
    host.setOutput("exit-code", String(code));
    if (partial) host.setOutput("result", { command: spec.name, dryRun: false, headline: lines[0] ?? "", result: partial.data });
    const summary = new Report().list(lines);
    await writeSummary(host, partial ? summary.concat(partial.report) : summary, `${spec.name} failed (exit ${code})`);
    await host.close().catch((e: unknown) => host.log.warn(`could not write outputs: ${String(e)}`));
    return code;
  }
}

/**
 * The config, loaded once for every command with the fields this run needs (config/field-needs.ts:
 * an unset variable elsewhere is no problem for it; a field a flag supplies is not needed), and
 * every secret in it masked before the command can print.
 */
async function loadCommandConfig(
  spec: CommandSpec,
  settings: Settings,
  host: Host,
  env: Readonly<Record<string, string | undefined>>,
): Promise<LoadedConfig | undefined> {
  if (spec.usesConfig && !spec.usesConfig(settings, existsSync(settings.configPath))) return undefined;
  const scope = { command: spec.name, phase: settings.phase, given: settings.image === undefined ? [] : ["services[].image"] };
  const loaded = await loadConfig(settings.configPath, env, { scope });
  for (const secret of loaded.secrets) host.maskSecret(secret);
  return loaded;
}

async function finish(host: Host, spec: CommandSpec, result: CommandResult, json: boolean, dryRun: boolean): Promise<void> {
  const data = { command: spec.name, dryRun, headline: result.headline, result: result.data };
  for (const [name, value] of Object.entries(result.outputs)) host.setOutput(name, value);
  // as data: the host redacts each value before serializing, so redaction never breaks the JSON
  host.setOutput("result", data);
  host.setOutput("exit-code", String(ExitCode.Done));
  if (json) host.printJson({ ...data, exitCode: ExitCode.Done });
  else host.printReport(new Report().heading(result.headline).concat(result.report));
  await writeSummary(host, result.report, `${spec.name}${dryRun ? " (dry run)" : ""}`);
  await host.close().catch((e: unknown) => host.log.warn(`could not write outputs: ${String(e)}`));
}

/** A summary that cannot be written is a warning: the command's own result stands. */
async function writeSummary(host: Host, report: Report, title: string): Promise<void> {
  try {
    await host.writeSummary(report, title);
  } catch (error) {
    host.log.warn(`could not write the summary: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** `--json` before a `--`: the caller wants a JSON document on stdout, even for a flag error. */
function wantsJson(argv: readonly string[]): boolean {
  const end = argv.indexOf("--");
  return (end === -1 ? argv : argv.slice(0, end)).includes("--json");
}

function printFlagError(io: ConsoleIo, argv: readonly string[], error: CommanderError): void {
  const command = findCommandName(argv);
  const message = escapeControlChars(error.message.replace(/^error: /, ""));
  const document = { command, exitCode: ExitCode.BadInput, error: { kind: "bad-input", message, details: ["Nothing was changed."] } };
  io.stdout.write(`${neutralizeJson(JSON.stringify(document, null, 2))}\n`);
}

function findCommandName(argv: readonly string[]): string | null {
  return COMMANDS.find((c) => argv.includes(c.name))?.name ?? null;
}

/** Logs the failure (and prints it as JSON with --json); returns its lines for the summary. */
function reportFailure(host: Host, spec: CommandSpec, error: unknown, json: boolean, partial?: PartialResult): string[] {
  const code = exitCodeOf(error);
  const lines: string[] = [];
  let kind: string;
  if (error instanceof InputError) {
    kind = error instanceof NotBuiltError ? "not-built" : "bad-input";
    lines.push(error.message, ...error.problems.filter((p) => p !== error.message).map((p) => `  ${p}`));
    if (!(error instanceof NotBuiltError)) lines.push("Nothing was changed.");
  } else if (error instanceof RefusedError) {
    kind = "refused";
    lines.push(
      `refused: ${error.message}`,
      ...error.reasons.filter((r) => r !== error.message).map((r) => `  ${r}`),
      error.aftermath?.kind === "restored"
        ? `What this run had changed has been put back: ${error.aftermath.detail}`
        : error.aftermath?.kind === "resumable"
          ? `Left resumable: ${error.aftermath.detail}`
          : "Nothing was changed.",
    );
  } else if (error instanceof OperationError) {
    kind = "failed";
    lines.push(`${spec.name} failed: ${error.message}`);
    const after = error.aftermath;
    if (after.kind === "restored") lines.push(`What was changed has been put back: ${after.detail}`);
    else if (after.kind === "resumable") lines.push(`Left resumable: ${after.detail}`);
    else lines.push("Nothing had been changed yet.");
  } else if (error instanceof ExternalError) {
    // a system cutover works with failed outside the apply loop (which would have said what it left):
    // the operator's problem to look at, not a bug
    kind = "failed";
    lines.push(
      `${spec.name} failed: ${error.system} answered with an error or could not be reached: ${error.message}`,
      `Any change made before it is in the log above; once ${error.system} answers, run ${spec.name} again: it starts from what is there now.`,
    );
  } else {
    kind = "internal";
    const message = error instanceof Error ? error.message : String(error);
    lines.push(`${spec.name} failed unexpectedly: ${message}`, "This is likely a bug in cutover; please report it with this log.");
    if (error instanceof Error && error.stack) host.log.debug(error.stack);
  }
  const shown = plainLines(lines, host.kind);
  lines.splice(0, lines.length, ...shown);
  const [first = "", ...rest] = lines;
  host.log.error(first);
  for (const line of rest) host.log.info(line);
  if (json)
    host.printJson({
      command: spec.name,
      exitCode: code,
      error: { kind, message: lines[0], details: lines.slice(1) },
      ...(partial ? { result: partial.data } : {}),
    });
  return lines;
}
