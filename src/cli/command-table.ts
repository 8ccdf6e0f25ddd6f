import type { LoadedConfig } from "../config/load.js";
import { FLINK_PHASES } from "../flink/phases.js";
import { ES_PHASES } from "../reindex/plan-phases.js";
import type { CommandModule } from "./command.js";
import type { Settings } from "./settings.js";

/**
 * Every command cutover knows, in the order a release runs them. A command is loaded only when it
 * runs, so `--help` and `--version` never pay for the SDKs. `load: undefined` marks a capability
 * that is not built yet: it says so and exits 2 rather than pretending. Which config fields each
 * command needs is config/field-needs.ts.
 */

export type OptionName =
  | "to"
  | "service"
  | "index"
  | "phase"
  | "image"
  | "replace-green"
  | "break-lock"
  | "cleanup"
  | "destroy-green"
  | "for-command"
  | "all"
  | "dialect"
  | "blue-schema"
  | "blue-ref"
  | "for"
  | "weight"
  | "accept-stale"
  | "yes";

export interface CommandSpec {
  readonly name: string;
  readonly summary: string;
  readonly options: readonly OptionName[];
  /** What `--phase` takes for this command (with the "phase" option): each command has its own. */
  readonly phases?: readonly string[];
  /** Operands after the options: lint-migrations takes migration folders or .sql files. */
  readonly operands?: "paths";
  /**
   * Whether this run reads a config (default: always). lint-migrations checks paths given on the
   * command line without one; its module then gets no config.
   */
  readonly usesConfig?: (settings: Settings, configExists: boolean) => boolean;
  readonly load: (() => Promise<CommandModule<LoadedConfig> | CommandModule<LoadedConfig | undefined>>) | undefined;
}

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: "plan",
    summary: "validate the config and print what a release would do",
    options: ["service"],
    load: () => import("./commands/plan/index.js"),
  },
  {
    name: "lint-migrations",
    summary: "check migrations for changes the running blue release cannot live with (for pull requests)",
    options: ["all", "dialect", "blue-schema", "blue-ref"],
    operands: "paths",
    // paths alone need no config, unless one is there (or named) to give the dialect and opt-outs
    usesConfig: (settings, configExists) => settings.paths.length === 0 || configExists || settings.configPath !== "cutover.yml",
    load: () => import("./commands/lint-migrations/index.js"),
  },
  {
    name: "migrate-db",
    summary: "check migrations for blue/green safety, then apply them with Prisma",
    options: ["blue-schema", "blue-ref"],
    load: () => import("./commands/migrate-db/index.js"),
  },
  {
    name: "deploy-green",
    summary: "create the green side of each service beside blue, at 0% traffic",
    options: ["service", "image", "replace-green", "break-lock"],
    load: () => import("./commands/deploy-green/index.js"),
  },
  {
    name: "verify",
    summary: "smoke-check green through its header route",
    options: ["service"],
    load: () => import("./commands/verify/index.js"),
  },
  {
    name: "switch-traffic",
    summary: "move traffic to green in the configured steps, watching alarms",
    options: ["service", "to", "break-lock"],
    load: () => import("./commands/switch-traffic/index.js"),
  },
  {
    name: "promote",
    summary: "make green the live side and retire blue",
    options: ["service", "cleanup", "break-lock"],
    load: () => import("./commands/promote/index.js"),
  },
  {
    name: "rollback",
    summary: "send all traffic back to blue, from the state in AWS",
    options: ["service", "destroy-green"],
    load: () => import("./commands/rollback/index.js"),
  },
  {
    name: "status",
    summary: "show which side is live, the weights and the release each side holds",
    options: ["service"],
    load: () => import("./commands/status/index.js"),
  },
  {
    name: "iam-policy",
    summary: "print the least-privilege IAM policy the config's commands need",
    options: ["for-command"],
    load: () => import("./commands/iam-policy/index.js"),
  },
  {
    name: "es-reindex",
    summary: "build a new search index and move read/write aliases to it",
    options: ["index", "phase", "weight", "for", "break-lock", "accept-stale"],
    phases: ES_PHASES,
    load: () => import("./commands/es-reindex/index.js"),
  },
  {
    name: "flink",
    summary: "redeploy changed Flink SQL statements and their descendants as new versions, then switch to them",
    options: ["phase", "break-lock", "yes"],
    phases: FLINK_PHASES,
    load: () => import("./commands/flink/index.js"),
  },
];

export function findCommand(name: string): CommandSpec | undefined {
  return COMMANDS.find((c) => c.name === name);
}
