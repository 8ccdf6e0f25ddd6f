/**
 * The bulk writer's batching, back-pressure and retry rules, against a hand-made engine: throttling
 * cannot be produced on demand by a real node. Real bulk writes, version conflicts and mapping errors
 * are in test/integration/search-engine.test.ts.
 */
import { describe, expect, it } from "vitest";

import { createBulkWriter } from "../../src/search/bulk-writer.js";
import { EngineError, type BulkDoc, type BulkItemResult, type BulkOptions, type SearchEngine } from "../../src/search/engine.js";
import { backoffDelay, withRequestRetry } from "../../src/search/request-retry.js";

type Answer = (doc: BulkDoc, call: number) => Partial<BulkItemResult> | undefined;

/** Answers each item through `answer` (undefined: written); records every request. */
class FakeEngine implements Pick<SearchEngine, "bulk"> {
  readonly calls: { index: string; ids: string[]; options: BulkOptions }[] = [];
  inFlight = 0;
  maxInFlight = 0;
  private gates: (() => void)[] = [];

  constructor(
    private readonly answer: Answer = () => undefined,
    private readonly gated = false,
  ) {}

  async bulk(index: string, docs: readonly BulkDoc[], options: BulkOptions): Promise<BulkItemResult[]> {
    const call = this.calls.length;
    this.calls.push({ index, ids: docs.map((doc) => doc.id), options });
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      if (this.gated) await new Promise<void>((resolve) => this.gates.push(resolve));
      else await Promise.resolve();
      return docs.map((doc) => ({ id: doc.id, ok: true, status: 201, staleVersion: false, retryable: false, ...this.answer(doc, call) }));
    } finally {
      this.inFlight--;
    }
  }

  /** Lets the oldest gated request answer. */
  release(): void {
    this.gates.shift()?.();
  }

  get waiting(): number {
    return this.gates.length;
  }
}

const docs = (n: number, from = 0): BulkDoc[] =>
  Array.from({ length: n }, (_, i) => ({ id: `d${from + i}`, version: 1, source: { n: from + i } }));

const noSleep = async () => undefined;
const tick = () => new Promise((resolve) => setImmediate(resolve));

const throttled: Partial<BulkItemResult> = {
  ok: false,
  status: 429,
  retryable: true,
  error: "es_rejected_execution_exception: queue full",
};

