/**
 * Parses a pipeline's files before the planner runs, and hands them over as a ParseCache: the files
 * a parse cache file holds are taken from it, the others are parsed here, on every core. The
 * planner then finds every file parsed (but a file with errors, which it parses again to report).
 *
 * Threads are there to try, not used by default (flink.parseWorkers). Parsing is most of the
 * planner's time, and most of that is the grammar's warm-up: antlr builds its prediction tables as
 * it meets each construct, and the tables are per thread. A worker must load the bundle and the
 * grammar and pay the whole warm-up again before it helps, and its results are copied back: on the
 * 2-core machine this was measured on (scripts/bench/flink-planner.mjs, 500 and 2000 tables), a
 * worker parsed a few percent of the files and cost more CPU than it saved, and the wall-clock time
 * rose. Files go out in small batches to whichever thread is free, so a thread that started late
 * simply takes fewer; a worker that fails hands its batch back to the main thread.
 */
import { Worker } from "node:worker_threads";
import { workerEntry, type WorkerStart } from "../../run/worker-entry.js";
import { parseCacheKey, type ParseCache } from "../sql/parse-cache.js";
import { parseFlinkSql } from "../sql/parse-sql.js";
import type { ParsedSql } from "../sql/sql-facts.js";

/** [cache key, path for messages, text] */
type FileToParse = readonly [string, string, string];

export interface ParseRequest {
  readonly files: readonly FileToParse[];
}

/** [cache key, the facts, or null for a file the grammar rejects] */
export type ParseResult = readonly [string, ParsedSql | null];

export type ParseReply = { readonly kind: "ready" } | { readonly kind: "parsed"; readonly results: readonly ParseResult[] };

/** What the pool needs of a worker thread; tests give it one that runs in the same thread. */
export interface ParseWorker {
  postMessage(request: ParseRequest): void;
  on(event: "message", listener: (reply: ParseReply) => void): void;
  on(event: "error", listener: (error: Error) => void): void;
  on(event: "exit", listener: (code: number) => void): void;
  terminate(): Promise<number>;
}

export interface ParsePoolOptions {
  /** Worker threads besides the main one (default none: see above); none below `minFiles` files either way. */
  readonly workers?: number;
  /** Fewer files than this are parsed in the main thread: a worker's start-up would cost more than it saves. */
  readonly minFiles?: number;
  /** Files per batch. */
  readonly batch?: number;
  /** Starts a worker; by default a thread of cutover's entry script, when there is one. */
  readonly spawn?: () => ParseWorker | undefined;
}

/** What the pool did, for the plan's report and the bench. */
export interface ParseStats {
  /** Distinct file texts. */
  readonly files: number;
  readonly fromCache: number;
  /** Files parsed by worker threads (the rest of those parsed, by the main thread). */
  readonly byWorkers: number;
  /** Worker threads that parsed at least one batch. */
  readonly workers: number;
}

export interface ParsedPipeline extends ParseCache {
  readonly stats: ParseStats;
}

const DEFAULT_MIN_FILES = 200;
const DEFAULT_BATCH = 8;

export async function parsePipeline(
  files: ReadonlyMap<string, string>,
  fileCache: ParseCache | undefined,
  options: ParsePoolOptions = {},
): Promise<ParsedPipeline> {
  const parsed = new Map<string, ParsedSql>();
  const store = (key: string, value: ParsedSql) => {
    parsed.set(key, value);
    fileCache?.set(key, value);
  };
  const todo: FileToParse[] = [];
  const queued = new Set<string>();
  let fromCache = 0;
  for (const [path, text] of files) {
    const key = parseCacheKey(text);
    if (parsed.has(key) || queued.has(key)) continue;
    const known = fileCache?.get(key);
    if (known) {
      parsed.set(key, known);
      fromCache++;
    } else {
      todo.push([key, path, text]);
      queued.add(key);
    }
  }

  const batch = options.batch ?? DEFAULT_BATCH;
  const queue: FileToParse[][] = [];
  for (let i = 0; i < todo.length; i += batch) queue.push(todo.slice(i, i + batch));
  const count = todo.length < (options.minFiles ?? DEFAULT_MIN_FILES) ? 0 : (options.workers ?? 0);
  const spawn = options.spawn ?? spawnWorker;
  const workers: ParseWorker[] = [];
  const inFlight: Promise<void>[] = [];
  const done = new Map<ParseWorker, number>();
  for (let i = 0; i < count; i++) {
    const worker = safely(spawn);
    if (!worker) break;
    workers.push(worker);
    inFlight.push(feed(worker, queue, store, (n) => done.set(worker, (done.get(worker) ?? 0) + n)));
  }

  // the main thread takes batches too, and lets the workers' replies in between
  while (queue.length > 0) {
    for (const [key, path, text] of queue.shift()!) parseHere(key, path, text, store);
    await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(inFlight);
  // what a failed worker handed back after the main thread had run out of batches
  for (const [key, path, text] of queue.flat()) parseHere(key, path, text, store);
  await Promise.all(workers.map((worker) => worker.terminate().catch(() => 0)));
  const byWorkers = [...done.values()].reduce((sum, n) => sum + n, 0);
  return {
    get: (key) => parsed.get(key),
    set: store,
    stats: { files: todo.length + fromCache, fromCache, byWorkers, workers: done.size },
  };
}

/** Sends batches to one worker until the queue is empty; a failed worker's batch goes back to the queue. */
function feed(
  worker: ParseWorker,
  queue: FileToParse[][],
  store: (key: string, value: ParsedSql) => void,
  parsedThere: (files: number) => void,
): Promise<void> {
  return new Promise((resolve) => {
    let current: FileToParse[] | undefined;
    const next = () => {
      current = queue.shift();
      if (current) worker.postMessage({ files: current });
      else resolve();
    };
    worker.on("message", (reply) => {
      if (reply.kind === "parsed") {
        for (const [key, value] of reply.results) if (value) store(key, value);
        parsedThere(reply.results.length);
      }
      next();
    });
    const failed = () => {
      if (current) queue.push(current);
      current = undefined;
      resolve();
    };
    worker.on("error", failed);
    worker.on("exit", failed);
  });
}

function parseHere(key: string, path: string, text: string, store: (key: string, value: ParsedSql) => void): void {
  try {
    store(key, parseFlinkSql(text, path));
  } catch {
    // reported by the planner, with every other problem of the pipeline
  }
}

function safely(spawn: () => ParseWorker | undefined): ParseWorker | undefined {
  try {
    return spawn();
  } catch {
    return undefined;
  }
}

function spawnWorker(): ParseWorker | undefined {
  const entry = workerEntry();
  if (!entry) return undefined;
  return new Worker(entry, { workerData: { cutoverJob: "flink-parse" } satisfies WorkerStart }) as unknown as ParseWorker;
}
