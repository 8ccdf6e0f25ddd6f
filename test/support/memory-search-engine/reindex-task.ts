/**
 * `_reindex` as a background task: the source's searchable documents (through the query) are
 * copied in scroll batches of 1,000 into the destination (made on the fly when absent), with
 * internal versioning, through a script when one is given. As on a real node, a failed batch ends
 * the copy with its failures listed, and a script error ends it with the task's own error; either
 * way the task says completed. A script runs as a JavaScript stand-in registered under its exact
 * source text; painless itself is not interpreted.
 */
import type { ReindexRequest } from "../../../src/search/engine.js";
import type { Cluster } from "./cluster.js";
import { deleteDocument, indexDocument } from "./documents.js";
import { answer, ClientError, type ErrorBody } from "./faults.js";
import { compileQuery } from "./query.js";

type Json = Record<string, unknown>;

/** What a script sees, as painless's `ctx`: change `_source`, or set `op` to "noop" or "delete". */
export interface ScriptContext {
  _source: Json;
  op: "index" | "noop" | "delete";
  readonly _id: string;
  readonly _index: string;
  readonly params: Readonly<Json>;
}

/** A JavaScript stand-in for one painless script; a thrown error is the script's runtime error. */
export type ScriptStandIn = (ctx: ScriptContext) => void;

/** The error a stand-in throws for a Java exception: `painlessError("java.lang.NumberFormatException", ...)`. */
export function painlessError(javaClass: string, message: string): Error {
  const error = new Error(message);
  error.name = javaClass;
  return error;
}

const SCROLL_SIZE = 1000;

interface TaskRecord {
  pollsLeft: number;
  readonly counts: { total: number; created: number; updated: number; deleted: number; noops: number };
  readonly failures: Json[];
  error?: ErrorBody;
}

export class ReindexTasks {
  private tasks = new Map<string, TaskRecord>();
  private next = 1;

  constructor(private readonly nodeId: string) {}

  /** Runs the copy now and keeps its result; the task reports "running" for `pollsBeforeDone` polls. */
  start(cluster: Cluster, request: ReindexRequest, scripts: ReadonlyMap<string, ScriptStandIn>, pollsBeforeDone: number): string {
    const sources = cluster.resolve(request.source);
    if (sources.some((index) => index.name === request.dest || index.aliases.has(request.dest)))
      throw answer(
        400,
        "action_request_validation_exception",
        `Validation Failed: 1: reindex cannot write into an index its reading from [${request.dest}];`,
      );
    let standIn: ScriptStandIn | undefined;
    if (request.script) {
      standIn = scripts.get(request.script.source);
      if (!standIn)
        throw new Error(`the memory search engine has no stand-in for the ${request.script.lang} script: ${request.script.source}`);
    }
    const dest = cluster.writeTarget(request.dest);
    if (dest instanceof ClientError) throw dest;
    const matcher = compileQuery(request.query);
    const docs = sources.flatMap((index) =>
      [...cluster.searchable(index)]
        .filter(
          ([id, doc]) =>
            matcher({ id, index: index.name, source: doc.source, mapping: index.mapping, position: doc.seqNo, indexOrder: 0 }) !==
            undefined,
        )
        .map(([id, doc]) => ({ id, index: index.name, source: doc.source })),
    );
    const task: TaskRecord = {
      pollsLeft: pollsBeforeDone,
      counts: { total: docs.length, created: 0, updated: 0, deleted: 0, noops: 0 },
      failures: [],
    };
    for (let at = 0; at < docs.length && task.failures.length === 0 && !task.error; at += SCROLL_SIZE) {
      const batch: ScriptContext[] = [];
      for (const doc of docs.slice(at, at + SCROLL_SIZE)) {
        const ctx: ScriptContext = {
          _source: structuredClone(doc.source),
          op: "index",
          _id: doc.id,
          _index: doc.index,
          params: request.script?.params ?? {},
        };
        try {
          standIn?.(ctx);
        } catch (error) {
          const cause = error instanceof Error ? { type: error.name, reason: error.message } : { type: "exception", reason: String(error) };
          task.error = { type: "script_exception", reason: "runtime error", caused_by: cause };
          break;
        }
        batch.push(ctx);
      }
      if (task.error) break;
      for (const ctx of batch) {
        if (ctx.op === "noop") task.counts.noops++;
        else if (ctx.op === "delete") {
          if (deleteDocument(cluster, dest, ctx._id, { type: "internal" }).result === "deleted") task.counts.deleted++;
        } else {
          const outcome = indexDocument(cluster, dest, ctx._id, JSON.parse(JSON.stringify(ctx._source)) as Json, { type: "internal" });
          if (outcome.error) task.failures.push({ index: dest.name, id: ctx._id, cause: outcome.error, status: outcome.status });
          else if (outcome.result === "created") task.counts.created++;
          else task.counts.updated++;
        }
      }
    }
    const id = `${this.nodeId}:${this.next++}`;
    this.tasks.set(id, task);
    return id;
  }

  /** The `GET _tasks/<id>` answer. */
  answer(taskId: string): Json {
    const task = this.tasks.get(taskId);
    if (!task) throw answer(404, "resource_not_found_exception", `task [${taskId}] isn't running and hasn't stored its results`);
    const status = { ...task.counts, version_conflicts: 0 };
    if (task.pollsLeft > 0) {
      task.pollsLeft--;
      return { completed: false, task: { status } };
    }
    return {
      completed: true,
      task: { status },
      response: { ...status, failures: task.failures },
      ...(task.error ? { error: task.error } : {}),
    };
  }

  /** A node restart: running tasks and stored results are gone. */
  forget(): void {
    this.tasks.clear();
  }

  snapshot(): { tasks: Map<string, TaskRecord>; next: number } {
    return structuredClone({ tasks: this.tasks, next: this.next });
  }

  restore(saved: { tasks: Map<string, TaskRecord>; next: number }): void {
    const copy = structuredClone(saved);
    this.tasks = copy.tasks;
    this.next = copy.next;
  }
}
