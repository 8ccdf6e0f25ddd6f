import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import type { Node, ParseResult, ScanResult } from "libpg-query";
import { headOf, type LineComment, type ParsedFile, type ParsedStatement } from "./statement.js";
import { SqlSyntaxError } from "./syntax-error.js";

interface PgQuery {
  parse(sql: string): Promise<ParseResult>;
  scan(sql: string): Promise<ScanResult>;
}

let loading: Promise<PgQuery> | undefined;

/**
 * Loads PostgreSQL's own parser (WASM) once. In the ncc bundle libpg-query's Emscripten loader runs as
 * ESM yet reads the free variable `__dirname` to find libpg-query.wasm, which scripts/build-dist.sh copies
 * next to the chunks; we provide it only while the module evaluates (it reads it synchronously then).
 */
function loadPgQuery(): Promise<PgQuery> {
  loading ??= (async () => {
    const g = globalThis as { __dirname?: string };
    const provide = !("__dirname" in g);
    if (provide) g.__dirname = dirname(fileURLToPath(import.meta.url));
    try {
      const pgQuery = await import("libpg-query");
      await pgQuery.loadModule();
      return pgQuery;
    } finally {
      if (provide) delete g.__dirname;
    }
  })();
  return loading;
}

/** libpg-query speaks in UTF-8 byte offsets; this maps them to 1-based lines. */
class ByteLines {
  readonly bytes: Buffer;
  private readonly starts: number[] = [0];

  constructor(sql: string) {
    this.bytes = Buffer.from(sql, "utf8");
    for (let i = 0; i < this.bytes.length; i++) if (this.bytes[i] === 0x0a) this.starts.push(i + 1);
  }

  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  text(start: number, end: number): string {
    return this.bytes.subarray(start, end).toString("utf8");
  }
}

/** The parser's cursor is a 0-based count of characters (code points), not bytes or UTF-16 units. */
function lineAtCodePoint(sql: string, position: number): number {
  let line = 1;
  let index = 0;
  for (const ch of sql) {
    if (index >= position) break;
    if (ch === "\n") line++;
    index++;
  }
  return line;
}

function cursorOf(error: unknown): number | undefined {
  if (typeof error !== "object" || error === null || !("sqlDetails" in error)) return undefined;
  const details = (error as { sqlDetails?: { cursorPosition?: unknown } }).sqlDetails;
  return typeof details?.cursorPosition === "number" ? details.cursorPosition : undefined;
}

const isComment = (tokenName: string) => tokenName === "SQL_COMMENT" || tokenName === "C_COMMENT";

/** Splits a PostgreSQL migration into statements (with lines) and its `--` comments. */
export async function parsePgFile(file: string, sql: string): Promise<ParsedFile<Node>> {
  const pgQuery = await loadPgQuery();
  let parsed: ParseResult;
  try {
    parsed = await pgQuery.parse(sql);
  } catch (error) {
    const cursor = cursorOf(error);
    const message = error instanceof Error ? error.message : String(error);
    throw new SqlSyntaxError(file, cursor === undefined ? 1 : lineAtCodePoint(sql, cursor), message);
  }
  const lines = new ByteLines(sql);
  const tokens = (await pgQuery.scan(sql)).tokens;
  const comments: LineComment[] = tokens
    .filter((t) => t.tokenName === "SQL_COMMENT")
    .map((t) => ({ line: lines.lineAt(t.start), text: t.text.replace(/^--/, "") }));
  const statements: ParsedStatement<Node>[] = [];
  for (const raw of parsed.stmts ?? []) {
    if (!raw.stmt) continue;
    const location = raw.stmt_location ?? 0;
    const end = raw.stmt_len ? location + raw.stmt_len : lines.bytes.length;
    // stmt_location may include leading comments or blanks; the first real token is what users see.
    const first = tokens.find((t) => t.start >= location && !isComment(t.tokenName));
    const start = first && first.start < end ? first.start : location;
    statements.push({
      ast: raw.stmt,
      line: lines.lineAt(start),
      endLine: lines.lineAt(Math.max(start, end - 1)),
      head: headOf(lines.text(start, end)),
    });
  }
  return { statements, comments };
}
