import { connectForCommand, readModelledEstate } from "../../../aws/observe-estate.js";
import { systemClock } from "../../../deploy/wait-ready.js";
import { RefusedError } from "../../../errors.js";
import { Report } from "../../../report/report.js";
import { forwardActionBody } from "../../../traffic/forward-action.js";
import { describeWeights, planSwitch, type SwitchPlan } from "../../../traffic/switch-plan.js";
import { stillHeld, takeCommandLock } from "../../../lock/command-lock.js";
import type { HeldLock } from "../../../lock/release-lock.js";
import type { CommandContext, CommandResult } from "../../command.js";
import { switchTraffic, type SwitchOutcome } from "./switch-traffic.js";

/**
 * `cutover switch-traffic`: every route of every load balancer to green together, in the configured
 * steps (or `--to` one weight), watching health, alarms and the weights themselves; any failure
 * puts every route back. --dry-run prints the plan and changes nothing.
 */
export async function run(context: CommandContext): Promise<CommandResult> {
  const { settings, loaded, host, env } = context;
  const config = loaded.config;

  const { settings: aws, aws: connected } = connectForCommand(config, env, host);
  try {
    const estate = await readModelledEstate(config, connected, { region: aws.region, services: settings.services });
    const plan = planSwitch({ config, routes: estate.routes, to: settings.to });
    if (plan.refusals.length > 0) throw new RefusedError(`traffic cannot be switched`, plan.refusals);
    const report = renderPlan(plan);
    if (settings.dryRun || plan.steps.length === 0) {
      const headline =
        plan.steps.length === 0
          ? `switch-traffic: nothing to do, green is at ${plan.from}% on ${plan.routes.length} route(s)`
          : `switch-traffic (dry run): green ${plan.from}% → ${plan.to}% on ${plan.routes.length} route(s) in ${weightSteps(plan)} step(s)`;
      return { headline, report, outputs: { "green-weight": String(plan.from) }, data: { plan: planData(plan), changed: false } };
    }

    // the release lock: taken before the first change, checked before each step (a rollback may take it over)
    let lock: HeldLock | undefined;
    const guard = {
      take: async () => {
        lock = await takeCommandLock({
          config,
          aws: connected,
          env,
          host,
          now: context.now,
          command: settings.command,
          release: settings.release,
          breakLock: settings.breakLock,
          dryRun: false,
        });
      },
      stillHeld: () => stillHeld(lock),
    };
    let outcome: SwitchOutcome;
    try {
      outcome = await switchTraffic(
        plan,
        { configPath: settings.configPath, release: settings.release },
        { aws: connected, clock: systemClock, log: host.log, signal: context.signal, calls: connected.calls, guard },
      );
    } finally {
      await lock?.release();
    }
    const calls = connected.calls.summary();
    host.log.debug(`AWS API calls: ${JSON.stringify(calls)}`);
    const done = renderOutcome(outcome).text(`${calls.total} AWS API call(s).`);
    return {
      headline: `switch-traffic: green ${plan.from}% → ${outcome.weight}% on ${plan.routes.length} route(s)`,
      report: done,
      outputs: { "green-weight": String(outcome.weight) },
      data: { plan: planData(plan), steps: outcome.rows, stepCalls: outcome.stepCalls, greenWeight: outcome.weight, awsCalls: calls },
    };
  } finally {
    connected.close();
  }
}

function weightSteps(plan: SwitchPlan): number {
  return plan.steps.filter((s) => s.kind === "set-weight").length;
}

/** The plan: per step, each route's weights and the call that sets them; then what a failure restores. */
function renderPlan(plan: SwitchPlan): Report {
  const names = new Map(plan.routes.flatMap((r) => [[r.blue.arn, r.blue.name] as const, [r.green.arn, r.green.name] as const]));
  const report = new Report().heading(`plan: green ${plan.from}% → ${plan.to}%`);
  const rows: string[][] = [];
  let number = 0;
  for (const step of plan.steps) {
    if (step.kind === "bake") {
      rows.push([
        `bake ${step.durationMs / 1000}s`,
        "every route",
        step.alarms.length > 0 ? `watch ${step.alarms.join(", ")}` : "watch health",
        "",
      ]);
      continue;
    }
    number += 1;
    plan.routes.forEach((route, i) => {
      const forward = step.forwards[i];
      rows.push([
        `${number}: ${step.weight}%`,
        route.label,
        forward ? describeWeights(forward, names) : "?",
        route.place.isDefault ? "ModifyListener" : "ModifyRule",
      ]);
    });
  }
  report.table(["step", "route", "weights", "call"], rows);
  report.heading("on failure, every route goes back to");
  report.table(
    ["route", "weights"],
    plan.routes.map((r) => [r.label, describeWeights(r.start, names)]),
  );
  const first = plan.steps.find((s) => s.kind === "set-weight");
  const firstRoute = plan.routes[0];
  if (first?.kind === "set-weight" && first.forwards[0] && firstRoute)
    report
      .text(`First write, ${firstRoute.label}'s forward action:`)
      .code(JSON.stringify(forwardActionBody(first.forwards[0], undefined), null, 2));
  return report;
}

function renderOutcome(outcome: SwitchOutcome): Report {
  return new Report().heading("weights per step").table(
    ["time", "step", "route", "blue", "green"],
    outcome.rows.map((r) => [r.at, `${r.step}: ${r.weight}%`, r.route, r.blue, r.green]),
  );
}

function planData(plan: SwitchPlan) {
  return {
    from: plan.from,
    to: plan.to,
    alarms: plan.alarms,
    routes: plan.routes.map((r) => ({ route: r.label, service: r.service, blue: r.blue, green: r.green, restore: r.start })),
    steps: plan.steps,
  };
}
