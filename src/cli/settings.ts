import { parseDuration } from "../config/duration.js";
import { SQL_DIALECTS, type Dialect } from "../db/lint/dialect.js";
import { InputError } from "../errors.js";
import type { Host } from "../host/host.js";
import type { CommandSpec } from "./command-table.js";

/** Everything a command may be told, from flags first, then host inputs, then defaults. */
export interface Settings {
  readonly command: string;
  readonly configPath: string;
  readonly dryRun: boolean;
  readonly json: boolean;
  readonly release: string | undefined;
  readonly to: number | undefined;
  readonly services: readonly string[];
  readonly index: string | undefined;
  /** One of the command's own phases (command-table.ts `phases`); each command narrows it to its type. */
  readonly phase: string | undefined;
  readonly image: string | undefined;
  /** deploy-green: replace a green of another release that carries no traffic. */
  readonly replaceGreen: boolean;
  /** The id of a stale release lock to break before going on. */
  readonly breakLock: string | undefined;
  /** promote: retire the old blue now. */
  readonly cleanup: boolean;
  /** rollback: delete green after traffic is back on blue. */
  readonly destroyGreen: boolean;
  /** iam-policy: only this command's permissions. */
  readonly forCommand: string | undefined;
  /** lint-migrations: migration folders or .sql files given on the command line (or the `paths` input). */
  readonly paths: readonly string[];
  /** lint-migrations: every migration folder, not only the pending ones. */
  readonly all: boolean;
  /** lint-migrations: the SQL dialect when the config and migration_lock.toml do not say. */
  readonly dialect: Dialect | undefined;
  /**
   * Blue's Prisma schema. `blueSchema` alone: a file. `blueRef`: read at that git ref, the path
   * being `blueSchema` when given, else the config's `database.schema`.
   */
  readonly blueSchema: string | undefined;
  readonly blueRef: string | undefined;
  /** es-reindex follow: how long to follow, in ms (undefined: until interrupted). */
  readonly forMs: number | undefined;
  /** es-reindex switch-read: the read weight, instead of the config's readWeight. */
  readonly weight: number | undefined;
  /** es-reindex rollback: go back to a blue that cannot be caught up, knowingly. */
  readonly acceptStale: boolean;
  /** flink cleanup: the operator confirms deleting what the plan lists. */
  readonly yes: boolean;
}

/** What commander parsed from argv; every value optional. */
export interface Flags {
  config?: string;
  dryRun?: boolean;
  json?: boolean;
  release?: string;
  to?: string;
  service?: string[];
  index?: string;
  phase?: string;
  image?: string;
  replaceGreen?: boolean;
  breakLock?: string;
  cleanup?: boolean;
  destroyGreen?: boolean;
  command?: string;
  paths?: string[];
  all?: boolean;
  dialect?: string;
  blueSchema?: string;
  blueRef?: string;
  for?: string;
  weight?: string;
  acceptStale?: boolean;
  yes?: boolean;
}

const RELEASE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
/** A tag, branch or commit: never starts with '-' (git would take it for an option) and holds no ':' or '..'. */
const GIT_REF = /^(?!.*\.\.)[A-Za-z0-9][A-Za-z0-9._/^~@{}-]{0,199}$/;
const TRUE = ["true", "True", "TRUE", "1", "yes"];
const FALSE = ["false", "False", "FALSE", "0", "no"];

/**
 * The one place inputs are read. Problems are collected, not thrown one by one, so a person sees
 * every bad value at once; each names the flag and the input that carried it.
 */
