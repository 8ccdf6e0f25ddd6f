import type { KeyPath } from "./key-path.js";

/**
 * The top-level sections of a config. Which command needs which field in them is field-needs.ts;
 * a section whose unset values leave it unshapeable is left out for a command that reads none of it.
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

export function sectionOf(path: KeyPath): ConfigSection | undefined {
  const top = path[0];
  return (CONFIG_SECTIONS as readonly unknown[]).includes(top) ? (top as ConfigSection) : undefined;
}

/**
 * Where a section connects to: optional in the schema, so a job that does not connect can leave
 * its variable unset, and required (checkConnections in validate.ts) for the runs that need the
 * field (field-needs.ts).
 */
export const CONNECTION_KEYS: Readonly<Partial<Record<ConfigSection, string>>> = {
  database: "url",
  search: "url",
  kafka: "brokers",
};
