/**
 * The Flink SQL Gateway's REST API (v3) over Node's fetch: sessions, statements, and their results.
 * A statement runs as an operation of a session; its result is fetched page by page
 * (`resultType` NOT_READY, PAYLOAD or EOS). There is no endpoint that lists jobs or operations, so
 * the backend asks with SQL (`SHOW JOBS`).
 *
 * Failures become StatementError naming the statement the call was for; the gateway's 500 bodies
 * carry a Java stack trace, of which the message keeps the innermost cause.
 */
import { StatementError } from "../../statement-port.js";
import { pause, throwIfAborted } from "../../wait-phase.js";

export interface GatewayClientOptions {
  /** http://127.0.0.1:58083 */
  readonly url: string;
  /** One HTTP request; results that are not ready are polled within the statement's own deadline. */
  readonly requestTimeoutMs?: number;
}

export interface StatementResult {
  /** Set for statements that submit a job (INSERT). */
  readonly jobId?: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly unknown[])[];
}

export interface ExecuteOptions {
  readonly signal?: AbortSignal;
  /** How long the result may stay NOT_READY (submitting a job takes a few seconds). */
  readonly timeoutMs: number;
}

export interface GatewaySession {
  execute(sql: string, options: ExecuteOptions): Promise<StatementResult>;
  close(): Promise<void>;
}

export interface GatewayClient {
  /** `subject` is the statement (or table) the session works for, named in every error. */
  openSession(subject: string, properties: Readonly<Record<string, string>>, signal?: AbortSignal): Promise<GatewaySession>;
}

interface ResultPage {
  resultType?: "NOT_READY" | "PAYLOAD" | "EOS";
  jobID?: string;
  nextResultUri?: string;
  results?: { columns?: { name: string }[]; data?: { fields?: unknown[] }[] };
}

/** The innermost "Caused by" of a gateway error body, or its first meaningful line. */
export function gatewayErrorMessage(errors: readonly string[]): string {
  const lines = errors.join("\n").split("\n");
  const causes = lines.filter((line) => line.startsWith("Caused by: "));
  const innermost = causes.at(-1)?.slice("Caused by: ".length);
  const text =
    innermost ??
    lines.find((line) => line.trim() !== "" && !/^(Internal server error\.|<Exception on server side:)$/.test(line.trim())) ??
    "unknown error";
  // "org.apache.flink.table.api.ValidationException: msg" → "ValidationException: msg"
  return text.replace(/^(?:[a-z][\w$]*\.)+(?=[A-Z])/, "").slice(0, 1000);
}

export function createGatewayClient(options: GatewayClientOptions): GatewayClient {
  const base = options.url.replace(/\/+$/, "");
  const requestTimeoutMs = options.requestTimeoutMs ?? 30_000;

  async function call<T>(subject: string, method: string, path: string, body: unknown, signal?: AbortSignal): Promise<T> {
    throwIfAborted(subject, signal);
    const timeout = AbortSignal.timeout(requestTimeoutMs);
    let response: Response;
    try {
      response = await fetch(`${base}${path}`, {
        method,
        headers: body === undefined ? {} : { "content-type": "application/json" },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      });
    } catch (error) {
      throwIfAborted(subject, signal);
      const why = timeout.aborted ? `no answer within ${requestTimeoutMs} ms` : (error as Error).message;
      throw new StatementError(
        subject,
        "unavailable",
        `SQL Gateway at ${base} (${method} ${path.split("/").slice(0, 3).join("/")}…): ${why}`,
        {},
        { cause: error },
      );
    }
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text === "" ? undefined : JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    if (!response.ok) {
      const errors = (parsed as { errors?: unknown } | undefined)?.errors;
      const message = Array.isArray(errors) ? gatewayErrorMessage(errors.map(String)) : `HTTP ${response.status}`;
      // The gateway answers 500 for SQL it refuses as well as for its own trouble; a refused
      // statement names an exception of the planner, which is what the message shows.
      const reason = response.status >= 500 && !/Exception|Error/.test(message) ? "unavailable" : "invalid";
      throw new StatementError(subject, reason, message, { status: response.status });
    }
    return parsed as T;
  }

  async function openSession(subject: string, properties: Readonly<Record<string, string>>, signal?: AbortSignal): Promise<GatewaySession> {
    const opened = await call<{ sessionHandle: string }>(
      subject,
      "POST",
      "/v3/sessions",
      { sessionName: `cutover-${subject}`, properties },
      signal,
    );
    const session = `/v3/sessions/${encodeURIComponent(opened.sessionHandle)}`;

    async function execute(sql: string, { signal: abort, timeoutMs }: ExecuteOptions): Promise<StatementResult> {
      const submitted = await call<{ operationHandle: string }>(subject, "POST", `${session}/statements`, { statement: sql }, abort);
      const operation = `${session}/operations/${encodeURIComponent(submitted.operationHandle)}`;
      const deadline = Date.now() + timeoutMs;
      const rows: unknown[][] = [];
      let columns: string[] = [];
      let jobId: string | undefined;
      let next: string | undefined = `${operation}/result/0?rowFormat=JSON`;
      let delay = 50;
      while (next !== undefined) {
        const page: ResultPage = await call<ResultPage>(subject, "GET", next, undefined, abort);
        jobId ??= page.jobID;
        if (page.resultType === "NOT_READY") {
          if (Date.now() >= deadline) {
            await call(subject, "POST", `${operation}/cancel`, {}, undefined).catch(() => undefined);
            throw new StatementError(subject, "timeout", `the gateway had no result for the statement within ${timeoutMs} ms`);
          }
          await pause(delay, subject, abort);
          delay = Math.min(1_000, delay * 2);
          continue;
        }
        if (page.results?.columns) columns = page.results.columns.map((column) => column.name);
        for (const row of page.results?.data ?? []) rows.push(row.fields ?? []);
        next = page.resultType === "EOS" || !page.nextResultUri ? undefined : page.nextResultUri.replace(/^.*?(?=\/v\d+\/sessions\/)/, "");
      }
      return { ...(jobId ? { jobId } : {}), columns, rows };
    }

    async function close(): Promise<void> {
      // A job outlives the session that submitted it; closing only frees the gateway's memory.
      await call(subject, "DELETE", session, undefined).catch(() => undefined);
    }

    return { execute, close };
  }

  return { openSession };
}

/** Runs `work` in a fresh session that is always closed afterwards. */
export async function inSession<T>(
  client: GatewayClient,
  subject: string,
  properties: Readonly<Record<string, string>>,
  signal: AbortSignal | undefined,
  work: (session: GatewaySession) => Promise<T>,
): Promise<T> {
  const session = await client.openSession(subject, properties, signal);
  try {
    return await work(session);
  } finally {
    await session.close();
  }
}
