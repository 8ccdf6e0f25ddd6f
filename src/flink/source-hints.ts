/**
 * Where a statement starts reading is a per-table option in Flink SQL (`scan.startup.mode` …). A
 * blue and a green statement read the same tables from different positions, so the options go
 * into the statement itself as dynamic table options hints, `FROM src /*+ OPTIONS(…) *\/`, which
 * both the open-source gateway and Confluent Cloud accept. Pure: text in, text out.
 *
 * The scan understands what can hide a table name (strings, quoted identifiers, comments) and
 * finds the table right after FROM or JOIN, and after the commas of a FROM list.
 */
import type { StartPosition, TopicOffsets } from "./statement-port.js";

type TokenKind = "word" | "quoted" | "punct" | "hint";
interface Token {
  readonly kind: TokenKind;
  /** For identifiers, the name without backquotes. */
  readonly text: string;
  readonly end: number;
}

/** Words that end a table reference, so they are never taken for its alias. */
const CLAUSE_WORDS = new Set(
  "WHERE GROUP HAVING ORDER LIMIT UNION INTERSECT EXCEPT JOIN INNER LEFT RIGHT FULL CROSS NATURAL ON USING WINDOW MATCH_RECOGNIZE FOR AS SELECT FROM INSERT INTO VALUES LATERAL OFFSET FETCH QUALIFY".split(
    " ",
  ),
);

function tokenize(sql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < sql.length) {
    const c = sql[i] ?? "";
    if (/\s/.test(c)) {
      i++;
    } else if (c === "-" && sql[i + 1] === "-") {
      const nl = sql.indexOf("\n", i);
      i = nl < 0 ? sql.length : nl + 1;
    } else if (c === "/" && sql[i + 1] === "*") {
      const close = sql.indexOf("*/", i + 2);
      const end = close < 0 ? sql.length : close + 2;
      if (sql[i + 2] === "+") tokens.push({ kind: "hint", text: sql.slice(i, end), end });
      i = end;
    } else if (c === "'") {
      let j = i + 1;
      while (j < sql.length && !(sql[j] === "'" && sql[j + 1] !== "'")) j += sql[j] === "'" ? 2 : 1;
      i = j + 1;
    } else if (c === "`") {
      let j = i + 1;
      let name = "";
      while (j < sql.length && !(sql[j] === "`" && sql[j + 1] !== "`")) {
        name += sql[j] ?? "";
        j += sql[j] === "`" ? 2 : 1;
      }
      tokens.push({ kind: "quoted", text: name, end: j + 1 });
      i = j + 1;
    } else if (/[A-Za-z0-9_$]/.test(c)) {
      let j = i;
      while (j < sql.length && /[A-Za-z0-9_$]/.test(sql[j] ?? "")) j++;
      tokens.push({ kind: "word", text: sql.slice(i, j), end: j });
      i = j;
    } else {
      tokens.push({ kind: "punct", text: c, end: i + 1 });
      i++;
    }
  }
  return tokens;
}

const isIdentifier = (token: Token | undefined): token is Token =>
  token !== undefined && (token.kind === "quoted" || (token.kind === "word" && !CLAUSE_WORDS.has(token.text.toUpperCase())));

/** Thrown for SQL the hints cannot be placed in; the caller names the statement. */
export class SourceHintError extends Error {
  override readonly name = "SourceHintError";
}

function renderHint(options: Readonly<Record<string, string>>): string {
  const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;
  const pairs = Object.entries(options).map(([key, value]) => `${quote(key)}=${quote(value)}`);
  return ` /*+ OPTIONS(${pairs.join(", ")}) */`;
}

/**
 * Adds an OPTIONS hint after every reference to a table of `hints` (matched case-sensitively, as
 * Flink matches identifiers; a qualified name matches on its last part). Throws when a table is
 * never referenced, or already carries a hint there.
 */
