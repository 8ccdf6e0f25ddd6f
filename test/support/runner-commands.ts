/**
 * What the GitHub runner would take as workflow commands in a step's output, read the way
 * actions/runner reads it: line by line, `::name ...::data` after leading whitespace (V2) or the
 * legacy `##[name ...]data` anywhere in a line (V1), nothing while `::stop-commands::<token>` is in
 * force until `::<token>::`. Tests compare this with what cutover meant to issue.
 */
export interface RunnerCommand {
  readonly name: string;
  readonly data: string;
  readonly legacy: boolean;
}

// the runner's registered command names; any other name is plain text to it
const REGISTERED = new Set([
  "add-mask",
  "add-matcher",
  "add-path",
  "debug",
  "echo",
  "endgroup",
  "error",
  "group",
  "notice",
  "remove-matcher",
  "save-state",
  "set-env",
  "set-output",
  "stop-commands",
  "warning",
  "internal-set-repo-path",
]);

const unescapeData = (s: string) => s.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");

function parseV2(line: string): RunnerCommand | undefined {
  const text = line.trimStart();
  if (!text.startsWith("::")) return undefined;
  const end = text.indexOf("::", 2);
  if (end < 0) return undefined;
  const info = text.slice(2, end);
  const name = info.split(" ")[0] ?? "";
  if (!REGISTERED.has(name)) return undefined;
  return { name, data: unescapeData(text.slice(end + 2)), legacy: false };
}

function parseV1(line: string): RunnerCommand | undefined {
  const start = line.indexOf("##[");
  if (start < 0) return undefined;
  const close = line.indexOf("]", start);
  if (close < 0) return undefined;
  const name = line.slice(start + 3, close).split(" ")[0] ?? "";
  if (!REGISTERED.has(name)) return undefined;
  return { name, data: line.slice(close + 1), legacy: true };
}

export function runnerCommands(output: string): RunnerCommand[] {
  const commands: RunnerCommand[] = [];
  let stopToken: string | undefined;
  for (const raw of output.split("\n")) {
    const line = raw.replace(/\r$/, "");
    if (stopToken !== undefined) {
      if (line.trim() === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    const command = parseV2(line) ?? parseV1(line);
    if (!command) continue;
    commands.push(command);
    if (command.name === "stop-commands") stopToken = command.data;
  }
  return commands;
}
