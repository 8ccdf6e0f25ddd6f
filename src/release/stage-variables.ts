import type { EnvReference } from "../config/env-substitution.js";
import { fieldOf, stageNeeds } from "../config/field-needs.js";
import type { Config } from "../config/schema/index.js";
import type { ConfigSection } from "../config/sections.js";

/**
 * For each later stage, the variables its job must be given: the `${NAME}` references (without a
 * default) in the fields that stage needs (config/field-needs.ts). Pure. A command whose phases
 * need different fields is listed per group of phases (es-reindex opens Kafka only in some).
 */

export interface StageCommand {
  readonly name: string;
  readonly phases?: readonly string[];
}

export interface StageVariables {
  /** `deploy-green`, or `es-reindex --phase load|catch-up|...`. */
  readonly stage: string;
  readonly variables: readonly string[];
}

/** The section without which a command has nothing to do here; commands not listed run on any config. */
const WORKS_ON: Readonly<Record<string, ConfigSection>> = {
  "lint-migrations": "database",
  "migrate-db": "database",
  "deploy-green": "loadBalancers",
  verify: "verify",
  "switch-traffic": "loadBalancers",
  promote: "loadBalancers",
  rollback: "loadBalancers",
  status: "loadBalancers",
  "es-reindex": "search",
  flink: "flink",
};

/** Which commands this config gives work to: their section is there (or was left out for want of a value). */
export function commandsWithWork<C extends StageCommand>(
  commands: readonly C[],
  loaded: { readonly config: Config; readonly leftOut: readonly ConfigSection[] },
): C[] {
  const present = (section: ConfigSection) => {
    const value = loaded.config[section] as unknown;
    return loaded.leftOut.includes(section) || (Array.isArray(value) ? value.length > 0 : value !== undefined);
  };
  return commands.filter((c) => {
    const section = WORKS_ON[c.name];
    return section === undefined || present(section);
  });
}

export function stageVariables(references: readonly EnvReference[], commands: readonly StageCommand[]): StageVariables[] {
  const located = references.map((r) => ({ field: fieldOf(r.path), variable: r.variable }));
  const needed = (command: string, phase: string | undefined) => {
    const names = located.flatMap(({ field, variable }) =>
      field !== undefined && stageNeeds({ command, phase }, field) ? [variable] : [],
    );
    return [...new Set(names)].sort();
  };
  const out: StageVariables[] = [];
  for (const command of commands) {
    if (command.name === "plan") continue;
    if (!command.phases) {
      const variables = needed(command.name, undefined);
      if (variables.length > 0) out.push({ stage: command.name, variables });
      continue;
    }
    // phases with the same needs share a line, in the command's own order
    const groups = new Map<string, { phases: string[]; variables: string[] }>();
    for (const phase of command.phases) {
      const variables = needed(command.name, phase);
      const key = variables.join(",");
      const group = groups.get(key);
      if (group) group.phases.push(phase);
      else groups.set(key, { phases: [phase], variables });
    }
    const only = groups.size === 1;
    for (const { phases, variables } of groups.values())
      if (variables.length > 0) out.push({ stage: only ? command.name : `${command.name} --phase ${phases.join("|")}`, variables });
  }
  return out;
}

/** One line per stage: `deploy-green: AWS_REGION, IMAGE`. */
export function describeStageVariables(list: readonly StageVariables[]): string[] {
  return list.map((s) => `${s.stage}: ${s.variables.join(", ")}`);
}
