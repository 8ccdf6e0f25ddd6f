import pkg from "node-sql-parser/build/mysql.js";
import { decodeMySql, type MyStatement } from "./mysql-ast.js";
import { lexMySql } from "./mysql-lexer.js";
import { readMetadataAlter } from "./mysql-metadata-alter.js";
import { headOf, type ParsedFile, type ParsedStatement } from "./statement.js";
import { SqlSyntaxError } from "./syntax-error.js";

// Only the MySQL build: it parses ALGORITHM= / LOCK= clauses and keeps the bundle small.
const { Parser } = pkg;
let parser: InstanceType<typeof Parser> | undefined;

function parserLine(error: unknown): number {
  if (typeof error !== "object" || error === null || !("location" in error)) return 1;
  const location = (error as { location?: { start?: { line?: unknown } } }).location;
  const line = location?.start?.line;
  return typeof line === "number" && line > 0 ? line : 1;
}

/**
 * The parser has no statement locations, so the lexer cuts the file into statements and each is parsed
 * on its own: a syntax error then points at file:line (statement line + parser line - 1).
 */
export function parseMySqlFile(file: string, sql: string): ParsedFile<MyStatement> {
  parser ??= new Parser();
  const lexed = lexMySql(sql);
  const statements: ParsedStatement<MyStatement>[] = [];
  for (const raw of lexed.statements) {
    let ast: unknown;
    try {
      ast = parser.astify(raw.text, { database: "MySQL", parseOptions: { includeLocations: true } });
    } catch (error) {
      // a few metadata-only ALTERs the grammar lacks: read those from tokens, fail on the rest
      const metadata = readMetadataAlter(raw.text);
      if (metadata) {
        statements.push({ ast: metadata, line: raw.line, endLine: raw.endLine, head: headOf(raw.text) });
        continue;
      }
      const message = error instanceof Error ? error.message : String(error);
      throw new SqlSyntaxError(file, raw.line + parserLine(error) - 1, message);
    }
    for (const one of Array.isArray(ast) ? ast : [ast]) {
      statements.push({ ast: decodeMySql(one), line: raw.line, endLine: raw.endLine, head: headOf(raw.text) });
    }
  }
  return { statements, comments: lexed.comments };
}
