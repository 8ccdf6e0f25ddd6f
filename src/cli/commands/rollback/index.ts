import { runSideCommand, sideCommandResult } from "../../../release/side-command.js";
import { planRollback } from "../../../traffic/rollback-plan.js";
import { changeCount } from "../../../traffic/side-plan.js";
import { takeCommandLock } from "../../../lock/command-lock.js";
import type { CommandContext, CommandResult } from "../../command.js";

/**
 * `cutover rollback`: every selected route straight back to the side that was live before the
 * release, from AWS state alone (days later, another runner, after a crash or a promote). Green is
 * kept for debugging unless --destroy-green. A rerun changes nothing and says so.
 */
export async function run({ settings, loaded, host, env, now }: CommandContext): Promise<CommandResult> {
  const config = loaded.config;
  const at = now();
  const outcome = await runSideCommand({
    command: "rollback",
    config,
    services: settings.services,
    dryRun: settings.dryRun,
    env,
    host,
    plan: (routes) => planRollback({ config, routes, now: at, destroyGreen: settings.destroyGreen }),
    beforeChange: async (aws) => {
      // never blocked: it takes the release lock over (naming the previous holder), so a running switch stops at its next check
      const lock = await takeCommandLock({
        config,
        aws,
        env,
        host,
        now,
        command: settings.command,
        release: settings.release,
        breakLock: undefined,
        dryRun: settings.dryRun,
        takeOver: true,
      });
      return lock && (() => lock.release());
    },
  });
  const { plan } = outcome;
  const count = changeCount(plan);
  const headline = settings.dryRun
    ? `rollback (dry run): ${count} change(s) on ${plan.rows.length} route(s)`
    : count === 0
      ? `rollback: nothing to change on ${plan.rows.length} route(s); traffic is already on blue`
      : `rollback: ${plan.rows.length} route(s) back on blue, ${outcome.changes.length} change(s)`;
  return sideCommandResult(headline, outcome);
}
