import { isPlainIdentifier } from "./lex-sql.js";
import type { NamePart } from "./sql-facts.js";

/**
 * Table names as Flink compares them. Flink's SQL parser keeps the case of identifiers, quoted or
 * not, and compares them case-sensitively (`Orders` and `orders` are two tables), so names are
 * compared exactly once backticks are stripped; `a`.`b` and a.b are the same name. A name with
 * fewer than three parts is in the current catalog and database (config `flink.catalog` and
 * `flink.database`), as Flink resolves it.
 */

/** The identifier a token stands for, and whether it was quoted with backticks. */
export function unquoteIdentifier(text: string): { value: string; quoted: boolean } {
  if (text.length >= 2 && text.startsWith("`") && text.endsWith("`"))
    return { value: text.slice(1, -1).replaceAll("``", "`"), quoted: true };
  return { value: text, quoted: false };
}

export function quoteIdentifier(value: string): string {
  return `\`${value.replaceAll("`", "``")}\``;
}

/** For messages and reports: parts joined with dots, quoted only where a plain identifier would not do. */
export function displayName(parts: readonly (Pick<NamePart, "value"> | string)[]): string {
  return parts
    .map((part) => (typeof part === "string" ? part : part.value))
    .map((value) => (isPlainIdentifier(value) ? value : quoteIdentifier(value)))
    .join(".");
}

/** The current catalog and database, which complete a name of one or two parts. */
export interface NameDefaults {
  readonly catalog: string | undefined;
  readonly database: string | undefined;
}

/** Stand-ins when the config names no current catalog or database: unqualified names still match each other. */
const CURRENT_CATALOG = "\u0000current-catalog";
const CURRENT_DATABASE = "\u0000current-database";

/**
 * A key that is equal for two spellings of the same table: the full three-part path, JSON-encoded
 * so that a dot inside a quoted part cannot make two names collide.
 */
export function tableKey(parts: readonly (Pick<NamePart, "value"> | string)[], defaults: NameDefaults): string {
  const values = parts.map((part) => (typeof part === "string" ? part : part.value));
  const table = values[values.length - 1] ?? "";
  const database = values.length >= 2 ? values[values.length - 2]! : (defaults.database ?? CURRENT_DATABASE);
  const catalog = values.length >= 3 ? values[values.length - 3]! : (defaults.catalog ?? CURRENT_CATALOG);
  return JSON.stringify([catalog, database, table]);
}
