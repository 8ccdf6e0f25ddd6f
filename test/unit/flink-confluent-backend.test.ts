/**
 * The Confluent Cloud backend against the local contract server (test/support/confluent-contract-server.ts),
 * which implements the documented sql/v1 statements API in memory. No real Confluent Cloud is reached.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  createConfluentBackend,
  CONTENT_HASH_LABEL,
  type ConfluentBackendOptions,
} from "../../src/flink/backend/confluent/confluent-backend.js";
import { StatementError, type StatementSpec } from "../../src/flink/statement-port.js";
import { startContractServer, type ContractServer, type Judgement } from "../support/confluent-contract-server.js";

const credentials = { apiKey: "FLINKKEY123", apiSecret: "s3cr3t-Flink-Api-Secret-xyz" };
const ids = { organizationId: "7f6a1b2c-0000-4000-8000-000000000001", environmentId: "env-abc123" };
const basicToken = Buffer.from(`${credentials.apiKey}:${credentials.apiSecret}`).toString("base64");

let server: ContractServer;
let judge: (sql: string) => Judgement = () => undefined;

function backend(overrides: Partial<ConfluentBackendOptions> = {}) {
  return createConfluentBackend({
    url: server.url,
    ...ids,
    ...credentials,
    computePoolId: "lfcp-123",
    principal: "sa-42",
    defaultProperties: { "sql.current-catalog": "env", "sql.current-database": "cluster" },
    retry: { retries: 3, baseMs: 5, maxMs: 50 },
    poll: { firstDelayMs: 10, maxDelayMs: 40 },
    timeouts: { start: 5_000, stop: 5_000, ddl: 5_000 },
    ...overrides,
  });
}

const spec = (name = "orders-v2"): StatementSpec => ({
  name,
  sql: "INSERT INTO orders_v2 SELECT id, UPPER(name) FROM orders",
  contentHash: "4f9c2a",
  labels: { release: "r7", side: "green" },
  properties: { "sql.state-ttl": "1 d" },
  sources: [{ table: "orders", topic: "orders" }],
  start: { kind: "earliest" },
});

async function caught(promise: Promise<unknown>): Promise<StatementError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(StatementError);
  return error as StatementError;
}

beforeEach(async () => {
  judge = () => undefined;
  server = await startContractServer({ ...credentials, ...ids, judge: (sql) => judge(sql), maxPageSize: 4 });
});
afterEach(async () => {
  await server.close();
});

describe("Confluent Cloud backend on the contract server", () => {
  it("creates a statement and waits for RUNNING, with labels, content hash, properties and start hints", async () => {
    const info = await backend().create(spec());
    expect(info).toMatchObject({ name: "orders-v2", phase: "RUNNING", contentHash: "4f9c2a", labels: { release: "r7", side: "green" } });
    const stored = server.statement("orders-v2");
    expect(stored?.spec).toMatchObject({ compute_pool_id: "lfcp-123", principal: "sa-42", stopped: false });
    expect(stored?.spec.properties).toEqual({ "sql.current-catalog": "env", "sql.current-database": "cluster", "sql.state-ttl": "1 d" });
    expect(stored?.spec.statement).toBe(
      "INSERT INTO orders_v2 SELECT id, UPPER(name) FROM orders /*+ OPTIONS('scan.startup.mode'='earliest-offset') */",
    );
    expect(stored?.metadata.labels[CONTENT_HASH_LABEL]).toBe("4f9c2a");
  });

  it("carries offsets over with the documented property instead of hints", async () => {
    await backend().create({ ...spec(), start: { kind: "carry-over", from: "orders-v1" } });
    const stored = server.statement("orders-v2");
    expect(stored?.spec.properties["sql.tables.initial-offset-from"]).toBe("orders-v1");
    expect(stored?.spec.statement).not.toContain("OPTIONS");
  });

  it("gets, lists by prefix and label across pages, stops, resumes and deletes", async () => {
    const flink = backend();
    for (const name of ["a-1", "a-2", "a-3", "a-4", "a-5", "b-1"]) {
      await flink.create({ ...spec(name), labels: { release: name.startsWith("a") ? "r7" : "r8" } });
    }
    expect((await flink.list({ namePrefix: "a-" })).map((info) => info.name)).toEqual(["a-1", "a-2", "a-3", "a-4", "a-5"]);
    expect((await flink.list({ labels: { release: "r8" } })).map((info) => info.name)).toEqual(["b-1"]);
    expect(server.requests.some((request) => request.path.includes("page_token="))).toBe(true);
    expect(server.requests.some((request) => request.path.includes("label_selector=release%3Dr8"))).toBe(true);

    const stopped = await flink.stop("a-3");
    expect(stopped).toMatchObject({ phase: "STOPPED", resumable: true });
    expect((await flink.stop("a-3")).phase).toBe("STOPPED"); // a re-run is a no-op
    expect((await flink.resume("a-3")).phase).toBe("RUNNING");
    await flink.delete("a-3");
    expect(await flink.get("a-3")).toBeUndefined();
    await flink.delete("a-3"); // gone already: fine
  });

  it("takes a 409 for its own statement as created (an earlier attempt of the POST went through)", async () => {
    const flink = backend();
    await flink.create(spec());
    expect((await flink.create(spec())).phase).toBe("RUNNING");
  });

  it("refuses a name that is taken, and SQL the service rejects, naming the statement", async () => {
    const flink = backend();
    await flink.create(spec());
    const taken = await caught(flink.create({ ...spec(), sql: "INSERT INTO x SELECT * FROM orders" }));
    expect(taken).toMatchObject({ reason: "exists", statement: "orders-v2" });

    judge = (sql) => (sql.includes("nowhere") ? { refuse: "Table 'nowhere' not found" } : undefined);
    const refused = await caught(flink.create({ ...spec("bad-one"), sql: "INSERT INTO x SELECT * FROM nowhere", sources: [] }));
    expect(refused.reason).toBe("invalid");
    expect(refused.message).toContain("statement 'bad-one'");
    expect(refused.message).toContain("Table 'nowhere' not found");
  });

  it("reports a statement that fails after PENDING with the service's detail", async () => {
    judge = () => ({ fail: "Kafka topic 'orders' not found" });
    const error = await caught(backend().create(spec("fails-late")));
    expect(error).toMatchObject({ reason: "failed", statement: "fails-late", details: { phase: "FAILED" } });
    expect(error.message).toContain("Kafka topic 'orders' not found");
  });

  it("retries 429 (honouring Retry-After) and 500, then succeeds", async () => {
    server.inject("POST", [
      { status: 429, retryAfter: "0" },
      { status: 429, retryAfter: "0" },
    ]);
    server.inject("GET", [{ status: 500, body: { errors: [{ status: "500", title: "Oops" }] } }, { status: 503 }]);
    expect((await backend().create(spec())).phase).toBe("RUNNING");
    expect(server.requests.filter((request) => request.method === "POST")).toHaveLength(3);
  });

  it("gives up after the retries with an error naming the statement and the status", async () => {
    server.inject(
      "GET",
      Array.from({ length: 4 }, () => ({ status: 500 })),
    );
    const error = await caught(backend().get("orders-v2"));
    expect(error).toMatchObject({ reason: "unavailable", statement: "orders-v2", details: { status: 500 } });
    expect(error.message).toContain("after 4 attempts");
  });

  it("re-reads and re-applies a stop that met a 409", async () => {
    const flink = backend();
    await flink.create(spec());
    server.inject("PUT", [{ status: 409, body: { errors: [{ status: "409", title: "Conflict" }] } }]);
    expect((await flink.stop("orders-v2")).phase).toBe("STOPPED");
    expect(server.requests.filter((request) => request.method === "PUT")).toHaveLength(2);
  });

  it("times out a slow phase change with an error naming the statement and the phase it was stuck in", async () => {
    server.timing.pendingMs = 10_000;
    const start = await caught(backend().create(spec(), { timeoutMs: 200 }));
    expect(start).toMatchObject({ reason: "timeout", statement: "orders-v2", details: { phase: "PENDING" } });
    expect(start.message).toMatch(/start did not finish within 200 ms: still PENDING, expected RUNNING/);

    server.timing.pendingMs = 0;
    server.timing.stoppingMs = 10_000;
    const flink = backend();
    await flink.create(spec("slow-stop"));
    const stop = await caught(flink.stop("slow-stop", { timeoutMs: 150 }));
    expect(stop).toMatchObject({ reason: "timeout", statement: "slow-stop", details: { phase: "STOPPING" } });
  });

  it("stops waiting when aborted", async () => {
    server.timing.pendingMs = 10_000;
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = await caught(backend().create(spec(), { signal: controller.signal }));
    expect(error).toMatchObject({ reason: "aborted", statement: "orders-v2" });
  });

  it("reads consumed offsets from status.latest_offsets, leaving out partitions with nothing consumed", async () => {
    const flink = backend();
    await flink.create(spec());
    const at = new Date("2026-12-01T10:00:00Z");
    server.setLatestOffsets("orders-v2", { orders: "partition:0,offset:42;partition:1,offset:-2;partition:2,offset:7" }, at);
    expect(await flink.consumedOffsets("orders-v2")).toEqual({
      statement: "orders-v2",
      asOf: at,
      topics: [
        {
          topic: "orders",
          partitions: [
            { partition: 0, offset: "42" },
            { partition: 2, offset: "7" },
          ],
        },
      ],
    });
  });

  it("runs a DDL statement until COMPLETED, then deletes it", async () => {
    await backend().runDdl("CREATE TABLE orders_v2 (id INT, name STRING)");
    const posted = server.requests.filter((request) => request.method === "POST");
    expect(posted).toHaveLength(1);
    expect(server.requests.some((request) => request.method === "DELETE" && request.path.includes("cutover-ddl-orders-v2-"))).toBe(true);
  });

  it("keeps a recorded DDL as a COMPLETED statement with its labels and hash; a rerun finds it; a failed one is deleted", async () => {
    const record = { name: "shop-ddl-orders-v2", contentHash: "ab12", labels: { "cutover-project": "shop", "cutover-version": "2" } };
    await backend().runDdl("CREATE TABLE orders_v2 (id INT)", { record });
    const kept = await backend().get(record.name);
    expect(kept).toMatchObject({ phase: "COMPLETED", contentHash: "ab12", labels: { "cutover-project": "shop", "cutover-version": "2" } });
    expect(server.requests.some((request) => request.method === "DELETE")).toBe(false);
    // a rerun: the same DDL under the same name is in place already
    await backend().runDdl("CREATE TABLE orders_v2 (id INT)", { record });
    expect((await backend().list({ labels: { "cutover-project": "shop" } })).map((info) => info.name)).toEqual([record.name]);
    // another definition under that name is a conflict, named
    const other = await caught(backend().runDdl("CREATE TABLE orders_v2 (id BIGINT)", { record }));
    expect(other).toMatchObject({ reason: "exists", statement: record.name });

    judge = (sql) => (sql.includes("broken") ? { fail: "Table 'broken' already exists" } : undefined);
    const failed = await caught(backend().runDdl("CREATE TABLE broken (id INT)", { record: { ...record, name: "shop-ddl-broken-v1" } }));
    expect(failed.message).toContain("statement 'shop-ddl-broken-v1'");
    expect(failed.message).toContain("already exists");
    expect(server.statement("shop-ddl-broken-v1")?.status.phase ?? "gone").toMatch(/DELETING|gone/);
  });

  it("never puts the API secret in an error message", async () => {
    const wrong = await caught(backend({ apiSecret: "not-the-secret-at-all" }).get("orders-v2"));
    expect(wrong.details.status).toBe(401);
    const echo = { errors: [{ status: "500", title: "Echo", detail: `got ${credentials.apiSecret} in Basic ${basicToken}` }] };
    server.inject(
      "GET",
      Array.from({ length: 4 }, () => ({ status: 500, body: echo })),
    );
    const echoed = await caught(backend().get("orders-v2"));
    for (const error of [wrong, echoed]) {
      expect(error.message).not.toContain(credentials.apiSecret);
      expect(error.message).not.toContain(basicToken);
      expect(JSON.stringify(error)).not.toContain(credentials.apiSecret);
    }
    expect(echoed.message).toContain("***");
    expect(server.requests.every((request) => !request.path.includes(credentials.apiSecret))).toBe(true);
  });
});
