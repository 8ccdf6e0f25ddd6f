/**
 * The parse pool's bookkeeping, with stand-in workers that run in this thread (real worker threads
 * need the bundled entry script: scripts/bench/flink-planner.mjs drives those).
 */
import { describe, expect, it } from "vitest";
import { parsePipeline, type ParseReply, type ParseRequest, type ParseWorker } from "../../src/flink/rollout/parse-pool.js";
import { parseCacheKey, type ParseCache } from "../../src/flink/sql/parse-cache.js";
import { parseFlinkSql } from "../../src/flink/sql/parse-sql.js";
import type { ParsedSql } from "../../src/flink/sql/sql-facts.js";

const files = new Map<string, string>();
for (let i = 0; i < 40; i++) files.set(`t${i}/dml.sql`, `INSERT INTO t${i} SELECT id FROM s${i % 7} WHERE v > ${i}`);
files.set("bad/dml.sql", "INSERT INTO nowhere SELEC");
files.set("copy/dml.sql", files.get("t3/dml.sql")!);

/** A worker that parses in this thread, a tick later; `fail` makes it die on its n-th batch. */
function standIn(log: { batches: number; files: number }, fail?: number): ParseWorker {
  const listeners: { message: ((reply: ParseReply) => void)[]; error: ((error: Error) => void)[]; exit: ((code: number) => void)[] } = {
    message: [],
    error: [],
    exit: [],
  };
  let batches = 0;
  const worker = {
    postMessage(request: ParseRequest) {
      setTimeout(() => {
        batches++;
        if (fail !== undefined && batches >= fail) return listeners.error.forEach((l) => l(new Error("worker died")));
        log.batches++;
        log.files += request.files.length;
        const results = request.files.map(([key, path, text]) => {
          try {
            return [key, parseFlinkSql(text, path)] as const;
          } catch {
            return [key, null] as const;
          }
        });
        listeners.message.forEach((l) => l({ kind: "parsed", results }));
      }, 1);
    },
    on(event: "message" | "error" | "exit", listener: never) {
      (listeners[event] as unknown[]).push(listener);
    },
    terminate: async () => 0,
  };
  setTimeout(() => listeners.message.forEach((l) => l({ kind: "ready" })), 1);
  return worker as ParseWorker;
}

const expected = (text: string) => parseFlinkSql(text, "x.sql");

describe("parse pool", () => {
  it("parses every distinct file once, across the main thread and its workers, and leaves out what the grammar rejects", async () => {
    const log = { batches: 0, files: 0 };
    const cache = await parsePipeline(files, undefined, { workers: 2, minFiles: 1, batch: 3, spawn: () => standIn(log) });
    for (const [path, text] of files) {
      const parsed = cache.get(parseCacheKey(text));
      if (path === "bad/dml.sql") expect(parsed).toBeUndefined();
      else expect(parsed).toEqual(expected(text));
    }
    expect(log.files).toBeGreaterThan(0);
    expect(log.files).toBeLessThan(41);
    expect(cache.stats).toEqual({ files: 41, fromCache: 0, byWorkers: log.files, workers: expect.any(Number) });
  });

  it("takes a dead worker's batch back into the main thread", async () => {
    const log = { batches: 0, files: 0 };
    const cache = await parsePipeline(files, undefined, { workers: 1, minFiles: 1, batch: 2, spawn: () => standIn(log, 2) });
    for (const [path, text] of files) if (path !== "bad/dml.sql") expect(cache.get(parseCacheKey(text))).toEqual(expected(text));
  });

  it("takes what the cache file holds, parses the rest, and hands those to the cache to be saved", async () => {
    const kept = new Map<string, ParsedSql>();
    const known = files.get("t1/dml.sql")!;
    const marker = { statements: [], tokens: ["from", "the", "cache"] } satisfies ParsedSql;
    const fileCache: ParseCache = {
      get: (key) => (key === parseCacheKey(known) ? marker : undefined),
      set: (key, value) => kept.set(key, value),
    };
    const cache = await parsePipeline(files, fileCache, { workers: 0 });
    expect(cache.get(parseCacheKey(known))).toBe(marker);
    expect(kept.has(parseCacheKey(known))).toBe(false);
    expect(kept.size).toBe(39); // 42 files: one bad, one a copy, one from the cache
  });

  it("spawns no worker for a small pipeline, nor unless asked, nor where there is no entry script to start one from", async () => {
    let spawned = 0;
    await parsePipeline(files, undefined, { minFiles: 100, workers: 2, spawn: () => (spawned++, undefined) });
    expect(spawned).toBe(0);
    await parsePipeline(files, undefined, { minFiles: 1, spawn: () => (spawned++, undefined) });
    expect(spawned).toBe(0); // none unless asked for
    await parsePipeline(files, undefined, { minFiles: 1, workers: 1 });
    // the default spawn finds no entry registered in tests, and the main thread parsed everything
  });
});
