import type { ConsoleIo } from "../../src/host/local.js";

/** Captures what a command prints, for CLI and host tests. */
export function fakeIo(env: Record<string, string | undefined> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: ConsoleIo = {
    stdout: { write: (s: string) => out.push(s) },
    stderr: { write: (s: string) => err.push(s) },
    env: { CUTOVER_HOST: "local", ...env },
  };
  return { io, stdout: () => out.join(""), stderr: () => err.join("") };
}
