import { quote } from "shell-quote";
import { formatDuration } from "../../../config/duration.js";
import { InputError, OperationError, RefusedError } from "../../../errors.js";
import { dialectOfUrl } from "../../../db/dialect-choice.js";
import { findingHeadline, findingsReport, verdictOf } from "../../../db/findings-report.js";
import { lintWithBlue, loadBlueSchema } from "../../../db/lint-run.js";
import type { LintResult } from "../../../db/lint/index.js";
import type { GateBlocker } from "../../../db/migrations/migration-gate.js";
import type { AppliedMigration } from "../../../db/migrations/migration-history.js";
import { runMigrateDeploy } from "../../../db/migrations/prisma-deploy.js";
import { withSessionTimeouts } from "../../../db/migrations/session-timeouts.js";
import { shownPath } from "../../../db/migration-sources.js";
import { observeMigrations, prismaProjectOf } from "../../../db/observe-migrations.js";
import { Report } from "../../../report/report.js";
import type { CommandContext, CommandResult } from "../../command.js";

/**
 * `cutover migrate-db`: the gate (migration state read from the database), then the safety lint
 * of the pending migrations, then `prisma migrate deploy` with the user's own Prisma CLI. What was
 * applied is read back from `_prisma_migrations`, not parsed from Prisma's output.
 */
export async function run({ settings, loaded, host, env, signal }: CommandContext): Promise<CommandResult> {
  const database = loaded.config.database;
  if (!database?.url) throw new InputError(`${settings.configPath}: database.url is required for migrate-db`);
  if (dialectOfUrl(database.url) !== "postgresql") {
    throw new InputError(
      "database.url: migrate-db applies migrations to PostgreSQL in this version of cutover; lint-migrations checks MySQL migrations (run it in the pipeline, then apply with your own prisma migrate deploy)",
    );
  }
  const url = database.url;
  const project = prismaProjectOf(database, loaded.path);
  const timings: Record<string, number> = {};

  // 1. the gate: the state as the database records it
  const before = await observeMigrations(project, { ...database, url });
  timings.gateMs = before.readMs;
  const { gate } = before;
  const report = new Report()
    .heading("migration state")
    .table(
      ["applied", "pending", "blocked"],
      [[String(gate.applied.length), gate.pending.map((m) => m.name).join(", ") || "none", String(gate.blockers.length)]],
    );
  if (gate.blockers.length > 0) {
    const reasons = gate.blockers.flatMap(blockerLines);
    throw new RefusedError(`the migration history needs a person first (${gate.blockers.length} problem(s))`, reasons, undefined, {
      report: report.list(reasons),
      data: { applied: gate.applied, pending: gate.pending.map((m) => m.name), blockers: gate.blockers.map(blockerData) },
    });
  }

  // 2. the lint of what would be applied
  const lintStarted = Date.now();
  const blue = await loadBlueSchema({
    file: settings.blueSchema,
    ref: settings.blueRef,
    defaultSchema: project.schemaPath,
    cwd: process.cwd(),
  });
  const lint: LintResult | undefined =
    database.safety.mode === "off" || gate.pending.length === 0
      ? undefined
      : await lintWithBlue(
          gate.pending.map((m) => ({ migration: m.name, file: shownPath(m.sqlPath, process.cwd()), sql: m.sql })),
          { dialect: "postgresql", allow: database.safety.allow, blue: blue?.schema },
        );
  timings.lintMs = Date.now() - lintStarted;
  if (lint) report.concat(findingsReport(lint, database.safety.mode));
  const verdict = lint ? verdictOf(lint, database.safety.mode) : undefined;
  const pendingNames = gate.pending.map((m) => m.name);
  const baseData = {
    applied: gate.applied,
    pending: pendingNames,
    findings: lint?.findings ?? [],
    suppressed: lint?.suppressed ?? [],
    safetyMode: database.safety.mode,
    blueSchema: blue?.origin ?? null,
  };
  if (verdict?.refuse && lint) {
    throw new RefusedError(
      `${verdict.errors} unsafe change(s) in the pending migrations; nothing was applied`,
      lint.findings.filter((f) => f.severity === "error").map(findingHeadline),
      undefined,
      { report, data: { ...baseData, timings } },
    );
  }

  if (gate.pending.length === 0) {
    return {
      headline: `migrate-db: the database is up to date (${gate.applied.length} migration(s) applied); nothing to apply`,
      report,
      outputs: { applied: "", pending: "0" },
      data: { ...baseData, appliedNow: [], timings },
    };
  }
  if (settings.dryRun) {
    report.heading("would apply, in order").list(pendingNames);
    return {
      headline: `migrate-db (dry run): ${gate.pending.length} migration(s) would be applied: ${pendingNames.join(", ")}`,
      report,
      outputs: { applied: "", pending: String(gate.pending.length) },
      data: { ...baseData, appliedNow: [], timings },
    };
  }

  // 3. apply with the user's Prisma CLI, then read back what happened
  const sessionUrl = withSessionTimeouts(url, { lockTimeoutMs: database.lockTimeout, statementTimeoutMs: database.statementTimeout });
  host.maskSecret(sessionUrl);
  const deploy = await host.log.group(`prisma migrate deploy (${gate.pending.length} pending)`, () =>
    runMigrateDeploy({
      command: database.prisma.command,
      cwd: project.configDir,
      schemaPath: project.schemaPath,
      ...(project.prismaConfigPath === undefined ? {} : { configPath: project.prismaConfigPath }),
      databaseUrl: sessionUrl,
      timeoutMs: database.timeout,
      signal,
      env,
      onLine: (line) => host.log.info(line),
    }),
  );
  timings.deployMs = deploy.durationMs;

  const after = await observeMigrations(project, { ...database, url });
  const appliedNow = after.gate.applied.filter((name) => !gate.applied.includes(name));
  const rows = after.history.table === "present" ? after.history.rows : [];
  const appliedRows = appliedNow.map((name) => rowTiming(name, rows));
  report
    .heading("applied now")
    .table(
      ["migration", "took"],
      appliedRows.length > 0 ? appliedRows.map((r) => [r.name, r.ms === undefined ? "-" : formatMs(r.ms)]) : [["none", "-"]],
    );
  const data = {
    ...baseData,
    appliedNow: appliedRows,
    stillPending: after.gate.pending.map((m) => m.name),
    timings,
    prismaExitCode: deploy.exitCode,
  };

  if (!deploy.ok) {
    const failed = after.gate.blockers.find((b): b is Extract<GateBlocker, { kind: "failed" }> => b.kind === "failed");
    const lockWait = /lock timeout|55P03/i.test(deploy.output);
    const why = deploy.aborted
      ? "it was interrupted"
      : deploy.timedOut
        ? `it ran longer than database.timeout (${formatDuration(database.timeout)})`
        : lockWait
          ? `a statement waited longer than database.lockTimeout (${formatDuration(database.lockTimeout)}) for a lock another session holds (find it in pg_stat_activity and pg_locks)`
          : `Prisma exited ${deploy.exitCode ?? "without a code"}${deploy.errorCode ? ` (${deploy.errorCode})` : ""}`;
    const next = failed
      ? `'${failed.name}' is recorded as failed; the next run stops there and shows how to resolve it (${quote(failed.resolveRolledBack)} once its changes are confirmed undone)`
      : `the next run applies what is still pending (${data.stillPending.join(", ") || "nothing"})`;
    throw new OperationError(
      `prisma migrate deploy failed: ${why}; applied before the failure: ${appliedNow.join(", ") || "none"}`,
      { kind: "resumable", detail: next },
      { partial: { report, data } },
    );
  }
  return {
    headline: `migrate-db: applied ${appliedNow.length} migration(s): ${appliedNow.join(", ")}`,
    report,
    outputs: { applied: appliedNow.join(","), pending: String(after.gate.pending.length) },
    data,
  };
}

