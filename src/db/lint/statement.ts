/** A parsed statement in a migration file, whatever the dialect's AST. */
export interface ParsedStatement<A> {
  ast: A;
  /** Line of the first token, 1-based. */
  line: number;
  /** Last line the statement covers, so opt-out comments after it are not attached to it. */
  endLine: number;
  /** The first line of the statement, trimmed, at most 120 characters. */
  head: string;
}

/** A `--` (or MySQL `#`) comment: its text without the marker, and its line. */
export interface LineComment {
  line: number;
  text: string;
}

export interface ParsedFile<A> {
  statements: ParsedStatement<A>[];
  comments: LineComment[];
}

export function headOf(text: string): string {
  const first = text.split("\n", 1)[0] ?? "";
  const trimmed = first.trim();
  return trimmed.length > 120 ? `${trimmed.slice(0, 117)}...` : trimmed;
}
