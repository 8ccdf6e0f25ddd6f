import type { BlueSchema } from "./blue-schema.js";
import { checkAgainstBlue } from "./blue-check.js";
import type { Dialect } from "./dialect.js";
import type { LintResult, MigrationSql, RuleHit } from "./finding.js";
import { mysqlHits, mysqlRecord } from "./mysql-rules.js";
import { parseMySqlFile } from "./mysql-statements.js";
import { pgHits, pgRecord } from "./pg-rules.js";
import { parsePgFile } from "./pg-statements.js";
import { ConfigAllow, resolveFile, type CheckedStatement } from "./resolve.js";
import { RunState, type RuleContext } from "./run-state.js";
import type { ParsedFile } from "./statement.js";

export interface LintOptions {
  dialect: Dialect;
  /** Rule ids, or "<migration>/<rule>", from config `database.safety.allow`. */
  allow?: readonly string[];
  /** Blue's Prisma schema: drops and renames are then judged by what blue really maps. */
  blue?: BlueSchema;
}

interface DialectRules<A> {
  hits(ast: A, ctx: RuleContext): RuleHit[];
  record(ast: A, state: RunState): void;
}

function check<A>(parsed: ParsedFile<A>, rules: DialectRules<A>, state: RunState, options: LintOptions): CheckedStatement[] {
  const ctx: RuleContext = { state, statementsInFile: parsed.statements.length };
  return parsed.statements.map((stmt) => {
    const raw = rules.hits(stmt.ast, ctx);
    rules.record(stmt.ast, state);
    const hits = options.blue ? checkAgainstBlue(raw, options.blue, options.dialect) : raw;
    return { line: stmt.line, endLine: stmt.endLine, head: stmt.head, hits };
  });
}

/**
 * Lints pending migrations in the order given (oldest first), so a table created by an earlier pending
 * migration counts as new in later ones. Throws SqlSyntaxError on the first statement the parser rejects.
 */
export async function lintMigrations(files: readonly MigrationSql[], options: LintOptions): Promise<LintResult> {
  const state = new RunState(options.dialect);
  const allow = new ConfigAllow(options.allow ?? []);
  const result: LintResult = { findings: [], suppressed: [], statements: 0, files: files.length };
  for (const file of files) {
    const parsed =
      options.dialect === "postgresql"
        ? { kind: "pg" as const, file: await parsePgFile(file.file, file.sql) }
        : { kind: "mysql" as const, file: parseMySqlFile(file.file, file.sql) };
    const checked =
      parsed.kind === "pg"
        ? check(parsed.file, { hits: pgHits, record: pgRecord }, state, options)
        : check(parsed.file, { hits: mysqlHits, record: mysqlRecord }, state, options);
    const resolved = resolveFile(file, checked, parsed.file.comments, allow);
    result.statements += checked.length;
    result.findings.push(...resolved.findings);
    result.suppressed.push(...resolved.suppressed);
  }
  const byPlace = (a: { file: string; line: number }, b: { file: string; line: number }) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line;
  result.findings.sort(byPlace);
  result.suppressed.sort(byPlace);
  return result;
}
