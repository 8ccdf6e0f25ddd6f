/**
 * How the CLI's own messages read on each host: a terminal user is told about flags and CUTOVER_*
 * variables, not GitHub action inputs; a failure says each thing once; and settings that are
 * accepted but do nothing (an unknown CUTOVER_HOST, `--for` outside follow) are pointed out.
 */
import { envNameForInput, type Host, type HostKind } from "../host/host.js";
import type { CommandSpec } from "./command-table.js";
import type { Flags } from "./settings.js";

const INPUT_NAME = / \(input '([a-z][a-z-]*)'\)/g;

/**
 * Failure lines as this host's user should read them: `--to (input 'to')` is GitHub's wording; in
 * a terminal or on Jenkins, where inputs come from the environment, it names CUTOVER_TO instead.
 * A line that says again what an earlier one said is dropped, and so is the closing "Nothing was
 * changed." when the message already said nothing was changed or applied.
 */
export function plainLines(lines: readonly string[], host: HostKind): string[] {
  const worded =
    host === "github" ? [...lines] : lines.map((line) => line.replace(INPUT_NAME, (_, name: string) => ` (or ${envNameForInput(name)})`));
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const line of worded) {
    const key = line
      .trim()
      .toLowerCase()
      .replace(/[.\s]+$/, "");
    if (seen.has(key)) continue;
    if (/^nothing (was|had been) changed/.test(key) && kept.some((l) => /nothing (was|has been|had been) (changed|applied)/i.test(l)))
      continue;
    seen.add(key);
    kept.push(line);
  }
  return kept;
}

/** Warnings about settings that are accepted but will not do what their giver may think. */
export function setupWarnings(
  env: Readonly<Record<string, string | undefined>>,
  host: Pick<Host, "kind" | "input">,
  spec: Pick<CommandSpec, "name" | "options">,
  flags: Pick<Flags, "for" | "phase">,
): string[] {
  const warnings: string[] = [];
  const forced = env.CUTOVER_HOST;
  if (forced !== undefined && forced !== "" && !["github", "jenkins", "local"].includes(forced))
    warnings.push(`CUTOVER_HOST='${forced}' is not one of github, jenkins, local: ignored, running as ${host.kind}`);
  if (spec.options.includes("for")) {
    const given = flags.for ?? host.input("for");
    const phase = flags.phase ?? host.input("phase") ?? "plan";
    if (given !== undefined && given !== "" && phase !== "follow")
      warnings.push(`--for ${given} applies to --phase follow only; --phase ${phase} ignores it`);
  }
  return warnings;
}
