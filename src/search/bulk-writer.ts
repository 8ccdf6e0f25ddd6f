/**
 * Bulk indexing with bounded concurrency and back-pressure, for loads from Kafka and client-side
 * copies. Documents are cut into batches by count and size; at most `concurrency` bulk requests are
 * in flight, and `write` waits for a free slot, so a fast source cannot outrun the engine. Items the
 * engine refused for load (429, 5xx) are resent alone, with exponential back-off and jitter; a stale
 * version (the index already holds newer data) counts as done; anything else, or a retryable item
 * that runs out of retries, is reported with id and reason, never dropped.
 */
import { EngineError, type BulkDoc, type BulkItemResult, type BulkOptions, type SearchEngine } from "./engine.js";
import { backoffDelay } from "./request-retry.js";

export interface BulkFailure {
  readonly id: string;
  readonly reason: string;
}

export interface BulkSummary {
  /** Documents written (created or replaced). */
  readonly indexed: number;
  /** Deletes applied (including tombstones for ids that were absent). */
  readonly deleted: number;
  /** Refused as older than what the index holds: correct, so done. */
  readonly stale: number;
  /** Documents that could not be written; the caller fails the phase. */
  readonly failed: readonly BulkFailure[];
  /** Bulk requests sent, retries included. */
  readonly requests: number;
  /** Of those, requests that resent refused items. */
  readonly retries: number;
}

export interface BulkWriterOptions {
  readonly engine: Pick<SearchEngine, "bulk">;
  readonly index: string;
  readonly versionType: BulkOptions["versionType"];
  /** Bulk requests in flight at once; default 2. */
  readonly concurrency?: number;
  /** Default 1,000 documents per request. */
  readonly maxBatchDocs?: number;
  /** Default 5 MiB of JSON per request (estimated from the sources). */
  readonly maxBatchBytes?: number;
  /** Resends of a refused item before it counts as failed; default 5. */
  readonly maxRetries?: number;
  /** First back-off in ms, doubled per retry, with jitter; default 200. */
  readonly backoffMs?: number;
  /** Longest back-off in ms; default 30,000. */
  readonly maxBackoffMs?: number;
  /** Stops waiting and sending: write and flush reject with the signal's reason. */
  readonly signal?: AbortSignal;
  /** Called once per document that finally failed, e.g. to stop the source early. */
  readonly onFailure?: (failure: BulkFailure) => void;
  /** Replaceable for tests, which check the delays without waiting them. */
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export interface BulkWriter {
  /** Buffers the documents and sends full batches; resolves once they are sent or queued within `concurrency`. */
  write(docs: readonly BulkDoc[]): Promise<void>;
  /** Sends what is buffered, waits for every request, and returns the totals so far. */
  flush(): Promise<BulkSummary>;
}

const DEFAULTS = {
  concurrency: 2,
  maxBatchDocs: 1_000,
  maxBatchBytes: 5 * 1024 * 1024,
  maxRetries: 5,
  backoffMs: 200,
  maxBackoffMs: 30_000,
};

/** Per-document overhead of the action line (`{"index":{"_index":…,"_id":…,"version":…}}`). */
const ACTION_BYTES = 96;

export function createBulkWriter(options: BulkWriterOptions): BulkWriter {
  return new Writer(options);
}

function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** A whole request refused for load, or no answer at all (the client already retried the connection). */
function retryableRequest(error: EngineError): boolean {
  return error.status === undefined || error.status === 429 || error.status >= 500;
}

class Writer implements BulkWriter {
  private readonly settings: typeof DEFAULTS;
  private buffer: BulkDoc[] = [];
  private bufferBytes = 0;
  private readonly inFlight = new Set<Promise<void>>();
  private error: { reason: unknown } | undefined;
  private indexed = 0;
  private deleted = 0;
  private stale = 0;
  private readonly failed: BulkFailure[] = [];
  private requests = 0;
  private retries = 0;

  constructor(private readonly options: BulkWriterOptions) {
    this.settings = {
      concurrency: options.concurrency ?? DEFAULTS.concurrency,
      maxBatchDocs: options.maxBatchDocs ?? DEFAULTS.maxBatchDocs,
      maxBatchBytes: options.maxBatchBytes ?? DEFAULTS.maxBatchBytes,
      maxRetries: options.maxRetries ?? DEFAULTS.maxRetries,
      backoffMs: options.backoffMs ?? DEFAULTS.backoffMs,
      maxBackoffMs: options.maxBackoffMs ?? DEFAULTS.maxBackoffMs,
    };
    if (!(this.settings.concurrency >= 1)) throw new Error(`concurrency must be at least 1, got ${this.settings.concurrency}`);
    if (!(this.settings.maxBatchDocs >= 1)) throw new Error(`maxBatchDocs must be at least 1, got ${this.settings.maxBatchDocs}`);
  }

