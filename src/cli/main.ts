#!/usr/bin/env node
import { isMainThread } from "node:worker_threads";
import { registerWorkerEntry } from "../run/worker-entry.js";

if (isMainThread) {
  // A first SIGINT or SIGTERM (Ctrl-C, a cancelled workflow, a Jenkins abort) asks the command to stop
  // at a safe point and clean up; `once`, so a second one ends the process the default way.
  const interrupted = new AbortController();
  for (const name of ["SIGINT", "SIGTERM"] as const) process.once(name, () => interrupted.abort(new Error(`${name} received`)));
  // this script also runs the worker threads of a command (the Flink planner's parsing)
  registerWorkerEntry(import.meta.url);
  const { runCli } = await import("./run-cli.js");
  // The only place that sets the process exit code.
  process.exitCode = await runCli(
    process.argv.slice(2),
    { stdout: process.stdout, stderr: process.stderr, env: process.env },
    { signal: interrupted.signal },
  );
} else {
  // a worker thread started by a command: it runs its job and sets no exit code
  await (await import("./workers.js")).runWorkerJob();
}
