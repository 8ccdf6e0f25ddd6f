import { formatDuration } from "../config/duration.js";
import { Report } from "../report/report.js";
import type { TrafficStep } from "../traffic/step-plan.js";
import type { GreenService, ReleasePlan } from "./release-plan.js";

export function renderReleasePlan(plan: ReleasePlan): Report {
  const report = new Report();
  if (!plan.releaseNamed) report.text("No release label given (--release or a pushed tag); names below use 'next'.");

  report.heading("1. migrate-db");
  if (plan.database) {
    report.list([
      `check the migrations beside ${plan.database.schema} for blue/green safety (${plan.database.safety})`,
      `apply them: ${plan.database.command.join(" ")} migrate deploy`,
    ]);
  } else report.text("no database section: skipped");

  report.heading("2. deploy-green");
  if (plan.services.length === 0) report.text("no services: skipped");
  report.table(["service", "type", "blue", "green", "details"], plan.services.map(serviceRow));

  if (plan.routes.length === 0) {
    report.heading("3-5. verify, switch-traffic, promote");
    report.text("no load balancers: skipped");
  } else {
    report.heading("3. verify");
    const headerRoutes = plan.routes.filter((r) => r.headerRules.length > 0);
    report.list(
      headerRoutes.length > 0
        ? headerRoutes.map(
            (r) => `${r.loadBalancer} ${r.rule}: ${r.headerRules.map((h) => `${h.header}: ${h.values.join("|")} → ${h.to}`).join("; ")}`,
          )
        : ["wait for every green target to be healthy (no header routing configured)"],
    );

    report.heading(`4. switch-traffic (${plan.traffic.strategy})`);
    report.table(
      ["load balancer", "listener", "rule", "service"],
      plan.routes.map((r) => [r.loadBalancer, r.listener, r.rule, r.service]),
    );
    report.list(plan.traffic.steps.map(describeStep));
    if (plan.traffic.stickinessMs !== undefined)
      report.text(`target group stickiness on the forward action: ${formatDuration(plan.traffic.stickinessMs)}`);

    report.heading("5. promote");
    report.list(["green becomes the live side at 100%; header rules point at it", "blue is kept for rollback until the next release"]);
  }

  if (plan.search.length > 0) {
    report.heading("search indices (es-reindex)");
    for (const index of plan.search) {
      report.text(`${index.name}: ${index.source}; read alias ${index.readAlias}, write alias ${index.writeAlias}`);
      report.list(index.phases.map((p) => `${p.phase}: ${p.does}`));
    }
  }
  return report;
}

function serviceRow(service: GreenService): string[] {
  switch (service.type) {
    case "ecs":
      return [
        service.name,
        "ECS",
        `${service.cluster}/${service.blue}`,
        service.green,
        `target group ${service.targetGroup}; image ${service.image ?? "from --image"}; count ${service.desiredCount}`,
      ];
    case "asg":
      return [service.name, "ASG", service.blue, service.green, `target group ${service.targetGroup}; capacity ${service.capacity}`];
    case "target-group":
      return [
        service.name,
        "target groups",
        "the one with traffic",
        "the other",
        `${service.pair.join(" / ")}; ≥${service.minHealthyTargets} healthy`,
      ];
  }
}

export function describeStep(step: TrafficStep): string {
  if (step.type === "set-weight") return `green ${step.weight}%, blue ${100 - step.weight}%`;
  const watch = step.alarms.length > 0 ? `, watching ${step.alarms.join(", ")}` : "";
  return `bake ${formatDuration(step.durationMs)}${watch}`;
}