  async write(docs: readonly BulkDoc[]): Promise<void> {
    this.throwIfStopped();
    for (const doc of docs) {
      // serialised once, here: the size decides the batch, and the request sends the same text
      const json = doc.source === undefined ? undefined : (doc.sourceJson ?? JSON.stringify(doc.source));
      const bytes = ACTION_BYTES + doc.id.length + (json?.length ?? 0);
      if (this.buffer.length > 0 && this.bufferBytes + bytes > this.settings.maxBatchBytes) await this.dispatch();
      this.buffer.push(json === undefined || doc.sourceJson !== undefined ? doc : { ...doc, sourceJson: json });
      this.bufferBytes += bytes;
      if (this.buffer.length >= this.settings.maxBatchDocs) await this.dispatch();
    }
  }

  async flush(): Promise<BulkSummary> {
    this.throwIfStopped();
    if (this.buffer.length > 0) await this.dispatch();
    while (this.inFlight.size > 0) await Promise.race(this.inFlight);
    this.throwIfStopped();
    return {
      indexed: this.indexed,
      deleted: this.deleted,
      stale: this.stale,
      failed: [...this.failed],
      requests: this.requests,
      retries: this.retries,
    };
  }

  private throwIfStopped(): void {
    if (this.options.signal?.aborted) throw this.options.signal.reason;
    if (this.error) throw this.error.reason;
  }

  /** Takes the buffer as one batch and sends it once fewer than `concurrency` requests are in flight. */
  private async dispatch(): Promise<void> {
    const batch = this.buffer;
    this.buffer = [];
    this.bufferBytes = 0;
    while (this.inFlight.size >= this.settings.concurrency) await Promise.race(this.inFlight);
    this.throwIfStopped();
    const request: Promise<void> = this.send(batch)
      .catch((reason: unknown) => {
        this.error ??= { reason };
      })
      .finally(() => this.inFlight.delete(request));
    this.inFlight.add(request);
  }

  /** One batch until every document is written, stale or failed; a retry resends only what was refused. */
  private async send(batch: readonly BulkDoc[]): Promise<void> {
    const { maxRetries, backoffMs, maxBackoffMs } = this.settings;
    const sleep = this.options.sleep ?? abortableSleep;
    let pending = batch;
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt > 0) {
        this.retries++;
        await sleep(backoffDelay(attempt - 1, backoffMs, maxBackoffMs), this.options.signal);
        if (this.options.signal?.aborted) throw this.options.signal.reason;
      }
      this.requests++;
      const results = await this.bulk(pending);
      const again: BulkDoc[] = [];
      pending.forEach((doc, i) => {
        const result = results[i];
        if (!result) this.fail(doc, "no result for this document in the bulk answer");
        else if (result.ok && doc.source === undefined) this.deleted++;
        else if (result.ok) this.indexed++;
        else if (result.staleVersion) this.stale++;
        else if (result.retryable && attempt < maxRetries) again.push(doc);
        else this.fail(doc, describe(result) + (result.retryable ? ` (still refused after ${maxRetries} retries)` : ""));
      });
      pending = again;
    }
  }

  /** A failed request becomes per-item results, so a retryable one is resent like refused items. */
  private async bulk(docs: readonly BulkDoc[]): Promise<BulkItemResult[]> {
    try {
      return await this.options.engine.bulk(this.options.index, docs, { versionType: this.options.versionType });
    } catch (error) {
      if (!(error instanceof EngineError)) throw error;
      const retryable = retryableRequest(error);
      return docs.map((doc) => ({
        id: doc.id,
        ok: false,
        status: error.status ?? 0,
        staleVersion: false,
        retryable,
        error: error.message,
      }));
    }
  }

  private fail(doc: BulkDoc, reason: string): void {
    const failure = { id: doc.id, reason };
    this.failed.push(failure);
    this.options.onFailure?.(failure);
  }
}

function describe(result: BulkItemResult): string {
  return result.error ? `HTTP ${result.status} ${result.error}` : `HTTP ${result.status}`;
}
