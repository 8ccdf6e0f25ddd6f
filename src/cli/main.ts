#!/usr/bin/env node
import { runCli } from "./run-cli.js";

// The only place that sets the process exit code.
process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env });
