import { CommonToken, Token, type CharStream, type TokenFactory, type TokenSource } from "antlr4ng";
import { FlinkSqlLexer } from "dt-sql-parser/dist/lib/flink/FlinkSqlLexer.js";

/**
 * Where dt-sql-parser's Flink grammar is narrower than Flink (and Confluent Cloud) SQL, the token
 * stream is adjusted before parsing, never the text: tokens are hidden (moved to the hidden
 * channel, where the parser does not look) or synthetic tokens are added. Every real token keeps
 * its offsets, so the table-name positions the rewrite uses are those of the file as written,
 * and the content hash is taken from the lexer's tokens before any of this.
 *
 * The gaps (dt-sql-parser 4.5.1):
 * - `CREATE TABLE t (...)` without `WITH (...)`, Confluent Cloud's form, and `CREATE TABLE t AS
 *   SELECT` without it: the grammar requires a WITH clause. A synthetic `WITH ('')` is added.
 * - `CREATE TABLE t (PRIMARY KEY (id) NOT ENFORCED) AS SELECT` (Confluent Cloud): the grammar's
 *   CREATE TABLE AS takes no column list. The list is hidden (the planner needs no columns).
 * - `DISTRIBUTED BY [HASH] (cols) [INTO n BUCKETS]` / `DISTRIBUTED INTO n BUCKETS` (Confluent
 *   Cloud, Flink 2.0): unknown to the grammar. Hidden.
 * - The SESSION window TVF (Flink 1.19+): the grammar knows TUMBLE, HOP and CUMULATE only. The
 *   SESSION token is given TUMBLE's type (its text stays SESSION) and its `PARTITION BY` list is
 *   hidden; the window's source table is unchanged.
 * - A window TVF's source written as `(SELECT * FROM x /*+ OPTIONS(…) *\/)`, the form cutover
 *   deploys when it sets a start position there (Flink takes no hint after `TABLE x`): the grammar
 *   takes only `TABLE x`. The wrapper is hidden and FROM is given TABLE's type, so the source is
 *   read as `TABLE x`, at its own position.
 * - `TRY_CAST(x AS t)`: the grammar knows it only as a plain function name. Given CAST's type.
 * - `ARRAY[1, 2]` and `MAP['k', v]` value constructors: the grammar reads `[` as a subscript. The
 *   brackets are given the types of parentheses, which makes a function call the grammar knows.
 * - `ROW_NUMBER() OVER (...) rn`: the grammar wants `AS` before an OVER item's alias. A
 *   synthetic `AS` is added.
 */

const T = FlinkSqlLexer;

/** Positions of the default-channel tokens, with the paren depth at each (depth before the token). */
interface Visible {
  readonly index: number;
  readonly depth: number;
}

function visibleTokens(tokens: readonly Token[]): Visible[] {
  const out: Visible[] = [];
  let depth = 0;
  tokens.forEach((token, index) => {
    if (token.channel !== Token.DEFAULT_CHANNEL) return;
    if (token.type === T.RR_BRACKET) depth = Math.max(0, depth - 1);
    out.push({ index, depth });
    if (token.type === T.LR_BRACKET) depth += 1;
  });
  return out;
}

const isWord = (token: Token | undefined, word: string) => token?.type === T.ID_LITERAL && token.text?.toUpperCase() === word;

/** A token the parser sees that was not in the file: a copy of `like`'s position, so errors still point somewhere real. */
function synthetic(type: number, text: string, like: Token): Token {
  const token = new CommonToken(CommonToken.EMPTY_SOURCE, type, Token.DEFAULT_CHANNEL, -1, -1);
  token.text = text;
  token.line = like.line;
  token.column = like.column;
  return token;
}

function hidden(token: Token): Token {
  const copy = (token as CommonToken).clone();
  copy.channel = Token.HIDDEN_CHANNEL;
  return copy;
}

export function fixGrammarGaps(tokens: readonly Token[]): Token[] {
  const out = [...tokens];
  const insertions = new Map<number, Token[]>(); // before index
  const visible = visibleTokens(out);
  const tok = (v: Visible | undefined) => (v ? out[v.index] : undefined);

  // statements at depth 0, split on ';'
  let start = 0;
  for (let i = 0; i <= visible.length; i++) {
    const v = visible[i];
    if (v !== undefined && !(v.depth === 0 && tok(v)?.type === T.SEMICOLON)) continue;
    fixCreateTable(visible.slice(start, i), v, out, insertions);
    start = i + 1;
  }
  fixSessionWindows(visible, out);
  fixWrappedWindowSources(visible, out);
  fixExpressions(visible, out, insertions);

  if (insertions.size === 0) return out;
  const merged: Token[] = [];
  out.forEach((token, index) => {
    merged.push(...(insertions.get(index) ?? []), token);
  });
  merged.push(...(insertions.get(out.length) ?? []));
  return merged;
}

