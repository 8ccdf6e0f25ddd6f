import { planRelease } from "../../../release/release-plan.js";
import { renderReleasePlan } from "../../../release/render-plan.js";
import { commandsWithWork, describeStageVariables, stageVariables } from "../../../release/stage-variables.js";
import { COMMANDS } from "../../command-table.js";
import type { CommandContext, CommandResult } from "../../command.js";
import { unresolvedNotes } from "./unresolved-notes.js";

/** `cutover plan`: validate the config and show the whole release. It never changes anything. */
export async function run({ settings, loaded }: CommandContext): Promise<CommandResult> {
  const plan = planRelease(loaded.config, { release: settings.release, services: settings.services, image: undefined });
  const notes = unresolvedNotes(loaded);
  const variables = stageVariables(loaded.references, commandsWithWork(COMMANDS, loaded));
  const report = renderReleasePlan(plan);
  if (variables.length > 0) report.heading("variables each stage needs").list(describeStageVariables(variables));
  if (notes.length > 0) report.heading("not set in this environment").list(notes);
  const counts = `${plan.services.length} service(s), ${plan.routes.length} route(s), ${plan.search.length} index(es)`;
  return {
    headline: `Release plan for ${plan.project} ${plan.release} (${settings.configPath}): ${counts}`,
    report,
    outputs: {},
    data: { ...plan, notes, variables },
  };
}
