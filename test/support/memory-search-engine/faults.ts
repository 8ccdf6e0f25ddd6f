/**
 * Faults the memory engine can be told to inject, the call log, and the errors it throws inside
 * a call. Those errors have the shape the official clients throw (`meta.statusCode`, `meta.body`),
 * so the adapters' own code (request-retry.ts, engine-errors.ts) turns them into what the phases
 * see: a 429 is backed off and retried, a 409 on a state document is a StateConflictError, and
 * anything else is an EngineError naming the call and the resource.
 */

/** A request as the memory engine received it: one line per HTTP request, retries included. */
export interface CallRecord {
  /** The adapters' call names: `POST _aliases`, `POST _bulk`, `PUT _doc`, ... */
  readonly call: string;
  readonly resource: string;
  /** `ok`, the injected fault, or the error the engine itself answered with (`404 index_not_found_exception`). */
  outcome: string;
}

/** What an injected fault does to one request. */
export type Fault =
  /** The node answers with this error; the request had no effect. 429 and 503 are retried by the adapters. */
  | { readonly kind: "answer"; readonly status: number; readonly type: string; readonly reason: string }
  /** Connection refused: the request never reached the node (the client retries it). */
  | { readonly kind: "unreachable" }
  /** The node did the work, but the answer never came back (not retried). */
  | { readonly kind: "timeout" };

export interface FaultRule {
  /** The call to fail (`POST _aliases`); any call when absent. */
  readonly call?: string;
  /** Only requests whose resource equals this or matches it. */
  readonly resource?: string | RegExp;
  /** Matching requests let through first. */
  readonly skip?: number;
  /** Matching requests failed after the skipped ones; default 1, `Infinity` for all. */
  readonly times?: number;
  readonly fault: Fault;
}

export const faults = {
  /** A plain error answer; 500 by default (which the bulk writer retries; use 4xx for one it does not). */
  error: (status = 500, type = "exception", reason = "injected by the memory engine"): Fault => ({ kind: "answer", status, type, reason }),
  /** The node refused the request for load. */
  throttled: (): Fault => ({
    kind: "answer",
    status: 429,
    type: "es_rejected_execution_exception",
    reason: "rejected execution (queue capacity 200) [injected]",
  }),
  /** Another writer changed the state document first (on `PUT _doc` / `DELETE _doc`). */
  stateConflict: (): Fault => ({
    kind: "answer",
    status: 409,
    type: "version_conflict_engine_exception",
    reason: "version conflict, required seqNo does not match [injected]",
  }),
  unreachable: (): Fault => ({ kind: "unreachable" }),
  timeout: (): Fault => ({ kind: "timeout" }),
} as const;

/** The body of an engine error answer, as both engines send it. */
export interface ErrorBody {
  readonly type: string;
  readonly reason: string;
  readonly caused_by?: ErrorBody;
}

/** What the official clients throw for an error answer or a failed connection, read by shape in engine-errors.ts. */
export class ClientError extends Error {
  readonly meta: { readonly statusCode: number | undefined; readonly body: unknown };
  constructor(name: "ResponseError" | "ConnectionError" | "TimeoutError", message: string, status?: number, error?: ErrorBody) {
    super(message);
    this.name = name;
    this.meta = { statusCode: status, body: error ? { error: { root_cause: [error], ...error }, status } : undefined };
  }
}

/** An error answer from the node: `HTTP 404 index_not_found_exception: no such index [x]` once narrowed. */
export function answer(status: number, type: string, reason: string, causedBy?: ErrorBody): ClientError {
  return new ClientError("ResponseError", type, status, { type, reason, ...(causedBy ? { caused_by: causedBy } : {}) });
}

export function indexNotFound(name: string): ClientError {
  return answer(404, "index_not_found_exception", `no such index [${name}]`);
}

export function errorOf(fault: Fault): ClientError {
  switch (fault.kind) {
    case "answer":
      return answer(fault.status, fault.type, fault.reason);
    case "unreachable":
      return new ClientError("ConnectionError", "connect ECONNREFUSED 127.0.0.1:9200 [injected]");
    case "timeout":
      return new ClientError("TimeoutError", "Request timed out [injected]");
  }
}

/** Statuses the official clients retry themselves (their `maxRetries`), before the adapters' back-off. */
export function clientRetries(fault: Fault): boolean {
  return fault.kind === "unreachable" || (fault.kind === "answer" && [502, 503, 504].includes(fault.status));
}

export function describeFault(fault: Fault): string {
  return fault.kind === "answer" ? `injected ${fault.status} ${fault.type}` : `injected ${fault.kind}`;
}

/** Fault rules, consumed request by request. */
export class FaultPlan {
  private rules: { rule: FaultRule; seen: number; failed: number }[] = [];

  add(rule: FaultRule): void {
    this.rules.push({ rule, seen: 0, failed: 0 });
  }

  clear(): void {
    this.rules = [];
  }

  /** The fault for this request, if a rule matches it and is not used up. */
  take(call: string, resource: string): Fault | undefined {
    for (const entry of this.rules) {
      const { rule } = entry;
      if (rule.call !== undefined && rule.call !== call) continue;
      if (rule.resource !== undefined && !(typeof rule.resource === "string" ? rule.resource === resource : rule.resource.test(resource)))
        continue;
      entry.seen++;
      if (entry.seen <= (rule.skip ?? 0)) continue;
      if (entry.failed >= (rule.times ?? 1)) continue;
      entry.failed++;
      return rule.fault;
    }
    return undefined;
  }
}