function blockerLines(blocker: GateBlocker): string[] {
  switch (blocker.kind) {
    case "failed":
      return [
        `migration '${blocker.name}' failed in an earlier run (started ${blocker.startedAt.toISOString()}; Prisma P3009)`,
        `check first: ${blocker.check}`,
        `if its changes are not in the database: ${quote(blocker.resolveRolledBack)}`,
        `if you completed them by hand: ${quote(blocker.resolveApplied)}`,
      ];
    case "missing-locally":
      return [
        `migration '${blocker.name}' is applied to the database but has no folder here: this checkout is older than the database, or the folder was deleted or renamed`,
      ];
    case "edited":
      return [
        `migration '${blocker.name}' was edited after it was applied (checksum ${blocker.applied.slice(0, 12)} in the database, ${blocker.local.slice(0, 12)} here): restore the applied file; put the change in a new migration`,
      ];
  }
}

function blockerData(blocker: GateBlocker): Record<string, unknown> {
  if (blocker.kind !== "failed") return { ...blocker };
  return {
    kind: blocker.kind,
    name: blocker.name,
    startedAt: blocker.startedAt.toISOString(),
    check: blocker.check,
    resolveRolledBack: quote(blocker.resolveRolledBack),
    resolveApplied: quote(blocker.resolveApplied),
  };
}

function rowTiming(name: string, rows: readonly AppliedMigration[]): { name: string; ms: number | undefined } {
  const row = [...rows].reverse().find((r) => r.name === name && r.finishedAt !== null);
  return { name, ms: row?.finishedAt ? row.finishedAt.getTime() - row.startedAt.getTime() : undefined };
}

function formatMs(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}
