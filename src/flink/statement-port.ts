/**
 * What the Flink blue/green phases need from a place that runs Flink SQL statements, behind one
 * port: an Apache Flink SQL Gateway (backend/gateway/) or Confluent Cloud's statements API
 * (backend/confluent/). Values are plain data; no HTTP or Kafka client type leaks out.
 *
 * Everything is read back from the world on every call (the gateway's jobs and its state topic,
 * Confluent's statements), never from a local file, so a rollback dispatched days later from
 * another machine finds what it needs.
 */
import { ExternalError } from "../errors.js";
import type { PartitionOffset } from "../stream/stream-source.js";

/**
 * Confluent's documented phases; the gateway maps Flink's job states onto them
 * (see backend/gateway/job-phase.ts).
 */
export type StatementPhase = "PENDING" | "RUNNING" | "DEGRADED" | "STOPPING" | "STOPPED" | "FAILING" | "FAILED" | "COMPLETED" | "DELETING";

/** Phases a statement does not leave by itself. */
export const SETTLED_PHASES: ReadonlySet<StatementPhase> = new Set(["STOPPED", "FAILED", "COMPLETED"]);

export interface TopicOffsets {
  readonly topic: string;
  /** Per partition, the next offset to read (everything below has been consumed). */
  readonly partitions: readonly PartitionOffset[];
}

/** Where a new statement starts reading its sources (a resumed one continues from its own state). */
export type StartPosition =
  | { readonly kind: "earliest" }
  | { readonly kind: "timestamp"; readonly ms: number }
  /** Explicit offsets per source topic; partitions not listed start at the earliest offset. */
  | { readonly kind: "offsets"; readonly topics: readonly TopicOffsets[] }
  /** Where another (stopped) statement got to: how green takes over from blue without a gap. */
  | { readonly kind: "carry-over"; readonly from: string };

/** A table the statement reads, and the Kafka topic behind it (lag and offsets are per topic). */
export interface StatementSource {
  readonly table: string;
  readonly topic: string;
}

export interface StatementSpec {
  /** Lowercase letters, digits and hyphens (Confluent's rule, kept for both backends). */
  readonly name: string;
  /** One INSERT INTO … SELECT (or a STATEMENT SET). */
  readonly sql: string;
  /** Hash of what defines the statement (SQL and settings), read back to decide whether to redeploy. */
  readonly contentHash: string;
  readonly labels?: Readonly<Record<string, string>>;
  /** Flink/statement properties (`SET` keys on the gateway, spec.properties on Confluent). */
  readonly properties?: Readonly<Record<string, string>>;
  readonly sources: readonly StatementSource[];
  readonly start: StartPosition;
}

export interface StatementInfo {
  readonly name: string;
  readonly phase: StatementPhase;
  /** Why it failed, or what the backend says about the phase. */
  readonly detail?: string;
  /** Empty when the backend does not know it (a gateway job started outside cutover). */
  readonly sql: string;
  /**
   * For a statement whose SQL is not known: the tables its running job reads (last part of each
   * name), as the cluster's job plan says; absent when that cannot be read either.
   */
  readonly reads?: readonly string[];
  readonly contentHash?: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly properties: Readonly<Record<string, string>>;
  readonly sources: readonly StatementSource[];
  /** Stopped with what a resume needs (a savepoint on the gateway; Confluent keeps its own). */
  readonly resumable: boolean;
  /** The savepoint a resume starts from (gateway only). */
  readonly savepoint?: string;
  readonly createdAt?: Date;
}

export interface ConsumedOffsets {
  readonly statement: string;
  /** When the backend recorded them; absent when it does not say (gateway: the last checkpoint). */
  readonly asOf?: Date;
  /** Per source topic; a partition is absent when nothing was consumed there yet. */
  readonly topics: readonly TopicOffsets[];
}

export interface StatementFilter {
  readonly namePrefix?: string;
  /** Every label must match. */
  readonly labels?: Readonly<Record<string, string>>;
}

export interface CallOptions {
  readonly signal?: AbortSignal;
}

