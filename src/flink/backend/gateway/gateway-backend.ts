/**
 * StatementBackend on an Apache Flink SQL Gateway (REST v3) in front of a session cluster.
 *
 * - A statement is a Flink job named after it (`pipeline.name`), found again with `SHOW JOBS`.
 * - Each statement runs in a session of its own, opened with its properties and closed once the job
 *   is submitted (the job outlives it), so no setting leaks from one statement to the next.
 * - The gateway keeps no catalog, labels or SQL across sessions: the definition, the savepoint a stop
 *   took and the tables' DDL live in a compacted Kafka topic (gateway-state.ts says why), and every
 *   session replays the tables' DDL before running a statement.
 * - Start positions and a consumer group of its own go into the SQL as OPTIONS hints on the source
 *   tables (source-hints.ts); the Kafka source commits its offsets to that group at each checkpoint,
 *   which is how the lag is read.
 */
import { createKafkaSource, type KafkaConnection } from "../../../stream/kafka-source.js";
import { startupOptions, withSourceHints, SourceHintError } from "../../source-hints.js";
import {
  checkStatementName,
  StatementError,
  type CallOptions,
  type ConsumedOffsets,
  type StartPosition,
  type StatementBackend,
  type StatementFilter,
  type StatementInfo,
  type StatementPhase,
  type StatementSpec,
  type WaitOptions,
} from "../../statement-port.js";
import { DEFAULT_POLL, throwIfAborted, waitForPhase, type PollTiming } from "../../wait-phase.js";
import { createGatewayClient, gatewayErrorMessage, inSession, type GatewaySession } from "./gateway-client.js";
import { gatewayDdl, recordedDdl } from "./gateway-ddl.js";
import { kafkaGatewayState, type StatementRecord } from "./gateway-state.js";
import { gatewayTopics } from "./gateway-topics.js";
import { jobOf, parseShowJobs, phaseOf, tablesInJobPlan, type JobPlan, type JobRow } from "./job-phase.js";

export interface GatewayBackendOptions {
  /** The SQL Gateway's REST endpoint, http://127.0.0.1:58083 */
  readonly url: string;
  /** The Kafka cluster holding the state topic and the statements' consumer groups. */
  readonly kafka: KafkaConnection;
  readonly stateTopic?: string;
  /** Savepoints go to `<savepointDir>/<statement>`; the cluster's default directory when absent. */
  readonly savepointDir?: string;
  /** Each statement's Kafka sources commit to `<prefix><statement>`. */
  readonly consumerGroupPrefix?: string;
  /** The session cluster's REST endpoint, to say why a job failed (its root exception). */
  readonly clusterUrl?: string;
  /** Defaults for waits: starting and resuming (120 s), stopping (120 s), one SQL statement (60 s). */
  readonly timeouts?: { readonly start?: number; readonly stop?: number; readonly statement?: number };
  readonly poll?: PollTiming;
}

export const DEFAULT_STATE_TOPIC = "cutover.flink-gateway.state";
export const DEFAULT_GROUP_PREFIX = "cutover-flink-";

const LIVE: ReadonlySet<StatementPhase> = new Set(["PENDING", "RUNNING", "DEGRADED", "FAILING", "STOPPING"]);

