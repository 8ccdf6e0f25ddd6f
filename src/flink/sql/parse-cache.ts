import { createHash } from "node:crypto";
import { parseFlinkSql } from "./parse-sql.js";
import type { ParsedSql } from "./sql-facts.js";

/**
 * Parsed files by content, so that a run on a pipeline whose files did not change skips the
 * grammar altogether (its warm-up is most of a cold run: see scripts/bench/flink-planner.mjs). A
 * ParsedSql depends only on the text and on the parser, never on the file's path, so the key is
 * a hash of both. Only successful parses are kept: a file with errors is parsed again, to report them.
 */

/**
 * The parser's revision: the grammar's package and version (a unit test checks it against the
 * installed one) and the facts' shape. Change the last number whenever ParsedSql or the walk changes.
 */
export const PARSER_REVISION = "dt-sql-parser@4.5.1/cutover-flink-4";

export interface ParseCache {
  get(key: string): ParsedSql | undefined;
  set(key: string, parsed: ParsedSql): void;
}

export function parseCacheKey(text: string): string {
  return createHash("sha256").update(PARSER_REVISION).update("\0").update(text).digest("hex");
}

export function parseWithCache(text: string, file: string, cache: ParseCache | undefined): ParsedSql {
  if (!cache) return parseFlinkSql(text, file);
  const key = parseCacheKey(text);
  const known = cache.get(key);
  if (known) return known;
  const parsed = parseFlinkSql(text, file);
  cache.set(key, parsed);
  return parsed;
}
