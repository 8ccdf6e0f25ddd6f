import type { z } from "zod";
import { checkCrossReferences } from "./cross-references.js";
import { formatIssues } from "./format-issues.js";
import { formatKeyPath, isPrefixOf, type KeyPath } from "./key-path.js";
import { configSchema, type Config } from "./schema/index.js";
import { needsPath, readsSection, type FieldScope } from "./field-needs.js";
import type { UnresolvedValue } from "./section-scope.js";
import { CONNECTION_KEYS, sectionOf, type ConfigSection } from "./sections.js";

/**
 * The schema over a document whose unset values were left out (section-scope.ts). A schema problem
 * that follows from a value left out (the key is now missing, so a union matches no branch) is not
 * reported: the unset variable is the problem, and it was reported, or noted for a field this
 * command does not need. If such a section cannot be shaped without the missing value, it is left
 * out of the loaded config when the command reads none of it; when it reads some of it, the unset
 * variable becomes a problem after all (an ECS service without its containerName is no service).
 */

export interface Validated {
  /** Undefined when there are problems, or when a section this command uses could not be shaped. */
  readonly config: Config | undefined;
  readonly problems: readonly string[];
  readonly leftOut: readonly ConfigSection[];
}

export function validateDocument(
  document: unknown,
  omitted: readonly KeyPath[],
  scope: FieldScope,
  unresolved: readonly UnresolvedValue[] = [],
): Validated {
  // reportInput: formatIssues tells a missing key from a wrong value by the input it was given
  const first = configSchema.safeParse(document, { reportInput: true });
  if (first.success) return complete(first.data, [], omitted, scope);

  const real = first.error.issues.filter((issue) => !follows(issue, omitted));
  if (real.length > 0) return { config: undefined, problems: formatIssues(real), leftOut: [] };

  const broken = new Set(first.error.issues.map((issue) => sectionOf(issue.path)));
  const read = [...broken].filter((section) => section === undefined || readsSection(section, scope));
  if (read.length > 0) {
    // a needed value was reported already; a value not needed but holding the section together is reported here
    const problems = unresolved
      .filter((u) => u.section !== undefined && read.includes(u.section) && first.error.issues.some((i) => follows(i, [u.path])))
      .map(
        (u) =>
          `${u.keyPath}: environment variable ${u.variable} is not set; this command reads ${u.section}, which is not valid without it`,
      );
    return { config: undefined, problems, leftOut: [] };
  }
  const leftOut = [...broken] as ConfigSection[];
  const rest = Object.assign(Object.create(null), document) as Record<string, unknown>;
  for (const section of leftOut) delete rest[section];
  const second = configSchema.safeParse(rest, { reportInput: true });
  if (!second.success) return { config: undefined, problems: formatIssues(second.error.issues), leftOut };
  return complete(second.data, leftOut, omitted, scope);
}

/** Whether a schema problem follows from one of the values left out. */
function follows(issue: z.core.$ZodIssue, omitted: readonly KeyPath[]): boolean {
  return omitted.some(
    (o) =>
      isPrefixOf(o, issue.path) ||
      // a union or a refinement sees the whole object, so it reports at an ancestor
      ((issue.code === "invalid_union" || issue.code === "custom") && issue.path.length > 0 && isPrefixOf(issue.path, o)),
  );
}

function complete(config: Config, leftOut: readonly ConfigSection[], omitted: readonly KeyPath[], scope: FieldScope): Validated {
  const problems = [...checkCrossReferences(config, new Set(leftOut)), ...checkConnections(config, omitted, scope)];
  return { config: problems.length > 0 ? undefined : config, problems, leftOut };
}

/** A connection the run needs must be there, unless its unset variable was reported. */
function checkConnections(config: Config, omitted: readonly KeyPath[], scope: FieldScope): string[] {
  const problems: string[] = [];
  for (const [section, key] of Object.entries(CONNECTION_KEYS) as [ConfigSection, string][]) {
    const value = config[section] as Readonly<Record<string, unknown>> | undefined;
    const path = [section, key];
    if (!needsPath(path, scope) || value === undefined || value[key] !== undefined) continue;
    if (omitted.some((o) => isPrefixOf(path, o) || isPrefixOf(o, path))) continue;
    problems.push(`${formatKeyPath(path)}: is required by this command`);
  }
  return problems;
}
