import { describeNeeders } from "../../../config/field-needs.js";
import type { LoadedConfig } from "../../../config/load.js";

/**
 * plan reads every section but connects to nothing, so in a CI job it runs without the secrets of
 * the later jobs. Each value it could not resolve becomes a note naming the runs that will need it
 * (config/field-needs.ts), so a variable missing from the job that does need it shows up before
 * that job runs.
 */
export function unresolvedNotes(loaded: Pick<LoadedConfig, "unresolved" | "leftOut">): string[] {
  const notes = loaded.unresolved.map(({ keyPath, variable, field }) => {
    const needers = describeNeeders(field);
    return `${keyPath}: ${variable} is not set here${needers.length > 0 ? `; ${needers.join(", ")} need${needers.length === 1 ? "s" : ""} it` : ""}`;
  });
  for (const section of loaded.leftOut) notes.push(`${section}: not planned, it cannot be checked without the values above`);
  return notes;
}
