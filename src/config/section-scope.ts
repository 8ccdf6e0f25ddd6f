import type { SubstitutionResult } from "./env-substitution.js";
import { formatKeyPath, type KeyPath } from "./key-path.js";
import { isUsed, sectionOf, type ConfigSection, type SectionScope } from "./sections.js";

/**
 * Decides what an unset variable means for the command at hand. In a section the command uses, it
 * is a problem. Elsewhere it is a note: the job running the command was not given that variable,
 * and rightly so (only migrate-db gets DATABASE_URL).
 *
 * Either way the value is left out of the document before the schema sees it, so `${NAME}` text
 * never reaches the loaded config (nor its list of secrets), and the schema checks the rest of the
 * section's shape as if the key were absent. A value inside a list leaves the whole list out: a
 * shorter list would be a different setting, not a missing one.
 */

export interface UnresolvedValue {
  readonly keyPath: string;
  readonly variable: string;
  readonly section: ConfigSection | undefined;
}

export interface ScopedDocument {
  readonly document: unknown;
  readonly problems: readonly string[];
  /** The locations left out; schema problems at, under or above them follow from that. */
  readonly omitted: readonly KeyPath[];
  /** Unset variables in sections the command does not use. */
  readonly unresolved: readonly UnresolvedValue[];
}

export function scopeUnresolved(substituted: SubstitutionResult, scope: SectionScope): ScopedDocument {
  const problems = substituted.invalid.map((i) => i.problem);
  const unresolved: UnresolvedValue[] = [];
  const seen = new Set<string>();
  for (const { path, variable } of substituted.unset) {
    const keyPath = formatKeyPath(path);
    if (seen.has(`${keyPath} ${variable}`)) continue;
    seen.add(`${keyPath} ${variable}`);
    if (isUsed(path, scope)) problems.push(`${keyPath}: environment variable ${variable} is not set`);
    else unresolved.push({ keyPath, variable, section: sectionOf(path) });
  }

  const omitted = uniquePaths([...substituted.unset, ...substituted.invalid].map((u) => withoutTrailingIndices(u.path)));
  const document = omitted.reduce<unknown>((doc, path) => omitPath(doc, path), substituted.value);
  return { document, problems, omitted, unresolved };
}

function withoutTrailingIndices(path: KeyPath): KeyPath {
  let end = path.length;
  while (end > 1 && typeof path[end - 1] === "number") end--;
  return path.slice(0, end);
}

function uniquePaths(paths: readonly KeyPath[]): KeyPath[] {
  const byText = new Map(paths.map((p) => [formatKeyPath(p), p]));
  return [...byText.values()];
}

/** A copy of `node` without the value at `path`; only the objects along the path are copied. */
function omitPath(node: unknown, path: KeyPath): unknown {
  const [head, ...rest] = path;
  if (head === undefined || node === null || typeof node !== "object") return node;
  if (Array.isArray(node)) {
    const copy = [...node];
    if (typeof head === "number" && rest.length > 0) copy[head] = omitPath(node[head], rest);
    return copy;
  }
  const record = node as Record<PropertyKey, unknown>;
  const copy = Object.assign(Object.create(null), record) as Record<PropertyKey, unknown>;
  if (rest.length === 0) delete copy[head];
  else copy[head] = omitPath(record[head], rest);
  return copy;
}
