/**
 * Smoke checks of green, before production traffic moves: which HTTP requests to send (each one
 * carrying the green header, so the ALB's header rule routes it to green) and how to judge what
 * comes back. Pure: the probe that sends them lives in http-probe.ts.
 */

export type JsonScalar = string | number | boolean | null;

export interface Expectation {
  /** Any of these statuses passes. */
  readonly status: readonly number[];
  readonly bodyContains: string | undefined;
  /** A field of a JSON body, by dotted path (`status`, `checks[0].state`), and the value it must hold. */
  readonly json: { readonly path: string; readonly equals: JsonScalar } | undefined;
}

export interface SmokeCheck {
  readonly name: string;
  readonly path: string;
  readonly method: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | undefined;
  readonly timeoutMs: number;
  /** Extra attempts after a failure, with back-off; the last attempt decides. */
  readonly retries: number;
  readonly expect: Expectation;
}

/** A check made concrete for one target: its name says where it goes (`health via event-management`). */
export interface SmokeRequest extends Omit<SmokeCheck, "path"> {
  readonly url: string;
}

/** Where a check is sent: a base URL, and the header that selects green there (none without header routing). */
export interface SmokeTarget {
  readonly label: string;
  readonly baseUrl: string;
  readonly greenHeader: { readonly name: string; readonly value: string } | undefined;
}

export function planSmokeRequests(checks: readonly SmokeCheck[], targets: readonly SmokeTarget[]): SmokeRequest[] {
  return targets.flatMap((target) =>
    checks.map((check) => ({
      name: targets.length > 1 ? `${check.name} via ${target.label}` : check.name,
      url: joinUrl(target.baseUrl, check.path),
      method: check.method,
      // the green header last, so a check's own headers can never route it elsewhere
      headers: { ...check.headers, ...(target.greenHeader ? { [target.greenHeader.name]: target.greenHeader.value } : {}) },
      body: check.body,
      timeoutMs: check.timeoutMs,
      retries: check.retries,
      expect: check.expect,
    })),
  );
}

function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, "")}${path.startsWith("/") ? path : `/${path}`}`;
}

export interface Response {
  readonly status: number;
  readonly body: string;
}

/** Undefined when the response passes; otherwise the first thing that did not match. */
export function firstMismatch(response: Response, expect: Expectation): string | undefined {
  if (!expect.status.includes(response.status)) {
    return `status ${response.status}, expected ${expect.status.join(" or ")}`;
  }
  if (expect.bodyContains !== undefined && !response.body.includes(expect.bodyContains)) {
    return `the body does not contain '${expect.bodyContains}' (${describeBody(response.body)})`;
  }
  if (expect.json !== undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(response.body);
    } catch {
      return `the body is not JSON (${describeBody(response.body)})`;
    }
    const found = jsonAt(parsed, expect.json.path);
    if (!found.present) return `the JSON body has no field '${expect.json.path}'`;
    if (found.value !== expect.json.equals) {
      return `JSON field '${expect.json.path}' is ${JSON.stringify(found.value)}, expected ${JSON.stringify(expect.json.equals)}`;
    }
  }
  return undefined;
}

/** The first 80 characters, for a failure message. */
function describeBody(body: string): string {
  if (body.length === 0) return "empty body";
  return body.length <= 80 ? `body: ${body}` : `body starts: ${body.slice(0, 80)}…`;
}

/** `a.b[2].c` into a value; `present` tells a missing field from a null one. */
export function jsonAt(value: unknown, path: string): { present: boolean; value?: unknown } {
  let current: unknown = value;
  for (const part of path.split(/\.|(?=\[)/).filter((p) => p !== "")) {
    const index = /^\[(\d+)\]$/.exec(part);
    if (index) {
      if (!Array.isArray(current) || Number(index[1]) >= current.length) return { present: false };
      current = current[Number(index[1])];
    } else {
      if (current === null || typeof current !== "object" || Array.isArray(current) || !Object.hasOwn(current, part))
        return { present: false };
      current = (current as Record<string, unknown>)[part];
    }
  }
  return { present: true, value: current };
}
