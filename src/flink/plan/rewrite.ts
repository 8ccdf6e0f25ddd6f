import { allRefs, type ParsedSql, type TableRef } from "../sql/sql-facts.js";
import { isPlainIdentifier } from "../sql/lex-sql.js";
import { quoteIdentifier } from "../sql/table-name.js";

/**
 * Rewrites table names in a file's text using the positions the parser recorded (never a search
 * and replace): each reference whose table gets a new name has its last part, the table's own name,
 * replaced; the catalog and database parts, comments and every other byte stay as they were. A
 * quoted name stays quoted; an unquoted one is quoted only if the new name needs it.
 */

/**
 * A Kafka-connector DDL names its topic (`'topic' = 'int_orders_v1'`): when the topic is the table's
 * name, green's topic follows green's name, or both versions would write to one topic.
 */
export interface TopicRename {
  readonly from: string;
  readonly to: string;
}

export function topicOptions(parsed: ParsedSql): string[] {
  return parsed.statements.flatMap((s) => s.options.filter((o) => o.key === "topic").map((o) => o.value));
}

export function rewriteTableNames(
  text: string,
  parsed: ParsedSql,
  newName: (ref: TableRef) => string | undefined,
  topic?: TopicRename,
): string {
  const edits: { start: number; end: number; text: string }[] = [];
  for (const option of parsed.statements.flatMap((s) => s.options)) {
    if (topic && option.key === "topic" && option.value === topic.from)
      edits.push({ start: option.start, end: option.end, text: `'${topic.to.replaceAll("'", "''")}'` });
  }
  for (const ref of allRefs(parsed)) {
    const name = newName(ref);
    const last = ref.parts[ref.parts.length - 1];
    if (name === undefined || !last) continue;
    edits.push({ start: last.start, end: last.end, text: last.quoted || !isPlainIdentifier(name) ? quoteIdentifier(name) : name });
  }
  edits.sort((a, b) => b.start - a.start);
  let out = text;
  let previous = Number.POSITIVE_INFINITY;
  for (const edit of edits) {
    if (edit.end > previous) continue; // one token, one edit
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
    previous = edit.start;
  }
  return out;
}
