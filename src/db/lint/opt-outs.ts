import type { LineComment } from "./statement.js";

/** A `-- cutover:allow <rule>[, <rule>...]: <reason>` comment. */
export interface OptOut {
  line: number;
  /** The comment as written, for messages. */
  text: string;
  rules: string[];
  /** Undefined when the comment gives none. */
  reason: string | undefined;
}

const MARKER = "cutover:allow";

export function parseOptOut(comment: LineComment): OptOut | undefined {
  const body = comment.text.trim();
  if (!body.startsWith(MARKER)) return undefined;
  const rest = body.slice(MARKER.length);
  // "cutover:allowed" or similar is not ours; the marker must end at a blank or the end.
  if (rest !== "" && !/^\s/.test(rest)) return undefined;
  const colon = rest.indexOf(":");
  const ids = colon < 0 ? rest : rest.slice(0, colon);
  const reason = colon < 0 ? "" : rest.slice(colon + 1).trim();
  return {
    line: comment.line,
    text: `-- ${body}`,
    rules: ids
      .split(",")
      .map((id) => id.trim())
      .filter((id) => id !== ""),
    reason: reason === "" ? undefined : reason,
  };
}

/**
 * The opt-outs that belong to a statement: comment lines after the previous statement's last line and
 * before this statement's first line, i.e. directly above it with no statement in between.
 */
export function optOutsBetween(comments: readonly LineComment[], afterLine: number, beforeLine: number): OptOut[] {
  return comments
    .filter((c) => c.line > afterLine && c.line < beforeLine)
    .map(parseOptOut)
    .filter((o): o is OptOut => o !== undefined);
}
