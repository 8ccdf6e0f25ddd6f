/**
 * Where a worker thread of this process can be started from. Bundled, cutover is one entry script
 * (dist/cutover.js) and chunks that cannot run on their own, so a worker runs the entry script
 * itself, which sees it is not the main thread and runs the job it was given (src/cli/main.ts).
 * The entry registers itself; where nothing did (tests, which run the sources), there is no
 * worker and callers do the work in the calling thread.
 */
let entry: URL | undefined;

export function registerWorkerEntry(url: string | URL): void {
  entry = new URL(url);
}

export function workerEntry(): URL | undefined {
  return entry;
}

/** What a worker is started with: `job` names what to run (src/cli/workers.ts). */
export interface WorkerStart {
  readonly cutoverJob: string;
}
