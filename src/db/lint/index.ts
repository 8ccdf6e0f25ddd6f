export type { Dialect } from "./dialect.js";
export type { Finding, LintResult, MigrationSql, Suppressed } from "./finding.js";
export { RULES, type RuleInfo } from "./rules.js";
export { SqlSyntaxError } from "./syntax-error.js";
export { lintMigrations, type LintOptions } from "./lint-migrations.js";
export { BlueSchemaError, readBlueSchema, type BlueEnum, type BlueField, type BlueModel, type BlueSchema } from "./blue-schema.js";
