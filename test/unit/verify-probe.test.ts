import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { probe, probeAll } from "../../src/verify/http-probe.js";
import { firstMismatch, jsonAt, planSmokeRequests, type SmokeCheck } from "../../src/verify/smoke-checks.js";

/** A stand-in for green behind the ALB: it answers only requests that carry the green header. */
let server: Server;
let base: string;
const seen: { path: string; header: string | undefined }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ path: req.url ?? "", header: req.headers["x-client-mode"] as string | undefined });
    if (req.headers["x-client-mode"] !== "green") return void res.writeHead(404).end("blue answered");
    if (req.url === "/health")
      return void res.writeHead(200, { "content-type": "application/json" }).end('{"status":"UP","checks":[{"state":"ok"}]}');
    if (req.url === "/slow") return void setTimeout(() => res.writeHead(200).end("late"), 2000);
    if (req.url === "/flaky") {
      const n = seen.filter((s) => s.path === "/flaky").length;
      return void res.writeHead(n < 3 ? 503 : 200).end(n < 3 ? "warming up" : "ready");
    }
    res.writeHead(500).end("boom");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const check = (over: Partial<SmokeCheck>): SmokeCheck => ({
  name: "health",
  path: "/health",
  method: "GET",
  headers: {},
  body: undefined,
  timeoutMs: 1000,
  retries: 0,
  expect: { status: [200], bodyContains: undefined, json: undefined },
  ...over,
});
const target = () => ({ label: "event-management", baseUrl: base, greenHeader: { name: "x-client-mode", value: "green" } });

describe("smoke checks against a stand-in for green", () => {
  it("passes through the green header route, with latency", async () => {
    const [request] = planSmokeRequests(
      [check({ expect: { status: [200], bodyContains: "UP", json: { path: "checks[0].state", equals: "ok" } } })],
      [target()],
    );
    const result = await probe(request!);
    expect(result).toMatchObject({ ok: true, status: 200, attempts: 1, detail: undefined });
    expect(result.latencyMs).toBeGreaterThanOrEqual(0);
    expect(seen.at(-1)).toEqual({ path: "/health", header: "green" });
  });

  it("a check's own headers cannot take the green header away", () => {
    const [request] = planSmokeRequests([check({ headers: { "x-client-mode": "blue" } })], [target()]);
    expect(request?.headers["x-client-mode"]).toBe("green");
  });

  it("reports a wrong status, a body mismatch and a JSON mismatch with the first failing detail", async () => {
    const results = await probeAll(
      planSmokeRequests(
        [
          check({ name: "status", path: "/missing" }),
          check({ name: "body", expect: { status: [200], bodyContains: "DOWN", json: undefined } }),
          check({ name: "json", expect: { status: [200], bodyContains: undefined, json: { path: "status", equals: "DOWN" } } }),
        ],
        [target()],
      ),
    );
    expect(results.map((r) => [r.name, r.ok, r.detail])).toEqual([
      ["status", false, "status 500, expected 200"],
      ["body", false, `the body does not contain 'DOWN' (body: {"status":"UP","checks":[{"state":"ok"}]})`],
      ["json", false, `JSON field 'status' is "UP", expected "DOWN"`],
    ]);
  });

  it("a server that does not answer in time fails with the timeout, never hangs", async () => {
    const [request] = planSmokeRequests([check({ path: "/slow", timeoutMs: 200, retries: 1 })], [target()]);
    const result = await probe(request!, { backoffMs: 10 });
    expect(result).toMatchObject({ ok: false, attempts: 2, detail: "no answer within 200 ms" });
  });

  it("retries until the check passes", async () => {
    const [request] = planSmokeRequests([check({ path: "/flaky", retries: 4 })], [target()]);
    const result = await probe(request!, { backoffMs: 5 });
    expect(result).toMatchObject({ ok: true, attempts: 3 });
  });

  it("a refused connection names the reason", async () => {
    // a port that was just free: nothing listens there
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const [request] = planSmokeRequests([check({})], [{ ...target(), baseUrl: `http://127.0.0.1:${port}` }]);
    const result = await probe(request!);
    expect(result.ok).toBe(false);
    expect(result.detail).toMatch(/ECONNREFUSED/);
  });
});

describe("judging answers", () => {
  it("finds JSON fields by dotted path, telling missing from null", () => {
    expect(jsonAt({ a: { b: [1, { c: null }] } }, "a.b[1].c")).toEqual({ present: true, value: null });
    expect(jsonAt({ a: {} }, "a.b")).toEqual({ present: false });
    expect(jsonAt({ a: [] }, "a[0]")).toEqual({ present: false });
    expect(jsonAt({}, "constructor")).toEqual({ present: false });
  });

  it("accepts any of several statuses", () => {
    const expectation = { status: [200, 204], bodyContains: undefined, json: undefined };
    expect(firstMismatch({ status: 204, body: "" }, expectation)).toBeUndefined();
    expect(firstMismatch({ status: 302, body: "" }, expectation)).toBe("status 302, expected 200 or 204");
  });
});
