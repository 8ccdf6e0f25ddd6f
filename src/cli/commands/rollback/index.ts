import { connectForCommand } from "../../../aws/observe-estate.js";
import { releaseRunLock } from "../../../lock/command-lock.js";
import { sideCommandResult, sideOperation } from "../../../rollout/side-operation.js";
import { runOperation } from "../../../run/run-operation.js";
import { planRollback } from "../../../traffic/rollback-plan.js";
import { changeCount } from "../../../traffic/side-plan.js";
import { rollbackReleases, type MovedReleases } from "../../../traffic/release-facts.js";
import type { CommandContext, CommandResult } from "../../command.js";
import { resumeCommand } from "../../resume-command.js";

/**
 * `cutover rollback`: every selected route straight back to the side that was live before the
 * release, from AWS state alone (days later, another runner, after a crash or a promote). Green is
 * kept for debugging unless --destroy-green. A rerun changes nothing and says so.
 */
export async function run({ settings, loaded, host, env, now, signal }: CommandContext): Promise<CommandResult> {
  const { config } = loaded;
  const at = now();
  const { settings: aws, aws: connected } = connectForCommand(config, env, host);
  // the routes as first read, before any change: which releases this run moves
  let moved: MovedReleases | undefined;
  try {
    const outcome = await runOperation(
      sideOperation({
        command: "rollback",
        config,
        aws: connected,
        region: aws.region,
        services: settings.services,
        log: host.log,
        resume: resumeCommand(settings),
        plan: (routes) => {
          moved ??= rollbackReleases(routes);
          return planRollback({ config, routes, now: at, destroyGreen: settings.destroyGreen });
        },
      }),
      {
        dryRun: settings.dryRun,
        // never blocked: it takes the release lock over (naming the previous holder), so a running switch stops at its next check
        lock: releaseRunLock({
          config,
          aws: connected,
          env,
          host,
          now,
          command: settings.command,
          release: settings.release,
          breakLock: undefined,
          takeOver: true,
        }),
        signal,
        log: host.log,
      },
    );
    const { plan } = outcome;
    const count = changeCount(plan);
    const headline =
      outcome.kind === "dry-run"
        ? `rollback (dry run): ${count} change(s) on ${plan.rows.length} route(s)`
        : outcome.kind === "nothing-to-do"
          ? `rollback: nothing to change on ${plan.rows.length} route(s); traffic is already on blue`
          : `rollback: ${plan.rows.length} route(s) back on blue, ${outcome.changes.length} change(s)`;
    return { ...sideCommandResult(headline, outcome, connected.calls.summary()), ...(moved ? { releases: moved } : {}) };
  } finally {
    connected.close();
  }
}
