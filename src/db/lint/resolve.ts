import type { Finding, MigrationSql, RuleHit, Suppressed } from "./finding.js";
import { optOutsBetween, type OptOut } from "./opt-outs.js";
import { isRuleId, ruleInfo } from "./rules.js";
import type { LineComment } from "./statement.js";

/** A statement with the hits its rules (and the blue check) produced. */
export interface CheckedStatement {
  line: number;
  endLine: number;
  head: string;
  hits: RuleHit[];
}

/** `database.safety.allow`: "<rule>" everywhere, or "<migration>/<rule>" in one migration. */
export class ConfigAllow {
  private readonly entries: ReadonlySet<string>;

  constructor(entries: readonly string[]) {
    this.entries = new Set(entries.map((e) => e.trim()));
  }

  /** The entry that allows the rule here, if any. */
  match(migration: string, rule: string): string | undefined {
    const scoped = `${migration}/${rule}`;
    if (this.entries.has(scoped)) return scoped;
    return this.entries.has(rule) ? rule : undefined;
  }
}

export interface Resolved {
  findings: Finding[];
  suppressed: Suppressed[];
}

function optOutHits(optOut: OptOut, fired: ReadonlySet<string>): RuleHit[] {
  const hits: RuleHit[] = [];
  if (optOut.reason === undefined) {
    hits.push({
      rule: "allow-without-reason",
      message: `The opt-out "${optOut.text}" gives no reason, so it suppresses nothing: a reviewer must be able to see why the risk is acceptable.`,
      instead: `Add the reason after a colon: -- cutover:allow ${optOut.rules.join(", ") || "<rule>"}: <why this is safe here>`,
    });
  }
  for (const id of optOut.rules) {
    if (!isRuleId(id)) {
      hits.push({
        rule: "allow-unknown-rule",
        message: `The opt-out names "${id}", which is not a cutover rule.`,
        instead: "Use one of the rule ids cutover reports (see the finding's rule), or remove the comment.",
      });
    } else if (!fired.has(id)) {
      hits.push({
        rule: "allow-unused",
        message: `The opt-out allows "${id}", but that rule did not fire on the statement below it; a stale opt-out would silently hide a future problem.`,
        instead: "Remove the comment, or move it directly above the statement that triggers the rule.",
      });
    }
  }
  return hits;
}

/** Applies comment opt-outs and config allows to one file's hits. */
export function resolveFile(
  file: MigrationSql,
  statements: readonly CheckedStatement[],
  comments: readonly LineComment[],
  allow: ConfigAllow,
): Resolved {
  const findings: Finding[] = [];
  const suppressed: Suppressed[] = [];
  const emit = (hit: RuleHit, line: number, head: string, commentReason?: string) => {
    const where = { rule: hit.rule, migration: file.migration, file: file.file, line };
    if (commentReason !== undefined) {
      suppressed.push({ ...where, reason: commentReason, by: "comment" });
      return;
    }
    const entry = allow.match(file.migration, hit.rule);
    if (entry !== undefined) {
      suppressed.push({ ...where, reason: `database.safety.allow: ${entry}`, by: "config" });
      return;
    }
    const severity = ruleInfo(hit.rule)?.severity ?? "error";
    findings.push({ ...where, severity, statement: head, message: hit.message, instead: hit.instead });
  };
  let previousEnd = 0;
  for (const stmt of statements) {
    const optOuts = optOutsBetween(comments, previousEnd, stmt.line);
    const fired = new Set<string>(stmt.hits.map((h) => h.rule));
    const reasons = new Map<string, string>();
    for (const optOut of optOuts) {
      for (const hit of optOutHits(optOut, fired)) emit(hit, optOut.line, optOut.text);
      if (optOut.reason !== undefined) for (const id of optOut.rules) if (fired.has(id)) reasons.set(id, optOut.reason);
    }
    for (const hit of stmt.hits) emit(hit, stmt.line, stmt.head, reasons.get(hit.rule));
    previousEnd = stmt.endLine;
  }
  // An opt-out after the last statement allows nothing.
  for (const optOut of optOutsBetween(comments, previousEnd, Number.POSITIVE_INFINITY)) {
    for (const hit of optOutHits(optOut, new Set())) emit(hit, optOut.line, optOut.text);
  }
  return { findings, suppressed };
}
