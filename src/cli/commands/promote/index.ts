import { runSideCommand, sideCommandResult } from "../../../release/side-command.js";
import { planPromote } from "../../../traffic/promote-plan.js";
import { changeCount } from "../../../traffic/side-plan.js";
import { takeCommandLock } from "../../../lock/command-lock.js";
import type { CommandContext, CommandResult } from "../../command.js";

/**
 * `cutover promote`: green, already at 100%, becomes the live side on every selected route; the old
 * side stays as standby for `traffic.standby` (or is retired now with --cleanup). --dry-run prints
 * the plan; a rerun changes nothing and says so.
 */
export async function run({ settings, loaded, host, env, now }: CommandContext): Promise<CommandResult> {
  const config = loaded.config;
  const at = now();
  const outcome = await runSideCommand({
    command: "promote",
    config,
    services: settings.services,
    dryRun: settings.dryRun,
    env,
    host,
    plan: (routes) => planPromote({ config, routes, now: at, cleanup: settings.cleanup, release: settings.release }),
    beforeChange: async (aws) => {
      // the release lock, after planning and before the first change
      const lock = await takeCommandLock({
        config,
        aws,
        env,
        host,
        now,
        command: settings.command,
        release: settings.release,
        breakLock: settings.breakLock,
        dryRun: settings.dryRun,
      });
      return lock && (() => lock.release());
    },
  });
  const { plan } = outcome;
  const count = changeCount(plan);
  const promoted = plan.rows.filter((r) => r.action === "promote").length;
  const headline = settings.dryRun
    ? `promote (dry run): ${count} change(s) on ${plan.rows.length} route(s)`
    : count === 0
      ? `promote: nothing to change on ${plan.rows.length} route(s); already promoted`
      : `promote: ${promoted} route(s) promoted, ${outcome.changes.length} change(s)`;
  return sideCommandResult(headline, outcome);
}
