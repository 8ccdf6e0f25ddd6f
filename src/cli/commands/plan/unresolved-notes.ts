import type { LoadedConfig } from "../../../config/load.js";
import { COMMANDS } from "../../command-table.js";

/**
 * plan reads every section but connects to nothing, so in a CI job it runs without the secrets of
 * the later jobs. Each value it could not resolve becomes a note naming the commands that will
 * need it, so a variable missing from the job that does need it shows up before that job runs.
 */
export function unresolvedNotes(loaded: Pick<LoadedConfig, "unresolved" | "leftOut">): string[] {
  const usedBy = (section: string | undefined) =>
    COMMANDS.filter((c) => section !== undefined && (c.configSections as readonly string[]).includes(section)).map((c) => c.name);
  const notes = loaded.unresolved.map(({ keyPath, variable, section }) => {
    const commands = usedBy(section);
    return `${keyPath}: ${variable} is not set here${commands.length > 0 ? `; ${commands.join(", ")} need${commands.length === 1 ? "s" : ""} it` : ""}`;
  });
  for (const section of loaded.leftOut) notes.push(`${section}: not planned, it cannot be checked without the values above`);
  return notes;
}
