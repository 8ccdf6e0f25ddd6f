/**
 * An in-memory stand-in for Confluent Cloud's Flink statements API (sql/v1), implementing the
 * documented contract the Confluent backend relies on, on 127.0.0.1 with a random port. No real
 * Confluent Cloud is reached by any test.
 *
 * - POST …/statements → 200 with the statement (PENDING); 400 with an errors body for a bad name or
 *   SQL the judge refuses; 409 when the name exists.
 * - GET one (404 when absent), GET the list with page_size, page_token, label_selector (k=v,k=v)
 *   and metadata.next.
 * - PUT → 202; spec.stopped true moves RUNNING → STOPPING → STOPPED, false moves STOPPED → PENDING →
 *   RUNNING; 409 when metadata.resource_version is not the current one; 400 when spec.statement changes.
 * - DELETE → 202, then DELETING for a while, then gone.
 * - Basic auth with the given key and secret, else 401.
 * - Faults on demand: `inject("PUT", [{ status: 429, retryAfter: "0" }, { status: 500 }])` answers the
 *   next PUTs with those, then behaves again. Phase changes take `timing` milliseconds.
 */
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface Injected {
  readonly status: number;
  readonly retryAfter?: string;
  readonly body?: unknown;
}

export interface ContractTiming {
  /** A new or resumed statement stays PENDING this long. */
  pendingMs: number;
  stoppingMs: number;
  deletingMs: number;
}

export type Judgement = { readonly refuse: string } | { readonly fail: string } | undefined;

export interface ContractServerOptions {
  readonly apiKey: string;
  readonly apiSecret: string;
  readonly organizationId: string;
  readonly environmentId: string;
  readonly timing?: Partial<ContractTiming>;
  /** How SQL fares: accepted (undefined), refused at once with a 400, or FAILED after PENDING. */
  readonly judge?: (sql: string) => Judgement;
  /** Largest page the list answers (the API's is 100): small, to make clients page. */
  readonly maxPageSize?: number;
}

interface Stored {
  name: string;
  organization_id: string;
  environment_id: string;
  metadata: { self: string; created_at: string; updated_at: string; uid: string; resource_version: string; labels: Record<string, string> };
  spec: { statement: string; properties: Record<string, string>; compute_pool_id: string; principal: string; stopped: boolean };
  status: { phase: string; detail?: string; latest_offsets?: Record<string, string>; latest_offsets_timestamp?: string };
  next?: { phase: string; at: number; detail?: string };
}

export interface ContractServer {
  readonly url: string;
  readonly timing: ContractTiming;
  readonly requests: { method: string; path: string; authorized: boolean }[];
  /** The SQL of every statement created, in order (DDL included, also those deleted since). */
  readonly posted: string[];
  inject(method: string, responses: readonly Injected[]): void;
  /** The stored statement, phases advanced to now. */
  statement(name: string): Stored | undefined;
  setLatestOffsets(name: string, offsets: Record<string, string>, at: Date): void;
  close(): Promise<void>;
}