export function withSourceHints(sql: string, hints: ReadonlyMap<string, Readonly<Record<string, string>>>): string {
  if (hints.size === 0) return sql;
  const tokens = tokenize(sql);
  const inserts: { at: number; text: string }[] = [];
  const seen = new Set<string>();

  // Reads a (qualified) table name starting at tokens[i]; returns the index after it.
  const tableRef = (i: number): number => {
    let j = i;
    let last = tokens[j];
    while (tokens[j + 1]?.text === "." && tokens[j + 1]?.kind === "punct" && isIdentifier(tokens[j + 2])) {
      j += 2;
      last = tokens[j];
    }
    const options = last ? hints.get(last.text) : undefined;
    if (last && options) {
      if (tokens[j + 1]?.kind === "hint")
        throw new SourceHintError(`table '${last.text}' already has a hint; cutover sets its start options itself`);
      inserts.push({ at: last.end, text: renderHint(options) });
      seen.add(last.text);
    }
    return j + 1;
  };

  for (let i = 0; i < tokens.length; i++) {
    const keyword = tokens[i]?.kind === "word" ? tokens[i]?.text.toUpperCase() : undefined;
    if (keyword !== "FROM" && keyword !== "JOIN") continue;
    let j = i + 1;
    for (;;) {
      if (!isIdentifier(tokens[j])) break; // a subquery, LATERAL TABLE(…), UNNEST …
      j = tableRef(j);
      if (tokens[j]?.kind === "word" && tokens[j]?.text.toUpperCase() === "AS") j++;
      if (isIdentifier(tokens[j])) j++; // the alias
      if (keyword !== "FROM" || tokens[j]?.text !== ",") break;
      j++;
    }
  }

  const missing = [...hints.keys()].filter((table) => !seen.has(table));
  if (missing.length > 0) throw new SourceHintError(`the SQL reads no table named ${missing.map((t) => `'${t}'`).join(", ")}`);
  let out = sql;
  for (const { at, text } of inserts.sort((a, b) => b.at - a.at)) out = out.slice(0, at) + text + out.slice(at);
  return out;
}

/**
 * The tables a statement names after FROM or JOIN (the last part of each name), by the same scan:
 * what cleanup checks before it drops a table, so nothing a running statement reads is dropped.
 */
export function tablesNamedInFrom(sql: string): Set<string> {
  const tokens = tokenize(sql);
  const names = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const keyword = tokens[i]?.kind === "word" ? tokens[i]?.text.toUpperCase() : undefined;
    if (keyword !== "FROM" && keyword !== "JOIN" && keyword !== "TABLE") continue;
    let j = i + 1;
    for (;;) {
      if (!isIdentifier(tokens[j])) break;
      while (tokens[j + 1]?.text === "." && tokens[j + 1]?.kind === "punct" && isIdentifier(tokens[j + 2])) j += 2;
      names.add(tokens[j]!.text);
      j++;
      if (tokens[j]?.kind === "hint") j++;
      if (tokens[j]?.kind === "word" && tokens[j]?.text.toUpperCase() === "AS") j++;
      if (isIdentifier(tokens[j])) j++;
      if (keyword !== "FROM" || tokens[j]?.text !== ",") break;
      j++;
    }
  }
  return names;
}

/** `partition:0,offset:42;partition:1,offset:300`, Flink's `scan.startup.specific-offsets` form. */
export function formatSpecificOffsets(offsets: TopicOffsets): string {
  return [...offsets.partitions]
    .sort((a, b) => a.partition - b.partition)
    .map(({ partition, offset }) => `partition:${partition},offset:${offset}`)
    .join(";");
}

/** The reverse of formatSpecificOffsets; negative offsets (Confluent's "nothing yet") are left out. */
export function parseSpecificOffsets(text: string): { partition: number; offset: string }[] {
  const result: { partition: number; offset: string }[] = [];
  for (const part of text.split(";")) {
    const match = /^\s*partition:(\d+),\s*offset:(-?\d+)\s*$/.exec(part);
    if (!match) continue;
    const offset = match[2] ?? "-1";
    if (!offset.startsWith("-")) result.push({ partition: Number(match[1]), offset });
  }
  return result.sort((a, b) => a.partition - b.partition);
}

/**
 * The Kafka connector's start options for one source topic. `carry-over` must have been turned into
 * offsets by the backend first. A topic without offsets in an `offsets` start begins at the earliest.
 */
export function startupOptions(start: Exclude<StartPosition, { kind: "carry-over" }>, topic: string): Record<string, string> {
  switch (start.kind) {
    case "earliest":
      return { "scan.startup.mode": "earliest-offset" };
    case "timestamp":
      return { "scan.startup.mode": "timestamp", "scan.startup.timestamp-millis": String(start.ms) };
    case "offsets": {
      const offsets = start.topics.find((entry) => entry.topic === topic);
      if (!offsets || offsets.partitions.length === 0) return { "scan.startup.mode": "earliest-offset" };
      return { "scan.startup.mode": "specific-offsets", "scan.startup.specific-offsets": formatSpecificOffsets(offsets) };
    }
  }
}
