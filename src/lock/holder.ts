import { randomBytes } from "node:crypto";
import { hostname } from "node:os";

/** Who holds the release lock, as recorded where every runner can read it. */
export interface LockHolder {
  /** What `--break-lock <id>` names. */
  id: string;
  project: string;
  release: string;
  command: string;
  /** The runner or machine. */
  host: string;
  runUrl: string | undefined;
  /** ISO 8601. */
  since: string;
}

type Env = Readonly<Record<string, string | undefined>>;

/** A run's page, so the person refused can go and see whether it is still going. */
export function runUrlOf(env: Env): string | undefined {
  if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID)
    return `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
  return env.BUILD_URL || undefined;
}

export function newHolder(fields: { project: string; release: string; command: string; env: Env; now: () => Date }): LockHolder {
  const { env } = fields;
  return {
    // short enough to type into --break-lock, random enough that two runs never share one
    id: randomBytes(6).toString("hex"),
    project: fields.project,
    release: fields.release,
    command: fields.command,
    host: env.RUNNER_NAME || env.NODE_NAME || hostname(),
    runUrl: runUrlOf(env),
    since: fields.now().toISOString(),
  };
}

/** `release v2.4.0 (deploy-green) on runner-3 since 2026-05-01T10:00:00.000Z, run https://...` */
export function describeHolder(holder: LockHolder): string {
  const run = holder.runUrl ? `, run ${holder.runUrl}` : "";
  return `release ${holder.release} (${holder.command}) on ${holder.host} since ${holder.since}${run} [lock id ${holder.id}]`;
}

/** The holder as flat string fields: DynamoDB attributes and ELBv2 tags both hold them. */
export function holderFields(holder: LockHolder): Omit<LockHolder, "runUrl"> & { runUrl?: string } {
  const { runUrl, ...rest } = holder;
  return runUrl === undefined ? rest : { ...rest, runUrl };
}

/** Back from flat fields; undefined when the id is missing (not a lock cutover wrote). */
export function holderFrom(fields: Readonly<Record<string, string | undefined>>): LockHolder | undefined {
  if (!fields.id) return undefined;
  return {
    id: fields.id,
    project: fields.project ?? "?",
    release: fields.release ?? "?",
    command: fields.command ?? "?",
    host: fields.host ?? "?",
    runUrl: fields.runUrl || undefined,
    since: fields.since ?? "?",
  };
}