const NAME = /^[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?$/;
const DDL = /^\s*(CREATE|DROP|ALTER|SHOW|DESCRIBE|USE)\b/i;

export async function startContractServer(options: ContractServerOptions): Promise<ContractServer> {
  const timing: ContractTiming = { pendingMs: 50, stoppingMs: 50, deletingMs: 20, ...options.timing };
  const expected = `Basic ${Buffer.from(`${options.apiKey}:${options.apiSecret}`).toString("base64")}`;
  const statements = new Map<string, Stored>();
  const injected = new Map<string, Injected[]>();
  const requests: ContractServer["requests"] = [];
  const posted: string[] = [];
  const base = `/sql/v1/organizations/${options.organizationId}/environments/${options.environmentId}/statements`;
  let version = 0;
  let url = "";

  const bump = (stored: Stored) => {
    stored.metadata.resource_version = String(++version);
    stored.metadata.updated_at = new Date().toISOString();
  };
  const schedule = (stored: Stored, now: string, then: string, after: number, detail?: string) => {
    stored.status = { ...stored.status, phase: now };
    delete stored.status.detail;
    stored.next = { phase: then, at: Date.now() + after, ...(detail ? { detail } : {}) };
    bump(stored);
  };
  const advance = (stored: Stored): Stored | undefined => {
    const next = stored.next;
    if (next && next.at <= Date.now()) {
      delete stored.next;
      if (next.phase === "GONE") {
        statements.delete(stored.name);
        return undefined;
      }
      stored.status = { ...stored.status, phase: next.phase, ...(next.detail ? { detail: next.detail } : {}) };
      bump(stored);
    }
    return stored;
  };
  const visible = (stored: Stored) => {
    const { next, ...rest } = stored;
    void next;
    return rest;
  };

  function send(response: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) {
    response.writeHead(status, { ...(body === undefined ? {} : { "content-type": "application/json" }), ...headers });
    response.end(body === undefined ? undefined : JSON.stringify(body));
  }
  const failure = (status: number, title: string, detail: string) => ({
    errors: [{ id: randomUUID(), status: String(status), title, detail }],
  });

  async function readBody(request: IncomingMessage): Promise<unknown> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    return text === "" ? undefined : JSON.parse(text);
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = request.method ?? "GET";
    const target = new URL(request.url ?? "/", url);
    const authorized = request.headers.authorization === expected;
    requests.push({ method, path: target.pathname + target.search, authorized });
    const fault = injected.get(method)?.shift();
    if (fault) return send(response, fault.status, fault.body, fault.retryAfter === undefined ? {} : { "retry-after": fault.retryAfter });
    if (!authorized)
      return send(response, 401, failure(401, "Authentication Required", "Valid authentication credentials must be provided"));
    if (!target.pathname.startsWith(base)) return send(response, 404, failure(404, "Not Found", "no such resource"));
    const name = decodeURIComponent(target.pathname.slice(base.length).replace(/^\//, ""));
    const found = name ? statements.get(name) : undefined;
    const current = found ? advance(found) : undefined;

    if (method === "POST" && name === "") {
      const body = (await readBody(request)) as Partial<Stored> | undefined;
      const newName = body?.name ?? "";
      if (!NAME.test(newName)) return send(response, 400, failure(400, "Bad Request", `invalid statement name '${newName}'`));
      const sql = body?.spec?.statement;
      if (!sql) return send(response, 400, failure(400, "Bad Request", "spec.statement is required"));
      if (statements.has(newName) && advance(statements.get(newName) as Stored)) {
        return send(response, 409, failure(409, "Resource Already exists", `The statement '${newName}' already exists.`));
      }
      posted.push(sql);
      const judged = options.judge?.(sql);
      if (judged && "refuse" in judged) return send(response, 400, failure(400, "Bad Request", judged.refuse));
      const stored: Stored = {
        name: newName,
        organization_id: options.organizationId,
        environment_id: options.environmentId,
        metadata: {
          self: `${url}${base}/${newName}`,
          created_at: new Date().toISOString(),
          updated_at: "",
          uid: randomUUID(),
          resource_version: "",
          labels: { ...body?.metadata?.labels },
        },
        spec: {
          statement: sql,
          properties: { ...body?.spec?.properties },
          compute_pool_id: body?.spec?.compute_pool_id ?? "lfcp-default",
          principal: body?.spec?.principal ?? "u-contract",
          stopped: body?.spec?.stopped ?? false,
        },
        status: { phase: "PENDING" },
      };
      const outcome = judged && "fail" in judged ? "FAILED" : DDL.test(sql) ? "COMPLETED" : "RUNNING";
      schedule(stored, "PENDING", outcome, timing.pendingMs, judged && "fail" in judged ? judged.fail : undefined);
      statements.set(newName, stored);
      return send(response, 200, visible(stored));
    }
    if (method === "GET" && name === "") {
      const selector = (target.searchParams.get("label_selector") ?? "")
        .split(",")
        .filter(Boolean)
        .map((pair) => pair.split("=") as [string, string]);
      const size = Math.min(options.maxPageSize ?? 100, Number(target.searchParams.get("page_size") ?? "10"));
      const start = Number(target.searchParams.get("page_token") ?? "0");
      const all = [...statements.values()]
        .map(advance)
        .filter((stored): stored is Stored => stored !== undefined)
        .filter((stored) => selector.every(([key, value]) => stored.metadata.labels[key] === value));
      const page = all.slice(start, start + size);
      const more = start + size < all.length;
      return send(response, 200, {
        api_version: "sql/v1",
        kind: "StatementList",
        metadata: { self: target.href, ...(more ? { next: `${url}${base}?page_size=${size}&page_token=${start + size}` } : {}) },
        data: page.map(visible),
      });
    }
    if (!current) return send(response, 404, failure(404, "Not Found", `statement '${name}' not found`));
    if (method === "GET") return send(response, 200, visible(current));
    if (method === "DELETE") {
      if (current.status.phase !== "DELETING") schedule(current, "DELETING", "GONE", timing.deletingMs);
      return send(response, 202);
    }
    if (method === "PUT") {
      const body = (await readBody(request)) as Partial<Stored> | undefined;
      if (body?.metadata?.resource_version !== current.metadata.resource_version) {
        return send(response, 409, failure(409, "Conflict", "the statement changed since it was read"));
      }
      if (body?.spec?.statement !== undefined && body.spec.statement !== current.spec.statement) {
        return send(response, 400, failure(400, "Bad Request", "spec.statement is immutable"));
      }
      const stopped = body?.spec?.stopped ?? current.spec.stopped;
      if (stopped !== current.spec.stopped) {
        current.spec.stopped = stopped;
        if (stopped) schedule(current, "STOPPING", "STOPPED", timing.stoppingMs);
        else schedule(current, "PENDING", "RUNNING", timing.pendingMs);
      }
      return send(response, 202);
    }
    return send(response, 405, failure(405, "Method Not Allowed", method));
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => send(response, 500, failure(500, "Internal", String(error))));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    timing,
    requests,
    posted,
    inject(method, responses) {
      injected.set(method, [...(injected.get(method) ?? []), ...responses]);
    },
    statement(name) {
      const stored = statements.get(name);
      return stored ? advance(stored) : undefined;
    },
    setLatestOffsets(name, offsets, at) {
      const stored = statements.get(name);
      if (!stored) throw new Error(`no statement '${name}'`);
      stored.status.latest_offsets = offsets;
      stored.status.latest_offsets_timestamp = at.toISOString();
    },
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
