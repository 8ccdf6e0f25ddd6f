import { CharStreams, Token } from "antlr4ng";
import { FlinkSqlLexer } from "dt-sql-parser/dist/lib/flink/FlinkSqlLexer.js";

/**
 * The Flink SQL lexer's tokens as plain data, for the small jobs that need to know what a piece of
 * SQL says without a full parse (what a DDL creates, where a file's statements end, what a SET
 * sets). The grammar's own lexer, so strings, quoted identifiers, comments and hints are told
 * apart exactly as Flink's parser would; no regular expression ever looks at SQL.
 */

export type SqlTokenKind = "keyword" | "identifier" | "string" | "punct" | "comment" | "hint" | "other";

export interface SqlToken {
  readonly kind: SqlTokenKind;
  /** The lexer's token type (FlinkSqlLexer.KW_…, .DOT, .SEMICOLON …). */
  readonly type: number;
  readonly text: string;
  /** Keywords upper-cased; an identifier without its backquotes; a string without its quotes. */
  readonly value: string;
  /** UTF-16 offsets in the text, `end` exclusive. */
  readonly start: number;
  readonly end: number;
}

export const SQL = FlinkSqlLexer;

const KEYWORD_TYPES = new Set(FlinkSqlLexer.symbolicNames.flatMap((name, type) => (name?.startsWith("KW_") ? [type] : [])));

/** Maps antlr's code-point offsets to the UTF-16 offsets JavaScript strings use (they differ after an emoji). */
export function offsetMap(text: string): (codePoint: number) => number {
  let surrogates = false;
  for (let i = 0; i < text.length && !surrogates; i++) {
    const unit = text.charCodeAt(i);
    surrogates = unit >= 0xd800 && unit <= 0xdfff;
  }
  if (!surrogates) return (i) => i;
  const utf16: number[] = [];
  let offset = 0;
  for (const char of text) {
    utf16.push(offset);
    offset += char.length;
  }
  utf16.push(offset);
  return (i) => utf16[i] ?? offset;
}

function unquote(text: string, quote: string): string {
  return text.slice(1, -1).replaceAll(quote + quote, quote);
}

function classify(token: Token): { kind: SqlTokenKind; value: string } {
  const text = token.text ?? "";
  switch (token.type) {
    case FlinkSqlLexer.BRACKETED_COMMENT:
      return { kind: text.startsWith("/*+") ? "hint" : "comment", value: text };
    case FlinkSqlLexer.LINE_COMMENT:
      return { kind: "comment", value: text };
    case FlinkSqlLexer.ID_LITERAL:
      return { kind: "identifier", value: text };
    case FlinkSqlLexer.STRING_LITERAL:
      // the lexer gives backquoted names the string type; the parser takes them as identifiers
      if (text.startsWith("`")) return { kind: "identifier", value: unquote(text, "`") };
      return { kind: "string", value: unquote(text, text[0] ?? "'") };
  }
  if (KEYWORD_TYPES.has(token.type)) return { kind: "keyword", value: text.toUpperCase() };
  if (token.channel !== Token.DEFAULT_CHANNEL) return { kind: "other", value: text };
  return { kind: text.length === 1 ? "punct" : "other", value: text };
}

/**
 * Every token of the text but whitespace, comments and hints included (as kind "comment"/"hint").
 * `errors` counts what the lexer could not read (an unclosed string or comment, a stray character).
 */
export function lexFlinkSql(text: string): { tokens: SqlToken[]; errors: number } {
  const lexer = new FlinkSqlLexer(CharStreams.fromString(text));
  let errors = 0;
  lexer.removeErrorListeners();
  lexer.addErrorListener({
    syntaxError: () => void errors++,
    reportAmbiguity: () => undefined,
    reportAttemptingFullContext: () => undefined,
    reportContextSensitivity: () => undefined,
  });
  const toUtf16 = offsetMap(text);
  const tokens: SqlToken[] = [];
  for (const token of lexer.getAllTokens()) {
    if (token.type === FlinkSqlLexer.WHITE_SPACE) continue;
    const { kind, value } = classify(token);
    tokens.push({ kind, type: token.type, text: token.text ?? "", value, start: toUtf16(token.start), end: toUtf16(token.stop + 1) });
  }
  return { tokens, errors };
}

/** The tokens the parser reads: no comments, no hints. */
export const significant = (tokens: readonly SqlToken[]) => tokens.filter((t) => t.kind !== "comment" && t.kind !== "hint");

/** An identifier, or a keyword Flink also takes as a name where a name is expected (`value`, `data`). */
export const nameLike = (token: SqlToken | undefined): token is SqlToken =>
  token !== undefined && (token.kind === "identifier" || token.kind === "keyword");

/** True when `value` can be written as a plain identifier, without backquotes. */
export function isPlainIdentifier(value: string): boolean {
  if (value.length === 0) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
    if (!letter && !(i > 0 && c >= 48 && c <= 57)) return false;
  }
  return true;
}
