import { connectForCommand } from "../../../aws/observe-estate.js";
import type { HeaderRuleReport } from "../../../aws/header-rule-writer.js";
import { greenTargetGroups } from "../../../deploy/green-plan/index.js";
import { renderGreenPlan } from "../../../deploy/render-green-plan.js";
import { InputError } from "../../../errors.js";
import { releaseRunLock } from "../../../lock/command-lock.js";
import type { Report } from "../../../report/report.js";
import { deployGreenOperation } from "../../../rollout/deploy-green.js";
import { runOperation } from "../../../run/run-operation.js";
import type { HeaderRulePlan } from "../../../traffic/header-rules/index.js";
import type { CommandContext, CommandResult } from "../../command.js";
import { resumeCommand } from "../../resume-command.js";
/**
 * `cutover deploy-green`: the green side of each selected service beside blue, attached at weight 0,
 * then a wait until it is healthy. --dry-run prints the exact changes and makes none.
 */
export async function run({ settings, loaded, host, env, now, signal }: CommandContext): Promise<CommandResult> {
  const config = loaded.config;
  const release = settings.release;
  if (release === undefined)
    throw new InputError("deploy-green needs a release: give --release (or push a tag)", [
      "--release (input 'release'): not set, and no tag was pushed",
    ]);

  const { settings: aws, aws: connected } = connectForCommand(config, env, host);
  try {
    const outcome = await runOperation(
      deployGreenOperation(
        {
          config,
          region: aws.region,
          release,
          image: settings.image,
          services: settings.services,
          replaceGreen: settings.replaceGreen,
          resume: resumeCommand(settings),
        },
        { aws: connected, log: host.log },
      ),
      {
        dryRun: settings.dryRun,
        lock: releaseRunLock({ config, aws: connected, env, host, now, command: settings.command, release, breakLock: settings.breakLock }),
        signal,
        log: host.log,
      },
    );
    const calls = connected.calls.summary();
    host.log.debug(`AWS API calls: ${JSON.stringify(calls)}`);
    const { plan, headerPlans } = outcome.plan;
    const applied = outcome.kind === "applied" ? outcome.result : undefined;
    const changes = outcome.kind === "applied" ? outcome.changes : [];
    const report = renderGreenPlan(plan, { dryRun: settings.dryRun, ready: applied?.ready ?? [] });
    renderHeaderRules(report, headerPlans, applied?.headerRules);
    report.text(`${calls.total} AWS API call(s).`);
    const services = new Set(plan.routes.map((r) => r.service)).size;
    const greenTgs = applied?.greenTargetGroups ?? greenTargetGroups(plan);
    const headline = settings.dryRun
      ? `deploy-green ${release} (dry run): ${plan.steps.length} change(s) for ${services} service(s) on ${plan.routes.length} route(s)`
      : `deploy-green ${release}: green ready at weight 0 on ${plan.routes.length} route(s) of ${services} service(s); ${changes.length} change(s)`;
    return {
      headline,
      report,
      outputs: { "green-target-groups": JSON.stringify(greenTgs) },
      data: {
        release,
        routes: plan.routes,
        // a task definition's environment may hold values nobody should see in a CI log: only the diff goes out
        steps: plan.steps.map((step) => (step.kind === "register-task-definition" ? { ...step, definition: undefined } : step)),
        reused: plan.reused,
        changes,
        ready: applied?.ready ?? [],
        greenTargetGroups: greenTgs,
        headerRules: applied?.headerRules ?? { planned: headerPlans },
        awsCalls: calls,
      },
    };
  } finally {
    connected.close();
  }
}

/** Header rules: what a dry run would do, or what this run did, rule by rule. */
function renderHeaderRules(report: Report, plans: readonly HeaderRulePlan[], done: HeaderRuleReport | undefined): void {
  const header = ["route", "rule", "header", "priority", "to", "action"];
  if (done) {
    const { rows, skipped, notes } = done;
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
