import type { SubstitutionResult } from "./env-substitution.js";
import { formatKeyPath, type KeyPath } from "./key-path.js";
import { fieldOf, needsPath, type FieldScope } from "./field-needs.js";
import { sectionOf, type ConfigSection } from "./sections.js";

/**
 * Decides what an unset variable means for the command at hand. In a field the command needs
 * (field-needs.ts), it is a problem. Elsewhere it is no problem: the job running the command was
 * not given that variable, and rightly so (only deploy-green needs the image, only migrate-db gets
 * DATABASE_URL). `plan` lists those as notes.
 *
 * Either way the value is left out of the document before the schema sees it, so `${NAME}` text
 * never reaches the loaded config (nor its list of secrets), and the schema checks the rest of the
 * section's shape as if the key were absent. A value inside a list leaves the whole list out: a
 * shorter list would be a different setting, not a missing one.
 */

export interface UnresolvedValue {
  /** Where the value was left out: a list holding it is left out whole. */
  readonly path: KeyPath;
  readonly keyPath: string;
  readonly variable: string;
  /** The field's pattern in field-needs.ts (`services[].image`). */
  readonly field: string | undefined;
  readonly section: ConfigSection | undefined;
}

export interface ScopedDocument {
  readonly document: unknown;
  readonly problems: readonly string[];
  /** The locations left out; schema problems at, under or above them follow from that. */
  readonly omitted: readonly KeyPath[];
  /** Unset variables in fields the command does not need. */
  readonly unresolved: readonly UnresolvedValue[];
}

export function scopeUnresolved(substituted: SubstitutionResult, scope: FieldScope): ScopedDocument {
  const problems = substituted.invalid.map((i) => i.problem);
  const unresolved: UnresolvedValue[] = [];
  const seen = new Set<string>();
  for (const { path, variable } of substituted.unset) {
    const keyPath = formatKeyPath(path);
    if (seen.has(`${keyPath} ${variable}`)) continue;
    seen.add(`${keyPath} ${variable}`);
    if (needsPath(path, scope)) problems.push(`${keyPath}: environment variable ${variable} is not set`);
    else unresolved.push({ path: withoutTrailingIndices(path), keyPath, variable, field: fieldOf(path), section: sectionOf(path) });
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
