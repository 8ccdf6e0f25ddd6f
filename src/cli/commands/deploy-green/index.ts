import { connectForCommand } from "../../../aws/observe-estate.js";
import { renderGreenPlan } from "../../../deploy/render-green-plan.js";
import { systemClock } from "../../../deploy/wait-ready.js";
import { InputError } from "../../../errors.js";
import { takeCommandLock } from "../../../lock/command-lock.js";
import type { Report } from "../../../report/report.js";
import type { CommandContext, CommandResult } from "../../command.js";
import { deployGreen, type DeployGreenOutcome } from "./deploy-green.js";

/**
 * `cutover deploy-green`: the green side of each selected service beside blue, attached at weight 0,
 * then a wait until it is healthy. --dry-run prints the exact changes and makes none.
 */
export async function run({ settings, loaded, host, env, now }: CommandContext): Promise<CommandResult> {
  const config = loaded.config;
  const release = settings.release;
  if (release === undefined)
    throw new InputError("deploy-green needs a release: give --release (or push a tag)", [
      "--release (input 'release'): not set, and no tag was pushed",
    ]);

  const { settings: aws, aws: connected } = connectForCommand(config, env, host);
  const lock = await takeCommandLock({
    config,
    aws: connected,
    env,
    host,
    now,
    command: settings.command,
    release,
    breakLock: settings.breakLock,
    dryRun: settings.dryRun,
  }).catch((error: unknown) => {
    connected.close();
    throw error;
  });
  try {
    const outcome = await deployGreen(
      {
        config,
        region: aws.region,
        release,
        image: settings.image,
        services: settings.services,
        dryRun: settings.dryRun,
        replaceGreen: settings.replaceGreen,
      },
      { aws: connected, clock: systemClock, log: host.log, lock },
    );
    // released before counting, so the count holds every call the run made (the finally is for failures)
    await lock?.release();
    const calls = connected.calls.summary();
    host.log.debug(`AWS API calls: ${JSON.stringify(calls)}`);
    const { plan } = outcome;
    const report = renderGreenPlan(plan, { dryRun: settings.dryRun, ready: outcome.ready });
    renderHeaderRules(report, outcome);
    report.text(`${calls.total} AWS API call(s).`);
    const services = new Set(plan.routes.map((r) => r.service)).size;
    const headline = settings.dryRun
      ? `deploy-green ${release} (dry run): ${plan.steps.length} change(s) for ${services} service(s) on ${plan.routes.length} route(s)`
      : `deploy-green ${release}: green ready at weight 0 on ${plan.routes.length} route(s) of ${services} service(s); ${outcome.changes.length} change(s)`;
    return {
      headline,
      report,
      outputs: { "green-target-groups": JSON.stringify(outcome.greenTargetGroups) },
      data: {
        release,
        routes: plan.routes,
        // a task definition's environment may hold values nobody should see in a CI log: only the diff goes out
        steps: plan.steps.map((step) => (step.kind === "register-task-definition" ? { ...step, definition: undefined } : step)),
        reused: plan.reused,
        changes: outcome.changes,
        ready: outcome.ready,
        greenTargetGroups: outcome.greenTargetGroups,
        headerRules: outcome.headerRules ?? { planned: outcome.headerPlans },
        awsCalls: calls,
      },
    };
  } finally {
    await lock?.release();
    connected.close();
  }
}

/** Header rules: what a dry run would do, or what this run did, rule by rule. */
function renderHeaderRules(report: Report, outcome: DeployGreenOutcome): void {
  const header = ["route", "rule", "header", "priority", "to", "action"];
  if (outcome.headerRules) {
    const { rows, skipped, notes } = outcome.headerRules;
    if (rows.length + skipped.length === 0) return;
    report.heading("header rules");
    report.table(
      header,
      rows.map((r) => [
        r.route,
        r.role,
        `${r.header}: ${r.values}`,
        String(r.priority),
        r.target,
        r.detail ? `${r.action} (${r.detail})` : r.action,
      ]),
    );
    report.list([...skipped.map((s) => `${s.route}: no header rules (${s.reason})`), ...notes]);
    return;
  }
  const plans = outcome.headerPlans;
  if (plans.length === 0) return;
  report.heading("header rules (dry run: not written)");
  report.table(
    header,
    plans.flatMap((p) =>
      p.changes.map((c) => [
        p.route,
        c.role,
        `${c.header}: ${c.values.join("|")}`,
        String(c.priority),
        c.target,
        c.kind === "keep" ? "keep" : c.kind,
      ]),
    ),
  );
  report.list([
    ...plans.filter((p) => p.skipped).map((p) => `${p.route}: no header rules (${p.skipped})`),
    ...plans.flatMap((p) => p.notes),
  ]);
}