function fixCreateTable(statement: Visible[], end: Visible | undefined, out: Token[], insertions: Map<number, Token[]>): void {
  const at = (i: number) => (statement[i] ? out[statement[i].index] : undefined);
  let i = 0;
  if (at(i)?.type !== T.KW_CREATE) return;
  i++;
  if (at(i)?.type === T.KW_TEMPORARY) i++;
  if (at(i)?.type !== T.KW_TABLE) return;

  let withAt = -1;
  let asAt = -1;
  let likeAt = -1;
  for (let j = i + 1; j < statement.length; j++) {
    const v = statement[j]!;
    const token = out[v.index]!;
    if (v.depth !== 0) continue;
    if (token.type === T.KW_WITH && withAt < 0) withAt = j;
    else if (token.type === T.KW_AS && asAt < 0) asAt = j;
    else if (token.type === T.KW_LIKE && likeAt < 0) likeAt = j;
    else if (isWord(token, "DISTRIBUTED") && asAt < 0) j = hideDistribution(statement, j, out) - 1;
  }
  if (asAt >= 0) hideCtasColumns(statement, i + 1, out);
  if (withAt >= 0 && (asAt < 0 || withAt < asAt)) return;

  // the clause goes where the grammar expects it: before AS (CTAS), before LIKE, or at the end
  const before = asAt >= 0 ? statement[asAt] : likeAt >= 0 ? statement[likeAt] : end;
  const beforeIndex = before?.index ?? out.length;
  const like = out[beforeIndex] ?? out[out.length - 1]!;
  const list = insertions.get(beforeIndex) ?? [];
  list.push(
    synthetic(T.KW_WITH, "WITH", like),
    synthetic(T.LR_BRACKET, "(", like),
    synthetic(T.STRING_LITERAL, "''", like),
    synthetic(T.RR_BRACKET, ")", like),
  );
  insertions.set(beforeIndex, list);
}

/** In a CREATE TABLE AS, hides a column list after the name: `from` is the position after TABLE. */
function hideCtasColumns(statement: Visible[], from: number, out: Token[]): void {
  const at = (i: number) => (statement[i] ? out[statement[i].index] : undefined);
  let j = from;
  if (at(j)?.type === T.KW_IF && at(j + 1)?.type === T.KW_NOT && at(j + 2)?.type === T.KW_EXISTS) j += 3;
  j++; // the name's first part
  while (at(j)?.type === T.DOT) j += 2;
  if (at(j)?.type !== T.LR_BRACKET || statement[j]!.depth !== 0) return;
  let k = j + 1;
  while (k < statement.length && !(at(k)?.type === T.RR_BRACKET && statement[k]!.depth === 0)) k++;
  for (let h = j; h <= k && h < statement.length; h++) out[statement[h]!.index] = hidden(out[statement[h]!.index]!);
}

/** Hides `DISTRIBUTED [BY [HASH|RANGE] (cols)] [INTO n BUCKETS]` from `from`; returns the position after it. */
function hideDistribution(statement: Visible[], from: number, out: Token[]): number {
  const at = (i: number) => (statement[i] ? out[statement[i].index] : undefined);
  let j = from + 1;
  if (at(j)?.type === T.KW_BY) {
    j++;
    if (isWord(at(j), "HASH") || isWord(at(j), "RANGE")) j++;
    if (at(j)?.type === T.LR_BRACKET) {
      const depth = statement[j]!.depth;
      j++;
      while (j < statement.length && !(at(j)?.type === T.RR_BRACKET && statement[j]!.depth === depth)) j++;
      j++;
    }
  }
  if (at(j)?.type === T.KW_INTO && at(j + 1)?.type === T.DIG_LITERAL && isWord(at(j + 2), "BUCKETS")) j += 3;
  for (let k = from; k < j && k < statement.length; k++) out[statement[k]!.index] = hidden(out[statement[k]!.index]!);
  return j;
}

/** `TABLE(SESSION(TABLE x PARTITION BY k, DESCRIPTOR(ts), INTERVAL ...))`: parsed as TUMBLE, without the PARTITION BY. */
function fixSessionWindows(visible: Visible[], out: Token[]): void {
  const at = (i: number) => (visible[i] ? out[visible[i].index] : undefined);
  for (let i = 0; i + 3 < visible.length; i++) {
    if (at(i)?.type !== T.KW_TABLE || at(i + 1)?.type !== T.LR_BRACKET || at(i + 2)?.type !== T.KW_SESSION) continue;
    if (at(i + 3)?.type !== T.LR_BRACKET) continue;
    const session = out[visible[i + 2]!.index] as CommonToken;
    out[visible[i + 2]!.index] = session.cloneWithType(T.KW_TUMBLE);
    const inner = visible[i + 3]!.depth + 1;
    for (let j = i + 4; j < visible.length && visible[j]!.depth >= inner; j++) {
      if (visible[j]!.depth !== inner || at(j)?.type !== T.KW_PARTITION || at(j + 1)?.type !== T.KW_BY) continue;
      let k = j;
      while (k < visible.length && !(visible[k]!.depth === inner && (at(k)?.type === T.COMMA || at(k)?.type === T.RR_BRACKET))) {
        out[visible[k]!.index] = hidden(out[visible[k]!.index]!);
        k++;
      }
      j = k;
    }
  }
}

