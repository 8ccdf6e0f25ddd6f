/**
 * The `_vN` naming rule. A redeployed statement writes a new table whose name carries the next
 * version: `int_orders_v1` → `int_orders_v2`, and a name without a suffix counts as version 1, so
 * `int_orders` → `int_orders_v2`. The suffix is configurable (`flink.versioning.suffix`, default
 * `_v{n}`); it must hold `{n}` exactly once, at its end or followed by fixed text.
 */

export interface VersionRule {
  readonly suffix: string;
}

export const DEFAULT_VERSION_RULE: VersionRule = { suffix: "_v{n}" };

export interface VersionedName {
  /** The name without its suffix. */
  readonly base: string;
  /** 1 when the name has no suffix. */
  readonly version: number;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Why a suffix pattern cannot be used, or undefined when it can. */
export function suffixProblem(suffix: string): string | undefined {
  const count = suffix.split("{n}").length - 1;
  if (count !== 1) return `must contain {n} exactly once (got '${suffix}'), as in _v{n}`;
  if (suffix === "{n}") return "must have fixed text around {n} (a bare number would read table names ending in digits as versions)";
  return undefined;
}

function pattern(rule: VersionRule): RegExp {
  const [before = "", after = ""] = rule.suffix.split("{n}");
  return new RegExp(`^(.*?)${escapeRegExp(before)}([1-9][0-9]{0,8})${escapeRegExp(after)}$`, "s");
}

export function parseVersionedName(name: string, rule: VersionRule): VersionedName {
  const match = pattern(rule).exec(name);
  if (!match || match[1] === "") return { base: name, version: 1 };
  return { base: match[1]!, version: Number(match[2]) };
}

export function versionedName(base: string, version: number, rule: VersionRule): string {
  return version <= 1 ? base : `${base}${rule.suffix.replace("{n}", String(version))}`;
}

/** The name the next version of a table gets. */
export function nextVersionName(name: string, rule: VersionRule): string {
  const { base, version } = parseVersionedName(name, rule);
  return versionedName(base, version + 1, rule);
}
