/** What the parts of the search engine contract share: the target, fresh names, and small reads. */
import { randomBytes } from "node:crypto";
import type { SearchEngine, TaskStatus } from "../../../src/search/engine.js";

export interface ContractTarget {
  /** The engine under test; closed after the last test. */
  readonly engine: SearchEngine;
  /** Whether the node has the reindex and lang-painless modules. */
  readonly reindex: boolean;
  /** What `capabilities().version` must look like. */
  readonly version: RegExp;
  /** Search contexts (points in time) open on one index. */
  readonly openContexts: (index: string) => Promise<number>;
}

export interface ContractContext {
  readonly target: ContractTarget;
  readonly engine: SearchEngine;
  /** A fresh index name, deleted after the test. */
  readonly indexName: (prefix?: string) => string;
  /** Index names to delete after the test, beside those from `indexName`. */
  readonly created: string[];
  /** State document ids to delete after the suite. */
  readonly stateIds: string[];
}

/** The painless scripts the contract runs (an engine without painless never sees them). */
export const CONTRACT_SCRIPTS = {
  parseAndDrop: "ctx._source.credits = Integer.parseInt(ctx._source.credits); ctx._source.remove('skip')",
  parse: "ctx._source.credits = Integer.parseInt(ctx._source.credits)",
} as const;

export const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${randomBytes(3).toString("hex")}`;

export async function waitForTask(engine: SearchEngine, taskId: string, timeoutMs = 60_000): Promise<TaskStatus> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = await engine.getTask(taskId);
    if (status.completed) return status;
    if (Date.now() > deadline) throw new Error(`task ${taskId} not completed within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export async function allDocs(engine: SearchEngine, index: string): Promise<Map<string, Record<string, unknown>>> {
  const docs = new Map<string, Record<string, unknown>>();
  for await (const page of engine.scan(index, { batchSize: 500 })) for (const doc of page) docs.set(doc.id, doc.source);
  return docs;
}
