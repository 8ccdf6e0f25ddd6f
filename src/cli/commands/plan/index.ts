import { loadConfig } from "../../../config/load.js";
import { planRelease } from "../../../release/release-plan.js";
import { renderReleasePlan } from "../../../release/render-plan.js";
import type { CommandContext, CommandResult } from "../../command.js";

/** `cutover plan`: validate the config and show the whole release. It never changes anything. */
export async function run({ settings, host, env }: CommandContext): Promise<CommandResult> {
  const loaded = await loadConfig(settings.configPath, env);
  for (const secret of loaded.secrets) host.maskSecret(secret);

  const plan = planRelease(loaded.config, { release: settings.release, services: settings.services, image: undefined });
  const counts = `${plan.services.length} service(s), ${plan.routes.length} route(s), ${plan.search.length} index(es)`;
  return {
    headline: `Release plan for ${plan.project} ${plan.release} (${settings.configPath}): ${counts}`,
    report: renderReleasePlan(plan),
    outputs: {},
    data: plan,
  };
}
