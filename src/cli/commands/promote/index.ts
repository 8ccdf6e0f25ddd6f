import { connectForCommand } from "../../../aws/observe-estate.js";
import { releaseRunLock } from "../../../lock/command-lock.js";
import { sideCommandResult, sideOperation } from "../../../rollout/side-operation.js";
import { runOperation } from "../../../run/run-operation.js";
import { planPromote } from "../../../traffic/promote-plan.js";
import { changeCount } from "../../../traffic/side-plan.js";
import { promoteReleases, type MovedReleases } from "../../../traffic/release-facts.js";
import type { CommandContext, CommandResult } from "../../command.js";
import { resumeCommand } from "../../resume-command.js";

/**
 * `cutover promote`: green, already at 100%, becomes the live side on every selected route; the old
 * side stays as standby for `traffic.standby` (or is retired now with --cleanup). --dry-run prints
 * the plan; a rerun changes nothing and says so.
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
        command: "promote",
        config,
        aws: connected,
        region: aws.region,
        services: settings.services,
        log: host.log,
        resume: resumeCommand(settings),
        plan: (routes) => {
          moved ??= promoteReleases(routes, settings.release);
          return planPromote({ config, routes, now: at, cleanup: settings.cleanup, release: settings.release });
        },
      }),
      {
        dryRun: settings.dryRun,
        lock: releaseRunLock({
          config,
          aws: connected,
          env,
          host,
          now,
          command: settings.command,
          release: settings.release,
          breakLock: settings.breakLock,
        }),
        signal,
        log: host.log,
      },
    );
    const { plan } = outcome;
    const count = changeCount(plan);
    const promoted = plan.rows.filter((r) => r.action === "promote").length;
    const headline =
      outcome.kind === "dry-run"
        ? `promote (dry run): ${count} change(s) on ${plan.rows.length} route(s)`
        : outcome.kind === "nothing-to-do"
          ? `promote: nothing to change on ${plan.rows.length} route(s); already promoted`
          : `promote: ${promoted} route(s) promoted, ${outcome.changes.length} change(s)`;
    return { ...sideCommandResult(headline, outcome, connected.calls.summary()), ...(moved ? { releases: moved } : {}) };
  } finally {
    connected.close();
  }
}