const WINDOW_TVFS = new Set([T.KW_TUMBLE, T.KW_HOP, T.KW_CUMULATE]);

/** `TUMBLE([DATA =>] (SELECT * FROM a.b) , …)` → read as `TUMBLE([DATA =>] TABLE a.b, …)` (after fixSessionWindows). */
function fixWrappedWindowSources(visible: Visible[], out: Token[]): void {
  const at = (i: number) => (visible[i] ? out[visible[i].index] : undefined);
  const hide = (i: number) => (out[visible[i]!.index] = hidden(out[visible[i]!.index]!));
  for (let i = 0; i + 3 < visible.length; i++) {
    if (at(i)?.type !== T.KW_TABLE || at(i + 1)?.type !== T.LR_BRACKET || !WINDOW_TVFS.has(at(i + 2)?.type ?? -1)) continue;
    if (at(i + 3)?.type !== T.LR_BRACKET) continue;
    let j = i + 4;
    if (at(j)?.type === T.KW_DATA && at(j + 1)?.type === T.DOUBLE_RIGHT_ARROW) j += 2;
    if (at(j)?.type !== T.LR_BRACKET || at(j + 1)?.type !== T.KW_SELECT || at(j + 2)?.type !== T.ASTERISK_SIGN) continue;
    if (at(j + 3)?.type !== T.KW_FROM) continue;
    let k = j + 4; // the name: parts separated by dots
    while (at(k + 1)?.type === T.DOT) k += 2;
    if (at(k + 1)?.type !== T.RR_BRACKET || visible[k + 1]!.depth !== visible[j]!.depth) continue;
    hide(j);
    hide(j + 1);
    hide(j + 2);
    out[visible[j + 3]!.index] = (out[visible[j + 3]!.index] as CommonToken).cloneWithType(T.KW_TABLE);
    hide(k + 1);
  }
}

function fixExpressions(visible: Visible[], out: Token[], insertions: Map<number, Token[]>): void {
  const at = (i: number) => (visible[i] ? out[visible[i].index] : undefined);
  const retype = (i: number, type: number) => {
    out[visible[i]!.index] = (out[visible[i]!.index] as CommonToken).cloneWithType(type);
  };
  /** The position of the bracket closing the one at `open`, or -1. */
  const closing = (open: number, type: number) => {
    for (let j = open + 1; j < visible.length; j++) {
      if (visible[j]!.depth === visible[open]!.depth && at(j)?.type === type) return j;
      if (visible[j]!.depth < visible[open]!.depth) return -1;
    }
    return -1;
  };
  for (let i = 0; i + 1 < visible.length; i++) {
    const type = at(i)?.type;
    if (type === T.KW_TRY_CAST && at(i + 1)?.type === T.LR_BRACKET) retype(i, T.KW_CAST);
    if ((type === T.KW_ARRAY || type === T.KW_MAP) && at(i + 1)?.type === T.LS_BRACKET) {
      // brackets do not count in the paren depth, so the closing one is the next ']' at the same depth that is not nested in another '['
      let nested = 0;
      for (let j = i + 2; j < visible.length; j++) {
        const t = at(j)?.type;
        if (t === T.LS_BRACKET) nested++;
        else if (t === T.RS_BRACKET && nested > 0) nested--;
        else if (t === T.RS_BRACKET && visible[j]!.depth === visible[i + 1]!.depth) {
          retype(i + 1, T.LR_BRACKET);
          retype(j, T.RR_BRACKET);
          break;
        }
      }
    }
    if (type === T.KW_OVER && at(i + 1)?.type === T.LR_BRACKET) {
      const end = closing(i + 1, T.RR_BRACKET);
      const alias = end >= 0 ? at(end + 1) : undefined;
      if (alias && (alias.type === T.ID_LITERAL || (alias.type === T.STRING_LITERAL && alias.text?.startsWith("`")))) {
        const before = visible[end + 1]!.index;
        insertions.set(before, [...(insertions.get(before) ?? []), synthetic(T.KW_AS, "AS", alias)]);
      }
    }
  }
}

/** Feeds a prepared token list to a token stream (antlr4ng has no ListTokenSource). */
export class ListTokenSource implements TokenSource {
  private next = 0;
  line = 1;
  column = 0;
  _tokenStartColumn = 0;
  inputStream: CharStream | null = null;
  sourceName = "flink-sql";
  tokenFactory: TokenFactory<Token>;

  constructor(
    private readonly tokens: readonly Token[],
    factory: TokenFactory<Token>,
  ) {
    this.tokenFactory = factory;
  }

  nextToken(): Token {
    const token = this.tokens[this.next];
    if (token) {
      this.next++;
      this.line = token.line;
      this.column = token.column;
      return token;
    }
    const last = this.tokens[this.tokens.length - 1];
    const eof = new CommonToken(CommonToken.EMPTY_SOURCE, Token.EOF, Token.DEFAULT_CHANNEL, -1, -1);
    eof.text = "<EOF>";
    eof.line = last?.line ?? 1;
    eof.column = last ? last.column + (last.text?.length ?? 0) : 0;
    return eof;
  }
}
