import { firstMismatch, type SmokeRequest } from "./smoke-checks.js";

/**
 * Sends smoke requests and judges the answers. Every attempt has its own timeout (the body read
 * included), and retries are bounded, so a probe never hangs: at most
 * (retries + 1) × timeout + the back-off between attempts.
 */

export interface ProbeResult {
  readonly name: string;
  readonly method: string;
  readonly url: string;
  readonly ok: boolean;
  readonly status: number | undefined;
  /** Of the last attempt. */
  readonly latencyMs: number;
  readonly attempts: number;
  /** Why the last attempt failed. */
  readonly detail: string | undefined;
}

export interface ProbeOptions {
  readonly fetch?: typeof fetch;
  readonly sleep?: (ms: number) => Promise<void>;
  /** The first pause between attempts; it doubles, up to 5 s. */
  readonly backoffMs?: number;
}

/** Bodies are read up to this size; a check only looks for a substring or one JSON field. */
const MAX_BODY_BYTES = 1024 * 1024;

export async function probeAll(requests: readonly SmokeRequest[], options: ProbeOptions = {}): Promise<ProbeResult[]> {
  return Promise.all(requests.map((request) => probe(request, options)));
}

export async function probe(request: SmokeRequest, options: ProbeOptions = {}): Promise<ProbeResult> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let pause = options.backoffMs ?? 500;
  let last: Omit<ProbeResult, "attempts"> | undefined;
  for (let attempt = 1; attempt <= request.retries + 1; attempt++) {
    if (attempt > 1) {
      await sleep(pause);
      pause = Math.min(pause * 2, 5000);
    }
    last = await attemptOnce(request, options.fetch ?? fetch);
    if (last.ok) return { ...last, attempts: attempt };
  }
  return { ...(last as Omit<ProbeResult, "attempts">), attempts: request.retries + 1 };
}

async function attemptOnce(request: SmokeRequest, fetchFn: typeof fetch): Promise<Omit<ProbeResult, "attempts">> {
  const started = performance.now();
  const base = { name: request.name, method: request.method, url: request.url };
  try {
    const response = await fetchFn(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      // a redirect is an answer to judge, not something to follow to another host
      redirect: "manual",
      signal: AbortSignal.timeout(request.timeoutMs),
    });
    const body = await readLimited(response);
    const latencyMs = Math.round(performance.now() - started);
    const detail = firstMismatch({ status: response.status, body }, request.expect);
    return { ...base, ok: detail === undefined, status: response.status, latencyMs, detail };
  } catch (error) {
    const latencyMs = Math.round(performance.now() - started);
    return { ...base, ok: false, status: undefined, latencyMs, detail: describeFailure(error, request.timeoutMs) };
  }
}

async function readLimited(response: globalThis.Response): Promise<string> {
  if (!response.body) return "";
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (size < MAX_BODY_BYTES) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
  }
  await reader.cancel().catch(() => undefined);
  return Buffer.concat(chunks).toString("utf8").slice(0, MAX_BODY_BYTES);
}

function describeFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) {
    return `no answer within ${timeoutMs} ms`;
  }
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  // fetch says only "fetch failed"; the reason (ECONNREFUSED, a bad port, TLS) is in its cause
  if (cause?.code) return `${cause.code}${cause.message ? `: ${cause.message}` : ""}`;
  if (cause?.message) return cause.message;
  return error instanceof Error ? error.message : String(error);
}
