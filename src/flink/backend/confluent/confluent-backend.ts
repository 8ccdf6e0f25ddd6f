/**
 * StatementBackend on Confluent Cloud's Flink statements API (sql/v1), as documented:
 *
 * - create: POST …/statements {name, metadata.labels, spec: {statement, properties, compute_pool_id,
 *   principal, stopped: false}}; the phase goes PENDING → RUNNING (or FAILED, with status.detail).
 * - stop / resume: PUT the whole statement back with spec.stopped true / false and the
 *   metadata.resource_version read with it; a 409 means it changed meanwhile: read again, retry.
 *   Confluent keeps what a resume needs itself (no savepoint path is exposed).
 * - list: GET with label_selector and page_token; delete: DELETE, then DELETING until gone.
 * - consumed offsets: status.latest_offsets (topic → "partition:0,offset:42;…") and
 *   latest_offsets_timestamp. Confluent documents them as the last offsets a statement processed,
 *   refreshed periodically, so the lag they give is as old as that timestamp: callers should weigh
 *   `asOf`. (The Metrics API's pending-records metric is the other documented signal; not used here.)
 * - carry-over: the documented statement property `sql.tables.initial-offset-from`; other start
 *   positions become OPTIONS hints on the source tables, as on the gateway.
 *
 * The content hash is a label (`cutover-content-hash`), so a later run reads it back with the statement.
 */
import { parseSpecificOffsets, SourceHintError, startupOptions, withSourceHints } from "../../source-hints.js";
import {
  checkStatementName,
  StatementError,
  type CallOptions,
  type ConsumedOffsets,
  type DdlOptions,
  type StatementBackend,
  type StatementFilter,
  type StatementInfo,
  type StatementPhase,
  type StatementSpec,
  type WaitOptions,
} from "../../statement-port.js";
import { DEFAULT_POLL, waitForPhase, type PollTiming } from "../../wait-phase.js";
import { ddlTarget } from "../../ddl-target.js";
import { createConfluentClient, type ConfluentConnection, type RetryPolicy } from "./confluent-client.js";

export interface ConfluentBackendOptions extends ConfluentConnection {
  readonly computePoolId?: string;
  /** The service account statements run as. */
  readonly principal?: string;
  /** Merged under each statement's own properties (sql.current-catalog, sql.current-database). */
  readonly defaultProperties?: Readonly<Record<string, string>>;
  /** Defaults: start and resume 10 min (a pool may need to scale up), stop and delete 5 min, DDL 5 min. */
  readonly timeouts?: { readonly start?: number; readonly stop?: number; readonly ddl?: number };
  readonly retry?: RetryPolicy;
  readonly poll?: PollTiming;
}

export const CONTENT_HASH_LABEL = "cutover-content-hash";
export const CARRY_OVER_PROPERTY = "sql.tables.initial-offset-from";

/** The statement resource, as far as cutover reads it. */
interface ApiStatement {
  name: string;
  metadata?: { created_at?: string; resource_version?: string; labels?: Record<string, string> };
  spec?: { statement?: string; properties?: Record<string, string>; compute_pool_id?: string; principal?: string; stopped?: boolean };
  status?: { phase?: string; detail?: string; latest_offsets?: Record<string, string>; latest_offsets_timestamp?: string };
}

const PHASES = new Set<StatementPhase>([
  "PENDING",
  "RUNNING",
  "DEGRADED",
  "STOPPING",
  "STOPPED",
  "FAILING",
  "FAILED",
  "COMPLETED",
  "DELETING",
]);

function phaseOf(statement: ApiStatement): StatementPhase {
  const phase = statement.status?.phase?.toUpperCase() as StatementPhase | undefined;
  // An extensible enum: a phase added later reads as PENDING, which waits rather than acts.
  return phase !== undefined && PHASES.has(phase) ? phase : "PENDING";
}

