import { RefusedError } from "../../../errors.js";
import type { FlinkPhase } from "../../../flink/phases.js";
import { cleanupOperation } from "../../../flink/rollout/cleanup-operation.js";
import { connectFlink } from "../../../flink/rollout/connect.js";
import { deployOperation } from "../../../flink/rollout/deploy-operation.js";
import { flinkRunLock } from "../../../flink/rollout/flink-lock.js";
import type { PhaseDeps } from "../../../flink/rollout/phase-deps.js";
import { planRelease } from "../../../flink/rollout/read-world.js";
import { rollbackOperation } from "../../../flink/rollout/rollback-operation.js";
import { switchOperation } from "../../../flink/rollout/switch-operation.js";
import { runOperation, type RunOptions } from "../../../run/run-operation.js";
import type { CommandContext, CommandResult } from "../../command.js";
import { resumeCommand } from "../../resume-command.js";
import { cleanupResult, deployResult, planResult, rollbackResult, switchResult } from "./results.js";

/**
 * `cutover flink --phase <phase>`: a blue/green release of a pipeline of Flink SQL statements (seed
 * 001, docs/flink.md). plan shows what changed and what must be redeployed; deploy starts the new
 * versions beside blue; switch stops blue once green has caught up; rollback resumes blue and stops
 * green; cleanup deletes what was retired (with --yes). Each mutating phase is one operation of the
 * apply loop, which owns the lock, --dry-run, signals, failures and the read-back.
 */
export async function run({ settings, loaded, host, env, now, signal }: CommandContext): Promise<CommandResult> {
  const { config } = loaded;
  // readSettings checked it against FLINK_PHASES, this command's phases in the command table
  const phase = (settings.phase ?? "plan") as FlinkPhase;
  const connections = connectFlink(config);
  const deps: PhaseDeps = { ...connections, log: host.log, resume: resumeCommand(settings) };
  const options = (dryRun: boolean): RunOptions => ({
    dryRun,
    signal,
    log: host.log,
    lock: flinkRunLock({
      config,
      store: connections.lockStore,
      env,
      now,
      command: `flink --phase ${phase}`,
      release: settings.release,
      breakLock: settings.breakLock,
      takeOver: phase === "rollback",
      log: host.log,
    }),
  });
  const planned = () =>
    planRelease({
      flink: connections.flink,
      configPath: settings.configPath,
      prefix: connections.prefix,
      release: settings.release,
      backend: connections.backend,
      log: host.log,
      signal,
    });
  try {
    switch (phase) {
      case "plan":
        // the deploy's plan, never applied: plan changes nothing and takes no lock
        return planResult(await runOperation(deployOperation(deps, planned, true), options(true)), "plan");
      case "deploy":
        return deployResult(await runOperation(deployOperation(deps, planned), options(settings.dryRun)));
      case "switch":
        return switchResult(await runOperation(switchOperation(deps, now), options(settings.dryRun)));
      case "rollback":
        return rollbackResult(await runOperation(rollbackOperation(deps), options(settings.dryRun)));
      case "cleanup": {
        const operation = cleanupOperation(deps);
        if (settings.yes || settings.dryRun) return cleanupResult(await runOperation(operation, options(settings.dryRun)));
        // without --yes: the plan, and a refusal that says how to confirm it
        const outcome = await runOperation(operation, options(true));
        const shown = cleanupResult(outcome);
        if (operation.isEmpty(outcome.plan)) return shown;
        throw new RefusedError(
          "cleanup deletes statements and tables for good: rerun with --yes to confirm what the plan lists",
          ["nothing was deleted; check that no sink connector or query engine still reads a table listed, then rerun with --yes"],
          undefined,
          { report: shown.report, data: shown.data },
        );
      }
    }
  } finally {
    await connections.close();
  }
}
