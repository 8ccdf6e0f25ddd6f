import type { KeyPath } from "./key-path.js";

/**
 * The top-level sections of a config, as commands declare the ones they use (command-table.ts).
 * A CI job receives only the secrets its own command needs: the migrate-db job gets DATABASE_URL,
 * the traffic jobs get AWS credentials. So a variable is required only where it is used, and the
 * other sections are checked for shape alone (section-scope.ts).
 */
export const CONFIG_SECTIONS = [
  "aws",
  "database",
  "services",
  "loadBalancers",
  "headerRouting",
  "traffic",
  "verify",
  "lock",
  "kafka",
  "search",
  "flink",
  "deployments",
] as const;
export type ConfigSection = (typeof CONFIG_SECTIONS)[number];

/** Which sections a load must resolve in full: a command's list, or every one. */
export type SectionScope = readonly ConfigSection[] | "all";

/** `version` and `project` name every release; every command uses them. */
const ALWAYS_USED: ReadonlySet<string> = new Set(["version", "project"]);

export function isUsed(path: KeyPath, scope: SectionScope): boolean {
  const top = String(path[0] ?? "");
  if (scope === "all" || ALWAYS_USED.has(top)) return true;
  return (scope as readonly string[]).includes(top);
}

export function sectionOf(path: KeyPath): ConfigSection | undefined {
  const top = path[0];
  return (CONFIG_SECTIONS as readonly unknown[]).includes(top) ? (top as ConfigSection) : undefined;
}

/**
 * Where a section connects to: optional in the schema, so a job that does not connect can leave
 * its variable unset, and required (checkConnections in validate.ts) for the commands that use the
 * section.
 */
export const CONNECTION_KEYS: Readonly<Partial<Record<ConfigSection, string>>> = {
  database: "url",
  search: "url",
  kafka: "brokers",
};
