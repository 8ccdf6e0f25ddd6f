/**
 * A SQL file as a backend takes it (pure): one statement, without the final ';', and the `SET`
 * statements before it as properties. A file may hold `SET 'key' = 'value';` lines and one INSERT
 * (or one EXECUTE STATEMENT SET … END, whose inner ';' belong to it). The split reads the Flink
 * lexer's tokens, so a ';' in a string, a quoted identifier or a comment is no end; the statements
 * themselves were checked by the grammar when the pipeline was parsed.
 */
import { lexFlinkSql, SQL, type SqlToken } from "../sql/lex-sql.js";

export interface StatementText {
  readonly sql: string;
  readonly properties: Readonly<Record<string, string>>;
}

export type SplitResult = { readonly ok: true; readonly value: StatementText } | { readonly ok: false; readonly problem: string };

/** The text's statements, split at the ';' tokens that end them (comments kept inside), each with its significant tokens. */
function chunks(text: string): { text: string; tokens: SqlToken[] }[] | undefined {
  const { tokens, errors } = lexFlinkSql(text);
  if (errors > 0) return undefined;
  const out: { text: string; tokens: SqlToken[] }[] = [];
  let start = 0;
  let current: SqlToken[] = [];
  for (const token of tokens) {
    if (token.type === SQL.SEMICOLON) {
      out.push({ text: text.slice(start, token.start), tokens: current });
      start = token.end;
      current = [];
    } else if (token.kind !== "comment" && token.kind !== "hint") current.push(token);
  }
  out.push({ text: text.slice(start), tokens: current });
  return out;
}

const startsWith = (tokens: readonly SqlToken[], ...want: number[]) => want.every((type, i) => tokens[i]?.type === type);
const isSet = (tokens: readonly SqlToken[]) =>
  tokens.length === 4 &&
  startsWith(tokens, SQL.KW_SET) &&
  tokens[1]?.kind === "string" &&
  tokens[2]?.type === SQL.EQUAL_SYMBOL &&
  tokens[3]?.kind === "string";
const isStatementSet = (tokens: readonly SqlToken[]) =>
  startsWith(tokens, SQL.KW_EXECUTE, SQL.KW_STATEMENT, SQL.KW_SET) || startsWith(tokens, SQL.KW_BEGIN, SQL.KW_STATEMENT, SQL.KW_SET);
const isEnd = (tokens: readonly SqlToken[]) => tokens.length === 1 && tokens[0]?.type === SQL.KW_END;

export function splitStatementText(text: string, file: string): SplitResult {
  const properties: Record<string, string> = {};
  const statements: string[] = [];
  const parts = chunks(text);
  if (!parts) return { ok: false, problem: `${file}: not valid Flink SQL (an unclosed string, comment or quoted name?)` };
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part.tokens.length === 0) continue;
    if (isSet(part.tokens)) {
      properties[part.tokens[1]!.value] = part.tokens[3]!.value;
      continue;
    }
    if (!isStatementSet(part.tokens)) {
      statements.push(part.text.trim());
      continue;
    }
    // the statement set runs to its END, across the ';' of the statements inside it
    const inside = [part];
    while (i + 1 < parts.length && !isEnd(parts[i]!.tokens)) inside.push(parts[++i]!);
    if (!isEnd(inside[inside.length - 1]!.tokens)) return { ok: false, problem: `${file}: a statement set without its END` };
    statements.push(`${inside.map((p) => p.text.trim()).join(";\n")}`);
  }
  if (statements.length !== 1)
    return {
      ok: false,
      problem: `${file}: holds ${statements.length} statements besides SET; cutover deploys one statement per file (an INSERT, or one STATEMENT SET)`,
    };
  return { ok: true, value: { sql: statements[0]!, properties } };
}
