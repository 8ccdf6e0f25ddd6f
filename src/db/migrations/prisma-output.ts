/**
 * Reads what `prisma migrate deploy` printed. Pure. Knows both shapes: the binary engine's
 * (`Error: P3018` … `Migration name: x`) and the driver-adapter / wasm engine's, which prints the
 * same situations with fewer codes (`external connector error` and a trace naming the migration).
 */
import { stripVTControlCharacters } from "node:util";

export interface DeployOutputFacts {
  errorCode: string | undefined;
  failedMigration: string | undefined;
  appliedNow: string[];
}

// The wasm engine prints these user-facing errors without their code; the texts are Prisma's own.
const UNCODED: readonly [RegExp, string][] = [
  [/Authentication failed against database server/, "P1000"],
  [/Can't reach database server at/, "P1001"],
  [/Timed out trying to acquire a postgres advisory lock/, "P1002"],
  [/Database `[^`]*` does not exist/, "P1003"],
];

export function readDeployOutput(output: string): DeployOutputFacts {
  const text = stripVTControlCharacters(output);
  const failedMigration =
    /^Migration name: (\S+)/m.exec(text)?.[1] ??
    /with migration_name="([^"]+)"/.exec(text)?.[1] ??
    /The `([^`]+)` migration started at .* failed/.exec(text)?.[1];
  let errorCode = /^Error: (P\d{4})\b/m.exec(text)?.[1] ?? /Error code: (P\d{4})\b/.exec(text)?.[1];
  if (errorCode === undefined) errorCode = UNCODED.find(([pattern]) => pattern.test(text))?.[1];
  // A script that failed under the wasm engine is what the binary engine reports as P3018.
  if (errorCode === undefined && /^Error: external connector error/m.test(text) && failedMigration !== undefined) errorCode = "P3018";
  return { errorCode, failedMigration, appliedNow: appliedNames(text) };
}

/** The folder names under "The following migration(s) have been applied:". */
function appliedNames(text: string): string[] {
  const start = text.search(/The following migrations?(?:\(s\))? ha(?:ve|s) been applied/);
  if (start === -1) return [];
  const names: string[] = [];
  for (const line of text.slice(start).split(/\r?\n/).slice(1)) {
    const entry = /^\s+\S+\s+(.+)\/\s*$/.exec(line);
    if (entry?.[1]) names.push(entry[1]);
    else if (/^\S/.test(line) && !/^migrations\/\s*$/.test(line)) break; // the tree has ended
  }
  return names;
}