export function readSettings(
  spec: CommandSpec,
  flags: Flags,
  host: Pick<Host, "input">,
  env: Readonly<Record<string, string | undefined>>,
): Settings {
  const problems: string[] = [];
  const where = (name: string) => `--${name} (input '${name}')`;
  const text = (name: string, flag: string | undefined) => flag ?? host.input(name);

  const bool = (name: string, flag: boolean | undefined): boolean => {
    if (flag !== undefined) return flag;
    const raw = host.input(name);
    if (raw === undefined) return false;
    if (TRUE.includes(raw)) return true;
    if (FALSE.includes(raw)) return false;
    problems.push(`${where(name)}: '${raw}' is not a boolean (true or false)`);
    return false;
  };

  const release = text("release", flags.release) ?? defaultRelease(env);
  if (release !== undefined && !RELEASE_ID.test(release)) {
    problems.push(`${where("release")}: '${release}' must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit`);
  }

  let to: number | undefined;
  const rawTo = spec.options.includes("to") ? text("to", flags.to) : undefined;
  if (rawTo !== undefined) {
    to = /^\d{1,3}$/.test(rawTo.trim()) ? Number(rawTo) : Number.NaN;
    if (!Number.isInteger(to) || to < 0 || to > 100) problems.push(`${where("to")}: '${rawTo}' must be a whole number 0..100`);
  }

  // `--service a,b` and `--service a --service b` alike, as the input's comma- or newline-separated list
  const services = spec.options.includes("service") ? (flags.service?.flatMap(splitList) ?? splitList(host.input("service") ?? "")) : [];

  let phase: string | undefined;
  const rawPhase = spec.options.includes("phase") ? text("phase", flags.phase) : undefined;
  if (rawPhase !== undefined) {
    const phases = spec.phases ?? [];
    if (phases.includes(rawPhase)) phase = rawPhase;
    else problems.push(`${where("phase")}: '${rawPhase}' must be one of ${phases.join(", ")}`);
  }

  let dialect: Dialect | undefined;
  const rawDialect = spec.options.includes("dialect") ? text("dialect", flags.dialect) : undefined;
  if (rawDialect !== undefined) {
    if ((SQL_DIALECTS as readonly string[]).includes(rawDialect)) dialect = rawDialect as Dialect;
    else problems.push(`${where("dialect")}: '${rawDialect}' must be one of ${SQL_DIALECTS.join(", ")}`);
  }

  const blueSchema = spec.options.includes("blue-schema") ? text("blue-schema", flags.blueSchema) : undefined;
  const blueRef = spec.options.includes("blue-ref") ? text("blue-ref", flags.blueRef) : undefined;
  if (blueRef !== undefined && !GIT_REF.test(blueRef)) {
    problems.push(
      `${where("blue-ref")}: '${blueRef}' is not a git ref (a tag, branch or commit; letters, digits and ._/^~@{}-, not starting with '-')`,
    );
  }
  let forMs: number | undefined;
  const rawFor = spec.options.includes("for") ? text("for", flags.for) : undefined;
  if (rawFor !== undefined) {
    forMs = parseDuration(rawFor);
    if (forMs === undefined || forMs > 7 * 24 * 3_600_000) {
      problems.push(`${where("for")}: '${rawFor}' must be a duration such as 30s, 10m or 2h, at most 7d`);
      forMs = undefined;
    }
  }

  let weight: number | undefined;
  const rawWeight = spec.options.includes("weight") ? text("weight", flags.weight) : undefined;
  if (rawWeight !== undefined) {
    weight = /^\d{1,3}$/.test(rawWeight.trim()) ? Number(rawWeight) : Number.NaN;
    if (!Number.isInteger(weight) || weight < 0 || weight > 100) {
      problems.push(`${where("weight")}: '${rawWeight}' must be a whole number 0..100`);
      weight = undefined;
    }
  }

  const paths =
    spec.operands === "paths" ? (flags.paths && flags.paths.length > 0 ? flags.paths : splitList(host.input("paths") ?? "")) : [];
  if (paths.length > 0 && spec.options.includes("all") && flags.all) problems.push("--all: give either paths or --all, not both");

  const settings: Settings = {
    command: spec.name,
    configPath: text("config", flags.config) ?? "cutover.yml",
    dryRun: bool("dry-run", flags.dryRun),
    json: bool("json", flags.json),
    release,
    to,
    services,
    index: spec.options.includes("index") ? text("index", flags.index) : undefined,
    phase,
    image: spec.options.includes("image") ? text("image", flags.image) : undefined,
    replaceGreen: spec.options.includes("replace-green") ? bool("replace-green", flags.replaceGreen) : false,
    breakLock: spec.options.includes("break-lock") ? text("break-lock", flags.breakLock) : undefined,
    cleanup: spec.options.includes("cleanup") ? bool("cleanup", flags.cleanup) : false,
    destroyGreen: spec.options.includes("destroy-green") ? bool("destroy-green", flags.destroyGreen) : false,
    forCommand: spec.options.includes("for-command") ? text("command", flags.command) : undefined,
    paths,
    all: spec.options.includes("all") ? bool("all", flags.all) : false,
    dialect,
    blueSchema,
    blueRef,
    forMs,
    weight,
    acceptStale: spec.options.includes("accept-stale") ? bool("accept-stale", flags.acceptStale) : false,
    yes: spec.options.includes("yes") ? bool("yes", flags.yes) : false,
  };
  if (problems.length > 0) throw new InputError(`bad input for '${spec.name}'`, problems);
  return Object.freeze(settings);
}

/** A tag push names the release: GitHub's ref name for tags, Jenkins' TAG_NAME. */
function defaultRelease(env: Readonly<Record<string, string | undefined>>): string | undefined {
  if (env.GITHUB_REF_TYPE === "tag" && env.GITHUB_REF_NAME) return env.GITHUB_REF_NAME;
  if (env.TAG_NAME) return env.TAG_NAME;
  return undefined;
}

/** Inputs carry lists as comma- or newline-separated text. */
export function splitList(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
