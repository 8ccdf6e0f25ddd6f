import { Report } from "../report/report.js";
import { forwardActionBody } from "../traffic/forward-action.js";
import type { GreenPlan, GreenStep } from "./green-plan/index.js";
import type { ReadyResult } from "./readiness.js";

/**
 * deploy-green's report: a row per route, then each change with the body it sends (the API's own
 * JSON), so --dry-run shows exactly what a real run would do.
 */
export function renderGreenPlan(plan: GreenPlan, options: { dryRun: boolean; ready?: readonly ReadyResult[] }): Report {
  const report = new Report().heading(`green for release ${plan.release}, route by route`);
  const readyOf = (service: string) =>
    options.ready?.find((r) => r.service === service)?.detail ?? (options.dryRun ? "not checked (dry run)" : "-");
  report.table(
    ["route", "service", "blue", "green", "change", "ready"],
    plan.routes.map((r) => [r.route, r.service, r.blue, r.green, r.action, readyOf(r.service)]),
  );
  report.list(plan.reused.map((r) => `kept from an earlier run: ${r}`));

  report.heading(options.dryRun ? "changes (not made: dry run)" : "changes");
  if (plan.steps.length === 0) report.text("None: the green side of every selected service already exists.");
  for (const step of plan.steps) {
    report.text(describeStep(step));
    const body = stepBody(step);
    if (step.kind === "register-task-definition") report.list(step.diff.length > 0 ? step.diff : ["(no change from blue)"]);
    if (body !== undefined) report.code(JSON.stringify(body, null, 2));
  }
  return report;
}

export function describeStep(step: GreenStep): string {
  switch (step.kind) {
    case "register-task-definition":
      return `${step.service}: RegisterTaskDefinition, a new revision of ${step.family}; against blue's:`;
    case "create-target-group":
      return `${step.service}: CreateTargetGroup ${step.name} for ${step.loadBalancer}`;
    case "set-forward":
      return `${step.service}: ${step.place.isDefault ? "ModifyListener" : "ModifyRule"} on ${step.place.label}: ${step.why}`;
    case "create-ecs-service":
      return `${step.service}: CreateService ${step.name}`;
    case "create-asg":
      return `${step.service}: CreateAutoScalingGroup ${step.name}`;
    case "delete-ecs-service":
      return `${step.service}: DeleteService ${step.cluster}/${step.name} (stale green)`;
    case "delete-asg":
      return `${step.service}: DeleteAutoScalingGroup ${step.name} (stale green)`;
    case "delete-target-group":
      return `${step.service}: DeleteTargetGroup ${step.name} (stale green)`;
    case "tag-target-group":
      return `${step.service}: AddTags on ${step.name}: ${Object.entries(step.tags)
        .map(([k, v]) => `${k}=${v}`)
        .join(", ")}${step.remove.length > 0 ? `; RemoveTags ${step.remove.join(", ")}` : ""}`;
  }
}

function stepBody(step: GreenStep): unknown {
  switch (step.kind) {
    case "create-target-group":
      return { ...step.body, Tags: Object.entries(step.tags).map(([Key, Value]) => ({ Key, Value })) };
    case "set-forward": {
      // the other actions are read again and written back unchanged; shown by type only
      const actions = step.actionTypes.map((type) =>
        type === "forward" ? forwardActionBody(step, undefined) : { Type: type, "(kept)": "as it is" },
      );
      return step.place.isDefault
        ? { ListenerArn: step.place.listenerArn, DefaultActions: actions }
        : { RuleArn: step.place.ruleArn, Actions: actions };
    }
    case "create-ecs-service":
    case "create-asg":
      return step.body;
    default:
      return undefined;
  }
}