describe("createBulkWriter", () => {
  it("cuts batches by document count and by size, and counts indexed and deleted", async () => {
    const engine = new FakeEngine();
    const writer = createBulkWriter({ engine, index: "i", versionType: "external", maxBatchDocs: 3, sleep: noSleep });
    await writer.write(docs(7));
    await writer.write([{ id: "gone", version: 2 }]);
    const summary = await writer.flush();
    expect(engine.calls.map((call) => call.ids.length)).toEqual([3, 3, 2]);
    expect(engine.calls[0]?.options).toEqual({ versionType: "external" });
    expect(summary).toEqual({ indexed: 7, deleted: 1, stale: 0, failed: [], requests: 3, retries: 0 });

    const bySize = new FakeEngine();
    const big = { id: "big", version: 1, source: { text: "x".repeat(1_000) } };
    const sized = createBulkWriter({ engine: bySize, index: "i", versionType: "external", maxBatchBytes: 2_500, sleep: noSleep });
    await sized.write([big, { ...big, id: "big2" }, { ...big, id: "big3" }, { ...big, id: "big4" }]);
    await sized.flush();
    expect(bySize.calls.map((call) => call.ids)).toEqual([
      ["big", "big2"],
      ["big3", "big4"],
    ]);
  });

  it("waits for a free slot when `concurrency` requests are in flight (back-pressure)", async () => {
    const engine = new FakeEngine(undefined, true);
    const writer = createBulkWriter({ engine, index: "i", versionType: "external", maxBatchDocs: 1, concurrency: 2, sleep: noSleep });
    let written = false;
    const writing = writer.write(docs(3)).then(() => (written = true));
    await tick();
    // Two requests out, the third waits inside write().
    expect(engine.waiting).toBe(2);
    expect(written).toBe(false);
    engine.release();
    await tick();
    await tick();
    expect(engine.calls).toHaveLength(3);
    expect(written).toBe(true);
    const flushing = writer.flush();
    engine.release();
    engine.release();
    await writing;
    expect((await flushing).indexed).toBe(3);
    expect(engine.maxInFlight).toBe(2);
  });

  it("resends only the refused items, with growing back-off, and counts stale versions as done", async () => {
    const delays: number[] = [];
    const engine = new FakeEngine((doc, call) => {
      if (doc.id === "d1" && call < 2) return throttled;
      if (doc.id === "d2" && call === 0) return { ok: false, status: 503, retryable: true, error: "unavailable" };
      if (doc.id === "d3") return { ok: false, status: 409, staleVersion: true, error: "version_conflict_engine_exception" };
      return undefined;
    });
    const writer = createBulkWriter({
      engine,
      index: "i",
      versionType: "external",
      backoffMs: 100,
      sleep: async (ms) => {
        delays.push(ms);
      },
    });
    await writer.write(docs(5));
    const summary = await writer.flush();
    expect(engine.calls.map((call) => call.ids)).toEqual([["d0", "d1", "d2", "d3", "d4"], ["d1", "d2"], ["d1"]]);
    expect(summary).toEqual({ indexed: 4, deleted: 0, stale: 1, failed: [], requests: 3, retries: 2 });
    // attempt 0: 50..100 ms, attempt 1: 100..200 ms (jitter in the upper half)
    expect(delays[0]).toBeGreaterThanOrEqual(50);
    expect(delays[0]).toBeLessThanOrEqual(100);
    expect(delays[1]).toBeGreaterThanOrEqual(100);
    expect(delays[1]).toBeLessThanOrEqual(200);
  });

  it("reports items that stay refused after maxRetries, and mapping errors at once, with id and reason", async () => {
    const failures: string[] = [];
    const engine = new FakeEngine((doc) => {
      if (doc.id === "d0") return throttled;
      if (doc.id === "d1")
        return { ok: false, status: 400, error: "document_parsing_exception: failed to parse field [n] of type [integer]" };
      return undefined;
    });
    const writer = createBulkWriter({
      engine,
      index: "i",
      versionType: "external",
      maxRetries: 3,
      sleep: noSleep,
      onFailure: (failure) => failures.push(failure.id),
    });
    await writer.write(docs(3));
    const summary = await writer.flush();
    expect(summary.indexed).toBe(1);
    expect(summary.failed).toEqual([
      { id: "d1", reason: "HTTP 400 document_parsing_exception: failed to parse field [n] of type [integer]" },
      { id: "d0", reason: "HTTP 429 es_rejected_execution_exception: queue full (still refused after 3 retries)" },
    ]);
    expect(failures).toEqual(["d1", "d0"]);
    // the first request plus three resends of d0 alone; d1 never again
    expect(engine.calls.map((call) => call.ids)).toEqual([["d0", "d1", "d2"], ["d0"], ["d0"], ["d0"]]);
    expect(summary.retries).toBe(3);
  });

  it("retries a whole request refused with 429 and fails every document of a request refused otherwise", async () => {
    let calls = 0;
    const engine: Pick<SearchEngine, "bulk"> = {
      bulk: async (_index, batch) => {
        calls++;
        if (calls === 1) throw new EngineError("POST _bulk", "i", 429, "HTTP 429 circuit_breaking_exception");
        if (batch.some((doc) => doc.id === "bad")) throw new EngineError("POST _bulk", "i", 400, "HTTP 400 illegal_argument_exception");
        return batch.map((doc) => ({ id: doc.id, ok: true, status: 201, staleVersion: false, retryable: false }));
      },
    };
    const writer = createBulkWriter({ engine, index: "i", versionType: "external", maxBatchDocs: 2, sleep: noSleep });
    await writer.write([...docs(2), { id: "bad", version: 1, source: {} }]);
    const summary = await writer.flush();
    expect(summary.indexed).toBe(2);
    expect(summary.failed).toEqual([{ id: "bad", reason: "HTTP 400 POST _bulk on i: HTTP 400 illegal_argument_exception" }]);
    expect(summary.retries).toBe(1);
  });

  it("rejects write and flush once the signal aborts, and passes on an unexpected error", async () => {
    const controller = new AbortController();
    const engine = new FakeEngine(() => throttled);
    const writer = createBulkWriter({
      engine,
      index: "i",
      versionType: "external",
      signal: controller.signal,
      sleep: async () => controller.abort(new Error("stopped by the operator")),
    });
    await writer.write(docs(1));
    await expect(writer.flush()).rejects.toThrow("stopped by the operator");
    await expect(writer.write(docs(1))).rejects.toThrow("stopped by the operator");

    const broken = createBulkWriter({
      engine: {
        bulk: async () => {
          throw new TypeError("bug");
        },
      },
      index: "i",
      versionType: "internal",
    });
    await broken.write(docs(1));
    await expect(broken.flush()).rejects.toThrow("bug");
  });
});