/** Phase changes wait; a deadline bounds the wait (the backend's default when absent). */
export interface WaitOptions extends CallOptions {
  readonly timeoutMs?: number;
}

/**
 * What `runDdl` records about the table or view it creates, so a later run finds it again: its
 * content hash (is the deployed DDL the one in the files?) and labels (which release made it, which
 * version it is). Both backends list a recorded DDL as a COMPLETED statement of that name.
 */
export interface DdlRecord {
  /** A statement name (lowercase letters, digits and hyphens). */
  readonly name: string;
  readonly contentHash: string;
  readonly labels: Readonly<Record<string, string>>;
  /**
   * A Kafka-connector table's topic. Confluent Cloud creates a table's topic with the table; the
   * gateway's Kafka connector does not, and a statement reading a topic that does not exist yet
   * fails, so the gateway backend creates it (as many partitions as `partitionsLike`, else the
   * broker's default) and deletes it when the table is dropped.
   */
  readonly topic?: { readonly name: string; readonly partitionsLike?: string };
}

export interface DdlOptions extends WaitOptions {
  /** Without one, the DDL leaves no trace but its effect (a DROP, a one-off CREATE). */
  readonly record?: DdlRecord;
}

export interface StatementBackend {
  readonly kind: "flink-sql-gateway" | "confluent-cloud";
  /** Starts a statement and waits until it runs; `exists` when the name is taken. */
  create(spec: StatementSpec, options?: WaitOptions): Promise<StatementInfo>;
  get(name: string, options?: CallOptions): Promise<StatementInfo | undefined>;
  list(filter: StatementFilter, options?: CallOptions): Promise<StatementInfo[]>;
  /** Stops (with a savepoint where the backend takes one) and waits until STOPPED; a stopped one is left as it is. */
  stop(name: string, options?: WaitOptions): Promise<StatementInfo>;
  /** Resumes a stopped statement from where it stopped and waits until it runs. */
  resume(name: string, options?: WaitOptions): Promise<StatementInfo>;
  /** Stops without a savepoint where needed, then forgets the statement; a missing one is fine. */
  delete(name: string, options?: WaitOptions): Promise<void>;
  /** Runs one DDL statement (CREATE TABLE …) and waits until it is done; see DdlRecord. */
  runDdl(ddl: string, options?: DdlOptions): Promise<void>;
  /** What a statement consumed of its sources, to refuse a switch while green lags its input. */
  consumedOffsets(name: string, options?: CallOptions): Promise<ConsumedOffsets>;
  close(): Promise<void>;
}

export type StatementErrorReason =
  /** No such statement. */
  | "not-found"
  /** The name is taken. */
  | "exists"
  /** The backend refused the SQL or the request (bad SQL, missing table, 400). */
  | "invalid"
  /** The statement failed, or is in a phase the operation cannot start from. */
  | "failed"
  /** A phase change did not happen before the deadline. */
  | "timeout"
  /** Someone else changed the statement meanwhile (409). */
  | "conflict"
  /** The backend did not answer usably, after retries (5xx, network). */
  | "unavailable"
  | "aborted";

/**
 * Every failure of a backend, naming the statement (or the DDL's object) it was about. An
 * ExternalError, so the apply loop reports it as Flink's answer and says what was left behind,
 * never as a bug in cutover.
 */
export class StatementError extends ExternalError {
  constructor(
    readonly statement: string,
    readonly reason: StatementErrorReason,
    message: string,
    readonly details: { readonly phase?: StatementPhase; readonly status?: number } = {},
    options?: { cause?: unknown },
  ) {
    super(`statement '${statement}': ${message}`, "Flink", options);
    this.name = "StatementError";
  }
}

const NAME = /^[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?$/;

/** Throws `invalid` unless `name` suits both backends. */
export function checkStatementName(name: string): void {
  if (!NAME.test(name)) {
    throw new StatementError(
      name,
      "invalid",
      "a statement name is 1 to 100 lowercase letters, digits and hyphens, starting and ending with a letter or digit",
    );
  }
}
