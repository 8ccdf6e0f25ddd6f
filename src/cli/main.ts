#!/usr/bin/env node
import { runCli } from "./run-cli.js";

// A first SIGINT or SIGTERM (Ctrl-C, a cancelled workflow, a Jenkins abort) asks the command to stop
// at a safe point and clean up; `once`, so a second one ends the process the default way.
const interrupted = new AbortController();
for (const name of ["SIGINT", "SIGTERM"] as const) process.once(name, () => interrupted.abort(new Error(`${name} received`)));

// The only place that sets the process exit code.
process.exitCode = await runCli(
  process.argv.slice(2),
  { stdout: process.stdout, stderr: process.stderr, env: process.env },
  { signal: interrupted.signal },
);
