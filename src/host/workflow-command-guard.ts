import { randomBytes } from "node:crypto";

/**
 * The GitHub runner reads workflow commands from every line a step prints, on stdout and on stderr:
 * a line that starts with `::` once leading whitespace is trimmed, or one that holds the legacy
 * `##[` prefix anywhere (actions/runner, ActionCommand.TryParseV2 and TryParse). A value from
 * outside must never be read as one.
 */
export function looksLikeWorkflowCommand(line: string): boolean {
  return line.trimStart().startsWith("::") || line.includes("##[");
}

/** A token the text cannot predict, for `::stop-commands::`. */
export function newStopToken(): string {
  return `cutover-${randomBytes(16).toString("hex")}`;
}

/**
 * Text for the log, shown verbatim: when any line of it could be read as a workflow command, the
 * whole block is wrapped in `::stop-commands::<token>` ... `::<token>::`, during which the runner
 * runs no command. Text that needs no guard is returned as it is.
 */
export function guardWorkflowCommands(text: string, token: string = newStopToken()): string {
  const lines = text.split(/\r\n|\r|\n/);
  if (!lines.some(looksLikeWorkflowCommand)) return text;
  // the token is random; should the text still hold it, a fresh one is drawn
  if (text.includes(token)) return guardWorkflowCommands(text, newStopToken());
  const body = text.endsWith("\n") ? text : `${text}\n`;
  return `::stop-commands::${token}\n${body}::${token}::\n`;
}

/**
 * JSON for stdout on GitHub. It must stay pure JSON (--json), so it cannot be wrapped; instead
 * `#` in `##[` is written as the JSON escape `\u0023`, which parses to the same string. JSON text
 * never starts a line with `::` (every line starts with a bracket, a quote or a digit).
 */
export function neutralizeJson(json: string): string {
  return json.replace(/##\[/g, "#\\u0023[");
}
