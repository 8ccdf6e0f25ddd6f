/**
 * load from another index: the engine's `_reindex` as a background task, polled to the end with its
 * failures checked even when it says completed; or, where the engine has no reindex module, a
 * client-side copy (point in time + search_after, bulk writes).
 *
 * The task id is in the run state before the first poll: a rerun re-attaches to the running task
 * rather than starting a second one. A copy that was cut short is simply done again: documents are
 * written by id, so a second pass leaves the same contents.
 */
import { OperationError } from "../errors.js";
import { createBulkWriter } from "../search/bulk-writer.js";
import { EngineError, type TaskStatus } from "../search/engine.js";
import { progressLine } from "./load-progress.js";
import { pause, throwIfStopped, type PhaseContext } from "./phase-context.js";
import type { BuildState } from "./reindex-state.js";
import { recordSourceWrites } from "./source-writes.js";

export interface IndexLoadFigures {
  readonly method: "reindex-task" | "client-copy";
  readonly source: string;
  readonly total: number;
  readonly written: number;
  readonly versionConflicts: number;
  readonly taskId?: string;
  readonly durationMs: number;
}

const COPY_BATCH = 1000;

export async function loadFromIndex(
  ctx: PhaseContext,
  build: BuildState,
  method: "reindex-task" | "client-copy",
): Promise<IndexLoadFigures> {
  if (!build.sourceIndex) throw new Error("an index-fed build without a source index (create records it)");
  return method === "reindex-task" ? reindexTask(ctx, build, build.sourceIndex) : clientCopy(ctx, build, build.sourceIndex);
}

async function reindexTask(ctx: PhaseContext, build: BuildState, source: string): Promise<IndexLoadFigures> {
  const { engine, store, config, log } = ctx;
  if (config.source.type !== "index") throw new Error("not an index source");
  const started = Date.now();
  let taskId = build.reindexTaskId;
  let status: TaskStatus | undefined;
  if (taskId) {
    try {
      status = await engine.getTask(taskId);
      log.info(`load: re-attached to reindex task ${taskId}`);
    } catch (error) {
      // the task and its stored result are gone (a node restart): copying again is safe
      if (!(error instanceof EngineError && error.status === 404)) throw error;
      log.warn(`load: reindex task ${taskId} is gone; starting the copy again`);
      taskId = undefined;
    }
  }
  if (!taskId) {
    const { query, script, slices } = config.source;
    await startCopy(ctx, source);
    taskId = await engine.startReindex({
      source,
      dest: build.green,
      slices,
      ...(query ? { query } : {}),
      ...(script ? { script: { source: script.source, lang: script.lang, ...(script.params ? { params: script.params } : {}) } } : {}),
    });
    const id = taskId;
    await store.updateBuild((b) => ({ ...b, reindexTaskId: id }));
    log.info(`load: reindex task ${taskId} started (${source} → ${build.green})`);
  }

  let lastLine = Date.now();
  for (;;) {
    status = await engine.getTask(taskId);
    if (status.completed) break;
    if (Date.now() - lastLine >= ctx.progressEveryMs) {
      log.info(progressLine({ what: "load", done: written(status), total: status.total, elapsedMs: Date.now() - started }));
      lastLine = Date.now();
    }
    // the task runs on in the engine; a rerun re-attaches to it
    throwIfStopped("load", ctx.signal);
    await pause(ctx.pollMs, ctx.signal);
    throwIfStopped("load", ctx.signal);
  }
  log.info(progressLine({ what: "load", done: written(status), total: status.total, elapsedMs: Date.now() - started }));
  if (status.failures.length > 0) {
    // the next run starts a fresh task: documents are written by id, so the copy ends the same
    await store.updateBuild(({ reindexTaskId: _gone, ...b }) => b);
    const shown = status.failures.slice(0, 5);
    throw new OperationError(
      `reindex task ${taskId} completed with ${status.failures.length} failure(s): ${shown.join("; ")}${status.failures.length > 5 ? "; ..." : ""}`,
      { kind: "resumable", detail: `${build.green} holds a partial copy; fix the cause and rerun --phase load (it starts a new task)` },
    );
  }
  return {
    method: "reindex-task",
    source,
    total: status.total,
    written: written(status),
    versionConflicts: status.versionConflicts,
    taskId,
    durationMs: Date.now() - started,
  };
}

/**
 * Just before a copy: the source's write counter, then a refresh. The copy (a scroll or a point in
 * time) sees refreshed documents only, so a write not yet refreshed (within refresh_interval, or
 * with it at -1) would be neither copied nor, being counted already, refused at the switch. In this
 * order, every write the counter holds is searchable by the copy; every later one is refused.
 */
async function startCopy(ctx: PhaseContext, source: string): Promise<void> {
  await recordSourceWrites(ctx, source);
  await ctx.engine.refresh(source);
}

function written(status: TaskStatus): number {
  return status.created + status.updated + status.deleted;
}

async function clientCopy(ctx: PhaseContext, build: BuildState, source: string): Promise<IndexLoadFigures> {
  const { engine, config, log } = ctx;
  if (config.source.type !== "index") throw new Error("not an index source");
  const started = Date.now();
  const query = config.source.query;
  await startCopy(ctx, source);
  const total = await engine.count(source, query);
  log.info(`load: client-side copy of ${total} document(s), ${source} → ${build.green} (this engine has no reindex module)`);
  const writer = createBulkWriter({
    engine,
    index: build.green,
    versionType: "internal",
    concurrency: 2,
    maxBatchDocs: COPY_BATCH,
    signal: ctx.signal,
  });
  let read = 0;
  let lastLine = Date.now();
  for await (const page of engine.scan(source, { batchSize: COPY_BATCH, ...(query ? { query } : {}) })) {
    throwIfStopped("load", ctx.signal);
    await writer.write(page.map((doc) => ({ id: doc.id, source: doc.source })));
    read += page.length;
    if (Date.now() - lastLine >= ctx.progressEveryMs) {
      log.info(progressLine({ what: "load", done: read, total, elapsedMs: Date.now() - started }));
      lastLine = Date.now();
    }
  }
  const summary = await writer.flush();
  log.info(progressLine({ what: "load", done: read, total, elapsedMs: Date.now() - started }));
  if (summary.failed.length > 0) {
    const shown = summary.failed.slice(0, 5).map((f) => `${f.id} (${f.reason})`);
    throw new OperationError(
      `${summary.failed.length} document(s) could not be copied: ${shown.join(", ")}${summary.failed.length > 5 ? ", ..." : ""}`,
      { kind: "resumable", detail: `${build.green} holds a partial copy; fix the cause and rerun --phase load (it copies again)` },
    );
  }
  return { method: "client-copy", source, total, written: summary.indexed, versionConflicts: 0, durationMs: Date.now() - started };
}
