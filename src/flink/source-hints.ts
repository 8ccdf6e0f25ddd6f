/**
 * Where a statement starts reading is a per-table option in Flink SQL (`scan.startup.mode` …). A
 * blue and a green statement read the same tables from different positions, so the options go
 * into the statement itself as dynamic table options hints, `FROM src /*+ OPTIONS(…) *\/`, which
 * both the open-source gateway and Confluent Cloud accept. Pure: text in, text out.
 *
 * Where the statement reads a table is found by the grammar's parse (the same walk that builds the
 * DAG), so strings, comments, CTE names and aliases are never taken for a table. A window TVF's
 * source, `TABLE(TUMBLE(TABLE src, …))`, takes no hint after `TABLE src` (Flink's parser refuses
 * it), so it becomes a subquery that carries the hint: `TUMBLE((SELECT * FROM src /*+ OPTIONS(…) *\/), …)`.
 * `SELECT *` keeps the time attribute and the watermark, so the window is the same.
 */
import { InputError } from "../errors.js";
import { lexFlinkSql } from "./sql/lex-sql.js";
import { parseFlinkSql } from "./sql/parse-sql.js";
import type { StartPosition, TopicOffsets } from "./statement-port.js";

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
 * Adds an OPTIONS hint to every reference to a table of `hints` (matched case-sensitively, as
 * Flink matches identifiers; a qualified name matches on its last part). Throws when the SQL does
 * not parse, when a table is never read, or when it already carries a hint there.
 */
export function withSourceHints(sql: string, hints: ReadonlyMap<string, Readonly<Record<string, string>>>): string {
  if (hints.size === 0) return sql;
  let refs;
  try {
    refs = parseFlinkSql(sql, "statement").statements.flatMap((s) => s.refs);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new SourceHintError(`its start position cannot be set: ${error.problems.join("; ")}`);
  }
  const tokens = lexFlinkSql(sql).tokens;
  /** The first token at or after `offset` that is not a plain comment. */
  const after = (offset: number) => tokens.find((t) => t.start >= offset && t.kind !== "comment");
  const edits: { start: number; end: number; text: string }[] = [];
  const seen = new Set<string>();
  for (const ref of refs) {
    const last = ref.parts[ref.parts.length - 1];
    const options = ref.role === "read" && last ? hints.get(last.value) : undefined;
    if (!last || !options) continue;
    seen.add(last.value);
    if (ref.window) {
      const name = sql.slice(ref.parts[0]!.start, last.end);
      edits.push({ start: ref.window.tableKeyword, end: last.end, text: `(SELECT * FROM ${name}${renderHint(options)})` });
      continue;
    }
    if (after(last.end)?.kind === "hint")
      throw new SourceHintError(`table '${last.value}' already has a hint; cutover sets its start options itself`);
    edits.push({ start: last.end, end: last.end, text: renderHint(options) });
  }
  const missing = [...hints.keys()].filter((table) => !seen.has(table));
  if (missing.length > 0) throw new SourceHintError(`the SQL reads no table named ${missing.map((t) => `'${t}'`).join(", ")}`);
  let out = sql;
  for (const { start, end, text } of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, start) + text + out.slice(end);
  return out;
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
  const digits = (value: string | undefined) => value !== undefined && value !== "" && [...value].every((c) => c >= "0" && c <= "9");
  for (const part of text.split(";")) {
    // `partition:N,offset:M`, spaces allowed around the fields
    const [p, o] = part.split(",").map((field) => field.trim());
    const partition = p?.startsWith("partition:") ? p.slice("partition:".length).trim() : undefined;
    const offset = o?.startsWith("offset:") ? o.slice("offset:".length).trim() : undefined;
    if (!digits(partition) || offset === undefined || part.split(",").length !== 2) continue;
    if (offset.startsWith("-") ? !digits(offset.slice(1)) : !digits(offset)) continue;
    if (!offset.startsWith("-")) result.push({ partition: Number(partition), offset });
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
