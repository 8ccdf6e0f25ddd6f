/** The commands DESIGN.md promises, kept apart from src/ so tests check the command table against it. */
export const DESIGN_COMMANDS = [
  "plan",
  "lint-migrations",
  "migrate-db",
  "deploy-green",
  "verify",
  "switch-traffic",
  "promote",
  "rollback",
  "status",
  "es-reindex",
  "flink",
] as const;
