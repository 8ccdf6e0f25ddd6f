import type { RuleId } from "./rules.js";

/** One migration.sql as the caller read it; the linter never touches the filesystem. */
export interface MigrationSql {
  migration: string;
  /** The path as shown to the user. */
  file: string;
  sql: string;
}

export interface Finding {
  rule: string;
  severity: "error" | "warning";
  migration: string;
  file: string;
  /** Line of the statement's first token, 1-based. */
  line: number;
  /** The statement's first line, trimmed, at most 120 characters. */
  statement: string;
  /** What the statement does and why it breaks the running blue release or locks the table. */
  message: string;
  /** The safe expand/contract sequence to use instead. */
  instead: string;
}

export interface Suppressed {
  rule: string;
  migration: string;
  file: string;
  line: number;
  reason: string;
  by: "comment" | "config";
}

export interface LintResult {
  findings: Finding[];
  suppressed: Suppressed[];
  statements: number;
  files: number;
}

/** What a rule reports about one statement, before opt-outs and the blue check are applied. */
export interface RuleHit {
  rule: RuleId;
  message: string;
  instead: string;
  /** The table (and column) the statement touches, so the blue check can look it up. */
  target?: { table: string; column?: string };
}
