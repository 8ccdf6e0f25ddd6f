import { BailErrorStrategy, CommonTokenStream, DefaultErrorStrategy, ParseCancellationException, PredictionMode, Token } from "antlr4ng";
import { FlinkSqlLexer } from "dt-sql-parser/dist/lib/flink/FlinkSqlLexer.js";
import { FlinkSqlParser, type ProgramContext } from "dt-sql-parser/dist/lib/flink/FlinkSqlParser.js";
import { InputError } from "../../errors.js";
import { flinkGrammar } from "./grammar.js";
import { offsetMap } from "./lex-sql.js";
import type { ParsedSql, SqlStatement } from "./sql-facts.js";
import { StatementWalker, type TokenPlaces } from "./statement-walker.js";
import { fixGrammarGaps, ListTokenSource } from "./token-fixups.js";

/**
 * Parses one Flink SQL file with the grammar (never with regular expressions) and returns its
 * statements' facts. A file the grammar rejects is an InputError naming the file, the line and
 * the column, with the parser's message; `file` is the path shown in messages.
 *
 * Parsing is two-stage, as antlr recommends: the fast SLL prediction first, giving up at the first
 * error; only then the full LL prediction, which is slower but never reports an error a correct
 * parse would not have. dt-sql-parser itself parses with SLL alone.
 */

const KEYWORDS = new Set(FlinkSqlLexer.symbolicNames.flatMap((name, type) => (name?.startsWith("KW_") ? [type] : [])));

export function parseFlinkSql(text: string, file: string): ParsedSql {
  const grammar = flinkGrammar();
  const problems: string[] = [];
  const report = (line: number, column: number, message: string) => problems.push(`${file}:${line}:${column}: ${message}`);
  const listener = grammar.errorListenerFor((error) => report(error.startLine, error.startColumn, error.message));

  const lexer = grammar.createLexer(text);
  lexer.removeErrorListeners();
  lexer.addErrorListener(listener);
  const lexed = lexer.getAllTokens();
  if (problems.length > 0) throw new InputError(`${file}: not valid Flink SQL`, problems);

  // the significant tokens, as the hash sees them, and where each real token is in the text
  const toUtf16 = offsetMap(text);
  const tokens: string[] = [];
  const ordinal = new Map<number, number>();
  for (const token of lexed) {
    // a ';' ends a statement and means nothing else: a file with or without the last one hashes alike
    if (token.channel !== Token.DEFAULT_CHANNEL || token.type === FlinkSqlLexer.SEMICOLON) continue;
    ordinal.set(token.start, tokens.length);
    const raw = token.text ?? "";
    tokens.push(KEYWORDS.has(token.type) ? raw.toUpperCase() : raw);
  }
  if (tokens.length === 0) throw new InputError(`${file}: empty`, [`${file}: holds no SQL statement (only whitespace or comments)`]);
  const places: TokenPlaces = {
    place: (token) => ({ start: toUtf16(token.start), end: toUtf16(token.stop + 1), token: ordinal.get(token.start) ?? -1 }),
  };

  const program = parseProgram(lexer.tokenFactory, fixGrammarGaps(lexed), listener);
  if (problems.length > 0) throw new InputError(`${file}: not valid Flink SQL`, problems);

  const walkProblems: string[] = [];
  const statements: SqlStatement[] = [];
  for (const single of program.singleStatement()) {
    const statement = single.sqlStatement();
    if (!statement) continue; // a lone ';'
    statements.push(new StatementWalker(places, walkProblems, file).statement(statement));
  }
  if (walkProblems.length > 0) throw new InputError(`${file}: not valid Flink SQL`, walkProblems);
  return { statements, tokens };
}

function parseProgram(
  factory: ConstructorParameters<typeof ListTokenSource>[1],
  tokens: Token[],
  listener: ReturnType<ReturnType<typeof flinkGrammar>["errorListenerFor"]>,
): ProgramContext {
  const stream = new CommonTokenStream(new ListTokenSource(tokens, factory));
  stream.fill();
  const parser = new FlinkSqlParser(stream);
  parser.removeErrorListeners();
  parser.interpreter.predictionMode = PredictionMode.SLL;
  parser.errorHandler = new BailErrorStrategy();
  try {
    return parser.program();
  } catch (error) {
    if (!(error instanceof ParseCancellationException)) throw error;
    // SLL gave up: parse again with full LL, reporting every error
    stream.seek(0);
    parser.reset();
    parser.addErrorListener(listener);
    parser.interpreter.predictionMode = PredictionMode.LL;
    parser.errorHandler = new DefaultErrorStrategy();
    return parser.program();
  }
}