describe("backoffDelay", () => {
  it("doubles per attempt up to the ceiling, with jitter in the upper half", () => {
    expect(backoffDelay(0, 100, 10_000, () => 0)).toBe(50);
    expect(backoffDelay(0, 100, 10_000, () => 0.999)).toBe(100);
    expect(backoffDelay(3, 100, 10_000, () => 0)).toBe(400);
    expect(backoffDelay(20, 100, 10_000, () => 0.5)).toBe(7_500);
  });
});

describe("withRequestRetry", () => {
  /** What both clients throw for an HTTP error: a ResponseError with meta.statusCode. */
  const refused = (statusCode: number) => Object.assign(new Error(`HTTP ${statusCode}`), { meta: { statusCode } });

  it("waits and repeats a whole request refused with 429 or 503, and nothing else", async () => {
    const policy = { retries: 3, baseMs: 1, maxMs: 2 };
    let calls = 0;
    const answer = await withRequestRetry(async () => {
      calls++;
      if (calls <= 2) throw refused(calls === 1 ? 429 : 503);
      return "done";
    }, policy);
    expect([answer, calls]).toEqual(["done", 3]);

    calls = 0;
    await expect(
      withRequestRetry(async () => {
        calls++;
        throw refused(400);
      }, policy),
    ).rejects.toThrow("HTTP 400");
    expect(calls).toBe(1);

    calls = 0;
    await expect(
      withRequestRetry(async () => {
        calls++;
        throw refused(429);
      }, policy),
    ).rejects.toThrow("HTTP 429");
    expect(calls).toBe(4);
  });
});

describe("bulk writer: the source is serialised once", () => {
  it("hands each document to the engine with the JSON its size was measured on; a given sourceJson is kept", async () => {
    const seen: BulkDoc[] = [];
    const engine: Pick<SearchEngine, "bulk"> = {
      bulk: async (_index, docs) => {
        seen.push(...docs);
        return docs.map((doc) => ({ id: doc.id, ok: true, status: 201, staleVersion: false, retryable: false }));
      },
    };
    const writer = createBulkWriter({ engine, index: "i", versionType: "internal" });
    await writer.write([
      { id: "a", source: { n: 1 } },
      { id: "b", source: { n: 2 }, sourceJson: '{ "n": 2 }' },
      { id: "c", version: 3 },
    ]);
    expect((await writer.flush()).indexed).toBe(2);
    expect(seen).toEqual([
      { id: "a", source: { n: 1 }, sourceJson: '{"n":1}' },
      { id: "b", source: { n: 2 }, sourceJson: '{ "n": 2 }' },
      { id: "c", version: 3 },
    ]);
  });
});
