import type { Config } from "../../config/schema/index.js";
import { InputError, RefusedError } from "../../errors.js";
import type { RuleCondition } from "../estate-facts.js";
import type { RouteState } from "../estate.js";
import { ALB_RULE_LIMITS } from "./limits.js";
import type { HeaderRole } from "./types.js";

/** Checks of the settings and of the route's rule against what an ALB takes, before anything is placed. */

/** Problems of the settings alone, whatever the estate: bad input (exit 2). */
export function checkSettings(settings: NonNullable<Config["headerRouting"]>): void {
  const problems: string[] = [];
  for (const role of ["green", "blue"] as const) {
    const values = settings[role];
    if (values.length > ALB_RULE_LIMITS.valuesPerCondition)
      problems.push(
        `headerRouting.${role}: ${values.length} values; an ALB http-header condition takes at most ${ALB_RULE_LIMITS.valuesPerCondition}`,
      );
  }
  // ALB compares header values without regard to case
  const green = new Set(settings.green.map((v) => v.toLowerCase()));
  const both = settings.blue.filter((v) => green.has(v.toLowerCase()));
  if (both.length > 0) problems.push(`headerRouting: ${both.join(", ")} is both a green and a blue value; a request must pick one side`);
  if (problems.length > 0) throw new InputError(`headerRouting cannot be used as configured`, problems);
}

const COPYABLE = new Set(["path-pattern", "host-header", "http-request-method", "source-ip", "query-string", "http-header"]);
const WILDCARD_FIELDS = new Set(["path-pattern", "host-header", "http-header", "query-string"]);

export function conditionProblems(route: RouteState, header: string, conditions: readonly RuleCondition[], role: HeaderRole): string[] {
  const problems: string[] = [];
  for (const c of route.rule.conditions) {
    if (!COPYABLE.has(c.field)) problems.push(`its rule has a ${c.field} condition, which cutover cannot copy into a header rule`);
    if (c.field === "http-header" && c.header?.toLowerCase() === header.toLowerCase())
      problems.push(`its rule already matches on the ${header} header; a header rule would need both values at once`);
  }
  const values = conditions.reduce((n, c) => n + c.values.length + (c.regexValues?.length ?? 0), 0);
  if (values > ALB_RULE_LIMITS.valuesPerRule)
    problems.push(
      `the ${role} header rule would hold ${values} condition values (the rule's ${values - countHeaderValues(conditions)} and ` +
        `${countHeaderValues(conditions)} header values); an ALB rule takes at most ${ALB_RULE_LIMITS.valuesPerRule}`,
    );
  const wildcards = conditions
    .filter((c) => WILDCARD_FIELDS.has(c.field))
    .flatMap((c) => c.values)
    .reduce((n, v) => n + (v.match(/(?<!\\)[*?]/g)?.length ?? 0), 0);
  if (wildcards > ALB_RULE_LIMITS.wildcardsPerRule)
    problems.push(
      `the ${role} header rule would hold ${wildcards} wildcards; an ALB rule takes at most ${ALB_RULE_LIMITS.wildcardsPerRule}`,
    );
  return [...new Set(problems)];
}

function countHeaderValues(conditions: readonly RuleCondition[]): number {
  const last = conditions[conditions.length - 1];
  return last ? last.values.length : 0;
}

export function refused(label: string, reasons: readonly string[]): RefusedError {
  const named = reasons.map((r) => `${label}: ${r}`);
  return new RefusedError(`header rules for ${label}: ${reasons[0] ?? "refused"}; nothing was changed`, named);
}
