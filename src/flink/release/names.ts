import { createHash } from "node:crypto";

/**
 * How cutover names what it deploys, and the labels it puts on it (pure). A later run, maybe days
 * later on another machine, finds everything again from these alone: no local state.
 *
 * A statement is named `<prefix>-<kind>-<table>-v<n>`: the prefix (flink.statementPrefix, else the
 * project), `dml` for the running statement or `ddl` for the recorded table or view, the table
 * folder's id made safe for a statement name, and the version of the table it writes. Blue and
 * green differ only in `-v<n>`, so one name gives the other. Statement names are 1-100 lowercase
 * letters, digits and hyphens on both backends; an id that loses something in the making (case,
 * other characters, length) gets a short hash of itself, so two ids never share a name.
 *
 * Labels hold short values only (Confluent Cloud, like Kubernetes, keeps label values short), so
 * versions are numbers and the release label is cut down the same way.
 */

export type StatementKind = "dml" | "ddl";

export const LABEL = {
  project: "cutover-project",
  kind: "cutover-kind",
  /** The table folder's id, as a label value. */
  table: "cutover-table",
  version: "cutover-version",
  /** On green: the version of blue it replaces (the same table key, so blue's name follows). */
  replaces: "cutover-replaces",
  release: "cutover-release",
  /** "true" on a green table that no pipeline statement reads: sink connectors and query engines must move to it. */
  readOutside: "cutover-read-outside",
} as const;

const SAFE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LABEL_VALUE = /^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,61}[A-Za-z0-9])?$/;
/** 100 characters in all: prefix (32) + "-dml-" (5) + key + "-v" and 9 digits (11). */
const MAX_KEY = 52;

const shortHash = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 6);

/** The table id as it appears in statement names: `int_orders` → `int-orders`. */
export function tableKeyOf(id: string): string {
  const slug = id
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  const lossless = slug === id.replaceAll("_", "-") && slug.length <= MAX_KEY && SAFE_NAME.test(slug);
  if (lossless) return slug;
  return `${slug.slice(0, MAX_KEY - 7).replace(/-+$/, "") || "t"}-${shortHash(id)}`;
}

export function statementName(prefix: string, kind: StatementKind, id: string, version: number): string {
  return `${prefix}-${kind}-${tableKeyOf(id)}-v${version}`;
}

export interface ParsedStatementName {
  readonly kind: StatementKind;
  /** tableKeyOf(id): equal for every version of one table. */
  readonly key: string;
  readonly version: number;
}

/** The parts of a name statementName made with `prefix`; undefined for any other name. */
export function parseStatementName(prefix: string, name: string): ParsedStatementName | undefined {
  if (!name.startsWith(`${prefix}-`)) return undefined;
  const match = /^(dml|ddl)-([a-z0-9-]+)-v([1-9][0-9]{0,8})$/.exec(name.slice(prefix.length + 1));
  if (!match) return undefined;
  return { kind: match[1] as StatementKind, key: match[2]!, version: Number(match[3]) };
}

/** The same table's statement of another version: blue's name from green's. */
export function withVersion(name: string, version: number): string {
  return name.replace(/-v[0-9]+$/, `-v${version}`);
}

/** A label value: the text when it fits, else a cut-down form with a short hash of the whole. */
export function labelValue(text: string): string {
  if (LABEL_VALUE.test(text)) return text;
  const plain = text
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/^[^A-Za-z0-9]+/, "")
    .slice(0, 55)
    .replace(/[^A-Za-z0-9]+$/, "");
  return `${plain || "x"}-${shortHash(text)}`;
}
