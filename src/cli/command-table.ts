import type { CommandModule } from "./command.js";

/**
 * Every command cutover knows, in the order a release runs them. A command is loaded only when it
 * runs, so `--help` and `--version` never pay for the SDKs. `load: undefined` marks a capability
 * that is not built yet: it says so and exits 2 rather than pretending.
 */

export type OptionName = "to" | "service" | "index" | "phase" | "image";

export interface CommandSpec {
  readonly name: string;
  readonly summary: string;
  readonly options: readonly OptionName[];
  readonly load: (() => Promise<CommandModule>) | undefined;
}

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: "plan",
    summary: "validate the config and print what a release would do",
    options: ["service"],
    load: () => import("./commands/plan/index.js"),
  },
  { name: "migrate-db", summary: "check migrations for blue/green safety, then apply them with Prisma", options: [], load: undefined },
  {
    name: "deploy-green",
    summary: "create the green side of each service beside blue, at 0% traffic",
    options: ["service", "image"],
    load: undefined,
  },
  { name: "verify", summary: "smoke-check green through its header route", options: ["service"], load: undefined },
  {
    name: "switch-traffic",
    summary: "move traffic to green in the configured steps, watching alarms",
    options: ["service", "to"],
    load: undefined,
  },
  { name: "promote", summary: "make green the live side and retire blue", options: ["service"], load: undefined },
  { name: "rollback", summary: "send all traffic back to blue, from the state in AWS", options: ["service"], load: undefined },
  {
    name: "status",
    summary: "show which side is live, the weights and the release each side holds",
    options: ["service"],
    load: undefined,
  },
  {
    name: "es-reindex",
    summary: "build a new search index and move read/write aliases to it",
    options: ["index", "phase"],
    load: undefined,
  },
  { name: "flink", summary: "redeploy changed Flink SQL statements and their descendants", options: [], load: undefined },
];

export const ES_PHASES = ["plan", "create", "load", "catch-up", "switch-read", "switch-write", "cleanup", "all"] as const;
export type EsPhase = (typeof ES_PHASES)[number];

export function findCommand(name: string): CommandSpec | undefined {
  return COMMANDS.find((c) => c.name === name);
}
