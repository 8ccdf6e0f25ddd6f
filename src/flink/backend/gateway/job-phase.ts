/**
 * The gateway's world, read back: Flink's jobs (from `SHOW JOBS`) and the state topic's records,
 * turned into the port's phases. Pure, so the mapping is tested without a cluster.
 */
import type { StatementPhase } from "../../statement-port.js";
import type { StatementResult } from "./gateway-client.js";
import type { StatementRecord } from "./gateway-state.js";

export interface JobRow {
  readonly id: string;
  readonly name: string;
  /** Flink's JobStatus: INITIALIZING, CREATED, RUNNING, FAILING, FAILED, CANCELLING, CANCELED, FINISHED, RESTARTING, SUSPENDED, RECONCILING. */
  readonly status: string;
  readonly startTime: string;
}

export interface PhaseOfStatement {
  readonly phase: StatementPhase;
  readonly detail?: string;
  readonly resumable: boolean;
}

/** Rows of `SHOW JOBS`: job id, job name, status, start time. */
export function parseShowJobs(result: StatementResult): JobRow[] {
  const column = (name: string) => result.columns.indexOf(name);
  const [id, name, status, start] = [column("job id"), column("job name"), column("status"), column("start time")];
  return result.rows.map((row) => ({
    id: String(row[id] ?? ""),
    name: String(row[name] ?? ""),
    status: String(row[status] ?? ""),
    startTime: String(row[start] ?? ""),
  }));
}

/** The job that stands for the statement: the one the record names, else its latest by start time. */
export function jobOf(name: string, jobs: readonly JobRow[], record: StatementRecord | undefined): JobRow | undefined {
  const named = jobs.filter((job) => job.name === name);
  if (record?.jobId) return named.find((job) => job.id === record.jobId);
  return named.sort((a, b) => (a.startTime < b.startTime ? 1 : a.startTime > b.startTime ? -1 : 0))[0];
}

/** Job states Flink does not leave. */
const ENDED = new Set(["FAILED", "CANCELED", "FINISHED"]);

export function phaseOf(record: StatementRecord | undefined, job: JobRow | undefined): PhaseOfStatement | undefined {
  // cutover writes the record before it submits, and removes it when it deletes the statement:
  // an ended job without one is the history of a deleted statement, not a statement.
  if (!record && job && ENDED.has(job.status)) return undefined;
  const stoppedHere = record?.savepoint !== undefined && record.stoppedJobId !== undefined && record.stoppedJobId === record.jobId;
  if (!job) {
    if (!record) return undefined;
    if (stoppedHere) return { phase: "STOPPED", resumable: true, detail: `stopped with savepoint ${record.savepoint}` };
    if (!record.jobId)
      return { phase: "FAILED", resumable: false, detail: "no job was started for it (the submission failed or was interrupted)" };
    return {
      phase: "FAILED",
      resumable: false,
      detail: `job ${record.jobId} is unknown to the cluster (it restarted without high availability, or the job expired from its history)`,
    };
  }
  switch (job.status) {
    case "INITIALIZING":
    case "CREATED":
    case "RECONCILING":
      return { phase: "PENDING", resumable: false };
    case "RUNNING":
      return { phase: "RUNNING", resumable: false };
    case "FAILING":
    case "RESTARTING":
      return { phase: "FAILING", resumable: false, detail: `job ${job.id} is ${job.status}` };
    case "FAILED":
      return { phase: "FAILED", resumable: false, detail: `job ${job.id} FAILED` };
    case "CANCELLING":
      return { phase: "STOPPING", resumable: false };
    case "CANCELED":
      return stoppedHere
        ? { phase: "STOPPED", resumable: true, detail: `stopped with savepoint ${record?.savepoint}` }
        : { phase: "STOPPED", resumable: false, detail: `job ${job.id} was cancelled without a savepoint` };
    case "FINISHED":
      // Stop-with-savepoint ends a streaming job as FINISHED; a bounded statement also finishes.
      return stoppedHere
        ? { phase: "STOPPED", resumable: true, detail: `stopped with savepoint ${record?.savepoint}` }
        : { phase: "COMPLETED", resumable: false };
    case "SUSPENDED":
      return { phase: "FAILING", resumable: false, detail: `job ${job.id} is SUSPENDED` };
    default:
      return { phase: "PENDING", resumable: false, detail: `job ${job.id} reports ${job.status}` };
  }
}

/** The part of Flink's `GET /jobs/:id/plan` answer that says what each operator does. */
export interface JobPlan {
  readonly plan?: { readonly nodes?: readonly { readonly description?: string }[] };
}

/**
 * The tables a running job reads, from its plan's operator descriptions: every
 * `table=[[catalog, database, name]]` (a source scan, a lookup join) gives the name's last part.
 * The job's sink is a writer, not a `table=[[…]]`, so it is not counted.
 */
export function tablesInJobPlan(plan: JobPlan): string[] {
  const found = new Set<string>();
  const open = "table=[[";
  for (const node of plan.plan?.nodes ?? []) {
    const text = node.description ?? "";
    let at = text.indexOf(open);
    while (at >= 0) {
      const end = text.indexOf("]]", at + open.length);
      if (end < 0) break;
      const parts = text.slice(at + open.length, end).split(",");
      const last = parts[parts.length - 1]?.trim();
      if (last) found.add(last);
      at = text.indexOf(open, end);
    }
  }
  return [...found].sort();
}