function infoOf(statement: ApiStatement): StatementInfo {
  const labels = { ...statement.metadata?.labels };
  const contentHash = labels[CONTENT_HASH_LABEL];
  delete labels[CONTENT_HASH_LABEL];
  const phase = phaseOf(statement);
  const topics = Object.keys(statement.status?.latest_offsets ?? {}).sort();
  return {
    name: statement.name,
    phase,
    ...(statement.status?.detail ? { detail: statement.status.detail } : {}),
    sql: statement.spec?.statement ?? "",
    ...(contentHash ? { contentHash } : {}),
    labels,
    properties: { ...statement.spec?.properties },
    // Confluent tables are named after their topics.
    sources: topics.map((topic) => ({ table: topic, topic })),
    resumable: phase === "STOPPED",
    ...(statement.metadata?.created_at ? { createdAt: new Date(statement.metadata.created_at) } : {}),
  };
}

export function createConfluentBackend(options: ConfluentBackendOptions): StatementBackend {
  const client = createConfluentClient(options, options.retry);
  const base = client.statementsPath;
  const pathOf = (name: string) => `${base}/${encodeURIComponent(name)}`;
  const startMs = options.timeouts?.start ?? 600_000;
  const stopMs = options.timeouts?.stop ?? 300_000;
  const ddlMs = options.timeouts?.ddl ?? 300_000;
  const poll = options.poll ?? DEFAULT_POLL;

  async function fetchStatement(name: string, signal?: AbortSignal): Promise<ApiStatement | undefined> {
    const response = await client.request(name, "GET", pathOf(name), { accept: [404], ...(signal ? { signal } : {}) });
    return response.status === 404 ? undefined : (response.body as ApiStatement);
  }

  function waitFor(name: string, want: StatementPhase[], action: string, timeoutMs: number, signal?: AbortSignal) {
    const fail = new Set<StatementPhase>(
      (["FAILED", "COMPLETED", "STOPPED", "FAILING"] as StatementPhase[]).filter((phase) => !want.includes(phase)),
    );
    return waitForPhase(
      async () => {
        const statement = await fetchStatement(name, signal);
        if (!statement) throw new StatementError(name, "not-found", `vanished while waiting to ${action}`);
        const info = infoOf(statement);
        return { phase: info.phase, ...(info.detail ? { detail: info.detail } : {}), info };
      },
      { statement: name, action, want: new Set(want), fail, timeoutMs, ...(signal ? { signal } : {}), timing: poll },
    );
  }

  function statementText(spec: StatementSpec): string {
    if (spec.start.kind === "carry-over") return spec.sql;
    const start = spec.start;
    const hints = new Map(spec.sources.map((source) => [source.table, startupOptions(start, source.topic)] as const));
    try {
      return withSourceHints(spec.sql, hints);
    } catch (error) {
      if (error instanceof SourceHintError) throw new StatementError(spec.name, "invalid", error.message);
      throw error;
    }
  }

  async function create(spec: StatementSpec, wait: WaitOptions = {}): Promise<StatementInfo> {
    checkStatementName(spec.name);
    const statement = statementText(spec);
    const properties = {
      ...options.defaultProperties,
      ...spec.properties,
      ...(spec.start.kind === "carry-over" ? { [CARRY_OVER_PROPERTY]: spec.start.from } : {}),
    };
    const body = {
      name: spec.name,
      organization_id: options.organizationId,
      environment_id: options.environmentId,
      metadata: { labels: { ...spec.labels, [CONTENT_HASH_LABEL]: spec.contentHash } },
      spec: {
        statement,
        properties,
        ...(options.computePoolId ? { compute_pool_id: options.computePoolId } : {}),
        ...(options.principal ? { principal: options.principal } : {}),
        stopped: false,
      },
    };
    const created = await client.request(spec.name, "POST", base, { body, accept: [409], ...(wait.signal ? { signal: wait.signal } : {}) });
    if (created.status === 409) {
      // Ours already, when an earlier attempt of this POST went through before a 5xx or a dropped answer.
      const existing = await fetchStatement(spec.name, wait.signal);
      const same = existing?.spec?.statement === statement && existing.metadata?.labels?.[CONTENT_HASH_LABEL] === spec.contentHash;
      if (!existing || !same) {
        throw new StatementError(
          spec.name,
          "exists",
          `a statement of that name exists${existing ? ` (${phaseOf(existing)})` : ""}`,
          existing ? { phase: phaseOf(existing) } : {},
        );
      }
    }
    return (await waitFor(spec.name, ["RUNNING", "DEGRADED"], "start", wait.timeoutMs ?? startMs, wait.signal)).info;
  }

  async function get(name: string, call: CallOptions = {}): Promise<StatementInfo | undefined> {
    checkStatementName(name);
    const statement = await fetchStatement(name, call.signal);
    return statement ? infoOf(statement) : undefined;
  }

  async function list(filter: StatementFilter, call: CallOptions = {}): Promise<StatementInfo[]> {
    const selector = Object.entries(filter.labels ?? {})
      .map(([key, value]) => `${key}=${value}`)
      .join(",");
    const found: StatementInfo[] = [];
    let token: string | undefined;
    for (let page = 0; page < 1000; page++) {
      const query = new URLSearchParams({ page_size: "100" });
      if (selector) query.set("label_selector", selector);
      if (token) query.set("page_token", token);
      const response = await client.request(
        filter.namePrefix ?? "list",
        "GET",
        `${base}?${query.toString()}`,
        call.signal ? { signal: call.signal } : {},
      );
      const body = response.body as { data?: ApiStatement[]; metadata?: { next?: string } } | undefined;
      for (const statement of body?.data ?? []) {
        const info = infoOf(statement);
        const labels = Object.entries(filter.labels ?? {});
        if (filter.namePrefix !== undefined && !info.name.startsWith(filter.namePrefix)) continue;
        // Filtered here too: the documented selector syntax is terse, and a server may ignore it.
        if (labels.every(([key, value]) => statement.metadata?.labels?.[key] === value)) found.push(info);
      }
      // Only the token is taken from `next`: our own host and credentials go with every request.
      const next = body?.metadata?.next ? new URL(body.metadata.next, "https://placeholder.invalid").searchParams.get("page_token") : null;
      if (!next || next === token) break;
      token = next;
    }
    return found.sort((a, b) => a.name.localeCompare(b.name));
  }

  /** PUT with spec.stopped changed, re-read and re-applied on 409 as the API asks. */
  async function setStopped(name: string, stopped: boolean, signal?: AbortSignal): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      const current = await fetchStatement(name, signal);
      if (!current) throw new StatementError(name, "not-found", "no such statement");
      if (current.spec?.stopped === stopped) return;
      const body = { ...current, spec: { ...current.spec, stopped } };
      delete (body as { status?: unknown }).status;
      const response = await client.request(name, "PUT", pathOf(name), { body, accept: [409], ...(signal ? { signal } : {}) });
      if (response.status !== 409) return;
      if (attempt >= 3)
        throw new StatementError(name, "conflict", "the statement kept changing under the update (409 four times)", { status: 409 });
    }
  }

  async function stop(name: string, wait: WaitOptions = {}): Promise<StatementInfo> {
    const info = await get(name, wait);
    if (!info) throw new StatementError(name, "not-found", "no such statement");
    if (info.phase === "STOPPED") return info;
    if (!["PENDING", "RUNNING", "DEGRADED", "FAILING", "STOPPING"].includes(info.phase)) {
      throw new StatementError(name, "failed", `cannot stop a statement that is ${info.phase}`, { phase: info.phase });
    }
    await setStopped(name, true, wait.signal);
    return (await waitFor(name, ["STOPPED"], "stop", wait.timeoutMs ?? stopMs, wait.signal)).info;
  }

  async function resume(name: string, wait: WaitOptions = {}): Promise<StatementInfo> {
    const info = await get(name, wait);
    if (!info) throw new StatementError(name, "not-found", "no such statement");
    if (info.phase !== "STOPPED" && !["PENDING", "RUNNING", "DEGRADED"].includes(info.phase)) {
      throw new StatementError(name, "failed", `cannot resume a statement that is ${info.phase}`, { phase: info.phase });
    }
    await setStopped(name, false, wait.signal);
    return (await waitFor(name, ["RUNNING", "DEGRADED"], "resume", wait.timeoutMs ?? startMs, wait.signal)).info;
  }

  async function remove(name: string, wait: WaitOptions = {}): Promise<void> {
    checkStatementName(name);
    await client.request(name, "DELETE", pathOf(name), { accept: [404], ...(wait.signal ? { signal: wait.signal } : {}) });
    const deadline = Date.now() + (wait.timeoutMs ?? stopMs);
    // Deleting goes through DELETING; gone is a 404.
    await waitForPhase(
      async (): Promise<{ phase: StatementPhase }> => ({ phase: (await fetchStatement(name, wait.signal)) ? "DELETING" : "COMPLETED" }),
      {
        statement: name,
        action: "delete",
        want: new Set(["COMPLETED"]),
        fail: new Set(),
        timeoutMs: Math.max(0, deadline - Date.now()),
        ...(wait.signal ? { signal: wait.signal } : {}),
        timing: poll,
      },
    );
  }

  /**
   * A DDL is a statement too. With a record, it keeps the record's name and labels and stays listed
   * once COMPLETED (that is how a later run finds what was created); without one, it gets a name of
   * its own and is deleted when done, being only history. A failed one is deleted either way, so a
   * rerun can try again under the same name.
   */
  async function runDdl(ddl: string, wait: DdlOptions = {}): Promise<void> {
    const target = ddlTarget(ddl)?.name ?? "ddl";
    const { record } = wait;
    const name =
      record?.name ??
      `cutover-ddl-${target
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .slice(0, 40)}-${Date.now().toString(36)}`.replace(/-+/g, "-");
    checkStatementName(name);
    const labels = record ? { ...record.labels, [CONTENT_HASH_LABEL]: record.contentHash } : undefined;
    const created = await client.request(name, "POST", base, {
      body: {
        name,
        organization_id: options.organizationId,
        environment_id: options.environmentId,
        ...(labels ? { metadata: { labels } } : {}),
        spec: {
          statement: ddl,
          properties: { ...options.defaultProperties },
          ...(options.computePoolId ? { compute_pool_id: options.computePoolId } : {}),
          ...(options.principal ? { principal: options.principal } : {}),
          stopped: false,
        },
      },
      accept: record ? [409] : [],
      ...(wait.signal ? { signal: wait.signal } : {}),
    });
    if (created.status === 409) {
      // A rerun: the same DDL recorded under this name already (or an earlier POST that went through).
      const existing = await fetchStatement(name, wait.signal);
      if (existing?.spec?.statement !== ddl || existing.metadata?.labels?.[CONTENT_HASH_LABEL] !== record?.contentHash)
        throw new StatementError(name, "exists", `a statement of that name exists${existing ? ` (${phaseOf(existing)})` : ""}`);
    }
    let done = false;
    try {
      await waitFor(name, ["COMPLETED"], `run the DDL on '${target}'`, wait.timeoutMs ?? ddlMs, wait.signal);
      done = true;
    } finally {
      if (!done || !record) await client.request(name, "DELETE", pathOf(name), { accept: [404] }).catch(() => undefined);
    }
  }

  async function consumedOffsets(name: string, call: CallOptions = {}): Promise<ConsumedOffsets> {
    checkStatementName(name);
    const statement = await fetchStatement(name, call.signal);
    if (!statement) throw new StatementError(name, "not-found", "no such statement");
    const latest = statement.status?.latest_offsets ?? {};
    const at = statement.status?.latest_offsets_timestamp;
    return {
      statement: name,
      ...(at ? { asOf: new Date(at) } : {}),
      topics: Object.entries(latest)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([topic, text]) => ({ topic, partitions: parseSpecificOffsets(text) })),
    };
  }

  return {
    kind: "confluent-cloud",
    create,
    get,
    list,
    stop,
    resume,
    delete: remove,
    runDdl,
    consumedOffsets,
    close: async () => undefined,
  };
}
