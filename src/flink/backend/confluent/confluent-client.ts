/**
 * Confluent Cloud's Flink statements REST API (sql/v1) over Node's fetch, as documented: basic auth
 * with a Flink API key and secret, JSON bodies, `{"errors":[{status, code, title, detail}]}` on
 * failure, 429 with Retry-After (seconds) when rate limited.
 *
 * Retries: 429 (not executed, safe for any call), 5xx and network errors with exponential back-off
 * and jitter, Retry-After honoured. A retried POST may have been executed the first time: the
 * backend tells that case apart (a 409 whose statement is the one it sent).
 *
 * The secret never reaches a message: errors are built from status and the server's error fields,
 * and anything that could echo credentials is redacted.
 */
import { StatementError, type StatementErrorReason } from "../../statement-port.js";
import { pause, throwIfAborted } from "../../wait-phase.js";

export interface ConfluentConnection {
  /** The Flink regional endpoint, https://flink.<region>.<cloud>.confluent.cloud */
  readonly url: string;
  readonly organizationId: string;
  readonly environmentId: string;
  readonly apiKey: string;
  readonly apiSecret: string;
}

export interface RetryPolicy {
  /** Attempts after the first one. */
  readonly retries: number;
  readonly baseMs: number;
  readonly maxMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { retries: 5, baseMs: 500, maxMs: 30_000 };

export interface ApiResponse {
  readonly status: number;
  readonly body: unknown;
}

export interface ConfluentClient {
  /**
   * Sends one request under the retry policy. Returns 2xx answers and the ones listed in `accept`
   * (404 for a read, 409 for a create); throws StatementError for the rest, naming `subject`.
   */
  request(
    subject: string,
    method: string,
    path: string,
    options?: { body?: unknown; accept?: readonly number[]; signal?: AbortSignal },
  ): Promise<ApiResponse>;
  /** `/sql/v1/organizations/{org}/environments/{env}/statements` */
  readonly statementsPath: string;
}

interface ErrorBody {
  errors?: { status?: string; code?: string; title?: string; detail?: string }[];
}

function reasonFor(status: number): StatementErrorReason {
  if (status === 404) return "not-found";
  if (status === 409) return "conflict";
  if (status === 400 || status === 422) return "invalid";
  if (status === 401 || status === 403) return "invalid";
  return "unavailable";
}

/** Seconds (Confluent's form) or an HTTP date, as milliseconds; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function createConfluentClient(connection: ConfluentConnection, retry: RetryPolicy = DEFAULT_RETRY): ConfluentClient {
  const base = connection.url.replace(/\/+$/, "");
  const statementsPath = `/sql/v1/organizations/${encodeURIComponent(connection.organizationId)}/environments/${encodeURIComponent(connection.environmentId)}/statements`;
  const authorization = `Basic ${Buffer.from(`${connection.apiKey}:${connection.apiSecret}`).toString("base64")}`;
  const hidden = [connection.apiSecret, authorization.slice("Basic ".length)].filter((text) => text.length >= 4);
  const redact = (text: string) => hidden.reduce((out, secret) => out.split(secret).join("***"), text);

  function describe(status: number, body: unknown): string {
    const errors = (body as ErrorBody | undefined)?.errors;
    const parts = (Array.isArray(errors) ? errors : [])
      .map((error) => [error.title, error.detail].filter(Boolean).join(": "))
      .filter((text) => text !== "");
    return redact(parts.length > 0 ? `HTTP ${status}: ${parts.join("; ")}` : `HTTP ${status}`).slice(0, 1000);
  }

  async function request(
    subject: string,
    method: string,
    path: string,
    options: { body?: unknown; accept?: readonly number[]; signal?: AbortSignal } = {},
  ): Promise<ApiResponse> {
    const url = path.startsWith("http") ? path : `${base}${path}`;
    for (let attempt = 0; ; attempt++) {
      throwIfAborted(subject, options.signal);
      let status: number;
      let body: unknown;
      let wait: number | undefined;
      try {
        const response = await fetch(url, {
          method,
          headers: {
            authorization,
            accept: "application/json",
            ...(options.body === undefined ? {} : { "content-type": "application/json" }),
          },
          ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
          signal: options.signal ? AbortSignal.any([options.signal, AbortSignal.timeout(30_000)]) : AbortSignal.timeout(30_000),
        });
        status = response.status;
        const text = await response.text();
        try {
          body = text === "" ? undefined : JSON.parse(text);
        } catch {
          body = undefined;
        }
        wait = retryAfterMs(response.headers.get("retry-after"));
      } catch (error) {
        throwIfAborted(subject, options.signal);
        if (attempt >= retry.retries) {
          const why = redact(error instanceof Error ? error.message : String(error));
          throw new StatementError(
            subject,
            "unavailable",
            `${method} ${redact(path)} did not reach Confluent Cloud after ${attempt + 1} attempts: ${why}`,
          );
        }
        await pause(backoff(attempt), subject, options.signal);
        continue;
      }
      if ((status >= 200 && status < 300) || options.accept?.includes(status)) return { status, body };
      const retryable = status === 429 || status >= 500;
      if (!retryable || attempt >= retry.retries) {
        const after = retryable ? ` (after ${attempt + 1} attempts)` : "";
        throw new StatementError(subject, reasonFor(status), `${method} on Confluent Cloud failed${after}: ${describe(status, body)}`, {
          status,
        });
      }
      await pause(Math.min(retry.maxMs, wait ?? backoff(attempt)), subject, options.signal);
    }
  }

  function backoff(attempt: number): number {
    const ceiling = Math.min(retry.maxMs, retry.baseMs * 2 ** attempt);
    return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
  }

  return { request, statementsPath };
}
