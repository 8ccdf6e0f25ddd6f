import { Report } from "../report/report.js";
import type { Finding, LintResult } from "./lint/index.js";

export type SafetyMode = "enforce" | "warn" | "off";

/** What a lint run decides: errors refuse only in enforce mode. */
export interface LintVerdict {
  readonly errors: number;
  readonly warnings: number;
  readonly refuse: boolean;
}

export function verdictOf(result: LintResult, mode: SafetyMode): LintVerdict {
  const errors = result.findings.filter((f) => f.severity === "error").length;
  return { errors, warnings: result.findings.length - errors, refuse: mode === "enforce" && errors > 0 };
}

/**
 * Findings as a person reads them in a log or a step summary: where, what, why it hurts the live
 * release, and the safe sequence instead. A table would squeeze the advice into unreadable cells.
 */
export function findingsReport(result: LintResult, mode: SafetyMode, checked?: string): Report {
  const report = new Report();
  const verdict = verdictOf(result, mode);
  report.heading("migration safety");
  report.text(
    `${checked ? `${checked}: ` : ""}${result.files} file(s), ${result.statements} statement(s): ${verdict.errors} error(s), ${verdict.warnings} warning(s)` +
      `${result.suppressed.length > 0 ? `, ${result.suppressed.length} allowed` : ""} (mode: ${mode})`,
  );
  for (const f of result.findings) {
    report.text(`${f.severity} ${f.rule} at ${f.file}:${f.line}: ${f.statement}`);
    report.list([`why: ${f.message}`, `instead: ${f.instead}`]);
  }
  if (result.suppressed.length > 0) {
    report.heading("allowed on purpose");
    report.table(
      ["rule", "where", "by", "reason"],
      result.suppressed.map((s) => [s.rule, `${s.file}:${s.line}`, s.by === "comment" ? "comment" : "database.safety.allow", s.reason]),
    );
  }
  return report;
}

/** One line per finding, for the refusal's reasons. */
export function findingHeadline(f: Finding): string {
  return `${f.file}:${f.line}: ${f.rule} (${f.severity}): ${f.statement}`;
}
