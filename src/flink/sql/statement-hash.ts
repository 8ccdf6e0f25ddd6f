import { createHash } from "node:crypto";
import { allRefs, type ParsedSql } from "./sql-facts.js";

/**
 * A statement's content hash, stable across formatting: it is taken from the significant tokens
 * (whitespace and comments are not tokens the parser sees; keywords are upper-cased), so
 * re-indenting a file or editing a comment does not make it "changed". Table names are hashed
 * without their version suffix (`baseName`), so the renames the planner itself makes (int_x_v1 →
 * int_x_v2) do not count as a change either: only the logic does.
 *
 * 32 hex characters (128 bits) of SHA-256: short enough for a label value (at most 63 characters
 * on Confluent Cloud and Kubernetes), far too long to collide by chance.
 */
export function statementHash(parsed: ParsedSql, baseName: (table: string) => string): string {
  const tokens = [...parsed.tokens];
  for (const ref of allRefs(parsed)) {
    const last = ref.parts[ref.parts.length - 1];
    if (last && last.token >= 0) tokens[last.token] = JSON.stringify(baseName(last.value));
  }
  return createHash("sha256").update(tokens.join(" ")).digest("hex").slice(0, 32);
}
