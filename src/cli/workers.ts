import { parentPort, workerData } from "node:worker_threads";
import type { WorkerStart } from "../run/worker-entry.js";

/**
 * The jobs a worker thread of cutover can run, each loaded only in the worker that runs it (so a
 * worker never pays for the CLI). Started through the entry script (src/run/worker-entry.ts).
 */
const JOBS: Readonly<Record<string, () => Promise<{ runWorker(port: NonNullable<typeof parentPort>): void }>>> = {
  // parses a Flink pipeline's files beside the main thread (src/flink/rollout/parse-pool.ts)
  "flink-parse": () => import("../flink/rollout/parse-worker.js"),
};

export async function runWorkerJob(): Promise<void> {
  const job = (workerData as Partial<WorkerStart> | undefined)?.cutoverJob;
  const load = job === undefined ? undefined : JOBS[job];
  if (!load || !parentPort) throw new Error(`cutover worker: no job '${String(job)}'`);
  (await load()).runWorker(parentPort);
}