export function createGatewayBackend(options: GatewayBackendOptions): StatementBackend {
  const client = createGatewayClient({ url: options.url });
  const stateTopic = options.stateTopic ?? DEFAULT_STATE_TOPIC;
  const state = kafkaGatewayState(options.kafka, stateTopic);
  const kafka = createKafkaSource(options.kafka);
  const runDdl = gatewayDdl({ client, state, topics: gatewayTopics(options.kafka), statementMs: options.timeouts?.statement ?? 60_000 });
  const groupOf = (name: string) => `${options.consumerGroupPrefix ?? DEFAULT_GROUP_PREFIX}${name}`;
  const startMs = options.timeouts?.start ?? 120_000;
  const stopMs = options.timeouts?.stop ?? 120_000;
  const statementMs = options.timeouts?.statement ?? 60_000;
  const poll = options.poll ?? DEFAULT_POLL;

  async function showJobs(subject: string, signal?: AbortSignal): Promise<JobRow[]> {
    return inSession(client, subject, {}, signal, async (session) =>
      parseShowJobs(await session.execute("SHOW JOBS", { signal, timeoutMs: statementMs })),
    );
  }

  /** The root exception of a failed job, when the cluster's REST endpoint is known and answers. */
  async function failureOf(job: JobRow | undefined): Promise<string | undefined> {
    if (!options.clusterUrl || !job) return undefined;
    try {
      const response = await fetch(`${options.clusterUrl.replace(/\/+$/, "")}/jobs/${job.id}/exceptions?maxExceptions=1`, {
        signal: AbortSignal.timeout(5_000),
      });
      const body = (await response.json()) as { "root-exception"?: string };
      // Its first line is often "Recovery is suppressed…": the innermost cause says what went wrong.
      return body["root-exception"] ? gatewayErrorMessage([body["root-exception"]]) : undefined;
    } catch {
      return undefined;
    }
  }

  /** What a job started outside cutover reads, from its plan on the cluster's REST endpoint (cleanup must not drop it). */
  async function readsOf(job: JobRow): Promise<string[] | undefined> {
    if (!options.clusterUrl) return undefined;
    try {
      const response = await fetch(`${options.clusterUrl.replace(/\/+$/, "")}/jobs/${job.id}/plan`, { signal: AbortSignal.timeout(5_000) });
      if (!response.ok) return undefined;
      return tablesInJobPlan((await response.json()) as JobPlan);
    } catch {
      return undefined;
    }
  }

  async function describe(name: string, record: StatementRecord | undefined, job: JobRow | undefined): Promise<StatementInfo | undefined> {
    const phase = phaseOf(record, job);
    if (!phase) return undefined;
    const reads = !record && job && LIVE.has(phase.phase) ? await readsOf(job) : undefined;
    const failure = phase.phase === "FAILED" || phase.phase === "FAILING" ? await failureOf(job) : undefined;
    const detail = [phase.detail, failure].filter((part) => part !== undefined).join(": ");
    return {
      name,
      phase: phase.phase,
      ...(detail ? { detail } : {}),
      sql: record?.sql ?? "",
      ...(reads ? { reads } : {}),
      ...(record ? { contentHash: record.contentHash, createdAt: new Date(record.createdAt) } : {}),
      labels: record?.labels ?? {},
      properties: record?.properties ?? {},
      sources: record?.sources ?? [],
      resumable: phase.resumable,
      ...(phase.resumable && record?.savepoint ? { savepoint: record.savepoint } : {}),
    };
  }

  async function read(name: string, signal?: AbortSignal) {
    const [record, jobs] = await Promise.all([state.statement(name), showJobs(name, signal)]);
    const job = jobOf(name, jobs, record);
    return { record, job, info: await describe(name, record, job) };
  }

  /** Polls only the jobs: the record does not change while we wait. */
  function waitFor(name: string, record: StatementRecord, want: StatementPhase[], action: string, timeoutMs: number, signal?: AbortSignal) {
    const fail = new Set<StatementPhase>(
      ["FAILED", "COMPLETED", "STOPPED", "FAILING"].filter((phase) => !want.includes(phase as StatementPhase)) as StatementPhase[],
    );
    return waitForPhase(
      async () => {
        const job = jobOf(name, await showJobs(name, signal), record);
        const info = await describe(name, record, job);
        return { phase: info?.phase, ...(info?.detail ? { detail: info.detail } : {}), info };
      },
      { statement: name, action, want: new Set(want), fail, timeoutMs, ...(signal ? { signal } : {}), timing: poll },
    );
  }

  /** A session with the statement's settings and every stored table, for submitting its job. */
  async function inStatementSession<T>(
    name: string,
    properties: Record<string, string>,
    signal: AbortSignal | undefined,
    work: (session: GatewaySession) => Promise<T>,
  ) {
    const tables = await state.tables();
    return inSession(client, name, properties, signal, async (session) => {
      for (const table of tables) {
        try {
          await session.execute(table.ddl, { signal, timeoutMs: statementMs });
        } catch (error) {
          const why = error instanceof Error ? error.message : String(error);
          throw new StatementError(
            name,
            "invalid",
            `replaying the stored DDL of table '${table.name}' failed: ${why}`,
            {},
            { cause: error },
          );
        }
      }
      return work(session);
    });
  }

  function hintedSql(record: StatementRecord): string {
    const hints = new Map<string, Record<string, string>>();
    for (const source of record.sources) {
      hints.set(source.table, { ...startupOptions(record.start, source.topic), "properties.group.id": groupOf(record.name) });
    }
    try {
      return withSourceHints(record.sql, hints);
    } catch (error) {
      if (error instanceof SourceHintError) throw new StatementError(record.name, "invalid", error.message);
      throw error;
    }
  }

  async function submit(record: StatementRecord, extra: Record<string, string>, signal?: AbortSignal): Promise<string> {
    const sql = hintedSql(record);
    const result = await inStatementSession(
      record.name,
      { ...record.properties, ...extra, "pipeline.name": record.name },
      signal,
      (session) => session.execute(sql, { signal, timeoutMs: statementMs }),
    );
    if (!result.jobId)
      throw new StatementError(record.name, "invalid", "the SQL started no job (a statement is one INSERT INTO … or STATEMENT SET)");
    return result.jobId;
  }

  async function resolveStart(name: string, start: StartPosition, signal?: AbortSignal): Promise<StatementRecord["start"]> {
    if (start.kind !== "carry-over") return start;
    const from = await consumedOffsets(start.from, signal ? { signal } : {});
    return { kind: "offsets", topics: from.topics };
  }

  async function create(spec: StatementSpec, options: WaitOptions = {}): Promise<StatementInfo> {
    checkStatementName(spec.name);
    const existing = await read(spec.name, options.signal);
    if (existing.info)
      throw new StatementError(spec.name, "exists", `a statement of that name exists (${existing.info.phase})`, {
        phase: existing.info.phase,
      });
    const record: StatementRecord = {
      kind: "statement",
      name: spec.name,
      sql: spec.sql,
      contentHash: spec.contentHash,
      labels: { ...spec.labels },
      properties: { ...spec.properties },
      sources: spec.sources.map(({ table, topic }) => ({ table, topic })),
      start: await resolveStart(spec.name, spec.start, options.signal),
      createdAt: new Date().toISOString(),
    };
    hintedSql(record); // refuses SQL the start options cannot be placed in, before anything is written
    // The record goes first: a job without one could not be resumed or told apart from others.
    await state.putStatement(record);
    let jobId: string;
    try {
      jobId = await submit(record, {}, options.signal);
    } catch (error) {
      await state.removeStatement(spec.name).catch(() => undefined);
      throw error;
    }
    const running = { ...record, jobId };
    await state.putStatement(running);
    return (await waitFor(spec.name, running, ["RUNNING"], "start", options.timeoutMs ?? startMs, options.signal)).info as StatementInfo;
  }

  async function get(name: string, options: CallOptions = {}): Promise<StatementInfo | undefined> {
    checkStatementName(name);
    const info = (await read(name, options.signal)).info;
    if (info) return info;
    const table = (await state.tables()).find((entry) => entry.statement === name);
    return table ? recordedDdl(table) : undefined;
  }

  async function list(filter: StatementFilter, options: CallOptions = {}): Promise<StatementInfo[]> {
    const [records, jobs, tables] = await Promise.all([
      state.statements(),
      showJobs(filter.namePrefix ?? "list", options.signal),
      state.tables(),
    ]);
    const names = new Set([...records.keys(), ...jobs.map((job) => job.name)]);
    const found: StatementInfo[] = [];
    const labels = Object.entries(filter.labels ?? {});
    const wanted = (info: StatementInfo | undefined): info is StatementInfo =>
      info !== undefined &&
      (filter.namePrefix === undefined || info.name.startsWith(filter.namePrefix)) &&
      labels.every(([key, value]) => info.labels[key] === value);
    for (const name of [...names].sort()) {
      if (filter.namePrefix !== undefined && !name.startsWith(filter.namePrefix)) continue;
      const record = records.get(name);
      const info = await describe(name, record, jobOf(name, jobs, record));
      if (wanted(info)) found.push(info);
    }
    for (const table of tables) {
      const info = recordedDdl(table);
      if (wanted(info) && !names.has(info.name)) found.push(info);
    }
    return found.sort((a, b) => a.name.localeCompare(b.name));
  }

  async function stop(name: string, options: WaitOptions = {}): Promise<StatementInfo> {
    checkStatementName(name);
    const current = await read(name, options.signal);
    const { record } = current;
    let { job, info } = current;
    if (!info) throw new StatementError(name, "not-found", "no such statement");
    if (info.phase === "STOPPED" && info.resumable) return info;
    if (!record)
      throw new StatementError(
        name,
        "failed",
        `job ${job?.id ?? "?"} has no record in topic '${stateTopic}': it was not started by cutover`,
      );
    if (info.phase === "PENDING") {
      info = (await waitFor(name, record, ["RUNNING"], "start before the stop", options.timeoutMs ?? startMs, options.signal))
        .info as StatementInfo;
      job = jobOf(name, await showJobs(name, options.signal), record);
    }
    if (!job || info.phase !== "RUNNING")
      throw new StatementError(name, "failed", `cannot stop a statement that is ${info.phase}`, { phase: info.phase });
    const stopped = await inSession(client, name, savepointSettings(name), options.signal, (session) =>
      session.execute(`STOP JOB '${job.id}' WITH SAVEPOINT`, { signal: options.signal, timeoutMs: options.timeoutMs ?? stopMs }),
    );
    const savepoint = String(stopped.rows[0]?.[0] ?? "");
    if (!savepoint) throw new StatementError(name, "failed", `STOP JOB '${job.id}' WITH SAVEPOINT returned no savepoint path`);
    const after: StatementRecord = { ...record, savepoint, stoppedJobId: job.id, stoppedAt: new Date().toISOString() };
    try {
      await state.putStatement(after);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      throw new StatementError(
        name,
        "unavailable",
        `stopped with savepoint ${savepoint}, but recording it in topic '${stateTopic}' failed (${why}); a resume needs that path`,
        {},
        { cause: error },
      );
    }
    return (await waitFor(name, after, ["STOPPED"], "stop", options.timeoutMs ?? stopMs, options.signal)).info as StatementInfo;
  }

  function savepointSettings(name: string): Record<string, string> {
    if (!options.savepointDir) return {};
    return { "execution.checkpointing.savepoint-dir": `${options.savepointDir.replace(/\/+$/, "")}/${name}` };
  }

  async function resume(name: string, options: WaitOptions = {}): Promise<StatementInfo> {
    checkStatementName(name);
    const { record, info } = await read(name, options.signal);
    if (!info || !record) throw new StatementError(name, "not-found", "no such statement");
    // A re-run after a resume that went through finds the new job: nothing to do but wait for it.
    if (LIVE.has(info.phase) && record.stoppedJobId !== undefined && record.jobId !== record.stoppedJobId) {
      return (await waitFor(name, record, ["RUNNING"], "resume", options.timeoutMs ?? startMs, options.signal)).info as StatementInfo;
    }
    if (info.phase !== "STOPPED" || !info.resumable || !record.savepoint) {
      throw new StatementError(
        name,
        "failed",
        `cannot resume a statement that is ${info.phase}${info.resumable ? "" : " without a savepoint"}`,
        { phase: info.phase },
      );
    }
    const jobId = await submit(record, { "execution.state-recovery.path": record.savepoint }, options.signal);
    const resumed = { ...record, jobId };
    await state.putStatement(resumed);
    return (await waitFor(name, resumed, ["RUNNING"], "resume", options.timeoutMs ?? startMs, options.signal)).info as StatementInfo;
  }

  async function remove(name: string, options: WaitOptions = {}): Promise<void> {
    checkStatementName(name);
    const { record, job, info } = await read(name, options.signal);
    if (!info) return;
    if (job && LIVE.has(info.phase)) {
      // Deleting discards the statement: cancel, no savepoint.
      await inSession(client, name, {}, options.signal, (session) =>
        session.execute(`STOP JOB '${job.id}'`, { signal: options.signal, timeoutMs: statementMs }),
      );
      const pinned: StatementRecord = record ?? ({ kind: "statement", name, jobId: job.id } as StatementRecord);
      await waitFor(
        name,
        { ...pinned, jobId: job.id },
        ["STOPPED", "FAILED", "COMPLETED"],
        "delete",
        options.timeoutMs ?? stopMs,
        options.signal,
      );
    }
    if (record) await state.removeStatement(name);
  }

  async function consumedOffsets(name: string, options: CallOptions = {}): Promise<ConsumedOffsets> {
    checkStatementName(name);
    throwIfAborted(name, options.signal);
    const record = await state.statement(name);
    if (!record) throw new StatementError(name, "not-found", `no record in topic '${stateTopic}'`);
    const topics = [...new Set(record.sources.map((source) => source.topic))];
    const group = groupOf(name);
    return {
      statement: name,
      topics: await Promise.all(topics.map(async (topic) => ({ topic, partitions: await kafka.committedOffsets(group, topic) }))),
    };
  }

  return {
    kind: "flink-sql-gateway",
    create,
    get,
    list,
    stop,
    resume,
    delete: remove,
    runDdl,
    consumedOffsets,
    async close() {
      await Promise.allSettled([state.close(), kafka.close()]);
    },
  };
}
