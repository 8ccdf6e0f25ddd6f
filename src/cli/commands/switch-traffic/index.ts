import { connectForCommand, readModelledEstate } from "../../../aws/observe-estate.js";
import { releaseRunLock } from "../../../lock/command-lock.js";
import { routingFlowchart, weightsChart, type RouteWeights, type WeightPoint } from "../../../report/mermaid.js";
import { Report } from "../../../report/report.js";
import { stepsReport } from "../../../rollout/switch-report.js";
import { switchOperation, type SwitchOutcome } from "../../../rollout/switch-traffic.js";
import { runOperation } from "../../../run/run-operation.js";
import { forwardActionBody, type ForwardBody } from "../../../traffic/forward-action.js";
import { describeWeights, planSwitch, type SwitchPlan } from "../../../traffic/switch-plan.js";
import type { CommandContext, CommandResult } from "../../command.js";

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
    const operation = switchOperation(
      async () =>
        planSwitch({
          config,
          routes: (await readModelledEstate(config, connected, { region: aws.region, services: settings.services })).routes,
          to: settings.to,
        }),
      { configPath: settings.configPath, release: settings.release },
      { aws: connected, log: host.log, calls: connected.calls },
    );
    const outcome = await runOperation(operation, {
      dryRun: settings.dryRun,
      // taken before the first change, checked before each step (a rollback may take it over)
      lock: releaseRunLock({
        config,
        aws: connected,
        env,
        host,
        now: context.now,
        command: settings.command,
        release: settings.release,
        breakLock: settings.breakLock,
      }),
      signal: context.signal,
      log: host.log,
    });
    const { plan } = outcome;
    if (outcome.kind !== "applied") {
      const headline =
        outcome.kind === "nothing-to-do"
          ? `switch-traffic: nothing to do, green is at ${plan.from}% on ${plan.routes.length} route(s)`
          : `switch-traffic (dry run): green ${plan.from}% → ${plan.to}% on ${plan.routes.length} route(s) in ${weightSteps(plan)} step(s)`;
      return {
        headline,
        report: renderPlan(plan),
        outputs: { "green-weight": String(plan.from) },
        data: { plan: planData(plan), changed: false },
        releases: { greenWeight: plan.from },
      };
    }
    const done = outcome.result;
    const calls = connected.calls.summary();
    host.log.debug(`AWS API calls: ${JSON.stringify(calls)}`);
    return {
      headline: `switch-traffic: green ${plan.from}% → ${done.weight}% on ${plan.routes.length} route(s)`,
      report: renderOutcome(plan, done).text(`${calls.total} AWS API call(s).`),
      outputs: { "green-weight": String(done.weight) },
      data: { plan: planData(plan), steps: done.rows, stepCalls: done.stepCalls, greenWeight: done.weight, awsCalls: calls },
      releases: { greenWeight: done.weight },
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
  report.diagram(weightsChart(`planned green share, ${plan.routes.length} route(s)`, plannedPoints(plan)));
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

/** Weights per route per step with the time each was set, drawn over the steps; then the routing before and after. */
function renderOutcome(plan: SwitchPlan, outcome: SwitchOutcome): Report {
  const report = stepsReport(outcome.rows, plan.from, plan.routes.length);
  const before = routeWeights(plan, (i) => plan.routes[i]?.start);
  const last = [...plan.steps].reverse().find((s) => s.kind === "set-weight");
  const after = last?.kind === "set-weight" && outcome.rows.length > 0 ? routeWeights(plan, (i) => last.forwards[i]) : before;
  report.heading("final routing").table(
    ["route", "target groups"],
    after.map((r) => [r.route, r.targets.map((t) => `${t.name} ${t.weight}`).join(", ")]),
  );
  report.diagram(routingFlowchart(before, after));
  return report;
}

/** Each route's target groups and weights, from a forward action per route. */
function routeWeights(plan: SwitchPlan, forwardOf: (i: number) => ForwardBody | undefined): RouteWeights[] {
  const names = new Map(plan.routes.flatMap((r) => [[r.blue.arn, r.blue.name] as const, [r.green.arn, r.green.name] as const]));
  return plan.routes.map((route, i) => ({
    route: route.label,
    targets: (forwardOf(i)?.targetGroups ?? []).map((tg) => ({ name: names.get(tg.arn) ?? tg.arn, weight: tg.weight })),
  }));
}

function plannedPoints(plan: SwitchPlan): WeightPoint[] {
  const points: WeightPoint[] = [{ label: "start", green: plan.from }];
  let number = 0;
  for (const step of plan.steps) if (step.kind === "set-weight") points.push({ label: String(++number), green: step.weight });
  return points;
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
